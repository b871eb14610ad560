"""An article page: byline, language switch, and its neighbours in its own language."""

from __future__ import annotations

from .html_inspect import read_page
from .test_cross_language import variant  # noqa: F401  (a site with several Korean articles)


def _neighbours(site, url):
    page = read_page(site / url.strip("/") / "index.html")
    older = [a.attrs["href"] for a in page.find("a", rel="prev")]
    newer = [a.attrs["href"] for a in page.find("a", rel="next")]
    return older, newer


def test_each_article_links_the_previous_and_next_in_its_language(variant):  # noqa: F811
    korean = sorted(
        (p.parent for p in (variant / "ko").glob("[0-9][0-9][0-9][0-9]/*/index.html")),
        key=lambda folder: read_page(folder / "index.html").find("time")[0].attrs["datetime"],
    )
    urls = [f"/{p.relative_to(variant).as_posix()}/" for p in korean]
    assert len(urls) >= 3
    for at, url in enumerate(urls):
        older, newer = _neighbours(variant, url)
        assert older == ([urls[at - 1]] if at > 0 else []), url
        assert newer == ([urls[at + 1]] if at + 1 < len(urls) else []), url


def _article_page(site, side):
    (path,) = (site / side).glob("20[0-9][0-9]/*/index.html")
    return read_page(path)


def test_the_byline_has_the_localized_date_the_authors_and_the_source(site):
    ko, zh = _article_page(site, "ko"), _article_page(site, "zh")
    assert ko.find("time")[0].text == "2009년 7월 28일"
    assert zh.find("time")[0].text == "2018年1月25日"
    assert "김일복" in ko.one("p", **{"class": "byline"}).text
    byline = zh.one("p", **{"class": "byline"})
    assert "杨戬" in byline.text
    (source,) = byline.find("a")
    assert source.attrs["href"].startswith("http") and "noopener" in source.attrs["rel"]


def _switch(site, url):
    page = read_page(site / url.strip("/") / "index.html")
    (nav,) = page.find("nav", **{"class": "languages"})
    return [a.attrs["href"] for a in nav.find("a")]


def test_the_language_switch_goes_to_the_translation_else_the_other_home(variant):  # noqa: F811
    assert _switch(variant, "/zh/2021/robot/") == ["/ko/2021/robot/"]
    assert _switch(variant, "/ko/2021/robot/") == ["/zh/2021/robot/"]
    assert _switch(variant, "/ko/2021/only-korean/") == ["/zh/"]
