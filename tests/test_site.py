"""The sample site, built into a temporary folder, inspected as a reader would meet it."""

from __future__ import annotations

import json
import re
import shutil

import feedparser
import pytest
from babel.messages.pofile import read_po

from digest.languages import LANGUAGES

from .conftest import LARGE_SITE_ARTICLES, ROOT, build_site, fixed_uid
from .html_inspect import read_page, text_in_page_language

SIDES = {"ko": "ko", "zh": "zh-Hans"}
SEARCH_DATA = r'<script type="application/json" id="search-data">(.*?)</script>'


def _articles(site, code):
    return sorted(p for p in (site / code).glob("[0-9][0-9][0-9][0-9]/*/index.html"))


def _all_pages(site):
    return [p for p in site.rglob("*.html") if "pagefind" not in p.parts]


def test_both_sides_have_their_pages(site):
    for code, html_lang in SIDES.items():
        for url in ("", "about/", "search/", "tags/"):
            page = read_page(site / code / url / "index.html")
            assert page.html_lang == html_lang, page.path
        assert _articles(site, code), f"no {code} article pages"


def test_every_page_is_in_one_of_the_two_languages(site):
    langs = {read_page(p).html_lang for p in _all_pages(site)}
    assert langs == set(SIDES.values())


def test_root_page_leads_to_both_sides(site):
    page = read_page(site / "index.html")
    hrefs = {a.attrs["href"] for a in page.find("a")}
    assert {"/ko/", "/zh/"} <= hrefs


def _interface_messages():
    with (ROOT / "theme" / "translations" / "messages.pot").open("rb") as handle:
        return [m.id for m in read_po(handle) if m.id and isinstance(m.id, str) and "%" not in m.id]


def test_interface_text_is_in_the_page_language(site):
    english = [m for m in _interface_messages() if len(m) > 3]
    for path in _all_pages(site):
        page = read_page(path)
        visible = page.one("body").text
        leaked = [m for m in english if m in visible]
        assert not leaked, f"{path}: untranslated {leaked}"
    assert "최신 기사" in read_page(site / "ko" / "index.html").main_text
    assert "最新文章" in read_page(site / "zh" / "index.html").main_text


HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_other_language_text_is_marked_with_its_lang(site):
    """A zh page's own text has no Hangul; a ko page's own text has no Chinese interface text."""
    for path in _all_pages(site):
        page = read_page(path)
        own = text_in_page_language(page)
        if page.html_lang == "zh-Hans":
            assert not HANGUL.search(own), f"{path}: {HANGUL.findall(own)[:10]}"
        if page.html_lang == "ko" and path != site / "index.html":
            for message in ("阅读全文", "搜索", "标签", "年", "摘要"):
                assert message not in own, f"{path}: {message}"


def test_article_pages_have_localized_dates_summary_and_og_type(site):
    expected_date = {
        "ko": re.compile(r"\d{4}년 \d{1,2}월 \d{1,2}일"),
        "zh": re.compile(r"\d{4}年\d{1,2}月\d{1,2}日"),
    }
    for code in SIDES:
        for path in _articles(site, code):
            page = read_page(path)
            assert page.one("meta", property="og:type").attrs["content"] == "article"
            assert expected_date[code].search(page.find("time")[0].text), path
            summary = page.one("section", **{"class": "lead"}).text
            description = page.one("meta", property="og:description").attrs["content"]
            assert len(description) > 20 and description in summary
            assert page.one("meta", name="description").attrs["content"] == description


def test_side_feeds_parse_and_speak_their_language(site):
    for code in SIDES:
        page = read_page(site / code / "index.html")
        feed_link = page.one("link", type="application/atom+xml")
        assert feed_link.attrs["href"] == f"/{code}/feeds/atom.xml"
        parsed = feedparser.parse((site / code / "feeds" / "atom.xml").read_bytes())
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert parsed.entries, f"{code} feed is empty"
        assert parsed.feed.get("language") == LANGUAGES[code].html_lang
        hangul = re.compile(r"[\uac00-\ud7a3]")
        for entry in parsed.entries:  # titles keep their language; summaries are the side's
            has_hangul = bool(hangul.search(entry.summary))
            assert has_hangul == (code == "ko"), entry.title


def _tag_pages(site, code):
    return [p for p in (site / code / "tags").glob("*/index.html")]


def test_tag_pages_list_articles_of_both_languages(site):
    meeting = []
    for path in _tag_pages(site, "ko"):
        page = read_page(path)
        badges = page.find("span", **{"class": "badge"})
        titles = page.find("h2", **{"class": "item-title"})
        if badges and len(titles) > len(badges):
            meeting.append(path.parent.name)
            assert all(b.attrs.get("lang") == "zh-Hans" for b in badges)
            foreign = [t for t in titles if t.attrs.get("lang")]
            assert {t.attrs["lang"] for t in foreign} == {"zh-Hans"}
    assert "innovation" in meeting, meeting
    for tag_id in meeting:
        zh_page = read_page(site / "zh" / "tags" / tag_id / "index.html")
        assert zh_page.find("span", **{"class": "badge", "lang": "ko"})


def test_article_tags_link_to_tag_pages_in_the_page_language(site):
    for code in SIDES:
        for path in _articles(site, code):
            links = [
                a.attrs["href"]
                for a in read_page(path).find("a")
                if "/tags/" in a.attrs.get("href", "")
            ]
            assert links, f"{path} has no tags"
            for href in links:
                assert href.startswith(f"/{code}/tags/")
                assert (site / href.strip("/") / "index.html").exists(), href


def test_each_language_has_a_search_bundle_of_its_articles(site):
    for code in ("ko", "zh"):
        bundle = site / "pagefind" / code
        entry = json.loads((bundle / "pagefind-entry.json").read_text())
        # One index per bundle (docs/search.md): no page can pick another one.
        assert list(entry["languages"]) == ["mul"]
        assert entry["languages"]["mul"]["page_count"] == len(_articles(site, code))
        assert (bundle / "pagefind.js").exists()
        assert not list(bundle.glob("pagefind-*ui*")), "Pagefind's unused interfaces are left out"
        search_page = (site / code / "search" / "index.html").read_text(encoding="utf-8")
        search_data = json.loads(re.search(SEARCH_DATA, search_page, re.S).group(1))
        assert search_data["bundles"] == {"ko": "/pagefind/ko/", "zh": "/pagefind/zh/"}
    assert sorted(p.name for p in (site / "pagefind").iterdir()) == ["ko", "zh"]


def test_the_build_writes_nothing_outside_its_output_folder(site):
    assert not (ROOT / "pagefind").exists(), "the search bundle was written into the project"


def test_no_third_party_requests(site):
    for path in _all_pages(site):
        page = read_page(path)
        for script in page.find("script"):
            assert not script.attrs.get("src", "").startswith(("http:", "https:", "//")), path
        for link in page.find("link"):
            if link.attrs.get("rel") in ("stylesheet", "preload", "icon", "modulepreload"):
                assert not link.attrs["href"].startswith(("http:", "https:", "//")), path


def test_search_page_has_the_form_and_a_results_list_in_main(site):
    for code in SIDES:
        page = read_page(site / code / "search" / "index.html")
        assert page.one("input", name="q")
        assert page.find("ol", **{"data-search-results": ""})
        assert page.one("script", type="module").attrs["src"] == "/theme/js/search.js"


@pytest.fixture
def broken_content(content_copy):
    bad = content_copy / "ko" / "2020" / "broken.md"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_text(
        "---\ntitle: 고장난 기사\ndate: 2020-05-06\nlang: ko\ntags: [없는태그]\n"
        f"uid: {fixed_uid('broken')}\n---\n\n본문이다.\n"
    )
    return content_copy


def test_a_bad_file_fails_the_build_with_file_line_and_no_traceback(broken_content, tmp_path):
    result = build_site(broken_content, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "broken.md:5:error:unknowntag'없는태그'" in "".join(output.split())
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "ko" / "index.html").exists()


def test_build_is_repeatable_into_the_same_folder(content_copy, tmp_path):
    out = tmp_path / "out"
    assert build_site(content_copy, out).returncode == 0
    first = sorted(p.relative_to(out) for p in out.rglob("*") if "pagefind" not in p.parts)
    shutil.rmtree(out / "ko")
    assert build_site(content_copy, out).returncode == 0
    assert sorted(p.relative_to(out) for p in out.rglob("*") if "pagefind" not in p.parts) == first


def test_long_listings_are_paginated_in_the_page_language(large_site):
    first = read_page(large_site / "zh" / "index.html")
    items = first.find("li", **{"class": "item"})
    assert len(items) == 20  # DIGEST_ARTICLES_PER_PAGE
    next_link = first.one("a", rel="next")
    assert next_link.attrs["href"] == "/zh/page/2/"
    assert "较早" in next_link.text
    second = read_page(large_site / "zh" / "page" / "2" / "index.html")
    assert second.html_lang == "zh-Hans"
    zh_listed = LARGE_SITE_ARTICLES + 2  # generated, the Chinese seed, the Korean (summary_zh)
    assert len(second.find("li", **{"class": "item"})) == zh_listed - 20
    assert second.one("a", rel="prev").attrs["href"] == "/zh/"
