"""``sitemap.xml`` with every page's language versions, and ``robots.txt`` pointing at it.

Each URL of the site is listed once, with ``xhtml:link`` alternates naming all its
language versions, itself included, and ``x-default`` (the same set as the page's
own ``<link rel="alternate" hreflang>``: versions.py makes both).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from .versions import Alternate, alternates

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SITEMAP_FILE = "sitemap.xml"
ROBOTS_FILE = "robots.txt"


@dataclass(frozen=True)
class SitemapEntry:
    """One URL of the sitemap (site-relative) with its alternates."""

    url: str
    alternates: tuple[Alternate, ...]
    modified: dt.date | None = None


def entries_of(
    versions: dict[str, str], default_lang: str, modified: dt.date | None = None
) -> list[SitemapEntry]:
    """An entry for each language version of one page."""
    return [
        SitemapEntry(url, tuple(alternates(versions, url, default_lang)), modified)
        for url in versions.values()
    ]


def sitemap_xml(entries: list[SitemapEntry], public_url: str) -> bytes:
    """The sitemap of ``entries`` (first listing of a URL wins), absolute on ``public_url``."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    seen: set[str] = set()
    for entry in entries:
        if entry.url in seen:
            continue
        seen.add(entry.url)
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = f"{public_url}/{entry.url}"
        if entry.modified:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.modified.isoformat()
        for alternate in entry.alternates:
            ET.SubElement(
                url,
                f"{{{XHTML_NS}}}link",
                rel="alternate",
                hreflang=alternate.hreflang,
                href=f"{public_url}/{alternate.url}",
            )
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def robots_txt(public_url: str) -> str:
    """Every page may be crawled; the sitemap says where they are."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {public_url}/{SITEMAP_FILE}\n"
