"""Give every article its summary and tags, before Pelican groups them."""

from __future__ import annotations

from pelican.contents import Article

from ..annotate import annotate
from .state import BuildState


def annotate_articles(articles: list[Article], state: BuildState, settings: dict) -> None:
    """Set ``summary``, ``tags`` and ``summary_is_curated`` on each article (in place)."""
    for article in articles:
        annotation = annotate(
            title=article.title,
            body_markdown=article.metadata.get("body_markdown", ""),
            lang=article.lang,
            curated_summary=article.metadata.get("summary"),
            curated_tags=list(getattr(article, "tags", [])),
            vocabulary=state.vocabulary,
            budget=settings["DIGEST_SUMMARY_BUDGETS"][article.lang],
            auto_tagging=settings["DIGEST_AUTO_TAGS"] and article.metadata.get("auto_tags", True),
            tag_threshold=settings["DIGEST_TAG_THRESHOLD"],
        )
        article.metadata["summary"] = annotation.summary
        article._summary = annotation.summary
        article.summary_is_curated = annotation.summary_is_curated
        article.tags = list(annotation.tags)
