"""The Pagefind index, written at the end of the Pelican run from the articles themselves.

Each article becomes one small HTML document for Pagefind: its title (weighted as
a heading) and body as search tokens (``digest.search_text``), its title and date
as metadata, and its language, year and tags as filters. All articles go into one
index, whatever their language, so one query searches both languages; the search
page narrows by the ``lang`` filter. Pagefind runs on a folder of those documents
(one process, fast at archive scale), and the new bundle replaces the old one only
once it is complete.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

from pagefind.service import get_executable
from pelican.contents import Article

from ..article_text import searchable_text
from ..search_text import index_text
from . import urls

logger = logging.getLogger(__name__)
BUNDLE_DIR = "pagefind"
# One index for every language: our tokens are language-neutral, and Pagefind picks
# a language's index by the search page's <html lang>, which would split the sides.
INDEX_LANGUAGE = "mul"  # ISO 639 "multiple languages"


class SearchIndexError(Exception):
    exitcode = 1


@dataclass(frozen=True)
class SearchEntry:
    """What the search index holds of one article."""

    url: str  # site-relative, as Pelican's ``article.url``
    title: str
    date: dt.date
    lang: str
    tag_ids: tuple[str, ...]
    body_markdown: str

    @classmethod
    def of(cls, article: Article) -> SearchEntry:
        """The entry of a Pelican article."""
        return cls(
            url=article.url,
            title=article.title,
            date=article.date,
            lang=article.lang,
            tag_ids=tuple(tag.id for tag in getattr(article, "tags", [])),
            body_markdown=article.metadata.get("body_markdown", ""),
        )


def search_document(entry: SearchEntry) -> str:
    """The HTML document Pagefind indexes for one article."""
    body = index_text(searchable_text(entry.body_markdown))
    filters = [("lang", entry.lang), ("year", f"{entry.date:%Y}")]
    filters += [("tag", tag_id) for tag_id in entry.tag_ids]
    fields = "".join(
        f'<span data-pagefind-filter="{name}">{html.escape(value)}</span>'
        for name, value in filters
    )
    return (
        f'<!doctype html><html lang="{INDEX_LANGUAGE}"><meta charset="utf-8"><body>'
        f"<main data-pagefind-body><h1>{html.escape(index_text(entry.title))}</h1>"
        f"<p>{html.escape(body)}</p></main>"
        f'<span data-pagefind-meta="title">{html.escape(entry.title)}</span>'
        f'<span data-pagefind-meta="date">{entry.date:%Y-%m-%d}</span>'
        f"{fields}</body></html>"
    )


def _run_pagefind(documents: str, bundle: str) -> None:
    executable = get_executable()
    if executable is None:
        raise SearchIndexError(
            "the search index could not be written: no Pagefind binary; "
            "install it with 'pip install -r requirements.txt'"
        )
    command = [str(executable), "--site", documents, "--output-path", bundle, "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(
            "the search index could not be written; Pagefind said:\n"
            + (result.stderr or result.stdout).strip()
        )


def build_search_index(entries: list[SearchEntry], output_path: str) -> None:
    """Write the search bundle (index and Pagefind's JS) to ``output_path/pagefind``."""
    bundle = os.path.join(output_path, BUNDLE_DIR)
    with tempfile.TemporaryDirectory(prefix="haeran-search-") as work:
        documents = os.path.join(work, "documents")
        for entry in entries:
            path = os.path.join(documents, urls.save_as(entry.url))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as file:
                file.write(search_document(entry))
        new_bundle = os.path.join(work, BUNDLE_DIR)
        _run_pagefind(documents, new_bundle)
        shutil.rmtree(bundle, ignore_errors=True)
        shutil.move(new_bundle, bundle)
    logger.info("Search index of %d articles written to %s", len(entries), bundle)
