"""An article with a summary in the other language is listed on that side too."""

from __future__ import annotations

import copy
import html
import shutil

import feedparser
import pytest
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import SafeDatetime

from digest.frontmatter import split_article
from digest.site.sides import side_entries, side_entry

from .conftest import CONTENT, build_site, fixed_uid
from .html_inspect import read_page

PUBLIC_URL = "https://haeran.github.io"  # pelicanconf's DIGEST_PUBLIC_URL: feed links use it
KO_SEED = next((CONTENT / "ko" / "2009").glob("*.md"))
ZH_SEED = next((CONTENT / "zh" / "2018").glob("*.md"))


def _front(path):
    return split_article(path.read_text(encoding="utf-8")).metadata


def _url(path):
    meta = _front(path)
    return f"/{meta['lang']}/{meta['date'].year}/{meta['slug']}/"


def _items(page):
    return page.find("li", **{"class": "item"})


def _item_for(page, url):
    found = [li for li in _items(page) if any(a.attrs.get("href") == url for a in _links(li))]
    assert len(found) == 1, f"{page.path}: {len(found)} items link to {url}"
    return found[0]


def _links(element):
    for child in element.children:
        if child.tag == "a":
            yield child
        yield from _links(child)


def _child(element, tag, cls=None):
    for child in element.children:
        if child.tag == tag and (cls is None or child.attrs.get("class") == cls):
            return child
        found = _child(child, tag, cls)
        if found is not None:
            return found
    return None


# side_entries, on real Pelican articles


def _article(slug, lang, day, translations=(), **meta):
    article = Article(
        f"<p>{slug}</p>",
        metadata={"title": slug, "slug": slug, "lang": lang, "date": SafeDatetime(2020, 1, day)}
        | {"summary": f"{slug} summary"}
        | meta,
        settings=copy.deepcopy(DEFAULT_CONFIG),
    )
    article.translations = list(translations)
    return article


def test_a_side_lists_its_own_and_the_cross_listed_articles_newest_first():
    own_old = _article("own-old", "zh", 1)
    cross = _article("cross", "ko", 2, summary_zh="韩文报道的中文摘要")
    korean_only = _article("korean-only", "ko", 3)
    own_new = _article("own-new", "zh", 4)
    entries = side_entries([own_old, cross, korean_only, own_new], "zh")
    assert [e.article.slug for e in entries] == ["own-new", "cross", "own-old"]
    assert [(e.summary, e.summary_lang, e.foreign) for e in entries] == [
        ("own-new summary", "zh", False),
        ("韩文报道的中文摘要", "zh", True),
        ("own-old summary", "zh", False),
    ]


def test_an_article_translated_into_the_side_language_is_not_listed_twice():
    chinese = _article("translation", "zh", 2)
    korean = _article("original", "ko", 1, translations=[chinese], summary_zh="摘要")
    chinese.translations = [korean]
    assert [e.article.slug for e in side_entries([korean, chinese], "zh")] == ["translation"]


def test_without_a_summary_in_the_side_language_the_own_summary_keeps_its_language():
    korean = _article("korean-only", "ko", 3)
    entry = side_entry(korean, "zh")
    assert (entry.summary, entry.summary_lang, entry.foreign) == ("korean-only summary", "ko", True)


# The sample site


def test_the_korean_seed_is_listed_on_the_chinese_side_with_its_chinese_summary(site):
    item = _item_for(read_page(site / "zh" / "index.html"), _url(KO_SEED))
    title = _child(item, "h2", "item-title")
    assert title.attrs.get("lang") == "ko"
    assert "연길시과학기술국" in title.text
    badge = _child(item, "span", "badge")
    assert (badge.attrs.get("lang"), badge.text) == ("ko", "한국어")
    summary = _child(item, "p", "item-summary")
    assert summary.text == _front(KO_SEED)["summary_zh"]
    assert "lang" not in summary.attrs  # the summary is in the page's language
    more = _child(item, "a", "more")
    assert more.attrs["href"] == _url(KO_SEED) and more.attrs.get("hreflang") == "ko"
    assert more.own_text.strip() == "阅读原文"


def test_the_chinese_seed_is_listed_on_the_korean_side_with_its_korean_summary(site):
    item = _item_for(read_page(site / "ko" / "index.html"), _url(ZH_SEED))
    assert _child(item, "h2", "item-title").attrs.get("lang") == "zh-Hans"
    summary = _child(item, "p", "item-summary")
    assert summary.text == _front(ZH_SEED)["summary_ko"] and "lang" not in summary.attrs


def test_home_listings_are_newest_first_across_languages(site):
    for side, urls in (("zh", [ZH_SEED, KO_SEED]), ("ko", [ZH_SEED, KO_SEED])):
        page = read_page(site / side / "index.html")
        listed = [_child(li, "a").attrs["href"] for li in _items(page)]
        assert listed == [_url(path) for path in urls], side


def test_tag_pages_show_the_summary_in_the_side_language_when_there_is_one(site):
    page = read_page(site / "zh" / "tags" / "intellectual-property" / "index.html")
    summary = _child(_item_for(page, _url(KO_SEED)), "p", "item-summary")
    assert summary.text == _front(KO_SEED)["summary_zh"] and "lang" not in summary.attrs


@pytest.mark.parametrize(
    "seed,field,page_lang,text_lang,label",
    [
        (KO_SEED, "summary_zh", "ko", "zh-Hans", "다른 언어 요약"),
        (ZH_SEED, "summary_ko", "zh-Hans", "ko", "其他语言摘要"),
    ],
)
def test_the_article_page_shows_the_summary_in_the_other_language(
    site, seed, field, page_lang, text_lang, label
):
    page = read_page(site / _url(seed).strip("/") / "index.html")
    assert page.html_lang == page_lang
    box = page.one("section", **{"class": "other-summary"})
    heading = _child(box, "h2")
    assert heading.own_text.strip() == label
    assert box.attrs["aria-labelledby"] == heading.attrs["id"]
    text = _child(box, "p")
    assert (text.attrs.get("lang"), text.text) == (text_lang, _front(seed)[field])


def test_descriptions_are_the_lead_summary(site):
    for seed in (KO_SEED, ZH_SEED):
        page = read_page(site / _url(seed).strip("/") / "index.html")
        lead = _child(page.one("section", **{"class": "lead"}), "p").text
        assert len(lead) > 20
        assert page.one("meta", property="og:description").attrs["content"] == lead
        assert page.one("meta", name="description").attrs["content"] == lead


# A variant of the sample content: more articles, a translation, text that needs escaping

RND_SUMMARY = '연구개발(R&D) <Pilot> 사업이 "첫 성과"를 냈다.'  # text, not markup
RND_SUMMARY_ZH = '研发（R&D）<Pilot>项目取得"首批成果"。'


def _write(content, relative, front, body):
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    front += f"uid: {fixed_uid(relative)}\n"
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def variant(tmp_path_factory):
    root = tmp_path_factory.mktemp("variant")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    _write(
        content,
        "ko/2021/rnd.md",
        "title: 연변 R&D 시범사업 첫 성과\ndate: 2021-03-02 09:00:00+08:00\nlang: ko\nslug: rnd\n"
        f"summary: '{RND_SUMMARY}'\nsummary_zh: '{RND_SUMMARY_ZH}'\n",
        "연변에서 연구개발 시범사업이 시작되였다. 첫 성과가 나왔다.",
    )
    _write(
        content,
        "ko/2021/robot.md",
        "title: 연길 로보트 경기\ndate: 2021-04-01 09:00:00+08:00\nlang: ko\nslug: robot\n"
        "translation_key: robot-2021\nsummary_zh: 延吉举行机器人比赛。\n",
        "연길에서 로보트 경기가 열렸다.",
    )
    _write(
        content,
        "zh/2021/robot.md",
        "title: 延吉举行机器人比赛\ndate: 2021-04-01 10:00:00+08:00\nlang: zh\nslug: robot\n"
        "translation_key: robot-2021\n",
        "延吉举行了机器人比赛。",
    )
    _write(
        content,
        "ko/2021/only-korean.md",
        "title: 한국어로만 요약된 기사\ndate: 2021-05-01 09:00:00+08:00\nlang: ko\n"
        "slug: only-korean\n",
        "요약은 한국어뿐이다.",
    )
    result = build_site(content, root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "output"


def test_only_articles_with_a_summary_in_the_side_language_are_cross_listed(variant):
    zh_home = [
        _child(li, "a").attrs["href"] for li in _items(read_page(variant / "zh" / "index.html"))
    ]
    assert zh_home == [
        "/zh/2021/robot/",
        "/ko/2021/rnd/",
        _url(ZH_SEED),
        _url(KO_SEED),
    ]
    ko_home = [
        _child(li, "a").attrs["href"] for li in _items(read_page(variant / "ko" / "index.html"))
    ]
    assert "/ko/2021/only-korean/" in ko_home and "/ko/2021/robot/" in ko_home


def test_summaries_with_markup_characters_stay_text(variant):
    item = _item_for(read_page(variant / "zh" / "index.html"), "/ko/2021/rnd/")
    assert _child(item, "p", "item-summary").text == RND_SUMMARY_ZH
    feeds = [("ko", "atom.xml", RND_SUMMARY), ("zh", "atom.xml", RND_SUMMARY_ZH)]
    for side, name, expected in feeds:
        parsed = feedparser.parse((variant / side / "feeds" / name).read_bytes())
        (entry,) = [e for e in parsed.entries if e.link == f"{PUBLIC_URL}/ko/2021/rnd/"]
        assert html.unescape(entry.summary) == expected, (side, name)
    # RSS has one text: on the other side it opens with the side's summary, as text
    parsed = feedparser.parse((variant / "zh" / "feeds" / "rss.xml").read_bytes())
    (entry,) = [e for e in parsed.entries if e.link == f"{PUBLIC_URL}/ko/2021/rnd/"]
    assert html.unescape(entry.description).startswith(f"<p>{RND_SUMMARY_ZH}</p>")


def test_cross_listed_feed_entries_follow_the_listing(variant):
    parsed = feedparser.parse((variant / "zh" / "feeds" / "atom.xml").read_bytes())
    links = [e.link.removeprefix(PUBLIC_URL) for e in parsed.entries]
    assert links[:2] == ["/zh/2021/robot/", "/ko/2021/rnd/"]
    assert "/ko/2021/robot/" not in links and "/ko/2021/only-korean/" not in links


def test_cross_listed_articles_are_paginated_with_the_side(large_site):
    """The Korean seed, oldest of all, closes the last page of the Chinese side."""
    last = read_page(large_site / "zh" / "page" / "2" / "index.html")
    item = _items(last)[-1]
    assert _child(item, "a").attrs["href"] == _url(KO_SEED)
    assert _child(item, "h2", "item-title").attrs.get("lang") == "ko"
