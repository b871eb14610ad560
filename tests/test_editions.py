"""Editions: the digest by month (or week), as plain functions and on the built site."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from digest.editions import Edition, edition_of, editions, group_by_tag, neighbours

from .conftest import CONTENT, build_site
from .html_inspect import read_page

D = dt.date


@pytest.mark.parametrize(
    "day,period,start,end,key",
    [
        (D(2009, 7, 28), "month", D(2009, 7, 1), D(2009, 7, 31), "2009-07"),
        (D(2024, 2, 10), "month", D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
        (D(2023, 12, 31), "month", D(2023, 12, 1), D(2023, 12, 31), "2023-12"),
        (D(2009, 7, 28), "week", D(2009, 7, 27), D(2009, 8, 2), "2009-W31"),
        (D(2021, 1, 3), "week", D(2020, 12, 28), D(2021, 1, 3), "2020-W53"),
    ],
)
def test_a_day_belongs_to_one_edition(day, period, start, end, key):
    edition = edition_of(day, period)
    assert (edition.start, edition.end, edition.key) == (start, end, key)
    assert edition_of(dt.datetime.combine(day, dt.time(23, 59)).date(), period) == edition


def test_an_unknown_period_is_named():
    with pytest.raises(ValueError, match="'fortnight'.*month, week"):
        edition_of(D(2009, 7, 28), "fortnight")


@dataclass(frozen=True)
class Item:
    date: dt.date
    tags: tuple = ()


@dataclass(frozen=True)
class Tag:
    id: str


def test_editions_are_newest_first_and_keep_the_items_order():
    items = [Item(D(2009, 7, 28)), Item(D(2018, 1, 25)), Item(D(2009, 7, 1))]
    found = editions(items, "month")
    assert [e.key for e in found] == ["2018-01", "2009-07"]
    assert found[edition_of(D(2009, 7, 5), "month")] == [items[0], items[2]]


def test_each_item_is_grouped_once_under_its_first_tag_largest_groups_first():
    a, b = Tag("a"), Tag("b")
    items = [Item(D(2009, 7, 1), (b, a)), Item(D(2009, 7, 2), (a,)), Item(D(2009, 7, 3))]
    items.append(Item(D(2009, 7, 4), (a, b)))
    groups = group_by_tag(items)
    assert [g.tag for g in groups] == [a, b, None]
    assert groups[0].items == (items[1], items[3]) and groups[2].items == (items[2],)
    assert sum(len(g.items) for g in groups) == len(items)


def test_neighbours_are_the_newer_and_the_older_edition():
    keys = ["2018-01", "2009-07", "2009-06"]
    assert neighbours(keys, "2018-01") == (None, "2009-07")
    assert neighbours(keys, "2009-07") == ("2018-01", "2009-06")
    assert neighbours(keys, "2009-06") == ("2009-07", None)


def _links(page, rel):
    return [a.attrs["href"] for a in page.find("a", rel=rel)]


def test_each_side_has_its_monthly_editions_linked_newer_and_older(site):
    # The Korean seed (2009-07) and the Chinese seed (2018-01) each have a summary in
    # the other language, so both sides have both editions.
    for side in ("ko", "zh"):
        newest = read_page(site / side / "editions" / "2018-01" / "index.html")
        oldest = read_page(site / side / "editions" / "2009-07" / "index.html")
        assert _links(newest, "prev") == [f"/{side}/editions/2009-07/"]
        assert _links(newest, "next") == [] and _links(oldest, "prev") == []
        assert _links(oldest, "next") == [f"/{side}/editions/2018-01/"]
        assert "/ko/2009/" in " ".join(a.attrs.get("href", "") for a in oldest.find("a"))
    title = read_page(site / "ko" / "editions" / "2009-07" / "index.html").one("h1").text
    assert "2009년 7월" in title
    assert (
        "2018年1月" in read_page(site / "zh" / "editions" / "2018-01" / "index.html").one("h1").text
    )


def test_an_edition_lists_its_articles_grouped_by_tag_with_their_summaries(site):
    page = read_page(site / "zh" / "editions" / "2009-07" / "index.html")
    sections = page.find("section", **{"class": "edition-group"})
    assert sections, "no tag groups"
    tag_links = [
        a.attrs["href"] for s in sections for a in s.find("a") if "/tags/" in a.attrs["href"]
    ]
    assert tag_links and all(href.startswith("/zh/tags/") for href in tag_links)
    summaries = page.find("p", **{"class": "item-summary"})
    assert summaries and all(not p.attrs.get("lang") for p in summaries)  # in Chinese


def test_the_home_page_shows_the_latest_edition_first(site):
    page = read_page(site / "ko" / "index.html")
    box = page.one("section", **{"class": "latest-edition"})
    assert "/ko/editions/2018-01/" in [a.attrs["href"] for a in box.find("a")]
    html = (site / "ko" / "index.html").read_text(encoding="utf-8")
    assert html.index("latest-edition") < html.index('class="items"')


def test_the_editions_list_names_every_edition(site):
    page = read_page(site / "ko" / "editions" / "index.html")
    hrefs = [a.attrs["href"] for a in page.find("a") if "/editions/20" in a.attrs["href"]]
    assert hrefs == ["/ko/editions/2018-01/", "/ko/editions/2009-07/"]


def test_editions_can_be_weekly(tmp_path):
    out = tmp_path / "out"
    result = build_site(CONTENT, out, overrides={"DIGEST_EDITION_PERIOD": "week"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "ko" / "editions" / "2009-W31" / "index.html").is_file()
    title = read_page(out / "ko" / "editions" / "2009-W31" / "index.html").one("h1").text
    assert "7월 27일" in title and "8월 2일" in title


def test_a_wrong_period_stops_the_build_saying_what_to_change(tmp_path):
    result = build_site(CONTENT, tmp_path / "out", overrides={"DIGEST_EDITION_PERIOD": "daily"})
    assert result.returncode != 0
    assert "DIGEST_EDITION_PERIOD must be one of 'month', 'week'" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_edition_keys_are_stable_names():
    assert Edition(D(2009, 7, 1), D(2009, 7, 31), "month").key == "2009-07"


def test_each_side_has_a_feed_of_editions(site):
    import feedparser

    for side in ("ko", "zh"):
        for kind in ("atom", "rss"):
            parsed = feedparser.parse(
                (site / side / "editions" / "feeds" / f"{kind}.xml").read_bytes()
            )
            assert parsed.bozo == 0, parsed.get("bozo_exception")
            links = [e.link for e in parsed.entries]
            assert links == [
                f"https://haeran.github.io/{side}/editions/2018-01/",
                f"https://haeran.github.io/{side}/editions/2009-07/",
            ]
            assert all(e.id.startswith("urn:uuid:") for e in parsed.entries)
            assert len({e.id for e in parsed.entries}) == 2
            oldest = parsed.entries[1]
            text = oldest.content[0].value if kind == "atom" else oldest.description
            assert 'href="https://haeran.github.io/ko/2009/' in text  # the article, absolute
            assert "<h2>" in text  # grouped by tag
        title = parsed.entries[1].title
        assert title.startswith("2009년 7월") if side == "ko" else "2009年7月" in title


def test_edition_ids_do_not_depend_on_the_public_address(content_copy, tmp_path):
    import feedparser

    ids = []
    for n, address in enumerate(("https://a.example.org", "https://b.example.org/digest")):
        out = tmp_path / f"out{n}"
        result = build_site(content_copy, out, overrides={"DIGEST_PUBLIC_URL": address})
        assert result.returncode == 0, result.stdout + result.stderr
        parsed = feedparser.parse((out / "ko" / "editions" / "feeds" / "atom.xml").read_bytes())
        ids.append([e.id for e in parsed.entries])
    assert ids[0] == ids[1] and ids[0]
