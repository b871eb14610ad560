"""Cross-language tags on a realistic edition: Korean and Chinese stories meet on one page."""

import pytest

from digest.languages import LANGUAGES

from .conftest import build_site, fixed_uid
from .html_inspect import read_page

# Stories of the corpus on one topic, one per language, that the tagger must bring together.
PAIRS = {
    "earthquake-preparedness": ("06-hunchun-earthquake-drill", "06-yanbian-earthquake-week"),
    "space": ("04-harbin-satellite", "04-changguang-satellites"),
    "incubators": ("07-dunhua-incubator", "01-changchun-incubators"),
    "biomedicine": ("12-tonghua-biopharma", "12-tonghua-biopharma"),
    "seed-industry": ("03-longjing-rice", "03-heilongjiang-rice-variety"),
}


def _listed(page):
    """(href, lang attribute of the title) of every article listed on a tag page."""
    items = []
    for h2 in page.find("h2"):
        if h2.attrs.get("class") == "item-title":
            link = next(c for c in h2.children if c.tag == "a")
            items.append((link.attrs["href"], h2.attrs.get("lang")))
    return items


@pytest.mark.parametrize("side", LANGUAGES)
@pytest.mark.parametrize("tag_id", PAIRS)
def test_a_korean_and_a_chinese_story_meet_on_the_tag_page_of_both_sides(corpus_site, side, tag_id):
    ko_slug, zh_slug = PAIRS[tag_id]
    listed = _listed(read_page(corpus_site / side / "tags" / tag_id / "index.html"))
    hrefs = {href: lang for href, lang in listed}

    def url(lang, slug):
        found = [h for h in hrefs if h.startswith(f"/{lang}/") and h.endswith(f"/{slug}/")]
        assert len(found) == 1, (lang, slug, listed)
        return found[0]

    ko_url, zh_url = url("ko", ko_slug), url("zh", zh_slug)
    other = "zh" if side == "ko" else "ko"
    own_url, other_url = (ko_url, zh_url) if side == "ko" else (zh_url, ko_url)
    assert hrefs[own_url] is None  # the page's own language needs no mark
    assert hrefs[other_url] == LANGUAGES[other].html_lang


def test_tag_pages_list_newest_first(corpus_site):
    longest = 0
    for path in (corpus_site / "zh" / "tags").glob("*/index.html"):
        dates = [t.attrs["datetime"] for t in read_page(path).find("time")]
        assert dates == sorted(dates, reverse=True), path
        longest = max(longest, len(dates))
    assert longest >= 3


def test_the_tags_index_counts_articles_per_language(corpus_site):
    page = read_page(corpus_site / "ko" / "tags" / "index.html")
    rows = {}
    for row in page.find("tr"):
        heads = [c for c in row.children if c.tag == "th" and c.children]
        if heads and heads[0].children[0].tag == "a":
            href = heads[0].children[0].attrs["href"]
            rows[href] = [c.text.strip() for c in row.children if c.tag == "td"]
    # all, then ko: the Yanbian seed and the Hunchun drill; zh: the Yanbian week
    assert rows["/ko/tags/earthquake-preparedness/"] == ["3", "2", "1"]
    assert len(rows) > 30


def test_auto_tags_false_keeps_only_the_curated_tags(content_copy, tmp_path):
    seed = next((content_copy / "zh").glob("20*/*.md"))
    text = seed.read_text(encoding="utf-8")
    text = text.replace("\n---\n", "\nauto_tags: false\n---\n", 1)
    start = text.index("tags:\n")
    end = text.index("\n", text.index("\n- ", start) + 1)  # keep the first curated tag only
    seed.write_text(text[:end] + text[text.index("\nsummary_ko", end) :], encoding="utf-8")
    assert build_site(content_copy, tmp_path / "out").returncode == 0
    page = read_page(next((tmp_path / "out" / "zh").glob("20*/*/index.html")))
    tags = [
        a.attrs["href"]
        for ul in page.find("ul", **{"class": "tags"})
        for li in ul.children
        for a in li.children
        if a.tag == "a"
    ]
    assert tags == ["/zh/tags/innovation/"]


def test_auto_tags_must_be_true_or_false(content_copy, tmp_path):
    bad = content_copy / "zh" / "bad.md"
    bad.write_text(
        "---\ntitle: 标题\ndate: 2024-05-06\nlang: zh\nauto_tags: off-please\n"
        f"uid: {fixed_uid('bad')}\n---\n\n正文。\n",
        encoding="utf-8",
    )
    result = build_site(content_copy, tmp_path / "out")
    output = "".join((result.stdout + result.stderr).split())
    assert result.returncode == 1
    assert "bad.md:5:error:auto_tagsmustbetrueorfalse" in output
    assert "Traceback" not in output
