"""Publication dates in the shapes Korean and Chinese news pages print them."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from .text import ends_sentence, letter_count, visible_len

DEFAULT_TZ = timezone(timedelta(hours=8))  # the digest covers Northeast China
_NAMED_TZ = {
    "KST": timezone(timedelta(hours=9)),
    "UTC": UTC,
    "GMT": UTC,
    "Z": UTC,
    "CST": DEFAULT_TZ,
    "北京时间": DEFAULT_TZ,
}

_WEEKDAY = (
    r"(?:\s*[(（]?(?:[월화수목금토일]요일|[월화수목금토일](?=[)）])|"
    r"星期[一二三四五六日天]|周[一二三四五六日天])[)）]?)?"
)
_TIME = (
    r"(?:[\sT]*(?P<ampm>오전|오후|上午|下午|AM|PM|am|pm)?\s*"
    r"(?P<H>\d{1,2})\s*[:：时시]\s*(?P<M>\d{2})(?:\s*[:：分분]\s*(?P<S>\d{2})?)?"
    r"(?:\s*(?P<ampm2>AM|PM|am|pm)\b)?)?"
)
_ZONE = r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}|KST|UTC|GMT|CST|Z\b|北京时间))?"
DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:년|年|[-./])\s*(?P<m>\d{1,2})\s*(?:월|月|[-./])\s*"
    r"(?P<d>\d{1,2})(?!\d)(?:\s*[일日.])?" + _WEEKDAY + _TIME + _ZONE
)
# Words that announce the publication date: 时间:…, 发布时间：…, 입력 …, 등록 …
DATE_LABEL_RE = re.compile(
    r"(?:时间|日期|发布|发表|更新|입력|등록|수정|작성|송고|게재|승인|발행|"
    r"Posted|Published|Updated|Date)\s*(?:时间|日期|일시|일자|於|于)?\s*[:：]?\s*$",
    re.I,
)
# Labels of the first publication, preferred over 수정/更新 (modified) dates on one line.
PUBLISHED_LABEL_RE = re.compile(
    r"(?:입력|등록|게재|송고|发布|发表|Posted|Published)\S*\s*[:：]?\s*$", re.I
)
MAX_DATELINE_LETTERS = 12  # letters besides the date itself on an unlabelled date line
MAX_LABELLED_DATELINE = 80


def parse_dates(text: str) -> list[datetime]:
    """Every valid date (with its time, if printed) in ``text``, in order, timezone-aware."""
    found = []
    for match in DATE_RE.finditer(text):
        value = _to_datetime(match)
        if value is not None:
            found.append(value)
    return found


def parse_date(text: str) -> datetime | None:
    """The first date in ``text``, or None."""
    dates = parse_dates(text)
    return dates[0] if dates else None


def _to_datetime(match: re.Match[str]) -> datetime | None:
    hour = int(match["H"] or 0)
    ampm = (match["ampm"] or match["ampm2"] or "").upper()
    if ampm in ("오후", "下午", "PM") and hour < 12:
        hour += 12
    elif ampm in ("오전", "上午", "AM") and hour == 12:
        hour = 0
    try:
        return datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            hour,
            int(match["M"] or 0),
            int(match["S"] or 0),
            tzinfo=_zone(match["tz"]),
        )
    except ValueError:
        return None


def _zone(name: str | None) -> timezone:
    if not name:
        return DEFAULT_TZ
    if name.upper() in _NAMED_TZ:
        return _NAMED_TZ[name.upper()]
    sign = -1 if name[0] == "-" else 1
    digits = name[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def is_dateline(line: str) -> bool:
    """Whether ``line`` is a page's date line rather than a sentence that mentions a date."""
    matches = [m for m in DATE_RE.finditer(line) if _to_datetime(m) is not None]
    if not matches:
        return False
    rest = DATE_RE.sub(" ", line)
    if letter_count(rest) <= MAX_DATELINE_LETTERS:
        return True
    labelled = any(DATE_LABEL_RE.search(line[: m.start()]) for m in matches)
    return labelled and visible_len(line) <= MAX_LABELLED_DATELINE and not ends_sentence(line)


def dateline_date(line: str) -> datetime | None:
    """The publication date of a date line: the one labelled 입력/发布…, else the earliest."""
    dates = []
    for match in DATE_RE.finditer(line):
        value = _to_datetime(match)
        if value is None:
            continue
        if PUBLISHED_LABEL_RE.search(line[: match.start()]):
            return value
        dates.append(value)
    return min(dates) if dates else None
