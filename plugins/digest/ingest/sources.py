"""Where raw pages come from: page files (text dumps, saved HTML) and JSON Lines crawls.

Each input becomes one RawPage; a JSON Lines file gives one per line. What cannot be
read at all still becomes a RawPage, with ``problem`` saying why, so that every
input gets its one report line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md", ".jsonl", ""})


@dataclass(frozen=True)
class RawPage:
    """One raw page, as it arrived."""

    origin: str  # the file, or "file.jsonl:LINE" for a crawl record
    data: str | bytes = b""
    url: str | None = None  # where the page was fetched from, when known
    date: str | None = None  # the crawl's date for it: a fallback when the text has none
    problem: str | None = None  # why it cannot be read at all


def page_files(source: Path) -> list[Path]:
    """``source`` itself, or the page files under it (recursive, sorted, no hidden ones)."""
    if source.is_file():
        return [source]
    return sorted(
        path
        for path in source.rglob("*")
        if path.is_file()
        and path.suffix.lower() in PAGE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(source).parts)
    )


def iter_pages(source: Path) -> Iterator[RawPage]:
    """Every raw page under ``source``, in a stable order."""
    if not source.exists():
        yield RawPage(origin=str(source), problem="no such file or folder")
        return
    for path in page_files(source):
        if path.suffix.lower() == ".jsonl":
            yield from jsonl_pages(path)
            continue
        try:
            yield RawPage(origin=str(path), data=path.read_bytes())
        except OSError as exc:
            yield RawPage(origin=str(path), problem=f"cannot read it ({exc.strerror or exc})")


def jsonl_pages(path: Path) -> Iterator[RawPage]:
    """One page per line: an object with ``text`` or ``html``, and maybe ``url``, ``date``."""
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield RawPage(origin=str(path), problem=f"cannot read it as UTF-8 JSON Lines ({exc})")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield RawPage(origin=origin, problem=f"not valid JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield RawPage(origin=origin, problem="a JSON Lines record must be an object")
            continue
        content = record.get("html") or record.get("text")
        if not isinstance(content, str) or not content.strip():
            yield RawPage(origin=origin, problem="the record has no 'text' or 'html'")
            continue
        yield RawPage(
            origin=origin,
            data=content,
            url=record.get("url") if isinstance(record.get("url"), str) else None,
            date=str(record["date"]) if record.get("date") else None,
        )
