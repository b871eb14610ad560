"""Editions: the digest published by period, a month (or a week) of articles at a time.

Plain functions over dates and article-like objects (anything with ``date`` and
``tags``), so they are tested without Pelican. An edition is named by a stable key
(``2009-07``, or ``2009-W31`` for weekly editions) that URLs and feed ids use.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

PERIODS = ("month", "week")


@dataclass(frozen=True, order=True)
class Edition:
    """One period of the digest: its first and last day, and its key."""

    start: dt.date
    end: dt.date
    period: str

    @property
    def key(self) -> str:
        if self.period == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.start:%Y-%m}"


def edition_of(day: dt.date, period: str) -> Edition:
    """The edition that ``day`` belongs to."""
    if period == "week":
        start = day - dt.timedelta(days=day.weekday())
        return Edition(start, start + dt.timedelta(days=6), period)
    if period == "month":
        start = day.replace(day=1)
        following = (start + dt.timedelta(days=32)).replace(day=1)
        return Edition(start, following - dt.timedelta(days=1), period)
    raise ValueError(f"unknown edition period {period!r}: use one of {', '.join(PERIODS)}")


@dataclass(frozen=True)
class TagGroup:
    """The items of an edition under one tag (``tag`` is None for untagged ones)."""

    tag: Any
    items: tuple


def editions(
    items: Iterable, period: str, day_of: Callable[[Any], dt.date] = lambda item: item.date
) -> dict[Edition, list]:
    """``{Edition: [items]}``, newest edition first, items in the order given."""
    found: dict[Edition, list] = defaultdict(list)
    for item in items:
        found[edition_of(_as_date(day_of(item)), period)].append(item)
    return dict(sorted(found.items(), reverse=True))


def group_by_tag(
    items: Sequence, tags_of: Callable[[Any], Iterable] = lambda item: item.tags
) -> list[TagGroup]:
    """Each item once, under its first tag; the largest groups first, untagged last."""
    groups: dict[Any, list] = defaultdict(list)
    for item in items:
        tags = list(tags_of(item) or [])
        groups[tags[0] if tags else None].append(item)
    ordered = sorted(
        groups.items(), key=lambda kv: (kv[0] is None, -len(kv[1]), getattr(kv[0], "id", ""))
    )
    return [TagGroup(tag, tuple(group)) for tag, group in ordered]


def neighbours(keys: Sequence, key: Any) -> tuple[Any | None, Any | None]:
    """(newer, older) of ``key`` in ``keys`` (newest first); None at either end."""
    at = list(keys).index(key)
    newer = keys[at - 1] if at > 0 else None
    older = keys[at + 1] if at + 1 < len(keys) else None
    return newer, older


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
