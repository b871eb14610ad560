"""The Pagefind index, written at the end of the Pelican run from the articles themselves.

Each article becomes one small HTML document for Pagefind: its title (first) and
body as search tokens (``digest.search_text``), its title and date as metadata, and
its year and tags as filters. Each language has a bundle of its
own (``pagefind/<lang>/``), so a side's first query loads only that side's index;
searching both languages loads the other bundle as well. Pagefind runs once per
language on a folder of those documents (one process, fast at archive scale), and
the new bundles replace the old ones only once all are complete.
"""

from __future__ import annotations

import contextlib
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
from ..languages import LANGUAGES
from ..search_text import index_text
from . import urls

logger = logging.getLogger(__name__)
# Our tokens are language-neutral, and each bundle holds one language: its documents
# say "mul" so that Pagefind builds one index per bundle, which every page (whatever
# its <html lang>) searches, and applies no language's word processing.
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
    """The HTML document Pagefind indexes for one article.

    The title is a paragraph like the body, not a heading: Pagefind keeps the word
    positions of each weight apart, and the search page ranks by the position of
    the first match, which must be counted through title and body alike.
    """
    body = index_text(searchable_text(entry.body_markdown))
    filters = [("year", f"{entry.date:%Y}")]
    filters += [("tag", tag_id) for tag_id in entry.tag_ids]
    fields = "".join(
        f'<span data-pagefind-filter="{name}">{html.escape(value)}</span>'
        for name, value in filters
    )
    return (
        f'<!doctype html><html lang="{INDEX_LANGUAGE}"><meta charset="utf-8"><body>'
        f"<main data-pagefind-body><p>{html.escape(index_text(entry.title))}</p>"
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
    """Write each language's search bundle (index and Pagefind's JS) under ``output_path``.

    A language without entries gets no bundle (Pagefind cannot index nothing); the
    search pages know (``search_page.search_page_data``) and find nothing in it.
    """
    bundles = os.path.join(output_path, urls.SEARCH_BUNDLES)
    with tempfile.TemporaryDirectory(prefix="haeran-search-") as work:
        new_bundles = os.path.join(work, "bundles")
        os.makedirs(os.path.join(new_bundles, urls.SEARCH_BUNDLES))
        for lang in LANGUAGES:
            documents = os.path.join(work, "documents", lang)
            written = [_write_document(e, documents) for e in entries if e.lang == lang]
            if written:
                bundle = os.path.join(new_bundles, urls.search_bundle(lang))
                _run_pagefind(documents, bundle)
                _remove_unused_ui(bundle)
        shutil.rmtree(bundles, ignore_errors=True)
        shutil.move(os.path.join(new_bundles, urls.SEARCH_BUNDLES), bundles)
    logger.info("Search index of %d articles written to %s", len(entries), bundles)


# Pagefind's ready-made search interfaces: our search page uses its JS API alone.
UNUSED_UI_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


def _remove_unused_ui(bundle: str) -> None:
    for name in UNUSED_UI_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(bundle, name))


def _write_document(entry: SearchEntry, documents: str) -> str:
    """Write the entry's document into the folder ``documents``; returns its path."""
    path = os.path.join(documents, urls.save_as(entry.url))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(search_document(entry))
    return path
