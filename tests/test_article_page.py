"""An article page: its neighbours in its own language, newest to oldest."""

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
