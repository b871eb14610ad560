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
    r"(?:时间|日期|发布|发表|更新|发稿|出版|发文|成文|刊发|입력|등록|수정|작성|송고|게재|승인|발행|"
    r"발표|게시|날짜|Posted|Published|Updated|Date)\s*(?:时间|日期|일시|일자|시간|일|於|于)?"
    r"\s*[:：]?\s*$",
    re.I,
)
# Labels of the first publication, preferred over 수정/更新 (modified) dates on one line.
PUBLISHED_LABEL_RE = re.compile(
    r"(?:입력|등록|게재|송고|발표|게시|发布|发表|发稿|Posted|Published)\S*\s*[:：]?\s*$", re.I
)
MAX_DATELINE_LETTERS = 12  # letters besides the date itself on an unlabelled date line
MAX_LABELLED_DATELINE = 100
# Other fields a date line carries: 来源：科技日报  作者：李丽云  阅读：3261  출처: 신화망
_META_FIELD_RE = re.compile(
    r"(?:来源|稿源|作者|编辑|责任编辑|责编|记者|阅读|浏览|点击|字号|출처|조회수?|글자\s*크기|"
    r"Source|Author|Views?)\s*[:：]\s*[^\s:：|]{0,20}",
    re.I,
)
# A date in a page's address: /2018-01/25/, /20180125/, /2018/01/25/, /2018/0125/, t20180125_1
_URL_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_.]?(\d{2})[-/_.]?(\d{2})(?!\d)")
_EPOCH_RE = re.compile(r"^\d{10}(?:\d{3})?(?:\.\d+)?$")


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
    rest = _META_FIELD_RE.sub(" ", DATE_RE.sub(" ", line))
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


def url_date(url: str) -> datetime | None:
    """The date a page's address carries in its path (``/2018-01/25/c_1.htm``), at midnight."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.I)
    for match in _URL_DATE_RE.finditer(path):
        try:
            return datetime(*map(int, match.groups()), tzinfo=DEFAULT_TZ)
        except ValueError:
            continue
    return None


def record_date(value: str) -> datetime | None:
    """A crawl record's date: any shape ``parse_date`` reads, or Unix seconds (milliseconds)."""
    value = value.strip()
    if _EPOCH_RE.match(value):
        seconds = float(value) / (1000 if len(value.split(".")[0]) == 13 else 1)
        return datetime.fromtimestamp(seconds, DEFAULT_TZ)
    return parse_date(re.sub(r"(:\d{2})[.,]\d+", r"\1", value))
