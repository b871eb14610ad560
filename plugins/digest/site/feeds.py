"""Each side's feeds, Atom and RSS: stable ids, absolute links, the side's language.

Every entry carries its summary in the side's language (Atom ``summary``) and
the whole article (Atom ``content``, RSS ``description``). For an article listed
from another language, that text opens with the side-language summary (feed
readers show ``content`` first) and the original follows, marked with its ``lang``.

Pelican's writer builds the feeds; ``finish_feed`` (on ``feed_generated``) then
gives them what it leaves out: each entry's id is ``urn:uuid:<uid>`` from the
article's front matter, so moving or re-dating an article never shows it again
as new; the feed names its language, describes itself and links to its page.
Links are absolute on the public site (``FEED_DOMAIN``, from ``DIGEST_PUBLIC_URL``),
also in a local preview, and so are the links inside the articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from babel.support import Translations
from feedgenerator import SyndicationFeed
from feedgenerator.django.utils.encoding import iri_to_uri
from markupsafe import Markup, escape
from pelican.utils import SafeDatetime
from pelican.writers import Writer

from ..languages import language
from . import urls

if TYPE_CHECKING:
    from ..vocabulary import Tag
    from .sides import SideEntry

FEED_ITEMS = 30
SIDE_FEEDS: dict[str, Callable[[str], str]] = {"atom": urls.atom_feed, "rss": urls.rss_feed}
FEED_FACTS_KEY = "digest_feed"
DESCRIPTIONS_KEY = "_DIGEST_FEED_DESCRIPTIONS"
# base.html's meta description: its translation describes each side's feeds.
SITE_DESCRIPTION = "Science and technology news from Northeast China, in Korean and Chinese."

_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
_URL_ATTRIBUTE = re.compile(
    r"""(\s(?:href|src|poster|cite|action|formaction)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE
)


def absolute_links(html: str, base: str) -> str:
    """``html`` with the relative URLs of its tags' link attributes resolved against ``base``."""

    def resolve(match: re.Match) -> str:
        quote = match[2]
        return f"{match[1]}{quote}{urljoin(base, match[3])}{quote}"

    return _TAG.sub(lambda tag: _URL_ATTRIBUTE.sub(resolve, tag[0]), html)


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
    def uid(self) -> str:
        """The article's ``uid`` from its front matter: its id in every feed."""
        return self.entry.article.metadata["uid"]

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
        """The whole article, links absolute; from another language, after the side's summary."""
        base = urljoin(f"{siteurl}/", self.url)
        article = absolute_links(self.entry.article.get_content(siteurl), base)
        if not self.entry.foreign:
            return article
        original = language(self.entry.article.lang).html_lang
        return Markup('<p>{}</p>\n<div lang="{}">{}</div>').format(
            self.entry.summary, original, Markup(article)
        )


@dataclass(frozen=True)
class FeedFacts:
    """What ``finish_feed`` adds to one of the digest's feeds."""

    lang: str
    page: str  # the absolute URL of the page the feed follows
    description: str
    author: str
    uids: dict[str, str]  # each item's link, as the writer makes it → the article's uid


def write_side_feeds(
    writer: Writer, context: dict, lang: str, title: str, entries: list[SideEntry]
) -> None:
    """Write the ``lang`` side's Atom and RSS feeds of its newest entries."""
    feed_urls = {kind: url_of(lang) for kind, url_of in SIDE_FEEDS.items()}
    write_feeds(writer, context, lang, title, entries, feed_urls, urls.side(lang))


def write_tag_feeds(
    writer: Writer, context: dict, lang: str, title: str, tag_id: str, entries: list[SideEntry]
) -> None:
    """Write a tag's Atom and RSS feeds on side ``lang``: what its tag page lists."""
    feed_urls = {kind: urls.tag_feed(lang, tag_id, kind) for kind in urls.FEED_KINDS}
    write_feeds(writer, context, lang, title, entries, feed_urls, urls.tag(lang, tag_id))


def write_feeds(
    writer: Writer,
    context: dict,
    lang: str,
    title: str,
    entries: list[SideEntry],
    feed_urls: dict[str, str],
    page_url: str,
) -> None:
    """Write ``entries`` (newest first) as the feeds ``{kind: url}`` of the page ``page_url``."""
    items = [FeedItem(entry) for entry in entries[:FEED_ITEMS]]
    write_items(writer, context, lang, title, items, feed_urls, page_url)


def write_items(
    writer: Writer,
    context: dict,
    lang: str,
    title: str,
    items: list,
    feed_urls: dict[str, str],
    page_url: str,
) -> None:
    """Write feed ``items`` (each with ``url`` and ``uid``, as FeedItem) as ``{kind: url}``."""
    public = context["FEED_DOMAIN"]
    facts = FeedFacts(
        lang=lang,
        page=_writer_link(writer, public, page_url),
        description=context.get(DESCRIPTIONS_KEY, {}).get(lang) or title,
        author=context["DIGEST_SITE_TITLE"][lang],
        uids={_item_link(writer, public, item.url): item.uid for item in items},
    )
    # The writer links items to SITEURL: the public site's, as the feed's own address is.
    feed_context = {**context, "SITENAME": title, "SITEURL": public, FEED_FACTS_KEY: facts}
    for feed_type, url in feed_urls.items():
        writer.write_feed(items, feed_context, url, feed_type=feed_type)


def _writer_link(writer: Writer, site_url: str, url: str) -> str:
    """``url`` made absolute as Pelican's writer makes links, then as feedgenerator keeps them."""
    return iri_to_uri(writer.urljoiner(site_url, url))


def _item_link(writer: Writer, site_url: str, url: str) -> str:
    """The ``link`` of an item with ``url`` in the feed, exactly as the writer makes it."""
    ref = "?ref=feed" if writer.settings.get("FEED_APPEND_REF") else ""
    return _writer_link(writer, site_url, f"{url}{ref}")


def finish_feed(context: dict, feed: SyndicationFeed) -> None:
    """feed_generated receiver: ids, language, description and links of the digest's feeds."""
    facts: FeedFacts | None = context.get(FEED_FACTS_KEY)
    if facts is None:
        return
    feed.feed.update(
        language=language(facts.lang).html_lang,
        description=facts.description,  # RSS <description>, Atom <subtitle>
        link=facts.page,
        id=feed.feed["feed_url"],  # Atom <id>: the feed's own address, one per feed
        author_name=facts.author,  # Atom requires an author: the digest's name on this side
    )
    for item in feed.items:
        item["unique_id"] = f"urn:uuid:{facts.uids[item['link']]}"
        item["unique_id_is_permalink"] = False  # RSS <guid isPermaLink="false">
        if not item["author_name"]:
            item["author_name"] = None  # no empty <author>: the feed's author stands


def site_descriptions(catalogs: Mapping[str, Translations]) -> dict[str, str]:
    """The site description in each side's language; a side without a translation has none."""
    translated = {code: catalog.ugettext(SITE_DESCRIPTION) for code, catalog in catalogs.items()}
    return {code: text for code, text in translated.items() if text != SITE_DESCRIPTION}


@dataclass(frozen=True)
class FeedLinks:
    """A feed in both formats, as the subscribe page lists it: site-relative URLs."""

    label: str
    atom: str
    rss: str


@dataclass(frozen=True)
class SideFeeds:
    """Every feed of a side: its own, its editions', then each tag's, by label."""

    side: FeedLinks
    editions: FeedLinks
    tags: list[FeedLinks]


def side_feeds(lang: str, title: str, tags: Iterable[Tag]) -> SideFeeds:
    """The feeds that side ``lang`` writes, titled ``title``, for the subscribe page."""
    own = FeedLinks(title, urls.atom_feed(lang), urls.rss_feed(lang))
    editions = FeedLinks(title, *(urls.edition_feed(lang, kind) for kind in urls.FEED_KINDS))
    tagged = [
        FeedLinks(tag.label(lang), *(urls.tag_feed(lang, tag.id, kind) for kind in urls.FEED_KINDS))
        for tag in tags
    ]
    return SideFeeds(own, editions, sorted(tagged, key=lambda feed: (feed.label, feed.atom)))
