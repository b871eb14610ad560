"""Each side's Atom and RSS feeds, parsed with feedparser as a feed reader would."""

from __future__ import annotations

import html

import feedparser
import pytest

from digest.frontmatter import split_article
from digest.languages import LANGUAGES

from .conftest import CONTENT, build_site
from .html_inspect import read_page

FEEDS = {"atom": "atom.xml", "rss": "rss.xml"}
SEEDS = {
    "ko": next((CONTENT / "ko" / "2009").glob("*.md")),
    "zh": next((CONTENT / "zh" / "2018").glob("*.md")),
}


def _feed(site, side, kind):
    parsed = feedparser.parse((site / side / "feeds" / FEEDS[kind]).read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version.startswith(kind), parsed.version
    return parsed


def _seed(code):
    return split_article(SEEDS[code].read_text(encoding="utf-8"))


def _seed_entry(parsed, code):
    slug = _seed(code).metadata["slug"]
    (entry,) = [e for e in parsed.entries if f"/{slug}/" in e.link]
    return entry


def _last_sentence(code):
    last_paragraph = _seed(code).body.strip().splitlines()[-1]
    end = "." if code == "ko" else "。"
    return last_paragraph.rstrip(end).split(end)[-1] + end


def _lead(site, entry):
    """The summary shown in the lead box of the entry's article page."""
    path = site / entry.link.strip("/") / "index.html"
    lead = read_page(path).one("section", **{"class": "lead"})
    (paragraph,) = [child for child in lead.children if child.tag == "p"]
    return paragraph.text


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("side", LANGUAGES)
def test_feeds_declare_their_language(site, side, kind):
    assert _feed(site, side, kind).feed.get("language") == LANGUAGES[side].html_lang


@pytest.mark.parametrize("side", LANGUAGES)
def test_atom_entries_carry_the_summary_and_the_whole_article(site, side):
    entry = _seed_entry(_feed(site, side, "atom"), side)
    assert html.unescape(entry.summary) == _lead(site, entry)
    (content,) = entry.content
    assert _last_sentence(side) in content.value
    assert content.value.count("<p>") > 3


@pytest.mark.parametrize("side", LANGUAGES)
def test_rss_descriptions_carry_the_whole_article(site, side):
    entry = _seed_entry(_feed(site, side, "rss"), side)
    first_paragraph = _seed(side).body.strip().splitlines()[0]
    assert first_paragraph in entry.description
    assert _last_sentence(side) in entry.description


@pytest.mark.parametrize("kind", FEEDS)
def test_a_korean_article_is_in_the_chinese_feeds_with_its_chinese_summary(site, kind):
    entry = _seed_entry(_feed(site, "zh", kind), "ko")
    if kind == "atom":  # RSS has one text, the description: checked below
        assert html.unescape(entry.summary) == _seed("ko").metadata["summary_zh"]
    assert entry.link.startswith("/ko/2009/")
    # what a feed reader shows: the Chinese summary first, then the Korean original
    text = entry.content[0].value if kind == "atom" else entry.description
    summary_at, original_at = (
        text.find(html.escape(_seed("ko").metadata["summary_zh"])),
        text.find('<div lang="ko">'),
    )
    assert 0 <= summary_at < original_at
    assert _last_sentence("ko") in text[original_at:]
    assert "知识产权" in {tag.term for tag in entry.tags}  # tags in the side's language


@pytest.mark.parametrize("kind", FEEDS)
def test_a_chinese_article_is_in_the_korean_feeds_with_its_korean_summary(site, kind):
    entry = _seed_entry(_feed(site, "ko", kind), "zh")
    text = entry.summary if kind == "atom" else entry.description
    summary = html.escape(_seed("zh").metadata["summary_ko"], quote=False)
    assert text == summary if kind == "atom" else text.startswith(f"<p>{summary}</p>")
    assert entry.link.startswith("/zh/2018/")
    assert "과학기술혁신" in {tag.term for tag in entry.tags}


@pytest.mark.parametrize("kind", FEEDS)
def test_entry_ids_name_the_article_whichever_side_lists_it(site, kind):
    ids = {side: [e.id for e in _feed(site, side, kind).entries] for side in LANGUAGES}
    for side, side_ids in ids.items():
        assert len(set(side_ids)) == len(side_ids), f"{side}: an id appears twice"
    assert set(ids["ko"]) == set(ids["zh"])  # both seeds are listed on both sides
    slug = _seed("ko").metadata["slug"]
    assert any(i.endswith(f":/ko/2009/{slug}/") and ",2009-07-28:" in i for i in ids["zh"])


def test_every_page_links_both_feeds_titled_in_its_language(site):
    for side, words in (("ko", ("피드", "해란")), ("zh", ("源", "海兰"))):
        page = read_page(site / side / "index.html")
        for kind, mime in (("atom", "application/atom+xml"), ("rss", "application/rss+xml")):
            link = page.one("link", rel="alternate", type=mime)
            assert link.attrs["href"] == f"/{side}/feeds/{FEEDS[kind]}"
            assert all(word in link.attrs["title"] for word in words), link.attrs["title"]
            assert (site / link.attrs["href"].strip("/")).is_file()


def test_published_feeds_have_absolute_links_and_ids_on_the_public_host(
    content_copy, tmp_path, monkeypatch
):
    monkeypatch.setenv("HAERAN_SITEURL", "https://haeran.example.org")
    out = tmp_path / "out"
    result = build_site(content_copy, out, settings="publishconf.py")
    assert result.returncode == 0, result.stdout + result.stderr
    for side in LANGUAGES:
        for kind in FEEDS:
            parsed = _feed(out, side, kind)
            assert parsed.feed.link == "https://haeran.example.org/"
            for entry in parsed.entries:
                assert entry.link.startswith("https://haeran.example.org/"), entry.link
                assert entry.id.startswith("tag:haeran.example.org,"), entry.id
        alternates = read_page(out / side / "index.html").find("link", rel="alternate")
        feeds = [link.attrs["href"] for link in alternates if "xml" in link.attrs.get("type", "")]
        assert feeds == [
            f"https://haeran.example.org/{side}/feeds/{name}" for name in FEEDS.values()
        ]


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("side", LANGUAGES)
def test_each_tag_has_a_feed_per_side(site, side, kind):
    """The seeds share the tag 'innovation': each side's feed of it lists both."""
    page = read_page(site / side / "tags" / "innovation" / "index.html")
    mime = "application/atom+xml" if kind == "atom" else "application/rss+xml"
    hrefs = [link.attrs["href"] for link in page.find("link", rel="alternate", type=mime)]
    assert hrefs == [f"/{side}/feeds/{FEEDS[kind]}", f"/{side}/tags/innovation/feeds/{FEEDS[kind]}"]
    href = hrefs[1]
    parsed = feedparser.parse((site / href.strip("/")).read_bytes())
    assert parsed.bozo == 0 and parsed.feed.get("language") == LANGUAGES[side].html_lang
    links = sorted(e.link.split("/")[1] for e in parsed.entries)
    assert links == ["ko", "zh"]
    label = {"ko": "과학기술혁신", "zh": "科技创新"}[side]
    assert label in parsed.feed.title
    every_tag = {p.parent.name for p in (site / side / "tags").glob("*/index.html")}
    with_feeds = {
        p.parent.parent.name for p in (site / side / "tags").glob(f"*/feeds/{FEEDS[kind]}")
    }
    assert every_tag == with_feeds
