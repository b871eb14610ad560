"""What the extractor reads: a page as lines, each maybe with a role, plus page-level evidence.

A plain-text dump gives lines without roles. A saved HTML page gives roles from its
markup (``h1`` is a title, ``figcaption`` a caption, a link-only line a link …) and
evidence from its head (``og:title``, ``article:published_time``, ``og:site_name`` …).
One set of extraction rules then serves both formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import clean_line

# Line roles that markup gives.
TITLE = "title"  # h1
HEADING = "heading"  # h2–h6 inside the content
CAPTION = "caption"  # figcaption, class="caption"
IMAGE = "image"  # img
CRUMB = "breadcrumb"  # class="breadcrumb", nav aria-label="breadcrumb"
LINK = "link"  # a line whose text is (almost) all link text


@dataclass(frozen=True)
class PageLine:
    """One line of a page: cleaned text, and the role its markup gave it (None for text)."""

    text: str
    role: str | None = None
    linked: bool = False  # (almost) all link text, whatever its role (a linked h3 in a list)


@dataclass
class Evidence:
    """What a page says about itself outside its visible text (HTML head and attributes)."""

    titles: list[str] = field(default_factory=list)  # og:title, ArticleTitle, <title>
    dates: list[str] = field(default_factory=list)  # article:published_time, <time datetime>
    site_name: str | None = None  # og:site_name, SiteName
    url: str | None = None  # canonical link, og:url
    section: str | None = None  # article:section, ColumnName


@dataclass
class Page:
    """A page ready for extraction."""

    lines: list[PageLine]
    evidence: Evidence = field(default_factory=Evidence)


def text_page(text: str) -> Page:
    """A plain-text dump as a page: one cleaned line per text line, no roles."""
    return Page([PageLine(clean_line(line)) for line in text.split("\n")])
