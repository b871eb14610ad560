"""The small SVG pictures: a tag's articles per year and language, and topic sizes."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from digest.charts import size_bar_svg, timeline_svg, yearly_counts

from .html_inspect import read_page

SVG = "{http://www.w3.org/2000/svg}"
NAMES = {"ko": "한국어", "zh": "中文"}


def test_yearly_counts_cover_every_year_between_the_first_and_the_last():
    counts = yearly_counts([(2009, "ko"), (2012, "zh"), (2012, "zh"), (2012, "ko")], ["ko", "zh"])
    assert list(counts) == [2009, 2010, 2011, 2012]
    assert counts[2009] == {"ko": 1, "zh": 0} and counts[2010] == {"ko": 0, "zh": 0}
    assert counts[2012] == {"ko": 1, "zh": 2}
    assert yearly_counts([], ["ko"]) == {}


def test_the_timeline_is_well_formed_svg_with_a_bar_per_year_and_language():
    counts = yearly_counts([(2009, "ko"), (2012, "zh"), (2012, "zh")], ["ko", "zh"])
    svg = ET.fromstring(timeline_svg(counts, NAMES, "Articles <per> year"))
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Articles <per> year"  # escaped, read back
    desc = svg.find(f"{SVG}desc").text
    assert "2009: 한국어 1, 中文 0" in desc and "2012: 한국어 0, 中文 2" in desc
    bars = svg.findall(f"{SVG}rect")
    assert len(bars) == 4 * 2
    heights = {(b.get("class"), b.get("x")): float(b.get("height")) for b in bars}
    assert max(heights.values()) == 60  # the tallest bar fills the plot
    assert sorted(t.text for t in svg.findall(f"{SVG}text")) == ["2009", "2012"]


def test_a_size_bar_is_as_long_as_its_share():
    bar = ET.fromstring(size_bar_svg(1, 4)).find(f"{SVG}rect")
    assert float(bar.get("width")) == 25
    assert ET.fromstring(size_bar_svg(0, 0)).find(f"{SVG}rect").get("width") == "0"


def test_each_tag_page_shows_its_timeline(site):
    for side in ("ko", "zh"):
        page = read_page(site / side / "tags" / "innovation" / "index.html")
        (svg,) = page.find("svg", **{"class": "timeline"})
        desc = svg.find("desc")[0].text
        ko, zh = ("한국어", "중국어") if side == "ko" else ("韩语", "中文")  # page language
        assert f"2009: {ko} 1, {zh} 0" in desc and f"2018: {ko} 0, {zh} 1" in desc
        title = svg.find("title")[0].text
        assert not re.search(r"[A-Za-z]{3,}", title), f"untranslated: {title}"


def test_the_tags_index_shows_each_topic_by_size(site):
    page = read_page(site / "ko" / "tags" / "index.html")
    rows = page.find("tr")[1:]
    sizes = []
    for row in rows:
        (bar,) = row.find("rect")
        count = int(row.find("td", **{"class": "size"})[0].text.strip())
        sizes.append((float(bar.attrs["width"]), count))
    assert sizes == sorted(sizes, reverse=True) and sizes[0][0] == 100
    assert all(width == 100 * count / sizes[0][1] for width, count in sizes)
