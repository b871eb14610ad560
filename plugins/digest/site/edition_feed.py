"""Each side's feed of editions: one entry per edition, its articles listed by tag.

An entry's id derives from the edition's key (``2009-07``) and the side, never from
a URL or a date, so a feed reader sees each edition once however the site moves.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from babel.support import Translations
from markupsafe import Markup
from pelican.utils import SafeDatetime
from pelican.writers import Writer

from ..editions import Edition, TagGroup, group_by_tag
from ..languages import language
from . import urls
from .feeds import FEED_ITEMS, write_items
from .i18n import edition_period

# uuid5 namespace of edition ids: fixed forever, so the ids are too.
EDITION_IDS = uuid.UUID("6d1f0c5e-3b7a-5f4e-9c2d-8a1b2c3d4e5f")


@dataclass(frozen=True)
class EditionFeedItem:
    """One edition as a feed entry, with what Pelican's feed writer reads of an item."""

    edition: Edition
    lang: str
    title: str
    content: Markup
    date: SafeDatetime
    summary: str
    author: str = ""
    tags: tuple = ()

    @property
    def url(self) -> str:
        return urls.edition(self.lang, self.edition.key)

    @property
    def uid(self) -> str:
        return str(uuid.uuid5(EDITION_IDS, f"{self.lang}/{self.edition.key}"))

    def get_content(self, siteurl: str) -> Markup:
        return self.content


def edition_item(
    edition: Edition, entries: list, lang: str, catalog: Translations, public_url: str
) -> EditionFeedItem:
    """The feed entry of ``edition`` on side ``lang``; ``entries`` are its SideEntries."""
    groups = group_by_tag(entries, tags_of=lambda e: e.article.tags)
    period = edition_period(edition, language(lang).babel_locale)
    labels = [_label(group, lang, catalog) for group in groups]
    return EditionFeedItem(
        edition=edition,
        lang=lang,
        title=catalog.ugettext("Edition of %(period)s") % {"period": period},
        content=_content(groups, labels, lang, public_url),
        date=max(entry.article.date for entry in entries),
        summary=" · ".join(labels),
    )


def _label(group: TagGroup, lang: str, catalog: Translations) -> str:
    return group.tag.label(lang) if group.tag else catalog.ugettext("Other articles")


def _content(groups: list[TagGroup], labels: list[str], lang: str, public_url: str) -> Markup:
    """The edition as HTML: a heading per tag, each article linked with its summary."""
    parts = []
    for group, label in zip(groups, labels, strict=True):
        parts.append(Markup("<h2>{}</h2>\n<ul>\n").format(label))
        for entry in group.items:
            article = entry.article
            title_lang = (
                Markup(' lang="{}"').format(language(article.lang).html_lang)
                if article.lang != lang
                else ""
            )
            parts.append(
                Markup('<li><a href="{}"{}>{}</a><br>{}</li>\n').format(
                    f"{public_url}/{article.url}", title_lang, article.title, entry.summary
                )
            )
        parts.append(Markup("</ul>\n"))
    return Markup("").join(parts)


def write_edition_feeds(
    writer: Writer,
    context: dict,
    lang: str,
    title: str,
    editions: dict[Edition, list],
    catalog: Translations,
) -> None:
    """Write side ``lang``'s Atom and RSS feeds of its newest editions."""
    public_url = context["DIGEST_PUBLIC_URL"]
    items = [
        edition_item(edition, entries, lang, catalog, public_url)
        for edition, entries in list(editions.items())[:FEED_ITEMS]
    ]
    feed_urls = {kind: urls.edition_feed(lang, kind) for kind in urls.FEED_KINDS}
    write_items(writer, context, lang, title, items, feed_urls, urls.editions(lang))
