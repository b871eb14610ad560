"""From decoded page text to extracted parts: which format it is, and the crawl's fallbacks.

A saved HTML page and a plain-text dump become the same ``Page`` of lines; the
extractor reads both. A crawl record's ``date`` (or a date in its ``url``) is the
publication date when the page shows none, and its ``url`` the source's when the
page names none.
"""

from __future__ import annotations

import json
import re

from .dates import record_date, url_date
from .extract import Extracted, extract_page
from .html import html_page, looks_like_html
from .page import Page, text_page

_FRONT_MATTER_RE = re.compile(r"^title:", re.M)


def unsupported_format(text: str) -> str | None:
    """Why ``text`` is no page the ingester reads (an article file, JSON data), or None."""
    head = text.lstrip()
    if head.startswith("---\n") and _FRONT_MATTER_RE.search(head):
        return "already an article file (it has front matter)"
    first = head.split("\n", 1)[0].strip()
    if first.startswith(("{", "[")) and first.endswith(("}", "]")):
        try:
            json.loads(first)
        except ValueError:
            return None
        return "JSON data, not a page: a .jsonl crawl is read one record per line"
    return None


def read_page(text: str) -> Page:
    """The page's lines: from its HTML markup, or from its text lines."""
    return html_page(text) if looks_like_html(text) else text_page(text)


def page_words(page: Page) -> str:
    """The page's visible text, one line per line."""
    return "\n".join(line.text for line in page.lines)


def extract(page: Page, *, url: str | None = None, date: str | None = None) -> Extracted:
    """The article's parts, with the crawl record's ``url`` and ``date`` as fallbacks."""
    found = extract_page(page)
    if found.date is None:
        found.date = record_date(date) if date else None
    if found.date is None and url:
        found.date = url_date(url)
    if url and "url" not in found.source:
        found.source["url"] = url
    return found
