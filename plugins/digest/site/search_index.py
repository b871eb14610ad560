"""The Pagefind index, written at the end of the Pelican run from the articles themselves.

Each article becomes one custom record: its URL, its text segmented by
``digest.search_text`` and its language's search index (``Language.search_lang``);
its title, summary and date are shown with the result.
"""

from __future__ import annotations

import asyncio
import logging
import os

from babel.dates import format_date
from pagefind.index import IndexConfig, PagefindIndex
from pelican.contents import Article

from ..annotate import vocabulary_tokenizer
from ..languages import language
from ..search_text import index_text
from ..vocabulary import TagVocabulary

logger = logging.getLogger(__name__)
BUNDLE_DIR = "pagefind"


class SearchIndexError(Exception):
    exitcode = 1


def search_record(article: Article, vocabulary: TagVocabulary) -> dict:
    """The record Pagefind indexes for one article."""
    lang = language(article.lang)
    tok = vocabulary_tokenizer(vocabulary, article.lang)
    return {
        "url": "/" + article.url,
        "content": index_text(
            article.title, article.metadata.get("body_markdown", ""), article.lang, tok
        ),
        "language": lang.search_lang,
        "meta": {
            "title": article.title,
            "summary": article.summary or "",
            "date": format_date(article.date, "long", locale=lang.babel_locale),
            "lang": article.lang,
        },
    }


async def _write_index(records: list[dict], bundle_path: str) -> None:
    # Leaving the context writes the bundle, to the configured output path.
    async with PagefindIndex(config=IndexConfig(output_path=bundle_path)) as index:
        for record in records:
            await index.add_custom_record(**record)


def build_search_index(articles: list, vocabulary: TagVocabulary, output_path: str) -> None:
    """Write the search bundle (index and Pagefind's JS) to ``output_path/pagefind``."""
    records = [search_record(article, vocabulary) for article in articles]
    bundle_path = os.path.join(output_path, BUNDLE_DIR)
    try:
        asyncio.run(_write_index(records, bundle_path))
    except Exception as error:  # the Pagefind service reports its own failures
        raise SearchIndexError(f"the search index could not be written: {error}") from error
    logger.info("Search index of %d articles written to %s", len(records), bundle_path)
