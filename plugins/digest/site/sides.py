"""The Korean and the Chinese side: home, tag pages, search page, feed; and the root page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from pelican.generators import ArticlesGenerator, Generator
from pelican.writers import Writer

from ..languages import LANGUAGES
from ..vocabulary import Tag
from . import urls
from .feeds import write_side_feed
from .state import build_state

ARTICLES_KEY = "digest_articles"


@dataclass(frozen=True)
class TagListing:
    """A tag with its articles from both languages, newest first."""

    tag: Tag
    articles: list

    def count(self, lang: str) -> int:
        return sum(1 for a in self.articles if a.lang == lang)


def newest_first(articles: list) -> list:
    return sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)


def tag_listings(articles: list) -> list[TagListing]:
    """Every tag that has articles, most articles first."""
    by_tag: dict[Tag, list] = defaultdict(list)
    for article in articles:
        for tag in getattr(article, "tags", []):
            by_tag[tag].append(article)
    listings = [TagListing(tag, newest_first(arts)) for tag, arts in by_tag.items()]
    return sorted(listings, key=lambda t: (-len(t.articles), t.tag.id))


class SidesGenerator(Generator):
    """Writes each side's listings, tag pages, search page and feed, then the root page."""

    def generate_context(self) -> None:
        self.context.setdefault(ARTICLES_KEY, [])

    def generate_output(self, writer: Writer) -> None:
        articles = newest_first(self.context[ARTICLES_KEY])
        listings = tag_listings(articles)
        for code in LANGUAGES:
            self._write_side(writer, code, [a for a in articles if a.lang == code], listings)
        root = self.settings["DEFAULT_LANG"]
        self._write(
            writer, "root", lambda code: "", root, site_titles=self.settings["DIGEST_SITE_TITLE"]
        )

    def _write_side(self, writer: Writer, code: str, own: list, listings: list[TagListing]) -> None:
        page = partial(self._write, writer, lang=code, tag_listings=listings)
        page("index", urls.side, paginated={"articles": own})
        page("tags", urls.tags)
        for listing in listings:
            page(
                "tag",
                partial(urls.tag, tag_id=listing.tag.id),
                tag=listing.tag,
                listing=listing,
                paginated={"articles": listing.articles},
            )
        page("search", urls.search)
        write_side_feed(writer, self.context, code, self.settings["DIGEST_SITE_TITLE"][code], own)

    def _write(
        self, writer: Writer, template: str, url_of: Callable[[str], str], lang: str, **extra
    ) -> None:
        """Write one page of side ``lang``; ``url_of`` gives the same page on every side."""
        url = url_of(lang)
        writer.write_file(
            urls.save_as(url),
            self.get_template(template),
            self.context,
            template_name=template,
            url=url,
            page_lang=lang,
            page_alternates={code: url_of(code) for code in LANGUAGES},
            **extra,
        )


def collect_articles(article_generator: ArticlesGenerator) -> None:
    """Hand every article, originals and translations alike, to the sides.

    The sides write the tag pages of both languages, so Pelican's groupings by
    tag and author (one language only, and our tags are vocabulary tags) go.
    """
    articles = [*article_generator.articles, *article_generator.translations]
    article_generator.context[ARTICLES_KEY] = articles
    build_state(article_generator.settings).articles = articles
    article_generator.tags.clear()
    article_generator.authors.clear()
