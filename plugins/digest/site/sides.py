"""The Korean and the Chinese side: home, tag pages, search page, feeds; and the root page.

A side lists its own articles and, with the curator's summary in its language
(``summary_zh`` on a Korean article), the articles of the other languages.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from pelican.contents import Article
from pelican.generators import ArticlesGenerator, Generator
from pelican.writers import Writer

from ..editions import Edition, editions, group_by_tag, neighbours
from ..languages import LANGUAGES
from ..metadata import other_language_summaries
from ..vocabulary import Tag
from . import urls
from .edition_feed import write_edition_feeds
from .feeds import side_feeds, write_side_feeds, write_tag_feeds
from .i18n import CATALOGS_KEY
from .search_page import search_page_data
from .sitemap import (
    ROBOTS_FILE,
    SITEMAP_FILE,
    SitemapEntry,
    entries_of,
    robots_txt,
    sitemap_xml,
)
from .state import build_state
from .versions import ROOT_URL, alternates, content_versions, side_versions

ARTICLES_KEY = "digest_articles"
UNLISTED_TEMPLATES = ("root", "404")  # not in the sitemap as side pages


@dataclass(frozen=True)
class TagListing:
    """A tag with its articles from both languages, newest first."""

    tag: Tag
    articles: list

    def count(self, lang: str) -> int:
        return sum(1 for a in self.articles if a.lang == lang)


@dataclass(frozen=True)
class SideEntry:
    """An article as side ``side`` lists it: the summary shown there, and its language.

    ``summary_lang`` is ``side`` unless the article is in another language and has
    no curated summary in the side's language: then it is the article's own summary.
    """

    article: Article
    side: str
    summary: str
    summary_lang: str

    @property
    def foreign(self) -> bool:
        """The article is in another language than the side's."""
        return self.article.lang != self.side


def newest_first(articles: list) -> list:
    return sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)


def side_entry(article: Article, side: str) -> SideEntry:
    """``article`` on side ``side``, with the side-language summary if the curator wrote one."""
    curated = other_language_summaries(article.metadata, article.lang).get(side)
    if curated:
        return SideEntry(article, side, curated, side)
    return SideEntry(article, side, article.summary or "", article.lang)


def side_entries(articles: list, side: str) -> list[SideEntry]:
    """What side ``side`` lists at home and in its feeds, newest first.

    Its own articles, and those of other languages that have a summary in its
    language, unless a translation in its language is listed already.
    """
    return [
        entry
        for entry in (side_entry(article, side) for article in newest_first(articles))
        if entry.summary_lang == side and not (entry.foreign and translated(entry.article, side))
    ]


def translated(article: Article, lang: str) -> bool:
    """A translation of ``article`` into ``lang`` is published (same ``translation_key``)."""
    return any(t.lang == lang for t in getattr(article, "translations", []))


def tag_listings(articles: list) -> list[TagListing]:
    """Every tag that has articles, most articles first."""
    by_tag: dict[Tag, list] = defaultdict(list)
    for article in articles:
        for tag in getattr(article, "tags", []):
            by_tag[tag].append(article)
    listings = [TagListing(tag, newest_first(arts)) for tag, arts in by_tag.items()]
    return sorted(listings, key=lambda t: (-len(t.articles), t.tag.id))


class SidesGenerator(Generator):
    """Writes each side's listings, tag pages, search page and feeds, then the root page."""

    def generate_context(self) -> None:
        self.context.setdefault(ARTICLES_KEY, [])

    def generate_output(self, writer: Writer) -> None:
        articles = self.context[ARTICLES_KEY]  # side_entries and tag_listings sort them
        listings = tag_listings(articles)
        self.sitemap = []
        entries = {code: side_entries(articles, code) for code in LANGUAGES}
        period = self.settings["DIGEST_EDITION_PERIOD"]
        by_edition = {
            code: editions(side, period, day_of=lambda e: e.article.date)
            for code, side in entries.items()
        }
        for code in LANGUAGES:
            latest = next(iter(by_edition[code].items()), None)
            self._write_side(writer, code, entries[code], listings, latest)
            self._write_editions(writer, code, by_edition)
        root = self.settings["DEFAULT_LANG"]
        self._write(
            writer, "root", lambda code: "", root, site_titles=self.settings["DIGEST_SITE_TITLE"]
        )
        self._write_not_found_pages(writer)
        self._write_sitemap(articles)

    def _write_editions(
        self, writer: Writer, code: str, by_edition: dict[str, dict[Edition, list]]
    ) -> None:
        """Side ``code``'s editions, each with newer and older links, and their list."""
        own = by_edition[code]
        keys = list(own)
        for edition, items in own.items():
            newer, older = neighbours(keys, edition)
            sides = [lang for lang in LANGUAGES if edition in by_edition[lang]]
            self._write(
                writer,
                "edition",
                partial(urls.edition, key=edition.key),
                code,
                sides=sides,
                edition=edition,
                edition_items=items,
                groups=group_by_tag(items, tags_of=lambda e: e.article.tags),
                newer=newer,
                older=older,
            )
        self._write(writer, "editions", urls.editions, code, editions=own)
        catalog = self.settings[CATALOGS_KEY][code]
        title = f"{self.settings['DIGEST_SITE_TITLE'][code]} · {catalog.ugettext('Editions')}"
        write_edition_feeds(writer, self.context, code, title, own, catalog)

    def _write_not_found_pages(self, writer: Writer) -> None:
        """A 404 page on each side, and one at the root in the default language."""
        for code in LANGUAGES:
            self._write(writer, "404", lambda lang: f"{lang}/404.html", code)
        self._write(writer, "404", lambda lang: "404.html", self.settings["DEFAULT_LANG"])

    def _write_sitemap(self, articles: list[Article]) -> None:
        """sitemap.xml of every page with its language versions, and robots.txt."""
        default_lang = self.settings["DEFAULT_LANG"]
        homes = alternates(side_versions(urls.side), ROOT_URL, default_lang)
        entries = [SitemapEntry(ROOT_URL, tuple(homes)), *self.sitemap]
        for content in [*articles, *self.context.get("pages", [])]:
            modified = getattr(content, "modified", None) or getattr(content, "date", None)
            entries += entries_of(content_versions(content), default_lang, modified)
        public_url = self.settings["DIGEST_PUBLIC_URL"]
        with open(os.path.join(self.output_path, SITEMAP_FILE), "wb") as file:
            file.write(sitemap_xml(entries, public_url))
        with open(os.path.join(self.output_path, ROBOTS_FILE), "w", encoding="utf-8") as file:
            file.write(robots_txt(public_url))

    def _write_side(
        self,
        writer: Writer,
        code: str,
        entries: list[SideEntry],
        listings: list[TagListing],
        latest: tuple[Edition, list[SideEntry]] | None,
    ) -> None:
        page = partial(self._write, writer, lang=code, tag_listings=listings)
        title = self.settings["DIGEST_SITE_TITLE"][code]
        page(
            "index",
            urls.side,
            paginated={"articles": entries},
            latest_edition=latest[0] if latest else None,
            latest_groups=group_by_tag(latest[1], tags_of=lambda e: e.article.tags)
            if latest
            else [],
        )
        page("tags", urls.tags)
        for listing in listings:
            page(
                "tag",
                partial(urls.tag, tag_id=listing.tag.id),
                tag=listing.tag,
                listing=listing,
                paginated={"articles": [side_entry(a, code) for a in listing.articles]},
            )
            # The tag's feeds on this side: what the side's own feeds would list of it.
            tagged = [e for e in entries if listing.tag in e.article.tags]
            tag_title = f"{title} · {listing.tag.label(code)}"
            write_tag_feeds(writer, self.context, code, tag_title, listing.tag.id, tagged)
        articles = self.context[ARTICLES_KEY]
        search_data = search_page_data(code, listings, articles, self.settings["SITEURL"])
        page("search", urls.search, search_data=search_data)
        page("subscribe", urls.subscribe, feeds=side_feeds(code, title, [t.tag for t in listings]))
        write_side_feeds(writer, self.context, code, title, entries)

    def _write(
        self,
        writer: Writer,
        template: str,
        url_of: Callable[[str], str],
        lang: str,
        sides: list[str] | None = None,
        **extra,
    ) -> None:
        """Write one page of side ``lang``; ``url_of`` gives the same page on ``sides``.

        ``sides`` are the sides that have this page (all of them unless said).
        """
        url = url_of(lang)
        versions = {code: url_of(code) for code in sides or LANGUAGES}
        if template not in UNLISTED_TEMPLATES:
            self.sitemap += entries_of(versions, self.settings["DEFAULT_LANG"])
        writer.write_file(
            urls.save_as(url),
            self.get_template(template),
            self.context,
            template_name=template,
            url=url,
            page_lang=lang,
            page_url=url,
            page_alternates=versions,
            **extra,
        )


def collect_articles(article_generator: ArticlesGenerator) -> None:
    """Hand every article, originals and translations alike, to the sides.

    The sides write the tag pages of both languages, so Pelican's groupings by
    tag and author (one language only, and our tags are vocabulary tags) go.
    """
    articles = [*article_generator.articles, *article_generator.translations]
    link_neighbours(articles)
    article_generator.context[ARTICLES_KEY] = articles
    build_state(article_generator.settings).articles = articles
    article_generator.tags.clear()
    article_generator.authors.clear()


def link_neighbours(articles: list[Article]) -> None:
    """Give each article its ``newer_article`` and ``older_article`` in its own language."""
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_lang[article.lang].append(article)
    for same_language in by_lang.values():
        ordered = newest_first(same_language)
        for at, article in enumerate(ordered):
            article.newer_article = ordered[at - 1] if at > 0 else None
            article.older_article = ordered[at + 1] if at + 1 < len(ordered) else None
