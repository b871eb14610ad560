"""The ingester: each pure step, then raw seed pages end to end, then the files it writes."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from digest.frontmatter import split_article
from digest.ingest import IngestResult, ingest_page, ingest_path
from digest.ingest.body import escape_line, render_body
from digest.ingest.bylines import is_korean_name, parse_byline, strip_inline_byline
from digest.ingest.chrome import (
    is_chrome,
    is_end_marker,
    is_link_row,
    is_placeholder,
    parse_breadcrumb,
    parse_copyright,
    parse_source_label,
    section_from_breadcrumb,
)
from digest.ingest.dates import dateline_date, is_dateline, parse_date, parse_dates
from digest.ingest.decode import DecodeError, declared_encoding, decode_bytes, normalize_text
from digest.ingest.extract import Block, classify, clean_title, extract_article
from digest.ingest.language import detect_language
from digest.ingest.slug import MAX_SLUG, make_slug, title_hash
from digest.ingest.text import clean_line, ends_sentence

RAW = Path(__file__).parent / "fixtures" / "raw"
KO_SEED = RAW / "000_e41699abf2767822.txt"
ZH_SEED = RAW / "001_b6937f378c4ca126.txt"
CST = timezone(timedelta(hours=8))
KO_TITLE = "연길시과학기술국 세가지 국가급도시 쟁취 성과 괄목"
ZH_TITLE = "南关区召开科技创新总结表彰暨高企、小巨人企业培训会议"
KO_PARAGRAPH = (
    "연길시과학기술국에서는 올해 시당위와 정부의 중심사업을 에워싸고 과학적발전관을 "
    "통솔력으로, 창조형도시건설을 목표로 공업, 농업과 사회사업 령역의 과학기술진보를 "
    "대폭 추진하고있다. 아울러 전국과학기술진보고찰에 통과되였다."
)
ZH_PARAGRAPH = (
    "1月24日上午,在区政府801会议室,隆重召开了“南关区科技创新总结表彰暨高企、小巨人培训”"
    "大会。会议深入实施创新驱动发展战略,总结去年科技创新工作,分析当前创新发展新形势。"
)


def minimal_page(title: str, date: str, *paragraphs: str) -> str:
    return "\n\n".join((title, date, *paragraphs)) + "\n"


@pytest.fixture(scope="module")
def ko_seed() -> IngestResult:
    return ingest_page(KO_SEED.read_bytes(), origin=str(KO_SEED))


@pytest.fixture(scope="module")
def zh_seed() -> IngestResult:
    return ingest_page(ZH_SEED.read_bytes(), origin=str(ZH_SEED))


def paragraphs(body: str) -> list[str]:
    return [part.strip() for part in body.split("\n\n") if part.strip()]


# --- decode ------------------------------------------------------------------------------


def test_decode_utf8_with_and_without_bom():
    text = "연길시 과학기술\n南关区\n"
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_decode_gb18030():
    data = f"{ZH_TITLE}\n\n{ZH_PARAGRAPH}\n".encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data) == f"{ZH_TITLE}\n\n{ZH_PARAGRAPH}\n"


def test_decode_euc_kr():
    data = f"{KO_TITLE}\n\n{KO_PARAGRAPH}\n".encode("euc-kr")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    assert decoded == f"{KO_TITLE}\n\n{KO_PARAGRAPH}\n"
    assert "되였다" in decoded and "령역" in decoded


def test_decode_honours_a_declared_charset():
    data = '<meta charset="gb2312">南关'.encode("gb18030")
    assert declared_encoding(data) == "gb18030"
    assert decode_bytes(data).endswith("南关")


def test_decode_normalises_line_ends_and_spaces():
    data = "제목\r\n\r\n첫\u00a0문단.\r둘째\u3000문단\u200b이다.\ufeff  \r\n".encode()
    assert decode_bytes(data) == "제목\n\n첫 문단.\n둘째 문단이다.\n"


def test_normalize_keeps_paragraph_structure():
    text = "\u00a0 \u00a0가\n\n\n나다\u200d\n"
    assert normalize_text(text) == "   가\n\n\n나다\n"


def test_decode_composes_decomposed_hangul():
    decomposed = "\u1100\u1161\u11ab"  # 간 as three jamo
    assert decode_bytes(decomposed.encode()) == "간"


def test_decode_rejects_binary():
    with pytest.raises(DecodeError):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))


# --- language ----------------------------------------------------------------------------


def test_language_korean_even_with_some_hanja():
    assert detect_language(KO_PARAGRAPH) == "ko"
    assert detect_language("中國 科學院은 새 연구 결과를 발표했다. 研究팀은 기뻐했다.") == "ko"


def test_language_chinese_with_latin_and_urls():
    assert detect_language(ZH_PARAGRAPH + " Power by DedeCms http://www.jdxwwcn.com") == "zh"


def test_language_none_for_english_and_japanese():
    assert detect_language("Researchers in Changchun announced a new 超导 material.") is None
    assert detect_language("東京大学の研究チームは新しい材料を発表しました。") is None
    assert detect_language("") is None
    assert detect_language("2018-01-25 12:00") is None


# --- line helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "추진하고있다.",
        "号角。",
        "问候!",
        "무엇인가?",
        "그는 “좋다.”",
        "（完）。",
        "研究如下：具体包括以下几个方面：",
    ],
)
def test_ends_sentence(line):
    assert ends_sentence(line)


@pytest.mark.parametrize(
    "line", ["전국지식재산권강시", "HOME > 라이프", "点击:", "张晶副区长作重要讲话", ""]
)
def test_does_not_end_sentence(line):
    assert not ends_sentence(line)


def test_clean_line_drops_bullets_and_space_runs():
    assert clean_line("  • 2009-07-28   17:31:30 ") == "2009-07-28 17:31:30"
    assert clean_line("\u00a0 \u00a0 长春") == "长春"


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2009-07-28 17:31:30", datetime(2009, 7, 28, 17, 31, 30, tzinfo=CST)),
        ("2018-01-25 23:27", datetime(2018, 1, 25, 23, 27, tzinfo=CST)),
        ("时间:2018-01-25 23:27 点击:", datetime(2018, 1, 25, 23, 27, tzinfo=CST)),
        ("发布时间：2018-01-25 08:05", datetime(2018, 1, 25, 8, 5, tzinfo=CST)),
        ("2018年01月25日 23:27", datetime(2018, 1, 25, 23, 27, tzinfo=CST)),
        ("2018年1月25日 星期四 下午3时20分", datetime(2018, 1, 25, 15, 20, tzinfo=CST)),
        ("2018.01.25", datetime(2018, 1, 25, tzinfo=CST)),
        ("2018/1/25", datetime(2018, 1, 25, tzinfo=CST)),
        ("2020년 5월 6일", datetime(2020, 5, 6, tzinfo=CST)),
        ("2020. 5. 6. 오후 3:20", datetime(2020, 5, 6, 15, 20, tzinfo=CST)),
        ("입력 2019-08-20", datetime(2019, 8, 20, tzinfo=CST)),
    ],
)
def test_date_shapes(text, expected):
    found = parse_date(text)
    assert found == expected
    assert found.utcoffset() == timedelta(hours=8)
    assert is_dateline(text)


def test_date_keeps_a_stated_timezone():
    assert parse_date("2018-01-25T23:27:00+09:00").utcoffset() == timedelta(hours=9)
    assert parse_date("2018-01-25 23:27 KST").utcoffset() == timedelta(hours=9)
    assert parse_date("2018-01-25 23:27 UTC").utcoffset() == timedelta(0)


def test_no_date_in_impossible_or_partial_dates():
    assert parse_dates("2018-02-30") == []
    assert parse_dates("© 2012 版权所有") == []
    assert parse_dates("2009년이 바로 다섯번째로") == []
    assert parse_dates("7월 14일부터 이틀간") == []


def test_a_sentence_with_a_date_is_no_dateline():
    assert not is_dateline("2018年1月24日上午,在区政府801会议室,隆重召开了科技创新总结表彰大会。")
    assert not is_dateline("연구진은 2020년 5월 6일 발표한 논문에서 새로운 결과를 자세히 소개했다.")


def test_dateline_prefers_the_publication_date():
    line = "수정 2019-08-21 09:00 | 입력 2019-08-20 10:11"
    assert dateline_date(line) == datetime(2019, 8, 20, 10, 11, tzinfo=CST)
    assert dateline_date("2019-08-21 / 2019-08-20") == datetime(2019, 8, 20, tzinfo=CST)


# --- bylines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("김일복기자", ["김일복"]),
        ("기자 김일복", ["김일복"]),
        ("(박정일 기자)", ["박정일"]),
        ("김일복 기자 kim@ybrb.com", ["김일복"]),
        ("연변일보 리철 기자", ["리철"]),
        ("글·사진 김일복 기자", ["김일복"]),
        ("记者 李丽云", ["李丽云"]),
        ("本报记者 李丽云 王强", ["李丽云", "王强"]),
        ("责任编辑:杨戬", ["杨戬"]),
        ("作者：张三", ["张三"]),
        ("编辑：王五", ["王五"]),
        ("作者：张三来源：新华网", ["张三"]),
        ("记者 李丽云 通讯员 张三", ["李丽云", "张三"]),
    ],
)
def test_bylines(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "올해의 기자",
        "이 기사를 공유하세요.",
        "전국지식재산권강시",
        "相关文章",
        "申请记者",
        KO_PARAGRAPH,
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) == []


def test_korean_names_need_a_surname():
    assert is_korean_name("김일복") and is_korean_name("리철") and is_korean_name("남궁민수")
    assert not is_korean_name("올해의") and not is_korean_name("연변일보")


def test_inline_bylines_leave_the_paragraph():
    assert strip_inline_byline("연구진은 발표했다. (박정일 기자)") == (
        "연구진은 발표했다.",
        ["박정일"],
    )
    assert strip_inline_byline("[서울=뉴시스] 박정일 기자 = 연구진은 발표했다.") == (
        "연구진은 발표했다.",
        ["박정일"],
    )
    assert strip_inline_byline("本报讯（记者 李丽云）1月24日，会议召开。") == (
        "1月24日，会议召开。",
        ["李丽云"],
    )
    assert strip_inline_byline("会议召开（图）。") == ("会议召开（图）。", [])


# --- breadcrumbs, footers, chrome --------------------------------------------------------


def test_breadcrumb_sections():
    assert section_from_breadcrumb(parse_breadcrumb("HOME > 라이프")) == "라이프"
    crumbs = parse_breadcrumb("您现在的位置:主页 > 地方专刊 > 内容")
    assert crumbs == ["主页", "地方专刊", "内容"]
    assert section_from_breadcrumb(crumbs) == "地方专刊"
    assert section_from_breadcrumb(parse_breadcrumb("当前位置：首页 / 科技 / 正文")) == "科技"
    assert section_from_breadcrumb(parse_breadcrumb("首页 > 正文")) is None


def test_not_breadcrumbs():
    assert parse_breadcrumb("2018/1/25") is None
    assert parse_breadcrumb("글/사진 김일복") is None
    assert parse_breadcrumb(ZH_PARAGRAPH) is None
    assert parse_breadcrumb(KO_TITLE) is None


def test_copyright_gives_the_site():
    line = "中国焦点新闻网(http://www.jdxwwcn.com) © 2012 版权所有 All Rights Reserved."
    assert parse_copyright(line) == {"name": "中国焦点新闻网", "url": "http://www.jdxwwcn.com"}
    assert parse_copyright("저작권자 © 연변일보 무단전재 및 재배포 금지") == {"name": "연변일보"}
    assert parse_copyright("Copyright © 2020 www.ybrb.com") == {"url": "http://www.ybrb.com"}
    assert parse_copyright("新闻媒体朋友共200余人参加了会议。") == {}
    assert parse_source_label("来源：科技日报  作者：张三") == {"name": "科技日报"}


@pytest.mark.parametrize(
    "line",
    [
        "이 기사를 공유하세요.",
        "关于我们 | 服务条款 | 法律声明 | 刊登广告",
        "Power by DedeCms",
        "互联网备案许可证:京ICP备12017413号",
        "本站北京热线电话:(010) 60204100 监督电话:13045201998",
        "新闻投稿或提供线索邮箱:zgjdxw@sohu.com QQ留言:905491912",
        "中国焦点新闻报业集团有限公司主办",
        "[사진=연합뉴스]",
        "分享到：",
    ],
)
def test_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        KO_PARAGRAPH,
        ZH_PARAGRAPH,
        "会议由市科技局主办，共200余人参加了会议。",
        "전국지진대처선진단위",
    ],
)
def test_not_chrome(line):
    assert not is_chrome(line)


def test_link_rows_end_markers_placeholders():
    assert is_link_row("뉴스 | 정치 | 경제 | 사회")
    assert not is_link_row("A | 이것은 아주 긴 문장이라서 링크 하나로 보기는 어렵습니다 | C")
    assert (
        is_end_marker("相关文章")
        and is_end_marker("관련기사")
        and not is_end_marker("相关文章很多。")
    )
    assert is_placeholder("\\") and is_placeholder("![](a.jpg)") and not is_placeholder("\\n")


def test_classify_seed_lines():
    assert classify("HOME > 라이프") == "breadcrumb"
    assert classify("2009-07-28 17:31:30") == "date"
    assert classify("时间:2018-01-25 23:27 点击:") == "date"
    assert classify("김일복기자") == "byline"
    assert classify("相关文章") == "end"
    assert classify("\\") == "placeholder"
    assert classify(KO_TITLE) == "short"
    assert classify(KO_PARAGRAPH) == "sentence"


# --- extraction --------------------------------------------------------------------------


def test_title_is_the_line_before_the_date_not_the_breadcrumb():
    page = "홈 > 과학\n\n연변일보\n\n달 탐사선 발사 성공\n\n2020년 5월 6일\n\n탐사선이 발사됐다.\n"
    assert extract_article(page).title == "달 탐사선 발사 성공"


def test_title_after_the_date_line():
    page = "홈 > 과학\n\n입력 2020.05.06 10:00\n\n달 탐사선 발사 성공\n\n탐사선이 발사됐다.\n"
    found = extract_article(page)
    assert (found.title, found.section) == ("달 탐사선 발사 성공", "과학")


def test_title_skips_the_site_name_and_loses_its_suffix():
    page = (
        "科技日报网\n\n我国科学家发现新型超导材料 - 科技日报网\n\n2021-03-05\n\n"
        "研究团队宣布了这一发现，该材料在常压下表现出超导性。\n\n科技日报网 © 2021 版权所有\n"
    )
    found = extract_article(page)
    assert found.title == "我国科学家发现新型超导材料"
    assert found.source == {"name": "科技日报网"}
    assert clean_title("달 탐사 | 연합뉴스") == "달 탐사"
    assert clean_title("新材料-应用与前景") == "新材料-应用与前景"


def test_a_page_without_chrome_keeps_every_paragraph():
    texts = ["첫째 문단이다.", "둘째 문단은 조금 더 길다. 정말이다.", "“셋째 문단은 인용이다.”"]
    found = extract_article(minimal_page("새 소재 개발", "2020년 5월 6일", *texts))
    assert [block.text for block in found.blocks] == texts
    assert all(block.kind == "paragraph" for block in found.blocks)


def test_headings_are_short_lines_inside_the_body_only():
    page = minimal_page(
        "제목", "2020-05-06", "첫 문단이다.", "소제목", "둘째 문단이다.", "끝난 뒤의 메뉴"
    )
    blocks = extract_article(page).blocks
    assert blocks == [
        Block("paragraph", "첫 문단이다."),
        Block("heading", "소제목"),
        Block("paragraph", "둘째 문단이다."),
    ]


def test_long_unpunctuated_line_inside_the_body_stays_text():
    long_line = (
        "이 문단은 마침표 없이 끝나지만 본문 한가운데 있어서 버리면 안 되는 긴 기사 문장이다"
    )
    page = minimal_page("제목", "2020-05-06", "첫 문단이다.", long_line, "끝 문단이다.")
    assert Block("paragraph", long_line) in extract_article(page).blocks


def test_captions_follow_image_placeholders_and_marks():
    page = minimal_page(
        "제목", "2020-05-06", "첫 문단이다.", "\\", "발사 장면", "둘째 문단이다.", "▲ 연구진 모습"
    )
    found = extract_article(page)
    assert found.captions == ["발사 장면", "연구진 모습"]
    assert [block.text for block in found.blocks] == ["첫 문단이다.", "둘째 문단이다."]


def test_footer_after_the_end_marker_is_not_body():
    page = minimal_page(
        "标题在这里", "2021-03-05", "正文第一段。", "相关文章", "另一篇文章的导语也是句子。"
    )
    assert [block.text for block in extract_article(page).blocks] == ["正文第一段。"]


def test_a_run_of_chrome_or_a_disclaimer_ends_the_article():
    page = minimal_page(
        "标题在这里",
        "2021-03-05",
        "正文第一段。",
        "分享到：",
        "扫一扫",
        "上一篇：旧闻",
        "网友评论很多。",
    )
    assert [block.text for block in extract_article(page).blocks] == ["正文第一段。"]
    disclaimer = (
        "本网站所有内容，未经授权禁止转载，违者必究。本站保留追究法律责任的权利，特此声明。"
    )
    page = minimal_page("标题在这里", "2021-03-05", "正文第一段。", disclaimer)
    assert [block.text for block in extract_article(page).blocks] == ["正文第一段。"]


def test_subtitle_and_slogan_are_not_the_headline():
    page = (
        "欢迎访问中国焦点新闻网，我们竭诚为您服务！\n首页 | 新闻 | 科技 | 关于我们\n"
        "量子计算取得突破\n——我省科研团队再创佳绩\n记者 张三\n2023-01-05 10:00\n"
        "我省科研团队在量子计算领域取得重大突破，相关成果引起广泛关注。\n"
    )
    found = extract_article(page)
    assert (found.title, found.authors) == ("量子计算取得突破", ["张三"])


ZH_SITE_PAGE = """网站首页 | 新闻中心 | 科技 | 联系我们
当前位置：首页 > 新闻中心 > 科技动态
吉林大学团队研发新型催化剂
发布日期：2022年3月8日  来源：吉林日报  作者：王强  浏览次数：1234
【字体：大 中 小】
本报讯（记者 李丽云）近日，吉林大学化学学院团队在催化剂研究方面取得新进展。
该成果发表在《自然》杂志上。
[图片]
研究团队在实验室
（责任编辑：赵六）
上一篇：某某新闻
Copyright © 2022 吉林科技网 All Rights Reserved 吉ICP备12345678号
"""

KO_SITE_PAGE = """연변일보
로그인 | 회원가입 | 구독신청
홈 > 뉴스 > 과학
연변대학 연구팀, 새 배터리 소재 개발
리철 기자
입력 2021-04-12 14:20 | 수정 2021-04-12 15:00
글자크기 + -
연변대학 연구팀이 새로운 배터리 소재를 개발했다고 12일 밝혔다.
연구팀은 "상용화를 목표로 하고 있다"고 말했다.
(연변일보 리철 기자)
관련기사
- 다른 기사 제목이다.
ⓒ 연변일보 무단전재 및 재배포 금지
"""


def test_a_chinese_site_page():
    found = extract_article(ZH_SITE_PAGE)
    assert found.title == "吉林大学团队研发新型催化剂"
    assert found.date == datetime(2022, 3, 8, tzinfo=CST)
    assert found.section == "科技动态"
    assert found.authors == ["王强", "李丽云", "赵六"]  # in page order
    assert found.source == {"name": "吉林科技网"}
    assert found.captions == ["研究团队在实验室"]
    assert [block.text for block in found.blocks] == [
        "近日，吉林大学化学学院团队在催化剂研究方面取得新进展。",
        "该成果发表在《自然》杂志上。",
    ]


def test_a_korean_site_page():
    result = ingest_page(KO_SITE_PAGE, origin="ko-site")
    assert result.ok, result.reason
    meta = result.metadata
    assert meta["title"] == "연변대학 연구팀, 새 배터리 소재 개발"
    assert meta["date"] == datetime(2021, 4, 12, 14, 20, tzinfo=CST)
    assert (meta["section"], meta["authors"], meta["source"]) == (
        "과학",
        ["리철"],
        {"name": "연변일보"},
    )
    assert paragraphs(result.body) == [
        "연변대학 연구팀이 새로운 배터리 소재를 개발했다고 12일 밝혔다.",
        '연구팀은 "상용화를 목표로 하고 있다"고 말했다.',
    ]


# --- body and slug -----------------------------------------------------------------------


def test_markdown_escapes_block_starts():
    assert escape_line("1. 第一条。") == "1\\. 第一条。"
    assert escape_line("# 태그") == "\\# 태그"
    assert escape_line("- 목록") == "\\- 목록"
    assert escape_line("2018年，会议召开。") == "2018年，会议召开。"
    body = render_body(
        [Block("paragraph", "가."), Block("heading", "나"), Block("paragraph", "다.")]
    )
    assert body == "가.\n\n## 나\n\n다.\n"


def test_slug_chinese_is_pinyin_per_word():
    assert make_slug("南关区召开科技创新会议", "zh") == "nanguanqu-zhaokai-keji-chuangxin-huiyi"
    assert make_slug("2018年AI芯片发布", "zh").startswith("2018-nian-ai-xinpian")


def test_slug_korean_is_romanised_words():
    assert make_slug("달 탐사선 발사", "ko") == "dal-tamsaseon-balsa"


@pytest.mark.parametrize(("title", "lang"), [(ZH_TITLE * 3, "zh"), (KO_TITLE * 3, "ko")])
def test_slug_rules(title, lang):
    slug = make_slug(title, lang)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert len(slug) <= MAX_SLUG
    assert make_slug(title, lang) == slug  # stable
    full = make_slug(title, lang, max_length=1000)
    assert full.startswith(slug + "-")  # cut between words …
    next_word = full[len(slug) + 1 :].split("-")[0]
    assert len(slug) + 1 + len(next_word) > MAX_SLUG  # … and only when the next one won't fit


def test_slug_never_empty():
    assert make_slug("！？…", "zh") == title_hash("！？…")
    assert re.fullmatch(r"[0-9a-f]{10}", make_slug("★★★", "ko"))
    assert make_slug("★★★", "ko") != make_slug("☆☆☆", "ko")


# --- the seeds, end to end ---------------------------------------------------------------


def test_ko_seed(ko_seed):
    assert ko_seed.ok, ko_seed.reason
    meta, body = ko_seed.metadata, ko_seed.body
    assert meta["title"] == KO_TITLE
    assert meta["date"] == datetime(2009, 7, 28, 17, 31, 30, tzinfo=CST)
    assert meta["date"].utcoffset() == timedelta(hours=8)
    assert meta["lang"] == "ko"
    assert meta["section"] == "라이프"
    assert meta["authors"] == ["김일복"]
    headings = [line for line in body.splitlines() if line.startswith("#")]
    assert headings == [
        "## 전국과학기술진보선진시",
        "## 전국지식재산권강시",
        "## 전국지진대처선진단위",
    ]
    assert "되였다" in body and "련맹" in body and "령역" in body and "리행" in body
    for chrome_word in ("HOME", "기자", "공유", "2009-07-28", "•"):
        assert chrome_word not in body
    assert paragraphs(body)[0].startswith("연길시과학기술국에서는 올해")
    assert paragraphs(body)[-1].endswith("수여받았다.")
    assert "source" not in meta and "captions" not in meta and "tags" not in meta


def test_zh_seed(zh_seed):
    assert zh_seed.ok, zh_seed.reason
    meta, body = zh_seed.metadata, zh_seed.body
    assert meta["title"] == ZH_TITLE
    assert meta["date"] == datetime(2018, 1, 25, 23, 27, tzinfo=CST)
    assert meta["lang"] == "zh"
    assert meta["section"] == "地方专刊"
    assert meta["authors"] == ["杨戬"]
    assert meta["source"] == {"name": "中国焦点新闻网", "url": "http://www.jdxwwcn.com"}
    assert len(meta["captions"]) == 8
    assert meta["captions"][0] == "张晶副区长作重要讲话"
    assert meta["captions"][-1].startswith("市科技局高新技术发展及产业化处张永超处长就企业")
    assert body.startswith("新年伊始")
    assert paragraphs(body)[-1].startswith("表彰会后")
    for chrome_word in ("责任编辑", "相关文章", "ICP", "版权", "点击", "\\", "主页", "DedeCms"):
        assert chrome_word not in body
    for caption in meta["captions"]:
        assert caption not in paragraphs(body)
    assert "#" not in body


def test_seed_metadata_order_and_slug(zh_seed, ko_seed):
    assert list(zh_seed.metadata) == [
        "title", "date", "lang", "slug", "section", "authors", "source", "captions", "uid"
    ]  # fmt: skip
    assert zh_seed.metadata["slug"].startswith("nanguanqu-zhaokai-keji-chuangxin")
    assert ko_seed.metadata["slug"].startswith("yeongilsi")
    assert zh_seed.relative_path == Path("zh", "2018", f"{zh_seed.metadata['slug']}.md")


def test_seed_as_gb18030_bytes_gives_the_same_article(zh_seed):
    data = ZH_SEED.read_text(encoding="utf-8").encode("gb18030")
    assert data != ZH_SEED.read_bytes()
    again = ingest_page(data, origin="gb")
    assert again.ok and again.text() == zh_seed.text()


def test_seed_as_euc_kr_bytes_gives_the_same_article():
    text = KO_SEED.read_text(encoding="utf-8").replace("•", "*").replace("\u00a0", " ")
    again = ingest_page(text.encode("euc-kr"), origin="euc-kr")
    assert again.ok and again.text() == ingest_page(text, origin="str").text()
    assert again.metadata["title"] == KO_TITLE and "되였다" in again.body


def test_seed_with_crlf_gives_the_same_article(ko_seed):
    text = KO_SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    again = ingest_page(text.encode("utf-8"), origin="crlf")
    assert again.ok and again.text() == ko_seed.text()


def test_tagger_is_called_with_title_body_and_language(zh_seed):
    calls = []

    def tagger(title, body, lang):
        calls.append((title, body, lang))
        return ["innovation", "jilin"]

    result = ingest_page(ZH_SEED.read_bytes(), origin="zh", tagger=tagger)
    assert calls == [(ZH_TITLE, zh_seed.body, "zh")]
    assert result.metadata["tags"] == ["innovation", "jilin"]
    assert list(result.metadata).index("tags") == list(result.metadata).index("captions") - 1
    assert (
        "tags" not in ingest_page(ZH_SEED.read_bytes(), origin="zh", tagger=lambda *a: []).metadata
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        ("  \n\n \u3000\n", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        ("Scientists find a new material\n2020-05-06\n\nThey announced it today.\n", "Korean"),
        ("<!DOCTYPE html><html><body><p>안녕하세요.</p></body></html>", "headline"),
        ('{"title": "달", "body": "탐사."}\n', "JSON"),
        ("---\ntitle: 달\n---\n\n본문이다.\n", "front matter"),
        ("연구진은 새로운 소재를 개발했다.\n\n2020-05-06\n\n연구진은 기뻐했다.\n", "headline"),
        ("달 탐사선 발사 성공\n\n탐사선이 발사됐다.\n", "date"),
        ("달 탐사선 발사 성공\n\n2020-05-06\n\n사진 목록\n", "text"),
    ],
)
def test_rejections(data, reason):
    result = ingest_page(data, origin="x")
    assert not result.ok
    assert reason in result.reason


# --- writing files -----------------------------------------------------------------------


def collect():
    lines: list[str] = []
    return lines, lines.append


def test_ingest_path_creates_then_reports_unchanged(tmp_path):
    content = tmp_path / "content"
    lines, out = collect()
    assert ingest_path(ZH_SEED, content, out=out) == 0
    files = list(content.rglob("*.md"))
    assert len(files) == 1 and files[0].parent == content / "zh" / "2018"
    assert lines == [f"created {files[0]}"]
    text = files[0].read_text(encoding="utf-8")

    lines, out = collect()
    assert ingest_path(ZH_SEED, content, out=out) == 0
    assert lines == [f"unchanged {files[0]}"]
    assert files[0].read_text(encoding="utf-8") == text
    assert [p.name for p in files[0].parent.iterdir()] == [files[0].name]  # no temp files left


def test_ingest_path_never_overwrites_a_curated_file(tmp_path):
    content = tmp_path / "content"
    ingest_path(ZH_SEED, content, out=lambda line: None)
    path = next(content.rglob("*.md"))
    curated = path.read_text(encoding="utf-8").replace("新年伊始", "新年伊始（编辑过）")
    path.write_text(curated, encoding="utf-8")
    lines, out = collect()
    assert ingest_path(ZH_SEED, content, out=out) == 0
    assert lines == [f"duplicate of {path}"]
    assert path.read_text(encoding="utf-8") == curated


def test_ingest_path_walks_a_folder_and_goes_on_after_a_rejection(tmp_path):
    raw = tmp_path / "raw"
    (raw / "b").mkdir(parents=True)
    (raw / "a_bad.txt").write_text("Only English here.\n2020-05-06\n\nNothing else.\n")
    (raw / "b" / "zh").write_bytes(ZH_SEED.read_bytes())
    (raw / "b" / "ko.htm").write_bytes(KO_SEED.read_bytes())
    (raw / "notes.pdf").write_bytes(b"%PDF")
    (raw / ".hidden.txt").write_bytes(KO_SEED.read_bytes())
    content = tmp_path / "content"
    lines, out = collect()
    assert ingest_path(raw, content, out=out) == 1
    assert len(lines) == 3
    assert lines[0] == f"rejected {raw / 'a_bad.txt'}: not a Korean or Chinese page"
    assert lines[1].startswith(f"created {content / 'ko' / '2009'}")
    assert lines[2].startswith(f"created {content / 'zh' / '2018'}")
    assert len(list(content.rglob("*.md"))) == 2


def test_ingest_path_reports_a_missing_source(tmp_path):
    lines, out = collect()
    assert ingest_path(tmp_path / "nope", tmp_path / "content", out=out) == 1
    assert lines == [f"rejected {tmp_path / 'nope'}: no such file or folder"]


def test_two_inputs_on_one_path_do_not_hide_each_other(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    page = minimal_page("달 탐사선 발사 성공", "2020-05-06", "{}")
    (raw / "1.txt").write_text(page.format("탐사선이 발사됐다."), encoding="utf-8")
    (raw / "2.txt").write_text(page.format("탐사선이 또 발사됐다."), encoding="utf-8")
    lines, out = collect()
    assert ingest_path(raw, tmp_path / "content", out=out) == 0
    assert lines[0].startswith("created ")
    first = lines[0].removeprefix("created ")
    assert lines[1] == f"duplicate of {first}"  # same story, same path: the first one stays


def test_written_file_round_trips(tmp_path):
    content = tmp_path / "content"
    tagger = lambda title, body, lang: ["science"]  # noqa: E731
    ingest_path(KO_SEED, content, tagger=tagger, out=lambda line: None)
    path = next(content.rglob("*.md"))
    expected = ingest_page(KO_SEED.read_bytes(), origin="ko", tagger=tagger)
    article = split_article(path.read_text(encoding="utf-8"), path)
    assert article.metadata == expected.metadata
    assert article.metadata["date"].tzinfo is not None
    assert article.metadata["date"] == datetime(2009, 7, 28, 17, 31, 30, tzinfo=CST)
    assert article.metadata["tags"] == ["science"]
    assert article.body.strip() == expected.body.strip()
    assert path.read_text(encoding="utf-8").startswith(f"---\ntitle: {KO_TITLE}\n")
    assert "date: 2009-07-28 17:31:30+08:00\n" in path.read_text(encoding="utf-8")
