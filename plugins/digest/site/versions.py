"""Which pages are one page in several languages: hreflang alternates and the sitemap.

A page's *versions* map each language code to the page's URL in that language
(relative to the site root, as ``article.url``). An article's versions are itself
and its translations (``translation_key``); a side's own pages (home, tags, a tag,
search, subscribe) exist on every side. The *default* version (hreflang
``x-default``) is the root page for the side homes, which lets a reader choose, and
otherwise the version in the site's default language, or the page itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..languages import LANGUAGES
from . import urls

X_DEFAULT = "x-default"
ROOT_URL = ""


@dataclass(frozen=True)
class Alternate:
    """One ``<link rel="alternate" hreflang>`` of a page; ``url`` is site-relative."""

    hreflang: str
    url: str


def content_versions(content: object) -> dict[str, str]:
    """An article's or page's URL in each language it is written in."""
    found = {content.lang: content.url}
    for translation in getattr(content, "translations", []):
        found.setdefault(translation.lang, translation.url)
    return {code: found[code] for code in LANGUAGES if code in found}


def side_versions(url_of: Callable[[str], str]) -> dict[str, str]:
    """A page that every side has: ``url_of(code)`` on each."""
    return {code: url_of(code) for code in LANGUAGES}


def default_version(versions: dict[str, str], own_url: str, default_lang: str) -> str:
    """The URL for hreflang ``x-default``."""
    if versions == side_versions(urls.side):
        return ROOT_URL
    return versions.get(default_lang, own_url)


def alternates(versions: dict[str, str], own_url: str, default_lang: str) -> list[Alternate]:
    """Every language version of the page, itself included, then ``x-default``."""
    listed = [Alternate(LANGUAGES[code].hreflang, url) for code, url in versions.items()]
    return [*listed, Alternate(X_DEFAULT, default_version(versions, own_url, default_lang))]
