"""Each side's feeds, Atom and RSS, declaring their language and naming tags in it.

Every entry carries its summary in the side's language (Atom ``summary``) and
the whole article (Atom ``content``, RSS ``description``). For an article listed
from another language, that text opens with the side-language summary (feed
readers show ``content`` first) and the original follows, marked with its ``lang``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from feedgenerator import SyndicationFeed
from markupsafe import Markup, escape
from pelican.utils import SafeDatetime
from pelican.writers import Writer

from ..languages import language
from . import urls

if TYPE_CHECKING:
    from .sides import SideEntry

FEED_ITEMS = 30
SIDE_FEEDS: dict[str, Callable[[str], str]] = {"atom": urls.atom_feed, "rss": urls.rss_feed}


@dataclass(frozen=True)
class FeedItem:
    """One entry of a side's feed, with what Pelican's feed writer reads of an article."""

    entry: SideEntry

    @property
    def title(self) -> str:
        return self.entry.article.title

    @property
    def url(self) -> str:
        return self.entry.article.url

    @property
    def date(self) -> SafeDatetime:
        return self.entry.article.date

    @property
    def modified(self) -> SafeDatetime:
        return self.entry.article.modified  # AttributeError if never modified, as Pelican wants

    @property
    def author(self) -> object:
        return getattr(self.entry.article, "author", "")

    @property
    def summary(self) -> Markup:
        """The plain-text summary as HTML, which both formats expect."""
        return escape(self.entry.summary)

    @property
    def tags(self) -> list[str]:
        return [tag.label(self.entry.side) for tag in getattr(self.entry.article, "tags", [])]

    def get_content(self, siteurl: str) -> str:
        """The whole article; from another language, after the summary in the side's."""
        article = self.entry.article.get_content(siteurl)
        if not self.entry.foreign:
            return article
        original = language(self.entry.article.lang).html_lang
        return Markup('<p>{}</p>\n<div lang="{}">{}</div>').format(
            self.entry.summary, original, Markup(article)
        )


def write_side_feeds(
    writer: Writer, context: dict, lang: str, title: str, entries: list[SideEntry]
) -> None:
    """Write the ``lang`` side's Atom and RSS feeds of its newest entries."""
    feed_urls = {kind: url_of(lang) for kind, url_of in SIDE_FEEDS.items()}
    write_feeds(writer, context, lang, title, entries, feed_urls)


def write_tag_feeds(
    writer: Writer, context: dict, lang: str, title: str, tag_id: str, entries: list[SideEntry]
) -> None:
    """Write a tag's Atom and RSS feeds on side ``lang``: what its tag page lists."""
    feed_urls = {kind: urls.tag_feed(lang, tag_id, kind) for kind in urls.FEED_KINDS}
    write_feeds(writer, context, lang, title, entries, feed_urls)


def write_feeds(
    writer: Writer,
    context: dict,
    lang: str,
    title: str,
    entries: list[SideEntry],
    feed_urls: dict[str, str],
) -> None:
    """Write ``entries`` (newest first) as the feeds ``{kind: url}`` of side ``lang``."""
    feed_context = {**context, "SITENAME": title, "page_lang": lang}
    items = [FeedItem(entry) for entry in entries[:FEED_ITEMS]]
    for feed_type, url in feed_urls.items():
        writer.write_feed(items, feed_context, url, feed_type=feed_type)


def declare_language(context: dict, feed: SyndicationFeed) -> None:
    """feed_generated receiver: the feed declares its side's language."""
    lang = context.get("page_lang")
    if lang:
        feed.feed["language"] = language(lang).html_lang
