"""A page's lines in, the article's parts out: title, date, section, authors, source,
captions and body blocks.

Each line gets a kind; the headline sits just before the date line (or the first
paragraph); the body runs from the first to the last sentence-like line before the
footer, and keeps short standalone lines inside it as headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from . import chrome
from .bylines import parse_byline, strip_inline_byline
from .dates import dateline_date, is_dateline
from .text import clean_line, ends_sentence, has_letters, visible_len

BLANK = "blank"
PLACEHOLDER = "placeholder"  # an image
DATE = "date"
CRUMB = "breadcrumb"
COPYRIGHT = "copyright"
END = "end"  # 相关文章, 관련기사: what follows is not the article
BYLINE = "byline"
SOURCE = "source"  # 来源：…
CHROME = "chrome"
SENTENCE = "sentence"  # ends like a sentence: article text
SHORT = "short"  # text that does not end like a sentence: headline, heading, caption, menu
OTHER = "other"  # no letters at all

MAX_TITLE = 100
MAX_HEADING = 30  # visible characters; a longer unpunctuated line is text
MIN_LEAD = 15  # a first paragraph shorter than this may be a banner; anchor on a later one
MAX_META = 40
MAX_QUESTION_TITLE = 60  # a headline may end in ? or !, if it is short
CHROME_RUN = 3  # this many chrome lines in a row end the article
_QUESTION_END = "?？!！…"
_SUBTITLE_RE = re.compile(r"^[-—–―─~〜]")  # ——我省科研团队再创佳绩 is a subtitle
_TITLE_SITE_RE = re.compile(r"\s*(?:\s[-–—|]|_|::)\s*(?P<site>[^-–—|_]{2,20})$")
_SITE_WORD_RE = re.compile(
    r"(?:网|網|报|報|新闻|日报|在线|신문|일보|뉴스|닷컴|방송|TV|News|Daily|Online)$", re.I
)


@dataclass
class Block:
    """One piece of the body: a paragraph or a heading."""

    kind: str  # "paragraph" | "heading"
    text: str


@dataclass
class Extracted:
    """What the extractor found; None or empty where the page did not show it."""

    title: str | None = None
    date: datetime | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)
    captions: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def classify(line: str) -> str:
    """The kind of one cleaned line."""
    if not line:
        return BLANK
    if chrome.is_placeholder(line):
        return PLACEHOLDER
    if is_dateline(line):
        return DATE
    if chrome.parse_breadcrumb(line):
        return CRUMB
    if chrome.is_copyright(line) and chrome.is_chrome(line):
        return COPYRIGHT
    if chrome.is_end_marker(line):
        return END
    if parse_byline(line):
        return BYLINE
    if chrome.parse_source_label(line) and visible_len(line) <= MAX_META:
        return SOURCE
    if chrome.is_chrome(line):
        return CHROME
    if ends_sentence(line):
        return SENTENCE
    return SHORT if has_letters(line) else OTHER


@dataclass
class _Page:
    lines: list[str]
    kinds: list[str]

    def find(self, kinds: tuple[str, ...], start: int = 0, stop: int | None = None) -> int | None:
        stop = len(self.lines) if stop is None else stop
        return next((i for i in range(start, stop) if self.kinds[i] in kinds), None)

    def next_text(self, start: int, stop: int) -> int | None:
        return next((i for i in range(start, stop) if self.kinds[i] != BLANK), None)

    def find_last(self, kinds: tuple[str, ...], start: int, stop: int) -> int | None:
        return next((i for i in reversed(range(start, stop)) if self.kinds[i] in kinds), None)


def extract_article(text: str) -> Extracted:
    """The article's parts from a page's (decoded, normalised) text."""
    lines = [clean_line(line) for line in text.split("\n")]
    page = _Page(lines, [classify(line) for line in lines])
    found = Extracted(source=_find_source(page))
    anchor = _anchor(page)
    title_at = _find_title(page, anchor, found.source.get("name"))
    if title_at is None:
        return found
    found.title = clean_title(lines[title_at], found.source.get("name"))
    start = title_at + 1
    footer = page.find((END, COPYRIGHT), start)
    stop = footer if footer is not None else len(lines)
    found.date = _date(page, anchor, start, stop)
    found.section = _section(page, title_at, found.title)
    found.captions, taken = _captions(page, start, stop)
    found.blocks, inline_authors = _body(page, start, stop, taken)
    found.authors = _authors(_meta_authors(page, stop) + inline_authors)
    return found


def _anchor(page: _Page) -> int:
    """The date line nearest before the article's first real paragraph, else that paragraph.

    The paragraph is looked for after the first date line, so that a slogan or notice
    above the headline does not count as the article's start.
    """
    first_date = page.find((DATE,))
    sentences = [i for i, kind in enumerate(page.kinds) if kind == SENTENCE]
    after_date = [i for i in sentences if first_date is None or i > first_date]
    sentences = after_date or sentences
    lead = next((i for i in sentences if visible_len(page.lines[i]) >= MIN_LEAD), None)
    lead = lead if lead is not None else (sentences[0] if sentences else len(page.lines))
    date_at = page.find_last((DATE,), 0, lead)
    return date_at if date_at is not None else lead


def is_title_candidate(line: str, kind: str, site_name: str | None = None) -> bool:
    """Whether a line could be the headline."""
    if line == site_name or _SUBTITLE_RE.match(line) or not 2 <= visible_len(line) <= MAX_TITLE:
        return False
    if kind == SHORT:
        return True
    short = visible_len(line) <= MAX_QUESTION_TITLE
    return kind == SENTENCE and short and line.rstrip()[-1] in _QUESTION_END


def _find_title(page: _Page, anchor: int, site_name: str | None = None) -> int | None:
    """The headline's line: the nearest candidate before ``anchor``, else just after a date."""
    for i in reversed(range(anchor)):
        if is_title_candidate(page.lines[i], page.kinds[i], site_name):
            return i
    if anchor < len(page.lines) and page.kinds[anchor] == DATE:
        for i in range(anchor + 1, len(page.lines)):
            if page.kinds[i] == SENTENCE:
                break
            if is_title_candidate(page.lines[i], page.kinds[i], site_name):
                return i
    return None


def clean_title(title: str, site_name: str | None = None) -> str:
    """``title`` without a trailing site name (``… - 新华网``, ``… | 연합뉴스``)."""
    match = _TITLE_SITE_RE.search(title)
    if match and (match["site"].strip() == site_name or _SITE_WORD_RE.search(match["site"])):
        title = title[: match.start()]
    return title.strip()


def _date(page: _Page, anchor: int, start: int, stop: int) -> datetime | None:
    at = anchor if page.kinds[anchor : anchor + 1] == [DATE] else None
    for candidate in (at, page.find((DATE,), start, stop), page.find((DATE,), 0, stop)):
        if candidate is not None:
            return dateline_date(page.lines[candidate])
    return None


def _section(page: _Page, title_at: int, title: str) -> str | None:
    for i in range(title_at):
        if page.kinds[i] == CRUMB:
            crumbs = chrome.parse_breadcrumb(page.lines[i]) or []
            section = chrome.section_from_breadcrumb(crumbs, title)
            if section:
                return section
    return None


def _find_source(page: _Page) -> dict[str, str]:
    """The site from a copyright footer, else from a ``来源：`` field."""
    for i, kind in enumerate(page.kinds):
        if kind == COPYRIGHT:
            source = chrome.parse_copyright(page.lines[i])
            if source:
                return source
    footer = page.find((END,))
    for i in range(footer if footer is not None else len(page.lines)):
        if page.kinds[i] in (SOURCE, DATE):
            source = chrome.parse_source_label(page.lines[i])
            if source:
                return source
    return {}


def _captions(page: _Page, start: int, stop: int) -> tuple[list[str], set[int]]:
    """Captions (the line after an image, or ``▲ …``) and the lines they take."""
    captions: list[str] = []
    taken: set[int] = set()
    for i in range(start, stop):
        line, kind = page.lines[i], page.kinds[i]
        marked = chrome.marked_caption(line) if kind == SHORT else None
        if marked:
            captions.append(marked)
            taken.add(i)
        elif kind == PLACEHOLDER:
            after = page.next_text(i + 1, stop)
            if after is not None and page.kinds[after] == SHORT:
                if chrome.could_be_caption(page.lines[after]):
                    captions.append(page.lines[after])
                    taken.add(after)
    return captions, taken


Names = list[tuple[int, str]]  # (line number, name): authors in page order


def _body(page: _Page, start: int, stop: int, taken: set[int]) -> tuple[list[Block], Names]:
    """Blocks from the first to the last sentence before a closing byline or the footer."""
    first = page.find((SENTENCE,), start, stop)
    if first is None:
        return [], []
    last = page.find_last((SENTENCE,), first, _body_end(page, first, stop))
    blocks: list[Block] = []
    names: Names = []
    for i in range(first, last + 1):
        if i in taken or page.kinds[i] not in (SENTENCE, SHORT):
            continue
        text, found = strip_inline_byline(page.lines[i])
        names.extend((i, name) for name in found)
        if text:
            blocks.append(_block(text, page.kinds[i]))
    return blocks, names


def _body_end(page: _Page, first: int, stop: int) -> int:
    """Where the article ends: a byline after its text, a run of chrome, or the footer."""
    run = 0
    for i in range(first + 1, stop):
        kind = page.kinds[i]
        if kind == BYLINE:
            return i
        if kind != BLANK:
            run = run + 1 if kind == CHROME else 0
        if run == CHROME_RUN:
            return i
    return stop


def _block(text: str, kind: str) -> Block:
    if kind == SHORT and visible_len(text) <= MAX_HEADING:
        return Block("heading", text)
    return Block("paragraph", text)


def _meta_authors(page: _Page, stop: int) -> Names:
    names: Names = []
    for i in range(stop):
        if page.kinds[i] in (BYLINE, DATE):
            names.extend((i, name) for name in parse_byline(page.lines[i]))
    return names


def _authors(names: Names) -> list[str]:
    return list(dict.fromkeys(name for _, name in sorted(names, key=lambda item: item[0])))
