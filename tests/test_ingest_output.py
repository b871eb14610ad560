"""What the ingester writes and says: one line per input, no overwrites, no copies, atomic files.

The stories below are written for these tests in the two sites' styles: an original,
the same story from another site (new headline, light edits, other chrome), a
different story on the same topic from the same site (shared stock phrases, same
tags), and short items. Korean is in Yanbian spelling (되였다, 련맹, 래년, 령하).
"""

from __future__ import annotations

import functools
import io
import json
import os
import random
from pathlib import Path

import pytest

from digest.frontmatter import split_article
from digest.ingest import ingest_path, pipeline
from digest.ingest.duplicates import (
    THRESHOLD,
    DuplicateIndex,
    Fingerprint,
    coverage,
    iter_articles,
    normalize,
    same_story_score,
    sample,
    shingles,
)
from digest.ingest.report import PROGRESS_FROM, count_inputs, progress_bar

TAGS = ["agriculture", "science-technology"]

KO_STORY = """\
룡정시농업과학연구소에서 5년간의 시험재배를 거쳐 추위에 강한 사과배 신품종 《룡향1호》를 \
육성하는데 성공하였다. 이 품종은 지난달 길림성농작물품종심사위원회의 심사에 통과되였다.

연구소 책임자에 따르면 새 품종은 령하 35도의 저온에서도 얼어죽지 않으며 과일의 당도가 기존 \
품종보다 1.5도 높다. 또한 저장기간이 길어 이듬해 5월까지 신선도를 유지할수 있다.

룡정시는 사과배의 고향으로 불리우며 현재 재배면적이 5만무에 달한다. 그러나 최근년간 \
극한기후로 인해 일부 과수원에서 동해가 발생하여 농민들의 수입에 영향을 주었다.

연구소는 2018년부터 연변대학 농학원, 길림성농업과학원과 련맹을 맺고 공동연구를 진행해왔다. \
연구팀은 400여그루의 교잡묘목가운데서 우수한 개체를 선발하고 해마다 생장정황을 추적관찰하였다.

룡정시과학기술국 관계자는 “신품종의 보급은 사과배산업의 안정적인 발전에 중요한 의의가 있다”면서 \
래년부터 시범농가를 중심으로 재배면적을 점차 늘려나갈것이라고 밝혔다.

한편 연구소는 올해 안으로 묘목 10만그루를 육성하여 농민들에게 공급할 계획이다."""

# The same story on another site: new headline, reworded sentences, last paragraph cut.
KO_STORY_ELSEWHERE = """\
(길림신문 리영호 기자) 룡정시농업과학연구소가 5년간의 시험재배를 거쳐 추위에 강한 사과배 새 품종 \
《룡향1호》를 육성하는데 성공했다. 이 품종은 지난달 길림성농작물품종심사위원회의 심사를 통과하였다.

연구소 책임자의 소개에 따르면 새 품종은 령하 35도의 저온에서도 얼어죽지 않고 과일의 당도가 기존 \
품종보다 1.5도 높다. 저장기간도 길어 이듬해 5월까지 신선도를 유지할수 있다고 한다.

사과배의 고향으로 불리우는 룡정시는 현재 재배면적이 5만무에 달한다. 그러나 최근년간 극한기후로 \
인해 일부 과수원에서 동해가 발생하여 농민들의 수입에 영향을 주었다.

연구소는 2018년부터 연변대학 농학원, 길림성농업과학원과 련맹을 맺고 공동연구를 진행해왔으며 \
400여그루의 교잡묘목가운데서 우수한 개체를 선발하고 해마다 생장정황을 추적관찰하였다.

룡정시과학기술국 관계자는 “신품종의 보급은 사과배산업의 안정적인 발전에 중요한 의의가 있다”면서 \
래년부터 시범농가를 중심으로 재배면적을 점차 늘려나갈것이라고 밝혔다."""

# Another story from the first site: same town, same fruit, same stock sentences and tags.
KO_OTHER_STORY = """\
룡정시과학기술국에서는 11월 3일 로투구진에서 사과배 과수원 동해방지 기술강습반을 조직하였다. \
이번 강습에는 10여개 마을의 과수재배농가 120여명이 참가하였다.

룡정시는 사과배의 고향으로 불리우며 현재 재배면적이 5만무에 달한다.

강습에서 룡정시농업과학연구소의 전문가들은 겨울철 과일나무 줄기에 흰칠을 하고 뿌리부분을 흙으로 \
덮어주는 방법, 전지작업의 시기와 요령 등을 현장에서 직접 시범하였다.

참가자들은 “해마다 겨울이면 동해때문에 걱정이 많았는데 이번 강습을 통해 실용적인 기술을 \
배웠다”고 말했다.

룡정시과학기술국 관계자는 앞으로도 농민들의 수요에 맞춰 과학기술강습을 꾸준히 진행하여 \
사과배산업의 안정적인 발전을 추동할것이라고 밝혔다."""

# Two sentences: one is in the long story, the other is news.
KO_BRIEF_NEW = (
    "룡정시는 사과배의 고향으로 불리우며 현재 재배면적이 5만무에 달한다. 올해 룡정시 사과배 "
    "총생산량은 지난해보다 12% 늘어난 3만톤에 달할것으로 예상된다."
)
# Two sentences, both from the long story's first paragraph, shortened.
KO_BRIEF_CONTAINED = (
    "룡정시농업과학연구소에서 추위에 강한 사과배 신품종 《룡향1호》를 육성하는데 성공하였다. "
    "이 품종은 지난달 길림성농작물품종심사위원회의 심사에 통과되였다."
)

# A third site rewrote the second site's version: close to it, further from the original.
THIRD_HAND_EDITS = (
    ("룡정시농업과학연구소가", "룡정시 농업과학연구소는"),
    ("추위에 강한", "내한성이 강한"),
    ("육성하는데 성공했다", "육성해냈다"),
    ("심사를 통과하였다", "심사에서 합격판정을 받았다"),
    ("얼어죽지 않고", "동해를 입지 않고"),
    ("과일의 당도가", "열매의 당도도"),
    ("저장기간도 길어", "저장성이 좋아"),
    ("신선도를 유지할수 있다고 한다", "싱싱한 맛을 보존한다고 한다"),
    ("현재 재배면적이", "지금 재배면적은"),
    ("극한기후로 인해", "이상기후때문에"),
    ("공동연구를 진행해왔으며", "함께 연구해왔으며"),
    ("추적관찰하였다", "지켜보았다"),
)
KO_STORY_THIRD_HAND = functools.reduce(
    lambda text, edit: text.replace(*edit), THIRD_HAND_EDITS, KO_STORY_ELSEWHERE
)

ZH_STORY = """\
记者从中国科学院长春光学精密机械与物理研究所获悉，该所自主研制的新型轻量化空间相机日前通过专家验收，\
多项技术指标达到国际先进水平。

据项目负责人介绍，这台相机采用碳化硅反射镜和一体化结构设计，整机重量比上一代产品减轻了40%，\
地面分辨率优于0.5米，可广泛应用于国土资源调查、环境监测和防灾减灾等领域。

研制过程中，科研团队攻克了大口径反射镜加工、在轨热控和精密装调等多项关键技术，申请发明专利23项。

长春光机所是我国光学领域规模最大的研究所之一，近年来在空间光学遥感器研制方面取得了一系列重要成果。

验收专家组认为，该成果对提升我国高分辨率对地观测能力具有重要意义，建议尽快推进产业化应用。"""

ZH_STORY_ELSEWHERE = """\
中国吉林网讯 日前，中国科学院长春光学精密机械与物理研究所自主研制的新型轻量化空间相机通过专家验收，\
多项技术指标达到国际先进水平。

项目负责人介绍，该相机采用碳化硅反射镜和一体化结构设计，整机重量较上一代产品减轻40%，\
地面分辨率优于0.5米，可广泛用于国土资源调查、环境监测和防灾减灾等领域。

在研制过程中，科研团队攻克了大口径反射镜加工、在轨热控、精密装调等多项关键技术，共申请发明专利23项。

验收专家组认为，该成果对提升我国高分辨率对地观测能力具有重要意义。"""

ZH_OTHER_STORY = """\
记者从中国科学院长春光学精密机械与物理研究所获悉，该所承担的4米口径碳化硅主镜日前完成精密研磨，\
面形精度达到设计要求。

该主镜是目前国内口径最大的碳化硅单体反射镜，将用于新一代大型地基光学望远镜。科研人员历时三年，\
解决了大尺寸坯体烧结、轻量化加工和高精度检测等难题。

长春光机所是我国光学领域规模最大的研究所之一，近年来在空间光学遥感器研制方面取得了一系列重要成果。

据介绍，望远镜整机预计明年完成集成测试，建成后将为天文观测和空间目标监测提供重要支撑。"""

ZH_BRIEF_NEW = (
    "长春光机所是我国光学领域规模最大的研究所之一，近年来在空间光学遥感器研制方面取得了一系列"
    "重要成果。该所今年将面向全国招聘博士后研究人员50名。"
)
ZH_BRIEF_CONTAINED = (
    "中科院长春光机所自主研制的新型轻量化空间相机日前通过专家验收，多项技术指标达到国际先进水平。"
    "该相机整机重量比上一代产品减轻了40%，地面分辨率优于0.5米。"
)


def ko_site_a(title: str, date: str, body: str) -> str:
    """A page as 연변일보-style sites dump it: breadcrumb, headline, bullet date, byline."""
    return (
        f"HOME  >  과학\n\n{title}\n\n  • {date}\n{body}\n\n김철수기자\n\n이 기사를 공유하세요.\n"
    )


def ko_site_b(title: str, date: str, body: str) -> str:
    """The same kind of page on another site: other breadcrumb, editor and copyright lines."""
    return (
        f"길림신문 > 경제 > 농업\n\n{title}\n\n입력 {date}\n\n{body}\n\n편집: 박명화\n\n"
        "Copyright © 길림신문사. All rights reserved.\n"
    )


def zh_site_a(title: str, date: str, body: str) -> str:
    """A DedeCms-style Chinese page: location line, headline, time line, footer links."""
    return (
        f"您现在的位置:主页 > 科技 > 内容\n\n{title}\n\n时间:{date} 点击:\n\n{body}\n\n"
        "责任编辑:王丽\n\n相关文章\n  • 关于我们 | 服务条款 | 法律声明 | 联系我们\n"
        "  • 吉林日报社 © 2019 版权所有 All Rights Reserved.\n"
    )


def zh_site_b(title: str, date: str, body: str) -> str:
    """Another Chinese site: breadcrumb, date with source and author, correction links."""
    return (
        f"首页 > 新闻中心 > 科教\n\n{title}\n\n{date}  来源：中国吉林网  作者：李明\n\n{body}\n\n"
        "【纠错】 【责任编辑：张华】\n\n中国吉林网 版权所有\n"
    )


KO_PAGE = ko_site_a("룡정시 사과배 신품종 육성에 성공", "2019-10-14 17:31:30", KO_STORY)
KO_PAGE_ELSEWHERE = ko_site_b(
    "추위 이겨내는 사과배 새 품종 《룡향1호》 나왔다", "2019년 10월 15일 09:00", KO_STORY_ELSEWHERE
)
KO_OTHER_PAGE = ko_site_a(
    "룡정시 사과배 과수원 동해방지 기술강습", "2019-11-04 10:05:00", KO_OTHER_STORY
)
ZH_PAGE = zh_site_a(
    "长春光机所研制出新型空间相机 分辨率达国际先进水平", "2019-10-15 10:27", ZH_STORY
)
ZH_PAGE_ELSEWHERE = zh_site_b(
    "轻了四成！长春光机所新一代空间相机通过验收", "2019-10-16 08:30", ZH_STORY_ELSEWHERE
)
ZH_OTHER_PAGE = zh_site_a("长春光机所4米碳化硅主镜完成精密研磨", "2019-11-20 09:15", ZH_OTHER_STORY)


def tagger(title: str, body: str, lang: str) -> list[str]:
    return list(TAGS)


def write_pages(folder: Path, pages: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(source: Path, content: Path, **kwargs) -> tuple[int, list[str]]:
    lines: list[str] = []
    status = ingest_path(source, content, tagger=tagger, out=lines.append, **kwargs)
    return status, lines


def articles(content: Path) -> list[Path]:
    return sorted(content.rglob("*.md"))


def leftovers(content: Path) -> list[Path]:
    return [p for p in content.rglob("*") if p.is_file() and not p.name.endswith(".md")]


# --- one line per input --------------------------------------------------------------------


def test_created_then_unchanged(tmp_path):
    raw = write_pages(tmp_path / "raw", {"ko.txt": KO_PAGE, "zh.txt": ZH_PAGE})
    content = tmp_path / "content"
    status, lines = run(raw, content)
    made = articles(content)
    assert status == 0
    assert lines == [f"created {made[0]}", f"created {made[1]}"]
    assert [p.relative_to(content).parts[:2] for p in made] == [("ko", "2019"), ("zh", "2019")]
    before = {p: p.read_bytes() for p in made}

    status, lines = run(raw, content)
    assert status == 0
    assert lines == [f"unchanged {made[0]}", f"unchanged {made[1]}"]
    assert {p: p.read_bytes() for p in articles(content)} == before
    assert leftovers(content) == []


def test_yanbian_spelling_is_written_as_it_came(tmp_path):
    content = tmp_path / "content"
    run(write_pages(tmp_path / "raw", {"ko.txt": KO_PAGE}), content)
    body = split_article(articles(content)[0].read_text(encoding="utf-8")).body
    for word in ("통과되였다", "련맹", "래년부터", "령하"):
        assert word in body


@pytest.mark.parametrize(
    ("first", "again"),
    [(KO_PAGE, KO_PAGE_ELSEWHERE), (ZH_PAGE, ZH_PAGE_ELSEWHERE)],
    ids=["ko", "zh"],
)
def test_the_same_story_from_another_site_is_a_duplicate_of_the_article(tmp_path, first, again):
    content = tmp_path / "content"
    run(write_pages(tmp_path / "first", {"page.txt": first}), content)
    (existing,) = articles(content)
    status, lines = run(write_pages(tmp_path / "again", {"page.txt": again}), content)
    assert status == 0
    assert lines == [f"duplicate of {existing}"]
    assert articles(content) == [existing]


def test_duplicates_within_one_run(tmp_path):
    raw = write_pages(
        tmp_path / "raw",
        {
            "1.txt": KO_PAGE,
            "2.txt": ZH_PAGE,
            "3.txt": ZH_PAGE_ELSEWHERE,
            "4.txt": KO_PAGE_ELSEWHERE,
        },
    )
    content = tmp_path / "content"
    status, lines = run(raw, content)
    ko, zh = articles(content)
    assert status == 0
    assert lines == [f"created {ko}", f"created {zh}", f"duplicate of {zh}", f"duplicate of {ko}"]


def test_a_copy_of_a_copy_is_a_duplicate_of_the_written_article(tmp_path):
    third = Fingerprint.of(KO_STORY_THIRD_HAND)
    assert same_story_score(third, normalize(KO_STORY)) < THRESHOLD  # alone, it is new
    assert same_story_score(third, normalize(KO_STORY_ELSEWHERE)) >= THRESHOLD
    raw = write_pages(
        tmp_path / "raw",
        {
            "1.txt": KO_PAGE,
            "2.txt": KO_PAGE_ELSEWHERE,
            "3.txt": ko_site_b(
                "룡정 사과배 새 품종 나와", "2019년 10월 17일 10:00", KO_STORY_THIRD_HAND
            ),
        },
    )
    content = tmp_path / "content"
    status, lines = run(raw, content)
    (made,) = articles(content)
    assert lines == [f"created {made}", f"duplicate of {made}", f"duplicate of {made}"]


def test_a_rerun_of_unchanged_pages_does_not_read_the_archive(tmp_path, monkeypatch):
    raw = write_pages(tmp_path / "raw", {"ko.txt": KO_PAGE, "zh.txt": ZH_PAGE})
    content = tmp_path / "content"
    run(raw, content)

    def no_index(*args):
        raise AssertionError("the index was built")

    monkeypatch.setattr(DuplicateIndex, "from_content", no_index)
    status, lines = run(raw, content)
    assert [line.split()[0] for line in lines] == ["unchanged", "unchanged"]


def test_the_same_page_twice_in_one_run(tmp_path):
    raw = write_pages(tmp_path / "raw", {"a.txt": ZH_PAGE, "b.txt": ZH_PAGE})
    content = tmp_path / "content"
    status, lines = run(raw, content)
    (made,) = articles(content)
    assert (status, lines) == (0, [f"created {made}", f"unchanged {made}"])


def test_duplicate_of_an_article_that_was_not_ingested(tmp_path):
    """Articles written by hand count too, and only articles: not pages, not other languages."""
    content = tmp_path / "content"
    curated = content / "ko" / "2019" / "hand-written.md"
    curated.parent.mkdir(parents=True)
    curated.write_text(
        f"---\ntitle: 룡정 사과배 새 품종\ndate: 2019-10-14\nlang: ko\n---\n\n{KO_STORY}\n",
        encoding="utf-8",
    )
    about = content / "pages" / "about.zh.md"
    about.parent.mkdir()
    about.write_text(f"---\ntitle: 关于\nlang: zh\n---\n\n{ZH_STORY}\n", encoding="utf-8")
    raw = write_pages(tmp_path / "raw", {"ko.txt": KO_PAGE_ELSEWHERE, "zh.txt": ZH_PAGE})
    status, lines = run(raw, content)
    assert lines[0] == f"duplicate of {curated}"
    assert lines[1].startswith(f"created {content / 'zh' / '2019'}")


def test_a_curated_file_on_the_same_path_is_never_overwritten(tmp_path):
    content = tmp_path / "content"
    raw = write_pages(tmp_path / "raw", {"zh.txt": ZH_PAGE})
    run(raw, content)
    (path,) = articles(content)
    curated = (
        path.read_text(encoding="utf-8")
        .replace("记者从", "本报讯 记者从")
        .replace("- agriculture\n", "")
    )
    path.write_text(curated, encoding="utf-8")
    status, lines = run(raw, content)
    assert (status, lines) == (0, [f"duplicate of {path}"])
    assert path.read_text(encoding="utf-8") == curated


def test_a_rejection_makes_the_status_non_zero_and_the_others_go_through(tmp_path):
    raw = write_pages(
        tmp_path / "raw",
        {
            "1_ko.txt": KO_PAGE,
            "2_english.txt": "Scientists find a new material\n2020-05-06\n\nThey said so.\n",
            "3_zh.txt": ZH_PAGE,
        },
    )
    (raw / "4_crawl.jsonl").write_text(
        json.dumps({"url": "http://example.cn/1", "text": ZH_OTHER_PAGE}, ensure_ascii=False)
        + "\nnot json\n",
        encoding="utf-8",
    )
    content = tmp_path / "content"
    status, lines = run(raw, content)
    assert status == 1
    assert [line.split()[0] for line in lines] == [
        "created",
        "rejected",
        "created",
        "created",
        "rejected",
    ]
    assert lines[1] == f"rejected {raw / '2_english.txt'}: not a Korean or Chinese page"
    assert lines[4].startswith(f"rejected {raw / '4_crawl.jsonl'}:2: not valid JSON")
    assert len(articles(content)) == 3


def test_an_unexpected_error_rejects_only_that_page(tmp_path, monkeypatch):
    real = pipeline.ingest_page

    def flaky(data, **kwargs):
        if kwargs["origin"].endswith("bad.txt"):
            raise RuntimeError("boom")
        return real(data, **kwargs)

    monkeypatch.setattr(pipeline, "ingest_page", flaky)
    raw = write_pages(tmp_path / "raw", {"a_bad.txt": KO_PAGE, "b.txt": ZH_PAGE})
    status, lines = run(raw, tmp_path / "content")
    assert status == 1
    assert lines[0] == f"rejected {raw / 'a_bad.txt'}: could not be ingested (RuntimeError: boom)"
    assert lines[1].startswith("created ")


# --- what counts as the same story ---------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (KO_PAGE, KO_OTHER_PAGE),
        (ZH_PAGE, ZH_OTHER_PAGE),
        (KO_PAGE, ko_site_a("룡정 사과배 풍작 예상", "2019-10-20 08:00:00", KO_BRIEF_NEW)),
        (ZH_PAGE, zh_site_a("长春光机所招聘博士后", "2019-10-21 09:00", ZH_BRIEF_NEW)),
        (KO_OTHER_PAGE, ko_site_a("룡정 사과배 풍작 예상", "2019-10-20 08:00:00", KO_BRIEF_NEW)),
    ],
    ids=["ko-same-topic", "zh-same-topic", "ko-brief", "zh-brief", "ko-brief-short-story"],
)
def test_different_stories_are_both_written(tmp_path, first, second):
    raw = write_pages(tmp_path / "raw", {"1.txt": first, "2.txt": second})
    content = tmp_path / "content"
    status, lines = run(raw, content)
    assert status == 0
    assert [line.split()[0] for line in lines] == ["created", "created"]
    assert len(articles(content)) == 2


@pytest.mark.parametrize(
    ("long", "brief"),
    [
        (KO_PAGE, ko_site_b("룡정 사과배 새 품종", "2019년 10월 16일 11:00", KO_BRIEF_CONTAINED)),
        (ZH_PAGE, zh_site_b("长春光机所相机通过验收", "2019-10-16 11:00", ZH_BRIEF_CONTAINED)),
    ],
    ids=["ko", "zh"],
)
def test_a_brief_made_of_the_article_is_a_duplicate_either_way(tmp_path, long, brief):
    for order in ((long, brief), (brief, long)):
        content = tmp_path / f"content{len(order[0])}"
        raw = write_pages(tmp_path / f"raw{len(order[0])}", {"1.txt": order[0], "2.txt": order[1]})
        status, lines = run(raw, content)
        (made,) = articles(content)
        assert lines == [f"created {made}", f"duplicate of {made}"]


def test_coverage_forgives_edits_but_not_new_sentences():
    story = normalize(ZH_STORY)
    edited = normalize(ZH_STORY.replace("减轻了", "减轻").replace("应用于", "用于"))
    assert coverage(edited, shingles(story)) > 0.97
    assert coverage(normalize(ZH_BRIEF_NEW), shingles(story)) < 0.75
    assert coverage(normalize(ZH_BRIEF_CONTAINED), shingles(story)) > 0.85
    assert coverage("", shingles(story)) == 0.0


def test_normalize_drops_spaces_and_punctuation_only():
    assert normalize("통과되였다. 련맹을 맺고, “1.5도”") == "통과되였다련맹을맺고15도"
    assert normalize("减轻了40%，ＡＢＣ") == "减轻了40abc"


def test_index_keeps_languages_apart_and_reports_the_closest_article(tmp_path):
    index = DuplicateIndex()
    index.add("ko", Path("ko/a.md"), Fingerprint.of(KO_STORY))
    index.add("ko", Path("ko/b.md"), Fingerprint.of(KO_OTHER_STORY))
    match = index.find("ko", Fingerprint.of(KO_STORY_ELSEWHERE))
    assert match is not None and match.path == Path("ko/a.md") and match.score > 0.85
    assert index.find("zh", Fingerprint.of(KO_STORY)) is None
    assert index.find("ko", Fingerprint.of("짧다")) is None
    assert len(index) == 2


def test_stock_phrases_of_a_big_archive_neither_match_nor_hide_a_copy():
    rng = random.Random(7)
    stock = "연변일보사 과학기술부 김일복기자가 보도한 소식입니다. 이 기사를 공유하세요."

    def story() -> str:  # a distinct text: random syllables in sentence-sized runs
        words = ["".join(chr(rng.randrange(0xAC00, 0xD7A4)) for _ in range(4)) for _ in range(60)]
        return " ".join(words) + "다."

    archive = [story() + "\n\n" + stock for _ in range(300)]
    index = DuplicateIndex()
    for number, text in enumerate(archive):
        index.add("ko", Path(f"{number}.md"), Fingerprint.of(text))
    assert index.find("ko", Fingerprint.of(story() + "\n\n" + stock)) is None
    copy = archive[123].replace("다.", "였다.") + "\n\n(길림신문)"
    assert index.find("ko", Fingerprint.of(copy)).path == Path("123.md")


def test_coverage_and_picks_of_any_characters():
    text = normalize("𠀀𠀁𠀂 연길시 과학기술국")
    assert coverage(text, shingles(text)) == 1.0
    story = normalize(KO_STORY)
    picks, every = sample(story), shingles(story)
    assert picks <= every and len(every) / 16 < len(picks) < len(every) / 4


def test_iter_articles_reads_bodies_without_the_front_matter(tmp_path):
    content = tmp_path / "content"
    ko = content / "ko" / "2019" / "a.md"
    ko.parent.mkdir(parents=True)
    ko.write_text("---\ntitle: 가\nlang: ko\n---\n\n본문이다.\n", encoding="utf-8")
    misplaced = content / "ko" / "2019" / "b.md"
    misplaced.write_text("---\ntitle: 中\nlang: zh\n---\n\n正文。\n", encoding="utf-8")
    (content / "ko" / "2019" / "notes.md").write_text("no front matter\n", encoding="utf-8")
    (content / "ko" / ".drafts").mkdir()
    (content / "ko" / ".drafts" / "c.md").write_text("---\nlang: ko\n---\n\n초고.\n")
    found = list(iter_articles(content))
    assert found == [(ko, "ko", "\n본문이다.\n"), (misplaced, "zh", "\n正文。\n")]


# --- atomic writes -------------------------------------------------------------------------


def test_a_failed_write_leaves_no_file_and_no_temporary(tmp_path, monkeypatch):
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst).endswith(".md") and "/zh/" in str(dst):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    raw = write_pages(tmp_path / "raw", {"1.txt": ZH_PAGE, "2.txt": KO_PAGE})
    content = tmp_path / "content"
    status, lines = run(raw, content)
    assert status == 1
    assert lines[0].startswith(f"rejected {raw / '1.txt'}: cannot write {content / 'zh' / '2019'}")
    assert lines[0].endswith("(No space left on device)")
    assert lines[1].startswith("created ")
    assert [p.relative_to(content).parts[0] for p in articles(content)] == ["ko"]
    assert leftovers(content) == []


def test_an_interrupted_write_leaves_no_file_and_no_temporary(tmp_path, monkeypatch):
    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    content = tmp_path / "content"
    with pytest.raises(KeyboardInterrupt):
        run(write_pages(tmp_path / "raw", {"1.txt": ZH_PAGE}), content)
    assert articles(content) == [] and leftovers(content) == []


def test_a_duplicate_is_not_written_even_half(tmp_path, monkeypatch):
    content = tmp_path / "content"
    run(write_pages(tmp_path / "first", {"1.txt": ZH_PAGE}), content)
    calls = []
    monkeypatch.setattr(pipeline, "atomic_write", lambda *args: calls.append(args))
    run(write_pages(tmp_path / "again", {"1.txt": ZH_PAGE_ELSEWHERE}), content)
    assert calls == []


# --- progress --------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def many_pages(folder: Path, count: int) -> Path:
    paragraphs = ZH_STORY.split("\n\n") + ZH_OTHER_STORY.split("\n\n")
    pages = {}
    for number in range(count):
        news = f"第{number}号公告：本所第{number}批项目共有{number * 7}项成果。"
        body = f"{news}\n\n{paragraphs[number % len(paragraphs)]}"
        pages[f"{number:03}.txt"] = zh_site_a(
            f"长春光机所第{number}批成果发布", "2019-10-15 10:27", body
        )
    return write_pages(folder, pages)


def test_a_big_batch_shows_a_bar_on_a_terminal_and_the_lines_stay_clean(tmp_path):
    raw = many_pages(tmp_path / "raw", PROGRESS_FROM + 5)
    terminal = FakeTerminal()
    status, lines = run(raw, tmp_path / "content", progress=terminal)
    assert len(lines) == PROGRESS_FROM + 5
    assert all(line.startswith(("created ", "duplicate of ")) for line in lines), lines
    assert "\x1b" not in "".join(lines)
    assert f"{PROGRESS_FROM + 5}/{PROGRESS_FROM + 5}" in terminal.getvalue()


def test_no_bar_when_not_a_terminal_or_a_small_batch(tmp_path):
    raw = many_pages(tmp_path / "raw", PROGRESS_FROM + 5)
    not_a_terminal = io.StringIO()
    run(raw, tmp_path / "content", progress=not_a_terminal)
    assert not_a_terminal.getvalue() == ""
    terminal = FakeTerminal()
    with progress_bar(PROGRESS_FROM, terminal) as advance:
        advance("created x")
    assert terminal.getvalue() == ""


def test_count_inputs_counts_crawl_records(tmp_path):
    raw = write_pages(tmp_path / "raw", {"a.txt": KO_PAGE})
    (raw / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\nbad\n', encoding="utf-8")
    assert count_inputs(raw) == 4
    assert count_inputs(tmp_path / "missing") == 1
