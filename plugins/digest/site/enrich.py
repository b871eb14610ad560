"""Give every article its summary and tags, before Pelican groups them."""

from __future__ import annotations

import logging
import os

from pelican.contents import Article

from ..annotate import ArticleText, annotate_all
from ..annotation_cache import AnnotationCache
from ..related import ArticleProfile, related_articles
from .state import BuildState

logger = logging.getLogger(__name__)
CACHE_FILE = os.path.join("digest", "annotations.json")


def article_text(article: Article, auto_tagging: bool) -> ArticleText:
    """What annotating reads from a Pelican article."""
    return ArticleText(
        title=article.title,
        body_markdown=article.metadata.get("body_markdown", ""),
        lang=article.lang,
        curated_summary=article.metadata.get("summary"),
        curated_tags=tuple(getattr(article, "tags", [])),
        auto_tagging=auto_tagging and article.metadata.get("auto_tags", True),
    )


def relate_articles(articles: list[Article], terms: list[dict[str, int]]) -> None:
    """Set ``related_articles`` on each article: up to five, from either language."""
    profiles = [
        ArticleProfile(
            key=index,
            lang=article.lang,
            tag_ids=frozenset(tag.id for tag in article.tags),
            terms=article_terms,
            group=article.metadata.get("translation_key"),
        )
        for index, (article, article_terms) in enumerate(zip(articles, terms, strict=True))
    ]
    related = related_articles(profiles)
    for index, article in enumerate(articles):
        article.related_articles = [articles[other] for other in related[index]]


def annotate_articles(articles: list[Article], state: BuildState, settings: dict) -> None:
    """Set ``summary``, ``tags`` and ``summary_is_curated`` on each article (in place)."""
    path = os.path.join(settings["CACHE_PATH"], CACHE_FILE) if settings["DIGEST_CACHE"] else None
    cache = AnnotationCache(path)
    annotations = annotate_all(
        [article_text(a, settings["DIGEST_AUTO_TAGS"]) for a in articles],
        state.vocabulary,
        budgets=settings["DIGEST_SUMMARY_BUDGETS"],
        tag_threshold=settings["DIGEST_TAG_THRESHOLD"],
        cache=cache,
    )
    for article, annotation in zip(articles, annotations, strict=True):
        article.metadata["summary"] = annotation.summary
        article._summary = annotation.summary
        article.summary_is_curated = annotation.summary_is_curated
        article.tags = list(annotation.tags)
    cache.save()
    relate_articles(articles, [a.key_terms for a in annotations])
    logger.info(
        "Summaries and tags of %d articles: %d parts from the cache, %d made",
        len(articles),
        cache.hits,
        cache.misses,
    )
