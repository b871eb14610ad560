"""The Korean and the Chinese side: home, tag pages, search page, feed; and the root page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pelican.generators import Generator

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


def same_page_everywhere(url_of) -> dict[str, str]:  # noqa: ANN001 - lang -> url function
    return {code: url_of(code) for code in LANGUAGES}


class SidesGenerator(Generator):
    """Writes each side's listings, tag pages, search page and feed, then the root page."""

    def generate_context(self) -> None:
        self.context.setdefault(ARTICLES_KEY, [])

    def generate_output(self, writer) -> None:  # noqa: ANN001 - pelican.writers.Writer
        articles = newest_first(self.context[ARTICLES_KEY])
        listings = tag_listings(articles)
        titles = self.settings["DIGEST_SITE_TITLE"]
        for code in LANGUAGES:
            own = [a for a in articles if a.lang == code]
            common = {"page_lang": code, "tag_listings": listings}
            self._write(
                writer,
                "index",
                urls.side(code),
                common,
                paginated={"articles": own},
                page_alternates=same_page_everywhere(urls.side),
            )
            self._write(
                writer,
                "tags",
                urls.tags(code),
                common,
                page_alternates=same_page_everywhere(urls.tags),
            )
            for listing in listings:
                self._write(
                    writer,
                    "tag",
                    urls.tag(code, listing.tag.id),
                    common,
                    tag=listing.tag,
                    listing=listing,
                    articles=listing.articles,
                    paginated={"articles": listing.articles},
                    page_alternates=same_page_everywhere(
                        lambda c, t=listing.tag.id: urls.tag(c, t)
                    ),
                )
            self._write(
                writer,
                "search",
                urls.search(code),
                common,
                page_alternates=same_page_everywhere(urls.search),
            )
            write_side_feed(writer, self.context, code, titles[code], own)
        self._write(
            writer,
            "root",
            "",
            {"page_lang": self.settings["DEFAULT_LANG"]},
            site_titles=titles,
            vocabulary_size=len(build_state(self.settings).vocabulary),
        )

    def _write(self, writer, template_name: str, url: str, common: dict, **extra) -> None:  # noqa: ANN001
        writer.write_file(
            urls.save_as(url),
            self.get_template(template_name),
            self.context,
            template_name=template_name,
            url=url,
            **common,
            **extra,
        )


def collect_articles(article_generator) -> None:  # noqa: ANN001 - ArticlesGenerator
    """Hand every article, originals and translations alike, to the sides.

    The sides write the tag pages of both languages, so Pelican's groupings by
    tag and author (one language only, and our tags are vocabulary tags) go.
    """
    articles = [*article_generator.articles, *article_generator.translations]
    article_generator.context[ARTICLES_KEY] = articles
    build_state(article_generator.settings).articles = articles
    article_generator.tags.clear()
    article_generator.authors.clear()
