"""Whole pages in many sites' layouts, ingested end to end, and pages that must be refused.

The fixtures under ``fixtures/layouts`` imitate real Korean- and Chinese-language news
and government sites (nav bars, breadcrumbs, share widgets, counters, related lists,
ICP footers, ads, captions); they were written for these tests. Korean pages from
Chinese-Korean outlets keep their Yanbian spelling (되였다, 령하, 로동, 련계).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from digest.ingest import IngestResult, ingest_page
from digest.ingest.sources import RawPage, iter_pages

FIXTURES = Path(__file__).parent / "fixtures"
LAYOUTS = FIXTURES / "layouts"
REJECTS = FIXTURES / "rejects"
CST = timezone(timedelta(hours=8))
KST = timezone(timedelta(hours=9))


@dataclass(frozen=True)
class Expected:
    """What one fixture page must give."""

    page: str  # file name, with ":N" for the Nth record of a .jsonl file
    title: str
    date: datetime
    lang: str
    authors: list[str]
    section: str | None
    source: dict[str, str]
    captions: int
    first: str  # the first paragraph starts with this
    last: str  # the last paragraph ends with this
    not_in_body: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    in_body: tuple[str, ...] = field(default=())


KOREAN = [
    Expected(
        page="ko_ybrb_daily.html",  # 연변일보: utility bar, banner ad, share box, related, sidebar
        title="연변대학 연구팀, 저온에서도 성능 유지하는 리튬배터리 소재 개발",
        date=datetime(2021, 4, 12, 14, 20, tzinfo=CST),
        lang="ko",
        authors=["김일복"],
        section="과학기술",
        source={"name": "연변일보"},
        captions=1,
        first="연변대학 화학공학학원 연구팀이 령하 30도의 저온에서도",
        last="전문인재 40여명을 보유하고있다.",
        headings=("겨울철 전기자동차 주행거리 늘어날듯",),
        in_body=("발표되였다", "련계하여", "래년까지"),
        not_in_body=(
            "조회수",
            "로그인",
            "관련기사",
            "충전소 100곳",
            "많이 본",
            "Copyright",
            "ICP",
            "위챗",
            "공유",
            "글자크기",
            "측정하고있다",
            "김일복",
            "입력",
        ),
    ),
    Expected(
        page="ko_xinhua_korean.html",  # 신화망 조선어판: [신화망 베이징 …] dateline, no h1
        title="중국 과학자들, 세계 첫 상온 초전도 박막 특성 규명",
        date=datetime(2021, 11, 30, 10, 21, tzinfo=CST),
        lang="ko",
        authors=["리명옥"],
        section="과학기술",
        source={"name": "신화망 조선어판"},
        captions=1,
        first="중국과학원 물리연구소 연구팀이 상온에 가까운 온도에서",
        last="투자를 꾸준히 늘려왔다.",
        in_body=("게재되였다", "배렬이"),
        not_in_body=(
            "[신화망",
            "베이징 11월 30일",
            "발표시간",
            "편집",
            "관련기사",
            "조충지",
            "점검하고있다",
            "ICP",
            "공유하기",
        ),
    ),
    Expected(
        page="ko_people_korean.html",  # 인민망 조선어판: >> trail, centred caption, (편집: …)
        title="중국 첫 대형 해상풍력발전 시험기지 가동",
        date=datetime(2022, 3, 15, 9, 12, tzinfo=CST),
        lang="ko",
        authors=["리성희"],
        section="과학",
        source={"name": "인민일보사", "url": "http://www.people.com.cn"},
        captions=1,
        first="중국 첫 대형 해상풍력발전 시험기지가 14일 복건성",
        last="세계 1위를 차지했다.",
        in_body=("가동되였다", "량이다"),
        not_in_body=(
            "인민망 조선어판 3월",
            "편집",
            "관련기사",
            "포토뉴스",
            "장백산 설경",
            "판권",
            "위챗",
            "발전기들",
        ),
    ),
    Expected(
        page="ko_jlcxw_dump.txt",  # 길림신문 text dump: [길림신문 최화 기자] dateline, ▲ caption
        title="장춘 광학연구소 《위성광통신》 단말기 민간기업에 기술이전",
        date=datetime(2020, 5, 6, 10, 11, tzinfo=CST),
        lang="ko",
        authors=["최화"],
        section="과학기술",
        source={"name": "길림신문사"},
        captions=1,
        first="중국과학원 장춘광학정밀기계물리연구소(이하 장춘광기소)가",
        last="장려금으로 지급하도록 규정하였다.",
        headings=("산학연 협력의 새 모델",),
        in_body=("리용해", "로동현장"),
        not_in_body=(
            "[길림신문",
            "키워드",
            "글·사진",
            "공유",
            "관련기사",
            "장춘신구",
            "무단전재",
            "조회",
            "▲",
            "조립하고있다",
        ),
    ),
    Expected(
        page="ko_ajunews.html",  # South Korean HTML5: og tags, +09:00, "아주경제 김근정 기자 ="
        title='中 톈궁 우주정거장서 벼 재배 실험 성공…"우주농업 첫걸음"',
        date=datetime(2023, 6, 15, 9, 30, 12, tzinfo=KST),
        lang="ko",
        authors=["김근정"],
        section="국제",
        source={"name": "아주경제", "url": "https://www.ajunews.com/view/20230615093012345"},
        captions=1,
        first="중국이 자국 우주정거장 '톈궁(天宮)'에서",
        last="핵심 과제로 꼽고 있다.",
        headings=('"장기 우주 체류 위한 식량 자급 기반"',),
        not_in_body=(
            "아주경제",
            "김근정",
            "#중국",
            "좋아요",
            "많이 본",
            "볍씨에서 다시 볍씨까지",
            "저작권자",
            "[사진=",
            "kj0902",
            "카카오톡",
        ),
    ),
    Expected(
        page="ko_yanbian_gov.euc-kr.html",  # government notice, EUC-KR, table layout, <br> text
        title="2019년도 주급 과학기술계획 프로젝트 신청사업에 관한 통지",
        date=datetime(2019, 8, 20, tzinfo=CST),
        lang="ko",
        authors=[],
        section="통지공고",
        source={"name": "연변조선족자치주인민정부"},
        captions=0,
        first="각 현(시)과학기술국, 주직속 각 관련단위:",
        last="기한을 넘기면 접수하지 않는다.",
        headings=("1. 신청범위", "2. 신청조건", "3. 신청기한"),
        in_body=("로동계약을",),
        not_in_body=("련계인", "첨부파일", "[인쇄]", "판권소유", "ICP", "현재위치", "부문동태"),
    ),
    Expected(
        page="ko_minimal.txt",  # a two-sentence item with no chrome at all
        title="로봇 수술 첫 성공",
        date=datetime(2022, 7, 8, tzinfo=CST),
        lang="ko",
        authors=[],
        section=None,
        source={},
        captions=0,
        first="연변병원 의료진이 로봇을 리용한 위절제수술에 처음으로 성공하였다.",
        last="환자는 수술 닷새만에 퇴원하였다.",
    ),
    Expected(
        page="ko_hljxinwen_dump.txt",  # 흑룡강신문 dump: link rows, trailing (박정일 기자)
        title="하얼빈공대 소형위성 '자딩 1호' 궤도 진입 성공",
        date=datetime(2018, 1, 25, 23, 27, tzinfo=CST),
        lang="ko",
        authors=["박정일"],
        section="과학",
        source={"name": "흑룡강신문사"},
        captions=0,
        first="하얼빈공업대학이 자체로 설계, 제작한 소형위성",
        last='후속위성을 발사할 계획"이라고 밝혔다.',
        in_body=("발사되여", "림업", "쎈터"),
        not_in_body=("박정일", "추천", "이전기사", "다음기사", "인쇄", "판권", "메인"),
    ),
    Expected(
        page="ko_krntv_crawl.jsonl:1",  # crawl record with html; the date only in its url
        title="룡정 사과배 스마트과수원 시범구 건설",
        date=datetime(2019, 8, 20, tzinfo=CST),
        lang="ko",
        authors=["김광석"],
        section="과학",
        source={
            "name": "중국조선어방송넷",
            "url": "http://www.krntv.com/news/science/2019/08/20/15432.html",
        },
        captions=0,
        first="룡정시가 사과배 과수원에 토양습도 감지기와",
        last="기대된다”고 말했다.",
        in_body=("되였다", "로동력을"),
        not_in_body=("편집", "라지오", "ICP"),
    ),
    Expected(
        page="ko_krntv_crawl.jsonl:2",  # crawl record with text; the date from the record
        title="연변대학, 조선어 음성인식 시스템 개발",
        date=datetime(2019, 9, 3, 8, 40, tzinfo=CST),
        lang="ko",
        authors=["리성민"],
        section="과학",
        source={"url": "http://www.krntv.com/news/science/15501.html"},
        captions=0,
        first="연변대학 언어지능연구소가 중국조선족의 말투를",
        last="먼저 적용할 계획이다.",
        not_in_body=("기자", "중국조선어방송넷"),
    ),
]

CHINESE = [
    Expected(
        page="zh_stdaily.html",  # 科技日报: 科技日报讯（记者…）, Baidu share box, 上一篇/下一篇
        title="我国科学家研制出可拉伸柔性锂电池",
        date=datetime(2019, 3, 12, 8, 45, tzinfo=CST),
        lang="zh",
        authors=["李丽云", "孙文博", "张佳星"],
        section="吉林",
        source={"name": "科技日报社", "url": "http://www.stdaily.com"},
        captions=1,
        first="记者3月11日从吉林大学获悉，",
        last="医用贴片等产品中的应用。",
        headings=("循环充放电500次容量保持九成",),
        not_in_body=(
            "科技日报讯",
            "李丽云",
            "责任编辑",
            "关键词",
            "上一篇",
            "下一篇",
            "相关新闻",
            "热点排行",
            "分享",
            "阅读",
            "ICP",
            "受访者供图",
            "欢迎访问",
        ),
    ),
    Expected(
        page="zh_xinhuanet.html",  # 新华网: 新华社…电（记者…）, 【责任编辑】, photo credit
        title="吉林科研人员完成人参全基因组测序",
        date=datetime(2018, 1, 25, 8, 21, 30, tzinfo=CST),
        lang="zh",
        authors=["段续", "周万鹏", "王莉"],
        section="科技",
        source={"name": "新华网股份有限公司", "url": "http://xinhuanet.com"},
        captions=1,
        first="记者从吉林农业大学获悉，",
        last="国际竞争力。",
        not_in_body=(
            "新华社长春",
            "纠错",
            "责任编辑",
            "相关新闻",
            "精彩图片",
            "雪后长白山",
            "分享",
            "许畅 摄",
            "Copyright",
        ),
    ),
    Expected(
        page="zh_people.gbk.html",  # 人民网, GBK: h2 subtitle, （责编：…）, spaced footer
        title="长春光机所研制的新型遥感卫星相机成功入轨",
        date=datetime(2018, 1, 19, 8, 21, tzinfo=CST),
        lang="zh",
        authors=["赵竹青", "吕骞"],
        section="科技前沿",
        source={"name": "人民网", "url": "http://www.people.com.cn"},
        captions=0,
        first="1月18日，记者从中国科学院长春光学精密机械与物理研究所获悉",
        last="光学载荷。",
        not_in_body=(
            "人民网北京",
            "赵竹青",
            "责编",
            "相关新闻",
            "首批图像清晰度",
            "我要留言",
            "热门排行",
            "分享到",
            "版权",
        ),
    ),
    Expected(
        page="zh_jlrb_dump.txt",  # 吉林日报 dump: ——subtitle, 作者/时间/来源, 编辑/校对
        title="我省首台套高端数控机床下线",
        date=datetime(2020, 11, 3, 9, 48, tzinfo=CST),
        lang="zh",
        authors=["刘姗姗", "孙翠翠"],
        section="科技创新",
        source={"name": "吉林日报社"},
        captions=0,
        first="11月2日，由吉林大学与通化一家装备制造企业联合研制",
        last="推动更多科技成果在省内落地转化。",
        headings=("产学研联合攻关",),
        not_in_body=(
            "精度达到微米级",
            "字号",
            "打印",
            "关键词",
            "编辑",
            "校对",
            "上一篇",
            "ICP",
            "联系电话",
            "搜索",
        ),
    ),
    Expected(
        page="zh_changchun_gov_notice.html",  # 长春市科技局 notice: gov CMS metas, ASP.NET form
        title="关于组织申报2022年度长春市科技发展计划项目的通知",
        date=datetime(2022, 6, 1, 9, 30, tzinfo=CST),
        lang="zh",
        authors=[],
        section="通知公告",
        source={"name": "长春市科学技术局"},
        captions=0,
        first="各县（市）区、开发区科技主管部门，各有关单位：",
        last="逾期不予受理。",
        headings=("一、支持方向", "二、申报条件", "三、申报时间"),
        not_in_body=("联系人", "附件", "打印本页", "网站标识码", "ICP", "浏览次数", "政务公开"),
    ),
    Expected(
        page="zh_yanbian_gov.html",  # 延边州政府网 HTML5: <nav>, <aside>, QR code, no h1
        title="延边州首个农业科技园区通过国家级验收",
        date=datetime(2021, 9, 18, 15, 30, tzinfo=CST),
        lang="zh",
        authors=[],
        section="部门动态",
        source={"name": "延边朝鲜族自治州人民政府"},
        captions=1,
        first="近日，科技部公布第八批国家农业科技园区验收结果",
        last="带动周边农民增收致富。",
        not_in_body=("扫一扫", "最新信息", "无障碍", "字号", "打印", "网站标识码", "延吉市新增"),
    ),
    Expected(
        page="zh_minimal.txt",  # a two-sentence item: title, 发布时间, one paragraph
        title="长春建成首个氢能加注站",
        date=datetime(2023, 4, 18, 10, 5, tzinfo=CST),
        lang="zh",
        authors=[],
        section=None,
        source={},
        captions=0,
        first="长春首个加氢站在汽开区建成并投入运营，日加注能力达到1000公斤。",
        last="该站可满足60辆氢燃料电池公交车的日常加注需求。",
    ),
    Expected(
        page="zh_dbw_dump.txt",  # 东北网 dump: 东北网11月8日讯（记者…）, 图为… caption with credit
        title="哈工大团队研发出新型月壤制砖技术",
        date=datetime(2022, 11, 8, 16, 20, 12, tzinfo=CST),
        lang="zh",
        authors=["张晓东", "李慧"],
        section="科教",
        source={"name": "东北网"},
        captions=1,
        first="记者从哈尔滨工业大学获悉，",
        last="工程应用提供依据。",
        not_in_body=("东北网11月8日讯", "字号", "图为", "编辑", "审核", "相关阅读", "获国家技术"),
    ),
    Expected(
        page="zh_chinanews_crawl.jsonl:1",  # 中新网 record: og:site_name, date only in url
        title="吉林长白山自然保护区首次拍到野生东北虎",
        date=datetime(2018, 1, 25, tzinfo=CST),
        lang="zh",
        authors=["郭佳", "王祎"],
        section=None,
        source={"name": "中国新闻网", "url": "http://chinanews.com"},
        captions=0,
        first="记者25日从长白山科学研究院获悉，",
        last="东北虎种群正在向南扩散。",
        not_in_body=("中新网长春", "编辑", "国际", "版权"),
    ),
    Expected(
        page="zh_chinanews_crawl.jsonl:2",  # 中国吉林网 text record: ISO date in the record
        title="吉林一号卫星星座新增9颗卫星",
        date=datetime(2021, 5, 12, 14, 30, tzinfo=CST),
        lang="zh",
        authors=["王春雨"],
        section=None,
        source={"url": "https://www.cnjiwang.com/jlxwdt/kj/202105/t20210512_78901.html"},
        captions=0,
        first="5月12日，长光卫星技术有限公司自主研发的9颗",
        last="遥感数据和产品服务。",
        not_in_body=("记者", "中国吉林网"),
    ),
]


def raw_page(name: str) -> RawPage:
    """The fixture page ``name`` (``file.jsonl:N`` for the Nth record)."""
    file, _, record = name.partition(":")
    pages = list(iter_pages(LAYOUTS / file))
    return pages[int(record) - 1] if record else pages[0]


def ingest(name: str) -> IngestResult:
    page = raw_page(name)
    assert page.problem is None, page.problem
    return ingest_page(page.data, origin=page.origin, url=page.url, date=page.date)


def paragraphs(body: str) -> list[str]:
    parts = (part.strip() for part in body.split("\n\n"))
    return [part for part in parts if part and not part.startswith("## ")]


@pytest.mark.parametrize("expected", KOREAN + CHINESE, ids=lambda e: e.page)
def test_layout(expected: Expected):
    result = ingest(expected.page)
    assert result.ok, result.reason
    meta, body = result.metadata, result.body
    assert meta["title"] == expected.title
    assert meta["date"] == expected.date
    assert meta["date"].utcoffset() == expected.date.utcoffset()
    assert meta["lang"] == expected.lang
    assert meta.get("authors", []) == expected.authors
    assert meta.get("section") == expected.section
    assert meta.get("source", {}) == expected.source
    assert len(meta.get("captions", [])) == expected.captions
    texts = paragraphs(body)
    assert texts[0].startswith(expected.first)
    assert texts[-1].endswith(expected.last)
    headings = tuple(line[3:] for line in body.splitlines() if line.startswith("## "))
    assert headings == expected.headings
    for words in expected.in_body:
        assert words in body
    for words in expected.not_in_body:
        assert words not in body, words
    for caption in meta.get("captions", []):
        assert caption not in body


def test_at_least_eight_layouts_per_language():
    files = {expected.page.split(":")[0] for expected in KOREAN + CHINESE}
    assert len({f for f in files if f.startswith("ko_")}) >= 8
    assert len({f for f in files if f.startswith("zh_")}) >= 8
    assert {Path(f).suffix for f in files} >= {".html", ".txt", ".jsonl"}
    assert files == {path.name for path in LAYOUTS.iterdir()}  # every fixture has its row


def test_the_minimal_items_keep_both_sentences():
    for name in ("ko_minimal.txt", "zh_minimal.txt"):
        body = ingest(name).body
        assert len(paragraphs(body)) == 1
        assert body.count("다.") + body.count("。") == 2


def test_encoded_fixtures_really_are_legacy_encodings():
    euc_kr = (LAYOUTS / "ko_yanbian_gov.euc-kr.html").read_bytes()
    gbk = (LAYOUTS / "zh_people.gbk.html").read_bytes()
    for data in (euc_kr, gbk):
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert "통지" in euc_kr.decode("euc-kr") and "遥感" in gbk.decode("gbk")


def test_layouts_written_through_ingest_path(tmp_path):
    from digest.ingest import ingest_path

    lines: list[str] = []
    status = ingest_path(LAYOUTS, tmp_path / "content", out=lines.append)
    assert status == 0, lines
    made = list((tmp_path / "content").rglob("*.md"))
    assert len(made) == len(KOREAN) + len(CHINESE)


# --- pages that are no article --------------------------------------------------------------

REJECTIONS = [
    ("zh_listing.html", "not an article: a listing page"),  # 科技动态 list with dates, pager
    ("ko_listing.txt", "not an article: a listing page"),  # 기사목록: headline + date rows
    ("zh_listing_teasers.html", "not an article: a listing page"),  # linked h3 + lead + date
    ("zh_links.html", "not an article: a page of links"),  # 网站地图 / 友情链接
    ("ko_links.txt", "not an article: a page of links"),  # a portal's list of headlines
    ("en_article.html", "not a Korean or Chinese page"),  # Xinhua English
    ("ja_article.txt", "not a Korean or Chinese page"),  # Japanese
    ("ko_no_headline.txt", "no headline found"),  # the first line is a sentence
    ("zh_no_date.html", "no publication date found"),  # no date in text, head or url
]


@pytest.mark.parametrize(("name", "reason"), REJECTIONS, ids=[name for name, _ in REJECTIONS])
def test_rejected_pages(name: str, reason: str):
    result = ingest_page((REJECTS / name).read_bytes(), origin=name)
    assert not result.ok
    assert result.reason.startswith(reason), result.reason
    assert result.metadata == {} and result.body == ""


def test_every_reject_fixture_is_tested():
    assert {name for name, _ in REJECTIONS} == {path.name for path in REJECTS.iterdir()}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        ("  \n\n\u3000\n", "empty input"),
        (
            "<html><body>\n<script>var a;</script></body></html>",
            "empty input (the markup holds no text)",
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(300), "binary data, not a text page"),
        (b"PK\x03\x04" + bytes(range(256)) * 4, "binary data, not a text page"),
    ],
)
def test_empty_and_binary_input(data, reason):
    result = ingest_page(data, origin="x")
    assert not result.ok
    assert result.reason == reason


def test_the_listing_is_no_article_even_with_a_crawl_date():
    data = (REJECTS / "zh_listing.html").read_bytes()
    result = ingest_page(
        data, origin="x", url="http://kjj.changchun.gov.cn/kjdt/", date="2022-06-16"
    )
    assert result.reason.startswith("not an article")
