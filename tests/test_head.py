"""What every page tells browsers, search engines and link previews: its canonical
address, its language versions, OpenGraph and JSON-LD; the sitemap, robots.txt and
the 404 pages. Built from the sample content, inspected in the output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

from digest.languages import LANGUAGES

from .html_inspect import read_page
from .test_cross_language import variant  # noqa: F401  (a site with a translated article)

PUBLIC = "https://haeran.github.io/"  # DIGEST_PUBLIC_URL in pelicanconf.py
HREFLANGS = {language.hreflang for language in LANGUAGES.values()}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _url_of(site: Path, path: Path) -> str:
    """The public URL of an output file."""
    relative = path.relative_to(site).as_posix()
    return PUBLIC + relative.removesuffix("index.html")


def _file_of(site: Path, url: str) -> Path:
    assert url.startswith(PUBLIC) and "../" not in url, url
    path = site / url.removeprefix(PUBLIC)
    return path / "index.html" if url.endswith("/") else path


def _pages(site: Path) -> list[Path]:
    """Every page a reader can reach: not the search bundle, not the 404 pages."""
    return [
        p
        for p in sorted(site.rglob("*.html"))
        if "pagefind" not in p.parts and p.name != "404.html"
    ]


def _alternates(page) -> dict[str, str]:
    links = [link for link in page.find("link", rel="alternate") if "hreflang" in link.attrs]
    found = {link.attrs["hreflang"]: link.attrs["href"] for link in links}
    assert len(found) == len(links), "an hreflang is listed twice"
    return found


def test_every_page_names_its_canonical_address_and_all_its_language_versions(site):
    for path in _pages(site):
        page = read_page(path)
        canonical = page.one("link", rel="canonical").attrs["href"]
        assert canonical == _url_of(site, path), path
        alternates = _alternates(page)
        assert "x-default" in alternates, path
        assert set(alternates) - {"x-default"} <= HREFLANGS, path
        if path != site / "index.html":  # the root page is only the x-default
            assert alternates[page.html_lang] == canonical, path  # itself, in its language
        for href in alternates.values():
            assert _file_of(site, href).is_file(), (path, href)


def test_a_side_page_lists_the_same_page_on_every_side(site):
    alternates = _alternates(read_page(site / "zh" / "tags" / "innovation" / "index.html"))
    assert alternates == {
        "ko": PUBLIC + "ko/tags/innovation/",
        "zh-Hans": PUBLIC + "zh/tags/innovation/",
        "x-default": PUBLIC + "ko/tags/innovation/",
    }
    homes = _alternates(read_page(site / "ko" / "index.html"))
    assert homes["x-default"] == PUBLIC  # the root page lets the reader choose


def test_an_article_lists_its_translation_and_an_untranslated_one_only_itself(variant):  # noqa: F811
    robot = _alternates(read_page(variant / "zh" / "2021" / "robot" / "index.html"))
    assert robot == {
        "ko": PUBLIC + "ko/2021/robot/",
        "zh-Hans": PUBLIC + "zh/2021/robot/",
        "x-default": PUBLIC + "ko/2021/robot/",
    }
    alone = _alternates(read_page(variant / "ko" / "2021" / "only-korean" / "index.html"))
    assert alone == {"ko": PUBLIC + "ko/2021/only-korean/", "x-default": alone["ko"]}


def test_every_page_has_opengraph(site):
    for path in _pages(site):
        page = read_page(path)
        og = {
            meta.attrs["property"]: meta.attrs.get("content", "")
            for meta in page.find("meta")
            if meta.attrs.get("property", "").startswith("og:")
        }
        assert og.get("og:url") == _url_of(site, path), path
        for name in ("og:title", "og:type", "og:description"):
            assert og.get(name, "").strip(), (path, name)


def test_articles_carry_newsarticle_json_ld(site):
    for code in LANGUAGES:
        for path in sorted((site / code).glob("[0-9][0-9][0-9][0-9]/*/index.html")):
            page = read_page(path)
            (script,) = page.find("script", type="application/ld+json")
            data = json.loads(script.text)
            assert data["@type"] == "NewsArticle"
            assert data["headline"] == page.one("h1").text.strip()
            assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", data["datePublished"])
            assert data["inLanguage"] == LANGUAGES[code].html_lang == page.html_lang
            assert data["author"] and all(a["name"] for a in data["author"])
            assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"]
            assert data["mainEntityOfPage"] == _url_of(site, path)


def test_the_sitemap_lists_every_page_with_its_language_versions(site):
    urlset = ET.parse(site / "sitemap.xml").getroot()
    listed = {}
    for url in urlset.findall(f"{SITEMAP}url"):
        loc = url.find(f"{SITEMAP}loc").text
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        assert loc not in listed, f"{loc} is listed twice"
        listed[loc] = alternates
        assert _file_of(site, loc).is_file(), loc
        assert "x-default" in alternates and loc in alternates.values(), loc
        for href in alternates.values():
            assert _file_of(site, href).is_file(), (loc, href)
    reachable = {_url_of(site, p) for p in _pages(site) if "/page/" not in p.as_posix()}
    assert reachable <= set(listed), sorted(reachable - set(listed))
    assert not [loc for loc in listed if loc.endswith("404.html")]


def test_article_entries_in_the_sitemap_have_their_date(site):
    urlset = ET.parse(site / "sitemap.xml").getroot()
    for url in urlset.findall(f"{SITEMAP}url"):
        loc = url.find(f"{SITEMAP}loc").text
        if re.search(r"/(ko|zh)/\d{4}/", loc):
            lastmod = url.find(f"{SITEMAP}lastmod").text
            assert re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", lastmod), (loc, lastmod)


def test_robots_txt_points_at_the_sitemap(site):
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots
    (line,) = [line for line in robots.splitlines() if line.startswith("Sitemap:")]
    assert _file_of(site, line.split(" ", 1)[1]) == site / "sitemap.xml"


def test_each_side_has_a_404_page_that_leads_back(site):
    pages = {code: site / code / "404.html" for code in LANGUAGES}
    pages["root"] = site / "404.html"
    for code, path in pages.items():
        page = read_page(path)
        side = "ko" if code == "root" else code  # the root one speaks the default language
        assert page.html_lang == LANGUAGES[side].html_lang
        robots = page.one("meta", name="robots").attrs["content"]
        assert "noindex" in robots
        assert not page.find("link", rel="canonical")
        hrefs = {a.attrs.get("href") for a in page.find("a")}
        assert f"/{side}/" in hrefs and f"/{side}/search/" in hrefs
        others = [p for p in page.find("p") if p.attrs.get("lang")]
        assert others, f"{path} says nothing in the other language"
        for other in others:
            script = r"[\uac00-\ud7a3]" if other.attrs["lang"] == "ko" else r"[\u4e00-\u9fff]"
            assert re.search(script, other.text), (path, other.text)
            assert not re.search(r"[A-Za-z]{3,}", other.text), f"untranslated: {other.text}"
