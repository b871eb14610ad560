"""Atom feeds per side, declaring their language and naming tags in it."""

from __future__ import annotations

from feedgenerator import SyndicationFeed
from pelican.writers import Writer

from ..languages import language
from ..vocabulary import Tag
from . import urls

FEED_ITEMS = 30


def write_side_feed(writer: Writer, context: dict, lang: str, title: str, articles: list) -> None:
    """Write the ``lang`` side's Atom feed of its newest articles."""
    feed_context = {**context, "SITENAME": title, "page_lang": lang}
    writer.write_feed(articles[:FEED_ITEMS], feed_context, urls.feed(lang), feed_type="atom")


def declare_language(context: dict, feed: SyndicationFeed) -> None:
    """feed_generated receiver: the feed's language, and tags as labels in it."""
    lang = context.get("page_lang")
    if not lang:
        return
    feed.feed["language"] = language(lang).html_lang
    for item in feed.items:
        item["categories"] = [
            c.label(lang) for c in item.get("categories") or () if isinstance(c, Tag)
        ]
