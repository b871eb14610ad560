"""A page's lines in, the article's parts out: title, date, section, authors, source,
captions and body blocks.

Each line gets a kind; the headline sits just before the date line (or the first
paragraph); the body runs from the first to the last sentence-like line before the
footer, and keeps short standalone lines inside it as headings. Lines from HTML also
carry a role (``h1``, ``figcaption``, link …) and the page its head's evidence
(``og:title``, ``article:published_time`` …), which win where they are clear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import chrome
from . import page as markup
from .bylines import (
    find_bylines,
    is_dateline_only,
    parse_byline,
    strip_inline_byline,
    strip_trailing_byline,
)
from .dates import DATE_RE, dateline_date, is_dateline, parse_date
from .page import Evidence, Page, text_page
from .text import count_sentences, ends_sentence, has_letters, visible_len

BLANK = "blank"
PLACEHOLDER = "placeholder"  # an image
DATE = "date"
CRUMB = "breadcrumb"
COPYRIGHT = "copyright"
END = "end"  # 相关文章, 관련기사: what follows is not the article
BYLINE = "byline"
SOURCE = "source"  # 来源：…
CHROME = "chrome"
CAPTION = "caption"  # a caption the markup marks (figcaption)
LINK = "link"  # a line of link text (HTML): navigation, lists of other articles
SENTENCE = "sentence"  # ends like a sentence: article text
SHORT = "short"  # text that does not end like a sentence: headline, heading, caption, menu
OTHER = "other"  # no letters at all

MAX_TITLE = 100
MAX_HEADING = 30  # visible characters; a longer unpunctuated line is text
MIN_LEAD = 15  # a first paragraph shorter than this may be a banner; anchor on a later one
MAX_META = 40
MAX_COLUMN_NAME = 6  # an h1 this short may name the column, not the article
MIN_HEAD_TITLE = 4  # a head title shorter than this is a site's name or a placeholder
MAX_QUESTION_TITLE = 60  # a headline may end in ? or !, if it is short
CHROME_RUN = 3  # this many chrome lines in a row end the article
MIN_HEADLINE = 6  # visible characters of a line that may be another article's headline
MIN_LISTING = 4  # dated headlines that make a listing page, when there is no run of text
MIN_LINKS = 6  # headline-like lines that make a page of links, when there is no run of text
MIN_PROSE_SENTENCES = 2  # a page with fewer sentences than this has no run of text
DATE_AGREEMENT = timedelta(hours=36)  # a head date this near the shown one is the same date
_QUESTION_END = "?？!！…"
_SUBTITLE_RE = re.compile(r"^[-—–―─~〜]")  # ——我省科研团队再创佳绩 is a subtitle
_TITLE_SITE_RE = re.compile(r"\s*(?:\s[-–—|]|_|::|--|－－)\s*(?P<site>[^-–—|_]{2,20})$")
_SITE_WORD_RE = re.compile(
    r"(?:网|網|报|報|新闻|日报|在线|频道|신문|일보|뉴스|닷컴|방송|조선어판|TV|News|Daily|Online)$",
    re.I,
)
_TITLE_SEPARATORS = "-–—|_:：－｜"
_DATE_BRACKETS = "[]()（）【】<>| "


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
    not_article: str | None = None  # why the page is a listing or a page of links


def classify(line: str, role: str | None = None) -> str:
    """The kind of one cleaned line; ``role`` is what the page's markup said of it."""
    if role == markup.IMAGE:
        return PLACEHOLDER
    if role in (markup.CAPTION, markup.CRUMB):
        return (CAPTION if role == markup.CAPTION else CRUMB) if line else BLANK
    kind = _classify_text(line)
    if role == markup.LINK and kind in (SHORT, SENTENCE, OTHER, CHROME):
        return LINK
    return kind


def _classify_text(line: str) -> str:
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
    if parse_byline(line) or is_dateline_only(line):
        return BYLINE
    if chrome.parse_source_label(line) and visible_len(line) <= MAX_META:
        return SOURCE
    if chrome.is_chrome(line):
        return CHROME
    if ends_sentence(line) or ends_sentence(strip_trailing_byline(line)):
        return SENTENCE
    return SHORT if has_letters(line) else OTHER


@dataclass
class _Page:
    lines: list[str]
    kinds: list[str]
    roles: list[str | None]
    linked: list[bool]

    def find(self, kinds: tuple[str, ...], start: int = 0, stop: int | None = None) -> int | None:
        stop = len(self.lines) if stop is None else stop
        return next((i for i in range(start, stop) if self.kinds[i] in kinds), None)

    def next_text(self, start: int, stop: int) -> int | None:
        return next((i for i in range(start, stop) if self.kinds[i] != BLANK), None)

    def find_last(self, kinds: tuple[str, ...], start: int, stop: int) -> int | None:
        return next((i for i in reversed(range(start, stop)) if self.kinds[i] in kinds), None)


def extract_article(text: str) -> Extracted:
    """The article's parts from a page's (decoded, normalised) text."""
    return extract_page(text_page(text))


def extract_page(source: Page) -> Extracted:
    """The article's parts from a page's lines (and, for HTML, its markup's evidence)."""
    page = _classified(source)
    evidence = source.evidence
    found = Extracted(source=_find_source(page, evidence))
    anchor = _anchor(page)
    found.title, start, title_date = _headline(page, evidence, anchor, found.source.get("name"))
    footer = page.find((END, COPYRIGHT), start)
    stop = footer if footer is not None else len(page.lines)
    shown = _date(page, anchor, start, stop) or title_date
    found.date = _pick_date(shown, _head_date(evidence))
    found.section = _section(page, start, found.title) or evidence.section
    found.captions, taken = _captions(page, start, stop)
    found.blocks, inline_authors = _body(page, start, stop, taken)
    found.authors = _authors(_meta_authors(page, stop) + inline_authors)
    found.not_article = _not_article(page, start, stop, found.blocks)
    return found


def _classified(source: Page) -> _Page:
    lines = [line.text for line in source.lines]
    line_roles = [line.role for line in source.lines]
    kinds = [classify(*pair) for pair in zip(lines, line_roles, strict=True)]
    return _Page(lines, kinds, line_roles, [line.linked for line in source.lines])


def _headline(
    page: _Page, evidence: Evidence, anchor: int, site_name: str | None
) -> tuple[str | None, int, datetime | None]:
    """The headline, the line after it (where the article may start), and a date beside it.

    Markup evidence first, then the line before the date or first paragraph, then a
    date line that carries the headline; without a line, the head's title alone.
    """
    title_at = _evidence_title(page, evidence, anchor, site_name)
    if title_at is None:
        title_at = _find_title(page, anchor, site_name)
    if title_at is None:
        title_at = _dated_title(page, anchor, site_name)
    if title_at is None:
        return head_title(evidence, site_name), min(anchor, len(page.lines)), None
    title, title_date = split_title_date(page.lines[title_at])
    return clean_title(title, site_name), title_at + 1, title_date


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


def _dated_title(page: _Page, anchor: int, site_name: str | None) -> int | None:
    """The date line at ``anchor`` when it is a headline with its date (``标题 2021-07-01``)."""
    if page.kinds[anchor : anchor + 1] != [DATE]:
        return None
    title, date = split_title_date(page.lines[anchor])
    if date is None or visible_len(title) < MIN_HEADLINE or is_site_name(title):
        return None
    return anchor if is_title_candidate(title, _classify_text(title), site_name) else None


def _evidence_title(
    page: _Page, evidence: Evidence, anchor: int, site_name: str | None
) -> int | None:
    """The headline's line as the markup shows it: an ``h1`` that the head's titles agree
    with, else the line they name, else the ``h1`` nearest before the text (a short one,
    like a column name 通知公告, only if no longer candidate follows it)."""
    titles = [t for t in evidence.titles if not _names_the_site(t, site_name, evidence)]
    h1s = [
        i
        for i, role in enumerate(page.roles)
        if role == markup.TITLE and _could_be_headline(page.lines[i], site_name, evidence)
    ]
    for i in h1s:
        if any(same_title(page.lines[i], title) for title in titles):
            return i
    named = [
        i
        for i, kind in enumerate(page.kinds)
        if kind in (SHORT, SENTENCE, LINK, CAPTION)
        and _could_be_headline(page.lines[i], site_name, evidence)
        and any(same_title(page.lines[i], title) for title in titles)
    ]
    if named:
        before = [i for i in named if i < anchor]
        return before[-1] if before else named[0]
    h1s = [i for i in h1s if not _column_name(page, i, anchor, site_name)]
    before = [i for i in h1s if i < anchor]
    return before[-1] if before else (h1s[0] if h1s else None)


def _names_the_site(title: str, site_name: str | None, evidence: Evidence) -> bool:
    """Whether a head title is only the site's name (``<title>长春市科学技术局</title>``)."""
    bare = _squash(title)
    names = (site_name, evidence.site_name)
    return is_site_name(title) or any(name and _squash(name) == bare for name in names)


def _column_name(page: _Page, i: int, anchor: int, site_name: str | None) -> bool:
    """Whether a short ``h1`` heads a column (通知公告) with the real headline after it."""
    if visible_len(page.lines[i]) > MAX_COLUMN_NAME:
        return False
    return any(
        visible_len(page.lines[j]) > MAX_COLUMN_NAME
        and is_title_candidate(page.lines[j], page.kinds[j], site_name)
        for j in range(i + 1, anchor)
    )


def _could_be_headline(line: str, site_name: str | None, evidence: Evidence) -> bool:
    if not 2 <= visible_len(line) <= MAX_TITLE or _SUBTITLE_RE.match(line):
        return False
    return line not in (site_name, evidence.site_name) and not is_site_name(line)


def is_site_name(text: str) -> bool:
    """Whether ``text`` is a bare site name (``新华网``, ``연변일보``): a logo, not a headline."""
    return visible_len(text) <= 10 and " " not in text.strip() and bool(_SITE_WORD_RE.search(text))


def same_title(line: str, title: str) -> bool:
    """Whether a page line is the headline a head title gives (maybe with the site name)."""
    line, title = _squash(line), _squash(title)
    if not line or not title:
        return False
    if line == title:
        return True
    if len(line) < 4:
        return False
    if title.startswith(line):
        return title[len(line)] in _TITLE_SEPARATORS
    if title.endswith(line):
        return title[-len(line) - 1] in _TITLE_SEPARATORS
    return False


def _squash(text: str) -> str:
    return "".join(text.split())


def clean_title(title: str, site_name: str | None = None) -> str:
    """``title`` without a trailing site name (``… - 新华网``, ``… | 연합뉴스``)."""
    match = _TITLE_SITE_RE.search(title)
    if match and (match["site"].strip() == site_name or _SITE_WORD_RE.search(match["site"])):
        title = title[: match.start()]
    return title.strip()


def split_title_date(line: str) -> tuple[str, datetime | None]:
    """A headline line without the date printed beside it (``标题 2021-07-01``), and that date."""
    for match in DATE_RE.finditer(line):
        before = line[: match.start()].strip(_DATE_BRACKETS)
        after = line[match.end() :].strip(_DATE_BRACKETS)
        rest = after if not before else before
        if (before and after) or visible_len(rest) < MIN_HEAD_TITLE:
            continue
        return rest, parse_date(match.group(0))
    return line, None


def head_title(evidence: Evidence, site_name: str | None = None) -> str | None:
    """The headline from the head alone (``og:title``, ``<title>``), site names cut off."""
    for title in evidence.titles:
        cleaned = title
        for name in (site_name, evidence.site_name, None, None):
            shorter = clean_title(cleaned, name)
            cleaned = shorter or cleaned
        if cleaned in (site_name, evidence.site_name) or is_site_name(cleaned):
            continue
        if MIN_HEAD_TITLE <= visible_len(cleaned) <= MAX_TITLE:
            return cleaned
    return None


def _date(page: _Page, anchor: int, start: int, stop: int) -> datetime | None:
    at = anchor if page.kinds[anchor : anchor + 1] == [DATE] else None
    for candidate in (at, page.find((DATE,), start, stop), page.find((DATE,), 0, stop)):
        if candidate is not None:
            return dateline_date(page.lines[candidate])
    return None


def _head_date(evidence: Evidence) -> datetime | None:
    for value in evidence.dates:
        found = parse_date(re.sub(r"(:\d{2})[.,]\d+", r"\1", value))
        if found is not None:
            return found
    return None


def _pick_date(shown: datetime | None, head: datetime | None) -> datetime | None:
    """The shown date, or the head's when it is the same date told more precisely."""
    if head is None or shown is None:
        return shown or head
    more_precise = head.timetz() != head.replace(hour=0, minute=0, second=0).timetz()
    if abs(head - shown) <= DATE_AGREEMENT and (more_precise or shown.hour == shown.minute == 0):
        return head
    return shown


def _section(page: _Page, title_at: int, title: str | None) -> str | None:
    for i in range(title_at):
        if page.kinds[i] == CRUMB:
            crumbs = chrome.parse_breadcrumb(page.lines[i]) or chrome.split_crumbs(page.lines[i])
            section = chrome.section_from_breadcrumb(crumbs, title)
            if section:
                return section
    return None


def _find_source(page: _Page, evidence: Evidence) -> dict[str, str]:
    """The site: the head's site name, a copyright footer, else a ``来源：`` field."""
    source: dict[str, str] = {}
    for i, kind in enumerate(page.kinds):
        if kind == COPYRIGHT:
            for key, value in chrome.parse_copyright(page.lines[i]).items():
                source.setdefault(key, value)
    if not source:
        source = _labelled_source(page)
    if evidence.site_name:
        source["name"] = " ".join(evidence.site_name.split())
    if evidence.url and "url" not in source:
        source["url"] = evidence.url
    return {key: source[key] for key in ("name", "url") if source.get(key)}


def _labelled_source(page: _Page) -> dict[str, str]:
    footer = page.find((END,))
    for i in range(footer if footer is not None else len(page.lines)):
        if page.kinds[i] in (SOURCE, DATE):
            source = chrome.parse_source_label(page.lines[i])
            if source:
                return source
    return {}


def _captions(page: _Page, start: int, stop: int) -> tuple[list[str], set[int]]:
    """Captions (marked up, the line after an image, or ``▲ …``) and the lines they take."""
    captions: list[str] = []
    taken: set[int] = set()
    for i in range(stop):
        line, kind = page.lines[i], page.kinds[i]
        if kind == CAPTION:
            captions.append(chrome.caption_text(line))
        if i < start or i in taken:
            continue
        marked = chrome.marked_caption(line) if kind in (SHORT, SENTENCE) else None
        if marked:
            captions.append(marked)
            taken.add(i)
        elif kind == PLACEHOLDER:
            after = page.next_text(i + 1, stop)
            if after is not None and _caption_after_image(page, after):
                captions.append(chrome.caption_text(page.lines[after]))
                taken.add(after)
    return captions, taken


def _caption_after_image(page: _Page, i: int) -> bool:
    kind, line = page.kinds[i], page.lines[i]
    if kind == SHORT and page.roles[i] != markup.HEADING:
        return chrome.could_be_caption(line)
    return kind in (SHORT, SENTENCE) and chrome.is_caption_lead(line)


Names = list[tuple[int, str]]  # (line number, name): authors in page order


def _body(page: _Page, start: int, stop: int, taken: set[int]) -> tuple[list[Block], Names]:
    """Blocks from the first to the last sentence before a closing byline or the footer."""
    span = _body_span(page, start, stop)
    if span is None:
        return [], []
    blocks: list[Block] = []
    names: Names = []
    for i in range(span[0], span[1] + 1):
        if i in taken or page.kinds[i] not in (SENTENCE, SHORT):
            continue
        text, found = strip_inline_byline(page.lines[i])
        names.extend((i, name) for name in found)
        if text:
            blocks.append(_block(text, page.kinds[i], page.roles[i]))
    return blocks, names


def _body_span(page: _Page, start: int, stop: int) -> tuple[int, int] | None:
    first = page.find((SENTENCE,), start, stop)
    if first is None:
        return None
    last = page.find_last((SENTENCE,), first, _body_end(page, first, stop))
    return (first, last if last is not None else first)


def _body_end(page: _Page, first: int, stop: int) -> int:
    """Where the article ends: a byline after its text, a run of chrome, or the footer."""
    run = 0
    for i in range(first + 1, stop):
        kind = page.kinds[i]
        if kind == BYLINE:
            return i
        if kind != BLANK:
            run = run + 1 if kind in (CHROME, LINK) else 0
        if run == CHROME_RUN:
            return i
    return stop


def _block(text: str, kind: str, role: str | None = None) -> Block:
    if role == markup.HEADING or (kind == SHORT and visible_len(text) <= MAX_HEADING):
        return Block("heading", text)
    return Block("paragraph", text)


def _meta_authors(page: _Page, stop: int) -> Names:
    names: Names = []
    for i in range(stop):
        if page.kinds[i] == BYLINE:
            names.extend((i, name) for name in parse_byline(page.lines[i]))
        elif page.kinds[i] in (DATE, SOURCE):
            names.extend((i, name) for name in find_bylines(page.lines[i]))
    return names


def _authors(names: Names) -> list[str]:
    return list(dict.fromkeys(name for _, name in sorted(names, key=lambda item: item[0])))


# --- not an article: listings and pages of links -------------------------------------------


def _not_article(page: _Page, start: int, stop: int, blocks: list[Block]) -> str | None:
    """Why the page is a listing or a page of links rather than an article, or None.

    A listing has dated headlines, or date lines between its bits of text; a page of
    links has headline-like lines and link lines. Either is an article still when a run
    of text (two sentences or more) stands clear of them.
    """
    sentences = sum(count_sentences(b.text) for b in blocks if b.kind == "paragraph")
    span = _body_span(page, start, stop)
    inside = range(span[0], span[1] + 1) if span else range(0)
    dated = [i for i in range(stop) if _is_dated_headline(page, i)]
    dates_inside = [i for i in inside if page.kinds[i] == DATE or i in dated]
    if len(dates_inside) >= MIN_LISTING - 1 or (
        len(dated) >= MIN_LISTING and sentences < MIN_PROSE_SENTENCES
    ):
        count = max(len(dated), len(dates_inside))
        return f"not an article: a listing page ({count} dated headlines, no run of text)"
    links = [i for i in range(stop) if _is_headline_like(page, i)]
    linked = [i for i in inside if page.linked[i] and _is_headline_like(page, i)]
    paragraphs = sum(1 for b in blocks if b.kind == "paragraph")
    if (len(linked) >= MIN_LISTING and len(linked) >= paragraphs) or (
        len(links) >= MIN_LINKS and sentences < MIN_PROSE_SENTENCES
    ):
        return f"not an article: a page of links ({len(links)} link lines, no run of text)"
    return None


def _is_headline_like(page: _Page, i: int) -> bool:
    kind = page.kinds[i]
    headline = kind in (SHORT, LINK) or (page.linked[i] and kind == SENTENCE)
    return headline and MIN_HEADLINE <= visible_len(page.lines[i]) <= MAX_TITLE


def _is_dated_headline(page: _Page, i: int) -> bool:
    """A headline with its date (``标题 2018-01-25``), or a date line right after a headline."""
    if _is_headline_like(page, i):
        return DATE_RE.search(page.lines[i]) is not None
    if page.kinds[i] != DATE:
        return False
    before = next((j for j in range(i - 1, -1, -1) if page.kinds[j] != BLANK), None)
    return before is not None and _is_headline_like(page, before)
