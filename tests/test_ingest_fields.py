"""Each extracted field on a page that has it and on one that lacks it; then the HTML reader's
own rules, the dateline and byline shapes, and the fallbacks a crawl record gives."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from digest.ingest import IngestResult, ingest_page
from digest.ingest.bylines import find_bylines, is_dateline_only, strip_dateline
from digest.ingest.chrome import is_chrome, is_end_marker, parse_copyright, split_crumbs
from digest.ingest.dates import is_dateline, parse_date, record_date, url_date
from digest.ingest.html import crumb_line, html_page, looks_like_html
from digest.ingest.page import CAPTION, CRUMB, HEADING, IMAGE, LINK, TITLE
from digest.ingest.text import clean_line, count_sentences

CST = timezone(timedelta(hours=8))
KO_TEXT = (
    "연구팀은 새로운 배터리 소재를 개발하였다고 밝혔다. 이 소재는 령하 30도에서도 작동한다.",
    "연구팀은 래년까지 시범생산라인을 건설할 계획이다.",
)
ZH_TEXT = (
    "吉林大学团队研制出一种新型催化剂，可在常温下高效分解甲醛。",
    "该成果近日发表在国际期刊上，团队正与企业合作开展中试。",
)


def html(body: str, head: str = "") -> str:
    """A small HTML page around ``body``."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def ok(data: str, **kwargs: str) -> IngestResult:
    result = ingest_page(data, origin="test", **kwargs)
    assert result.ok, result.reason
    return result


def body_paragraphs(result: IngestResult) -> list[str]:
    return [p for p in result.body.strip().split("\n\n") if not p.startswith("## ")]


# --- title ----------------------------------------------------------------------------------


def test_title_from_h1_not_the_logo_h1_nor_the_breadcrumb():
    page = html(
        '<h1 class="logo">연변일보</h1><div class="location">홈 &gt; 과학</div>'
        "<h1>새 배터리 소재 개발</h1><p>2021-04-12</p>" + paras(*KO_TEXT)
    )
    assert ok(page).metadata["title"] == "새 배터리 소재 개발"


def test_title_is_the_line_the_head_title_names_without_its_site_suffix():
    page = html(
        '<div class="nav"><a href="/">首页</a></div><div class="tit">吉林大学研制新型催化剂</div>'
        "<div>2022-03-08 10:00</div>" + paras(*ZH_TEXT),
        "<title>吉林大学研制新型催化剂_科技频道_吉林科技网</title>",
    )
    assert ok(page).metadata["title"] == "吉林大学研制新型催化剂"


def test_title_from_the_head_alone_when_the_page_shows_none():
    page = html(
        "<div>2022-03-08</div>" + paras(*ZH_TEXT), "<title>吉林大学研制新型催化剂 - 新华网</title>"
    )
    assert ok(page).metadata["title"] == "吉林大学研制新型催化剂"


def test_title_is_never_the_first_sentence_or_the_site_name():
    page = html(paras(*KO_TEXT), "<title>연변일보</title>")
    assert ingest_page(page, origin="x").reason == "no headline found"
    text = f"{KO_TEXT[0]}\n\n2021-04-12\n\n{KO_TEXT[1]}\n"
    assert ingest_page(text, origin="x").reason == "no headline found"


# --- date -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2009-07-28 17:31:30", datetime(2009, 7, 28, 17, 31, 30, tzinfo=CST)),
        ("2018年01月25日 23:27", datetime(2018, 1, 25, 23, 27, tzinfo=CST)),
        ("2018.01.25", datetime(2018, 1, 25, tzinfo=CST)),
        ("2018/1/25", datetime(2018, 1, 25, tzinfo=CST)),
        ("发布时间：2018-01-25 08:05", datetime(2018, 1, 25, 8, 5, tzinfo=CST)),
        ("时间:2018-01-25 23:27 点击:", datetime(2018, 1, 25, 23, 27, tzinfo=CST)),
        ("입력 2019-08-20", datetime(2019, 8, 20, tzinfo=CST)),
        ("발표시간: 2021-11-30 10:21:00 출처: 신화망", datetime(2021, 11, 30, 10, 21, tzinfo=CST)),
        ("2020년 5월 6일", datetime(2020, 5, 6, tzinfo=CST)),
        (
            "2019-03-12 08:45 来源：科技日报 作者：李丽云 阅读：3261",
            datetime(2019, 3, 12, 8, 45, tzinfo=CST),
        ),
        ("등록일: 2019-08-20 출처: 연변주과학기술국 조회: 532", datetime(2019, 8, 20, tzinfo=CST)),
    ],
)
def test_date_lines_on_a_page(line, expected):
    assert is_dateline(line)
    result = ok(f"새 배터리 소재 개발\n\n{line}\n\n{KO_TEXT[0]}\n")
    assert result.metadata["date"] == expected


def test_date_from_the_head_when_it_tells_the_same_day_more_precisely():
    head = '<meta property="article:published_time" content="2023-06-15T09:30:12+09:00">'
    page = html("<h1>새 소재</h1><div>입력 2023-06-15</div>" + paras(*KO_TEXT), head)
    date = ok(page).metadata["date"]
    assert date == datetime(2023, 6, 15, 9, 30, 12, tzinfo=timezone(timedelta(hours=9)))
    assert date.utcoffset() == timedelta(hours=9)  # the page states its zone: kept


def test_the_shown_date_wins_over_a_head_date_of_another_day():
    head = '<meta property="article:published_time" content="2023-07-01T00:00:00+08:00">'
    page = html("<h1>새 소재</h1><div>입력 2023-06-15 09:30</div>" + paras(*KO_TEXT), head)
    assert ok(page).metadata["date"] == datetime(2023, 6, 15, 9, 30, tzinfo=CST)


def test_date_from_time_element_and_gov_meta():
    page = html(
        '<h1>새 소재</h1><time datetime="2023-06-15T09:30:00.000Z">어제</time>' + paras(*KO_TEXT)
    )
    assert ok(page).metadata["date"] == datetime(2023, 6, 15, 9, 30, tzinfo=UTC)
    head = '<meta name="PubDate" content="2022-06-01 09:30">'
    page = html("<h1>关于组织申报项目的通知</h1>" + paras(*ZH_TEXT), head)
    assert ok(page).metadata["date"] == datetime(2022, 6, 1, 9, 30, tzinfo=CST)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.xinhuanet.com/tech/2018-01/25/c_1122311.htm", (2018, 1, 25)),
        ("http://www.example.cn/news/20180125/123.html", (2018, 1, 25)),
        ("https://www.example.com/2018/01/25/story.html", (2018, 1, 25)),
        ("http://kjj.changchun.gov.cn/tzgg/202206/t20220601_3023456.html", (2022, 6, 1)),
        ("http://scitech.people.com.cn/n1/2018/0125/c1007-29786.html", (2018, 1, 25)),
        ("https://www.chinanews.com.cn/gn/2018/01-25/8432345.shtml", (2018, 1, 25)),
        ("http://www.example.com/news/123456.html", None),
        ("http://www.example.com/2018/13/45/x.html", None),
    ],
)
def test_url_dates(url, expected):
    found = url_date(url)
    assert (found.timetuple()[:3] if found else None) == expected
    if found:
        assert found.utcoffset() == timedelta(hours=8)


def test_record_dates():
    assert record_date("2019-09-03 08:40") == datetime(2019, 9, 3, 8, 40, tzinfo=CST)
    assert record_date("2021-05-12T14:30:00.123Z") == datetime(2021, 5, 12, 14, 30, tzinfo=UTC)
    assert record_date("1516861620") == datetime(2018, 1, 25, 14, 27, tzinfo=CST)
    assert record_date("1516861620000") == datetime(2018, 1, 25, 14, 27, tzinfo=CST)
    assert record_date("yesterday") is None


def test_date_fallbacks_record_then_url_and_the_page_wins():
    text = f"새 배터리 소재 개발\n\n{KO_TEXT[0]}\n"
    assert ingest_page(text, origin="x").reason == "no publication date found"
    url = "http://www.example.com/2018/01/25/x.html"
    assert ok(text, url=url).metadata["date"] == datetime(2018, 1, 25, tzinfo=CST)
    dated = ok(text, url=url, date="2019-09-03 08:40")
    assert dated.metadata["date"] == datetime(2019, 9, 3, 8, 40, tzinfo=CST)
    shown = ok(f"새 배터리 소재 개발\n\n2020-05-06\n\n{KO_TEXT[0]}\n", url=url, date="2019-09-03")
    assert shown.metadata["date"] == datetime(2020, 5, 6, tzinfo=CST)


def test_no_date_anywhere_is_a_rejection():
    page = html("<h1>새 배터리 소재 개발</h1>" + paras(*KO_TEXT))
    assert ingest_page(page, origin="x", url="http://x.com/news/1.html").reason == (
        "no publication date found"
    )


# --- language -------------------------------------------------------------------------------


def test_language_from_the_article_text():
    assert ok(html("<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT))).metadata["lang"] == "ko"
    assert (
        ok(html("<h1>新型催化剂</h1><p>2021-04-12</p>" + paras(*ZH_TEXT))).metadata["lang"] == "zh"
    )
    # Chinese chrome around a Korean article does not make it Chinese.
    chrome = (
        '<div class="links">' + "".join(f"<p>{t}</p>" for t in ("首页", "新闻", "科技")) + "</div>"
    )
    korean = html(
        chrome + "<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT) + "<p>版权所有 ©</p>"
    )
    assert ok(korean).metadata["lang"] == "ko"


@pytest.mark.parametrize(
    "page",
    [
        html(
            "<h1>New catalyst</h1><p>2021-04-12</p>"
            "<p>Researchers at Jilin University developed a new catalyst. "
            "It works at room temperature.</p>"
        ),
        "新しい触媒を開発\n\n2021-04-12\n\n吉林大学の研究チームは新しい触媒を開発したと発表した。室温でも働く。\n",
    ],
    ids=["english", "japanese"],
)
def test_other_languages_are_rejected(page):
    assert ingest_page(page, origin="x").reason == "not a Korean or Chinese page"


# --- authors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("김일복 기자 | 입력 2021-04-12 14:20 | 조회수 1,234", KO_TEXT[0]), ["김일복"]),
        (("2021-04-12", KO_TEXT[0], "기자 김일복"), ["김일복"]),
        (("2021-04-12", KO_TEXT[0] + " (박정일 기자)"), ["박정일"]),
        (("2021-04-12", KO_TEXT[0], "글·사진 최화 기자"), ["최화"]),
        (("2021-04-12", "[신화망 베이징 11월 30일] " + KO_TEXT[0], "편집: 리명옥"), ["리명옥"]),
        (("2021-04-12", "아주경제 김근정 기자 = " + KO_TEXT[0]), ["김근정"]),
        (("2021-04-12", "(길림신문 리영호 기자) " + KO_TEXT[0]), ["리영호"]),
        (("2021-04-12", "科技日报讯（记者 李丽云）" + ZH_TEXT[0]), ["李丽云"]),
        (("记者 李丽云", "2021-04-12", ZH_TEXT[0], "责任编辑:杨戬"), ["李丽云", "杨戬"]),
        (
            ("作者：张三 时间：2021-04-12 来源：吉林日报", ZH_TEXT[0], "编辑：王五 校对：赵六"),
            ["张三", "王五"],
        ),
    ],
)
def test_authors(lines, authors):
    korean = any("\uac00" <= char <= "\ud7a3" for line in lines for char in line)
    title = "새 소재 개발" if korean else "新型催化剂研制成功"
    result = ok("\n\n".join((title, *lines)) + "\n")
    assert result.metadata["authors"] == authors
    for name in authors:
        assert name not in result.body


def test_no_authors_no_field():
    result = ok(f"새 소재 개발\n\n2021-04-12\n\n{KO_TEXT[0]}\n\n올해의 기자\n")
    assert "authors" not in result.metadata


# --- section --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "crumbs",
    [
        "HOME &gt; 뉴스 &gt; 과학",
        '<ol class="breadcrumb"><li>홈</li><li>뉴스</li><li>과학</li></ol>',
        '<nav aria-label="breadcrumb"><a>홈</a><span>›</span><a>과학</a></nav>',
        '<div class="header-nav"><a>연변일보</a> &gt; <a>과학</a> &gt; 본문</div>',
    ],
)
def test_section_from_a_breadcrumb(crumbs):
    page = html(
        f"<div class='location'>{crumbs}</div><h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT)
    )
    assert ok(page).metadata["section"] == "과학"


def test_section_from_the_head_without_a_breadcrumb():
    page = html(
        "<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT),
        '<meta property="article:section" content="IT·과학">',
    )
    assert ok(page).metadata["section"] == "IT·과학"


def test_no_breadcrumb_no_section():
    assert "section" not in ok(html("<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT))).metadata
    assert "section" not in ok(f"새 소재\n\n2021-04-12\n\n{KO_TEXT[0]}\n").metadata


# --- source ---------------------------------------------------------------------------------


def test_source_from_the_footer_and_the_head():
    footer = (
        "<div class='footer'><p>Copyright ⓒ 연변일보 All rights reserved. 吉ICP备05002541号</p>"
        "</div>"
    )
    page = html("<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT) + footer)
    assert ok(page).metadata["source"] == {"name": "연변일보"}
    head = '<meta property="og:site_name" content="아주경제"><link rel="canonical" href="https://a.com/1">'
    page = html("<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT), head)
    assert ok(page).metadata["source"] == {"name": "아주경제", "url": "https://a.com/1"}


def test_a_crawl_url_is_the_source_url_when_the_page_names_none():
    text = f"새 소재\n\n2021-04-12\n\n{KO_TEXT[0]}\n\nⓒ 연변일보 무단전재 및 재배포 금지\n"
    result = ok(text, url="http://www.ybrb.com/news/1.html")
    assert result.metadata["source"] == {
        "name": "연변일보",
        "url": "http://www.ybrb.com/news/1.html",
    }


def test_no_source_no_field():
    assert "source" not in ok(f"새 소재\n\n2021-04-12\n\n{KO_TEXT[0]}\n").metadata


def test_copyright_lines_with_other_fields():
    assert parse_copyright("연변조선족자치주인민정부 판권소유 주소: 연길시 연북로 5000호") == {
        "name": "연변조선족자치주인민정부"
    }
    assert parse_copyright("版权所有：长春市科学技术局 地址：长春市人民大街1234号") == {
        "name": "长春市科学技术局"
    }
    assert parse_copyright("科技日报社版权所有 未经书面授权禁止转载") == {"name": "科技日报社"}
    assert parse_copyright("Copyright © 2000-2018 XINHUANET.com All Rights Reserved.") == {
        "url": "http://xinhuanet.com"
    }


# --- captions -------------------------------------------------------------------------------


def test_captions_from_figcaption_and_centred_lines_under_images_never_alt():
    page = html(
        "<h1>새 소재</h1><p>2021-04-12</p>"
        + paras(KO_TEXT[0])
        + '<figure><img src="a.jpg" alt="대체 글">'
        + "<figcaption>실험실의 연구팀.</figcaption></figure>"
        + '<p align="center"><img src="b.jpg"></p><p align="center">시제품을 보여주고있다.</p>'
        + paras(KO_TEXT[1])
    )
    result = ok(page)
    assert result.metadata["captions"] == ["실험실의 연구팀.", "시제품을 보여주고있다."]
    assert "대체 글" not in result.text()
    assert body_paragraphs(result) == list(KO_TEXT)


def test_captions_in_text_dumps():
    text = "\n\n".join(
        ("新型催化剂", "2021-04-12", ZH_TEXT[0], "[图片]", "图为研究团队在实验室。", ZH_TEXT[1])
    )
    result = ok(text + "\n")
    assert result.metadata["captions"] == ["图为研究团队在实验室。"]
    assert body_paragraphs(result) == list(ZH_TEXT)


def test_a_centred_paragraph_without_an_image_is_text():
    page = html(
        "<h1>새 소재</h1><p>2021-04-12</p>"
        + paras(KO_TEXT[0])
        + f'<p align="center">{KO_TEXT[1]}</p>'
    )
    result = ok(page)
    assert "captions" not in result.metadata
    assert body_paragraphs(result) == list(KO_TEXT)


# --- body headings --------------------------------------------------------------------------


def test_headings_from_h2_to_h4_inside_the_article():
    page = html(
        "<h1>새 소재</h1><h2>부제목은 본문이 아니다</h2><p>2021-04-12</p>"
        + paras(KO_TEXT[0])
        + "<h3>래년에 시범생산</h3>"
        + paras(KO_TEXT[1])
        + "<h4>관련기사</h4><ul><li><a href='/1'>다른 기사의 제목입니다</a></li></ul>"
    )
    body = ok(page).body
    assert body == f"{KO_TEXT[0]}\n\n## 래년에 시범생산\n\n{KO_TEXT[1]}\n"


def test_no_headings_in_a_plain_article():
    assert "## " not in ok(html("<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT))).body


# --- the HTML reader ------------------------------------------------------------------------


def lines_of(markup: str) -> list[tuple[str, str | None]]:
    return [(line.text, line.role) for line in html_page(markup).lines]


def test_html_blocks_breaks_and_roles():
    markup = html(
        "<h1>제목</h1><div>첫째<br>둘째<br/>셋째</div><p>앞 <b>굵게</b> 뒤</p>"
        '<h3>소제목</h3><img src="p.jpg"><p><a href="/x">링크만 있는 줄</a></p>'
    )
    assert lines_of(markup) == [
        ("제목", TITLE),
        ("첫째", None),
        ("둘째", None),
        ("셋째", None),
        ("앞 굵게 뒤", None),
        ("소제목", HEADING),
        ("[image]", IMAGE),
        ("링크만 있는 줄", LINK),
    ]


def test_html_drops_scripts_and_chrome_by_tag_class_and_id():
    markup = html(
        "<script>var a = '<p>no</p>';</script><style>p{}</style><noscript>켜세요</noscript>"
        "<nav>메뉴</nav><header>머리</header><aside>옆</aside><form><p>검색</p></form>"
        "<div class='share-box'>공유</div><div id='comments'>댓글</div><div class='ad'>광고</div>"
        "<div class='related_news'>관련</div><div class='gg'>广告</div><div class='menu'>메뉴</div>"
        "<template><p>틀</p></template><p>본문이다.</p>"
        "<footer><p>주소: 어디</p><p>Copyright ⓒ 연변일보</p></footer>"
    )
    assert lines_of(markup) == [("본문이다.", None), ("Copyright ⓒ 연변일보", None)]


def test_html_keeps_a_chrome_looking_element_that_holds_the_article():
    text = "".join(f"<p>{t}</p>" for t in KO_TEXT)
    markup = html(f"<form id='form1'><div class='nav'>메뉴</div><h1>제목</h1>{text}</form>")
    assert [text for text, _ in lines_of(markup)] == ["제목", *KO_TEXT]
    markup = html(f"<div id='printContent'><header><h1>제목</h1></header>{text}</div>")
    assert [text for text, _ in lines_of(markup)] == ["제목", *KO_TEXT]


def test_html_layout_tables_become_cell_lines():
    markup = html(
        "<table><tr><td>왼쪽 메뉴</td><td><table><tr><td class='title'>제목</td></tr>"
        "<tr><td>본문 첫 문단이다.<br><br>둘째 문단이다.</td></tr></table></td></tr></table>"
    )
    assert [t for t, _ in lines_of(markup)] == [
        "왼쪽 메뉴",
        "제목",
        "본문 첫 문단이다.",
        "둘째 문단이다.",
    ]


def test_html_implied_end_tags_and_stray_end_tags():
    markup = (
        "<html><body><p>첫째 문단<p>둘째 문단</div></span><ul><li>하나<li>둘</ul></body></html>"
    )
    assert [t for t, _ in lines_of(markup)] == ["첫째 문단", "둘째 문단", "하나", "둘"]


def test_html_cjk_line_breaks_inside_text_are_no_spaces():
    markup = html(
        "<p>吉林大学团队\n  研制出新型催化剂。</p><p><a>首页</a>\n<a>新闻</a></p>"
        "<p>한국어\n문장</p>"
    )
    assert [t for t, _ in lines_of(markup)] == [
        "吉林大学团队研制出新型催化剂。",
        "首页 新闻",
        "한국어 문장",
    ]


def test_html_classed_spans_are_separate_fields_on_meta_lines_only():
    markup = html(
        '<div><span class="name">김일복 기자</span><span class="date">입력 2021-04-12</span></div>'
        '<p>吉林<span class="hl">大学</span>团队研制出新型催化剂。</p>'
    )
    assert [t for t, _ in lines_of(markup)] == [
        "김일복 기자 입력 2021-04-12",
        "吉林大学团队研制出新型催化剂。",
    ]


def test_html_breadcrumbs_become_one_line():
    markup = html('<ol class="breadcrumb"><li><a>首页</a></li><li><a>科技</a></li></ol>')
    assert lines_of(markup) == [("首页 > 科技", CRUMB)]
    assert crumb_line(["当前位置：", "首页", ">", "科技"]) == "当前位置： 首页 > 科技"
    assert split_crumbs("과학") == ["과학"] and split_crumbs("현재위치: 홈 > 과학") == [
        "홈",
        "과학",
    ]


def test_html_figure_text_and_icons():
    markup = html(
        '<img src="/images/icon_print.gif"><img src="a.jpg" width="16" height="16">'
        '<figure><img src="photo.jpg"><p>사진 설명</p></figure>'
    )
    assert lines_of(markup) == [("[image]", IMAGE), ("사진 설명", CAPTION)]


def test_html_head_evidence():
    page = html_page(
        html(
            "<time datetime='2021-04-12T14:20'>어제</time>",
            '<title>제목 - 연변일보</title><meta property="og:title" content="제목">'
            '<meta property="og:site_name" content="연변일보">'
            '<meta name="ColumnName" content="과학">'
            '<link rel="canonical" href="http://www.ybrb.com/1.html">'
            '<meta name="PubDate" content="2021-04-12 14:00">',
        )
    )
    evidence = page.evidence
    assert evidence.titles == ["제목", "제목 - 연변일보"]
    assert evidence.dates == ["2021-04-12 14:00", "2021-04-12T14:20"]
    assert (evidence.site_name, evidence.section) == ("연변일보", "과학")
    assert evidence.url == "http://www.ybrb.com/1.html"


def test_looks_like_html():
    assert looks_like_html("<!DOCTYPE html><html>") and looks_like_html("<div>글</div>")
    assert not looks_like_html("제목\n\n2021-04-12\n\n본문 <b 아님.\n")


def test_deeply_nested_markup_does_not_break_the_reader():
    markup = "<div>" * 5000 + "<h1>제목</h1><p>2021-04-12</p>" + paras(*KO_TEXT) + "</div>" * 10
    assert ok(markup).metadata["title"] == "제목"


# --- datelines, bylines, chrome lines -------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "names"),
    [
        ("[신화망 베이징 11월 30일] 중국은 발표했다.", "중국은 발표했다.", []),
        ("(서울=연합뉴스) 박정일 특파원 = 연구팀은 밝혔다.", "연구팀은 밝혔다.", ["박정일"]),
        ("아주경제 김근정 기자 = 중국이 성공했다.", "중국이 성공했다.", ["김근정"]),
        ("인민망 조선어판 3월 15일 — 기지가 가동되였다.", "기지가 가동되였다.", []),
        ("베이징 11월 30일발 중국은 발표했다.", "중국은 발표했다.", []),
        ("新华社长春1月24日电（记者 段续）记者获悉。", "（记者 段续）记者获悉。", []),
        ("科技日报讯 （记者 李丽云）近日获悉。", "（记者 李丽云）近日获悉。", []),
        ("【环球网科技报道 记者 张三】近日获悉。", "近日获悉。", ["张三"]),
        ("今年1月24日电网公司宣布。", "今年1月24日电网公司宣布。", []),
        ("(사진) 연구팀이 실험하고있다.", "(사진) 연구팀이 실험하고있다.", []),
        ("【科技前沿】量子计算取得突破。", "【科技前沿】量子计算取得突破。", []),
    ],
)
def test_strip_dateline(paragraph, text, names):
    assert strip_dateline(paragraph) == (text, names)


def test_dateline_only_lines():
    assert is_dateline_only("[신화망 베이징 11월 30일]") and is_dateline_only("本报讯")
    assert not is_dateline_only("연구팀은 밝혔다.") and not is_dateline_only("")


def test_bylines_among_other_fields():
    assert find_bylines("김일복 기자 입력 2021-04-12 14:20 조회수 1,234") == ["김일복"]
    assert find_bylines("2019-03-12 08:45 来源：科技日报 作者：李丽云 阅读：3261") == ["李丽云"]
    assert find_bylines("올해의 기자 입력 2021-04-12") == []


@pytest.mark.parametrize(
    "line",
    [
        "关键词：量子计算 超导",
        "키워드: 광통신, 기술이전",
        "#중국 #톈궁",
        "分享到： 微信 微博 QQ空间",
        "페이스북 트위터 카카오톡",
        "【打印本页】【关闭窗口】",
        "[ 인쇄 ] [ 닫기 ]",
        "추천 0 비추천 0",
        "조회수 1,234",
        "阅读：3261",
        "이전기사 : 흑룡강성 첫 5G 원격진료",
        "网站标识码：2201000031",
        "吉ICP備05001234號",
    ],
)
def test_more_chrome_lines(line):
    assert is_chrome(line) or line.startswith("#")


def test_keyword_line_needs_a_separator():
    assert not is_chrome("标签化管理让科研更高效。")


@pytest.mark.parametrize(
    "line", ["相关阅读：", "【相关新闻】", "热点排行", "이 시각 많이 본 뉴스", "최신기사"]
)
def test_more_end_markers(line):
    assert is_end_marker(line)


def test_text_helpers():
    assert count_sentences("첫 문장이다. 둘째 문장이다.") == 2
    assert count_sentences("1.5배 늘었다") == 0
    assert count_sentences("研究取得进展。团队表示！") == 2
    assert clean_line("人 民 网 版 权 所 有") == "人民网版权所有"
    assert clean_line("记者 李丽云 王强") == "记者 李丽云 王强"


def test_date_helpers_keep_old_behaviour():
    assert parse_date("2018-01-25T23:27:00+09:00").utcoffset() == timedelta(hours=9)
    assert not is_dateline("연구진은 2020년 5월 6일 발표한 논문에서 새로운 결과를 자세히 소개했다.")


# --- smaller shapes seen on real pages ------------------------------------------------------


def test_a_date_printed_beside_the_headline():
    result = ok(f"吉大研发新型储能材料 2021-07-01\n\n{ZH_TEXT[0]}\n\n{ZH_TEXT[1]}\n")
    assert result.metadata["title"] == "吉大研发新型储能材料"
    assert result.metadata["date"] == datetime(2021, 7, 1, tzinfo=CST)


def test_end_marks_emails_and_site_tags_leave_the_paragraph():
    text = "\n\n".join(
        (
            "새 소재 개발",
            "2021-04-12",
            "[연변일보] " + KO_TEXT[0] + " kim@ybrb.com",
            KO_TEXT[1] + " /끝/",
        )
    )
    assert body_paragraphs(ok(text + "\n")) == list(KO_TEXT)
    text = "\n\n".join(("新型催化剂研制成功", "2021-04-12", ZH_TEXT[0], ZH_TEXT[1] + "（完）"))
    assert body_paragraphs(ok(text + "\n")) == list(ZH_TEXT)


def test_a_linked_sentence_in_the_text_stays_text():
    linked = "详情请见<a href='/x.doc'>《关于开展2022年度长春市科技活动周工作的通知》</a>。"
    page = html("<h1>关于开展科技活动周的通知</h1><p>2022-05-10</p>" + paras(ZH_TEXT[0], linked))
    assert (
        body_paragraphs(ok(page))[-1] == "详情请见《关于开展2022年度长春市科技活动周工作的通知》。"
    )


def test_a_column_name_h1_is_not_the_headline():
    page = html(
        "<h1>通知公告</h1><h2>关于举办2022年科技活动周的通知</h2><p>发布日期：2022-05-10</p>"
        + paras(*ZH_TEXT),
        "<title>长春市科学技术局</title><meta name='SiteName' content='长春市科学技术局'>",
    )
    assert ok(page).metadata["title"] == "关于举办2022年科技活动周的通知"


def test_an_editor_line_in_an_article_footer_is_kept_for_the_authors():
    page = html(
        "<h1>新型催化剂研制成功</h1><p>2021-04-12</p>"
        + paras(*ZH_TEXT)
        + "<div class='article-footer'><p>责任编辑：王莉</p><p>分享到：微信 微博</p></div>"
    )
    result = ok(page)
    assert result.metadata["authors"] == ["王莉"]
    assert "王莉" not in result.body


def test_a_breadcrumb_class_on_a_big_block_is_no_breadcrumb():
    links = "".join(f"<li><a href='/{i}'>其他新闻标题第{i}条的内容</a></li>" for i in range(8))
    page = html(
        f"<div class='position'><ul>{links}</ul></div><h1>新型催化剂研制成功</h1>"
        "<p>2021-04-12</p>" + paras(*ZH_TEXT)
    )
    assert "section" not in ok(page).metadata


def test_caption_marked_in_html_loses_its_mark():
    from digest.ingest import ingest_page

    page = (
        "<html><head><meta charset='utf-8'>"
        "<title>연길시 첫 스마트농업시범기지 건설</title></head><body>"
        "<h1>연길시 첫 스마트농업시범기지 건설</h1><p>2021-06-15 09:12</p>"
        "<p>연길시 의란진에 첫 스마트농업시범기지가 건설되여 올해 봄부터 운영에 들어갔다.</p>"
        "<p><img src='1.jpg'></p>"
        "<p style='text-align:center'>▲스마트온실에서 채소를 관리하고있는 농민들</p>"
        "<p>기지 책임자는 로동력을 절반으로 줄였다고 소개했다.</p></body></html>"
    )
    result = ingest_page(page, origin="x")
    assert result.ok, result.reason
    assert result.metadata["captions"] == ["스마트온실에서 채소를 관리하고있는 농민들"]
    assert "로동력" in result.body and "▲" not in result.body


# --- uid ------------------------------------------------------------------------------------


def test_the_uid_is_that_of_the_pages_own_address():
    text = f"새 소재\n\n2021-04-12\n\n{KO_TEXT[0]}\n"
    url = "http://www.ybrb.com/news/1.html"
    assert ok(text, url=url).metadata["uid"] == str(uuid.uuid5(uuid.NAMESPACE_URL, url))
    canonical = '<link rel="canonical" href="https://a.com/1">'
    page = html("<h1>새 소재</h1><p>2021-04-12</p>" + paras(*KO_TEXT), canonical)
    assert ok(page).metadata["uid"] == str(uuid.uuid5(uuid.NAMESPACE_URL, "https://a.com/1"))
    assert ok(page, url=url).metadata["uid"] == ok(text, url=url).metadata["uid"]  # the crawl's


def test_without_an_address_the_uid_comes_from_the_text_and_stays_the_same():
    text = f"새 소재\n\n2021-04-12\n\n{KO_TEXT[0]}\n\n{KO_TEXT[1]}\n"
    uid = ok(text).metadata["uid"]
    assert uid == ok(text).metadata["uid"] == ok(text.replace("\n\n", "\n\n\n")).metadata["uid"]
    assert uuid.UUID(uid).variant == uuid.RFC_4122
    assert ok(text.replace("래년까지", "올해안에")).metadata["uid"] != uid
    # a site's home page, as a copyright footer names it, is no article's address
    home = ok(text, url="http://www.ybrb.com/").metadata["uid"]
    assert home == uid


def test_the_same_text_from_two_addresses_gets_two_uids():
    text = f"새 소재\n\n2021-04-12\n\n{KO_TEXT[0]}\n"
    first = ok(text, url="http://www.ybrb.com/news/1.html").metadata["uid"]
    assert first != ok(text, url="http://www.ybrb.com/news/2.html").metadata["uid"]
