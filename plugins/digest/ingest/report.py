"""What the ingester tells its user: one line per input, and a progress bar for big batches.

The lines go to ``out`` (stdout); the bar goes to stderr, and only when stderr is a
terminal and there are more than ``PROGRESS_FROM`` inputs. While the bar shows, lines
printed to a stdout that is the same terminal are drawn above the bar, so they never
mix with it; a redirected stdout gets the lines and nothing else.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .sources import page_files

if TYPE_CHECKING:
    from rich.progress import Progress

PROGRESS_FROM = 20  # a bar for batches of more inputs than this
KINDS = ("created", "unchanged", "duplicate", "rejected")


def kind_of(line: str) -> str:
    """The kind of a report line: its first word."""
    return line.split(" ", 1)[0]


def count_inputs(source: Path) -> int:
    """How many report lines ``source`` gives: one per page file, one per JSON Lines record."""
    if not source.exists():
        return 1
    total = 0
    for path in page_files(source):
        total += _records(path) if path.suffix.lower() == ".jsonl" else 1
    return total


def _records(path: Path) -> int:
    try:
        return max(1, sum(1 for line in path.read_bytes().splitlines() if line.strip()))
    except OSError:
        return 1


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is an interactive terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def wants_progress(total: int, stream: TextIO) -> bool:
    """Whether a batch of ``total`` inputs gets a progress bar on ``stream``."""
    return total > PROGRESS_FROM and is_terminal(stream)


@contextmanager
def progress_bar(total: int, stream: TextIO | None = None) -> Iterator[Callable[[str], None]]:
    """A function to call with each report line; it moves the bar, when there is one."""
    stream = stream or sys.stderr
    if not wants_progress(total, stream):
        yield lambda line: None
        return
    counts: Counter[str] = Counter()
    with _rich_progress(stream) as bar:
        task = bar.add_task("", total=total)

        def advance(line: str) -> None:
            counts[kind_of(line)] += 1
            summary = ", ".join(f"{counts[kind]} {kind}" for kind in KINDS if counts[kind])
            bar.update(task, advance=1, description=summary)

        yield advance


def _rich_progress(stream: TextIO) -> Progress:
    """A bar with counts and times on ``stream``; lines printed meanwhile go above it."""
    from rich.console import Console  # only big interactive batches pay for the import
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(file=stream, soft_wrap=True),  # long paths stay whole lines
        redirect_stdout=_same_terminal(sys.stdout, stream),
        redirect_stderr=True,
        transient=True,
    )


def _same_terminal(stdout: TextIO, stderr: TextIO) -> bool:
    """Whether both streams are the same terminal (then lines are drawn above the bar)."""
    if not (is_terminal(stdout) and is_terminal(stderr)):
        return False
    try:
        return os.ttyname(stdout.fileno()) == os.ttyname(stderr.fileno())
    except (AttributeError, OSError, ValueError):
        return False
