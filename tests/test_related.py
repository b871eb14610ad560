"""Related articles: by shared tags across languages, by shared key terms within one."""

from digest.related import ArticleProfile, key_terms, related_articles
from digest.tokens import AnalysedArticle

from .html_inspect import read_page


def _profile(key, lang, tags, terms, group=None):
    return ArticleProfile(key, lang, frozenset(tags), dict.fromkeys(terms, 2), group)


EDITION = [
    _profile(
        "ko-ip", "ko", ["intellectual-property", "yanbian"], ["전매특허", "연길시", "질권융자"]
    ),
    _profile("zh-ip", "zh", ["intellectual-property", "jilin"], ["专利", "质押融资", "吉林省"]),
    _profile("ko-quake", "ko", ["earthquake-preparedness"], ["지진", "훈춘시", "연습"]),
    _profile("ko-patents", "ko", ["yanbian"], ["전매특허", "연길시", "신청량"]),
    _profile("zh-rice", "zh", ["agriculture"], ["水稻", "品种", "亩产"]),
]


def test_articles_of_two_languages_meet_on_a_shared_tag():
    related = related_articles(EDITION)
    assert "zh-ip" in related["ko-ip"] and "ko-ip" in related["zh-ip"]


def test_articles_of_one_language_also_meet_on_key_terms():
    related = related_articles(EDITION)
    assert related["ko-patents"][0] == "ko-ip"  # a shared tag and shared terms
    assert "zh-rice" not in related["ko-ip"] and related["zh-rice"] == []


def test_translations_are_not_related_to_each_other():
    pair = [
        _profile("ko", "ko", ["space"], ["위성"], group="launch"),
        _profile("zh", "zh", ["space"], ["卫星"], group="launch"),
        _profile("zh-other", "zh", ["space"], ["卫星", "发射"]),
    ]
    related = related_articles(pair)
    assert related["ko"] == ["zh-other"]


def test_at_most_five_best_first():
    edition = [_profile(n, "zh", ["space"], ["卫星", "发射", f"型号{n}"]) for n in range(9)]
    edition.append(_profile("best", "zh", ["space"], ["卫星", "发射", "型号0", "轨道"]))
    related = related_articles(edition)
    assert len(related[0]) == 5
    assert related[0][0] == "best"


def test_key_terms_count_the_title_twice_and_skip_single_syllables():
    article = AnalysedArticle(
        title_terms=["연길", "시", "특허"],
        paragraphs=[[("연길시 특허 신청.", ["연길", "시", "특허", "신청"])]],
    )
    assert key_terms(article) == {"연길": 3, "특허": 3, "신청": 1}


def _descendants(element, tag):
    for child in element.children:
        if child.tag == tag:
            yield child
        yield from _descendants(child, tag)


def test_the_sample_articles_list_each_other_as_related(site):
    for side, other, other_lang in (("ko", "zh", "zh-Hans"), ("zh", "ko", "ko")):
        page = read_page(next((site / side).glob("20*/*/index.html")))
        aside = page.one("aside", **{"class": "related"})
        links = list(_descendants(aside, "a"))
        assert links, f"{side}: no related articles"
        assert links[0].attrs["href"].startswith(f"/{other}/")
        assert links[0].attrs["lang"] == other_lang
        badges = [s for s in _descendants(aside, "span") if s.attrs.get("class") == "badge"]
        assert badges and badges[0].attrs["lang"] == other_lang
