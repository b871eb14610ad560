"""The site's URL scheme, in one place. URLs are relative to SITEURL, without '/'."""

from __future__ import annotations


def side(lang: str) -> str:
    return f"{lang}/"


def tags(lang: str) -> str:
    return f"{lang}/tags/"


def tag(lang: str, tag_id: str) -> str:
    return f"{lang}/tags/{tag_id}/"


def search(lang: str) -> str:
    return f"{lang}/search/"


def search_bundle(lang: str) -> str:
    """Side ``lang``'s Pagefind bundle: its index and Pagefind's runtime."""
    return f"{SEARCH_BUNDLES}{lang}/"


SEARCH_BUNDLES = "pagefind/"


def editions(lang: str) -> str:
    """Side ``lang``'s list of editions."""
    return f"{lang}/editions/"


def edition(lang: str, key: str) -> str:
    """One edition on side ``lang``: ``key`` is ``Edition.key`` (2009-07, 2009-W31)."""
    return f"{lang}/editions/{key}/"


def edition_feed(lang: str, kind: str) -> str:
    """Side ``lang``'s feed of editions: ``kind`` is "atom" or "rss"."""
    return f"{lang}/editions/feeds/{kind}.xml"


def subscribe(lang: str) -> str:
    """Side ``lang``'s page listing every feed."""
    return f"{lang}/subscribe/"


def about(lang: str) -> str:
    return f"{lang}/about/"


def atom_feed(lang: str) -> str:
    return f"{lang}/feeds/atom.xml"


def rss_feed(lang: str) -> str:
    return f"{lang}/feeds/rss.xml"


FEED_KINDS = ("atom", "rss")


def tag_feed(lang: str, tag_id: str, kind: str) -> str:
    """A tag's feed on side ``lang``: ``kind`` is "atom" or "rss"."""
    return f"{lang}/tags/{tag_id}/feeds/{kind}.xml"


def save_as(url: str) -> str:
    """The output file for ``url``: folders get an index.html."""
    return f"{url}index.html" if url.endswith("/") or not url else url
