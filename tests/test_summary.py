import pytest

from digest.annotate import annotate
from digest.summary import ELLIPSIS, cut_at_clause, is_story_sentence, summarise
from digest.tokens import tokenizer
from digest.vocabulary import load_vocabulary

from .conftest import CONTENT

KO_TITLE = "연길시과학기술국 세가지 국가급도시 쟁취 성과 괄목"
KO_BODY = [
    "연길시과학기술국에서는 올해 시당위와 정부의 중심사업을 에워싸고 과학적발전관을 통솔력으로, "
    "창조형도시건설을 목표로 삼고 공업, 농업과 사회사업 령역의 과학기술진보를 대폭 추진하고있다.",
    "2009-07-28 17:31:30",
    "김일복기자",
    "아울러 전국과학기술진보고찰에 통과되였고 이 정황을 과학기술부에 회보할것이라고 표했다.",
    "지난 5월 26일, 중국지진국에서 소집한 전국지진대처사업종합평의회에서 연길시과학기술국은 "
    "영광스럽게 전국지진대처사업선진단위칭호를 수여받았다.",
]
ZH_TITLE = "南关区召开科技创新总结表彰暨高企、小巨人企业培训会议"
ZH_BODY = [
    "新年伊始,隆冬凝寒。南关区吹响了科技创新的号角。",
    "1月24日上午,在区政府801会议室,隆重召开了“南关区科技创新总结表彰暨高企、小巨人培训”大会。",
    "责任编辑:杨戬",
    "会上,科技局局长付丽平作科技创新工作报告,对13家科技型“小巨人”企业、11家国家高新技术企业进行表彰奖励。",
]


@pytest.fixture(scope="module")
def ko():
    return tokenizer("ko")


@pytest.fixture(scope="module")
def zh():
    return tokenizer("zh")


def _sentences(tok, paragraphs):
    return [s for p in paragraphs for s in tok.sentences(p)]


@pytest.mark.parametrize(
    "lang,title,body,budget",
    [
        ("ko", KO_TITLE, KO_BODY, 250),
        ("zh", ZH_TITLE, ZH_BODY, 150),
        ("zh", ZH_TITLE, ZH_BODY, 60),
    ],
)
def test_summary_is_whole_body_sentences_in_order_within_budget(lang, title, body, budget, request):
    tok = request.getfixturevalue(lang)
    summary = summarise(title, body, lang, budget, tok)
    assert 0 < len(summary) <= budget
    sentences = _sentences(tok, body)
    used = [s for s in sentences if s in summary]
    assert used, summary
    assert "".join(used).replace(" ", "") == summary.replace(" ", "")  # nothing but whole sentences
    positions = [summary.index(s) for s in used]
    assert positions == sorted(positions)


def test_korean_lead_is_chosen_and_chrome_is_not(ko):
    summary = summarise(KO_TITLE, KO_BODY, "ko", 250, ko)
    assert summary.startswith("연길시과학기술국에서는")
    assert "김일복" not in summary and "2009-07-28" not in summary


def test_chinese_summary_skips_the_set_phrase_and_the_editor_line(zh):
    summary = summarise(ZH_TITLE, ZH_BODY, "zh", 150, zh)
    assert "新年伊始" not in summary
    assert "责任编辑" not in summary
    assert "召开" in summary


def test_yanbian_spelling_is_split_like_standard_korean(ko):
    paragraph = (
        "전국과학기술진보고찰에 통과되였다. 지식재산권련맹을 건립하였다. 로동자들이 참가했다."
    )
    assert ko.sentences(paragraph) == [
        "전국과학기술진보고찰에 통과되였다.",
        "지식재산권련맹을 건립하였다.",
        "로동자들이 참가했다.",
    ]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("2009-07-28 17:31:30", "ko"),
        ("김일복기자", "ko"),
        ("责任编辑:杨戬", "zh"),
        ("新年伊始,隆冬凝寒。", "zh"),
        ("이 기사를 공유하세요", "ko"),
    ],
)
def test_not_story_sentences(text, lang):
    assert not is_story_sentence(text, lang)


def test_a_sentence_longer_than_the_budget_is_cut_at_a_clause(zh, ko):
    long_zh = (
        "会议深入学习贯彻党的十九大精神和习近平新时代科技创新思想,贯彻落实区委十三届五次全会精神,"
        "深入实施创新驱动发展战略,总结去年科技创新工作,分析当前创新发展新形势,明确科技创新工作新要求。"
    )
    cut = summarise("科技创新", [long_zh], "zh", 60, zh)
    assert cut.endswith(ELLIPSIS) and len(cut) <= 60
    head = cut[: -len(ELLIPSIS)]
    assert long_zh.startswith(head) and long_zh[len(head)] in ",，、；"
    long_ko = KO_BODY[0]
    cut = cut_at_clause(long_ko, "ko", 80)
    assert cut.endswith(ELLIPSIS) and len(cut) <= 80
    assert long_ko.startswith(cut[:-1].rstrip(","))
    assert long_ko[len(cut[:-1])] in " ,"  # never mid-word


def test_curated_summary_wins():
    vocabulary = load_vocabulary(CONTENT / "vocabulary.yaml")
    result = annotate(
        title=ZH_TITLE,
        body_markdown="\n\n".join(ZH_BODY),
        lang="zh",
        curated_summary="编辑写的摘要。",
        curated_tags=[],
        vocabulary=vocabulary,
        budget=150,
    )
    assert result.summary == "编辑写的摘要。" and result.summary_is_curated
    result = annotate(
        title=ZH_TITLE,
        body_markdown="\n\n".join(ZH_BODY),
        lang="zh",
        curated_summary=None,
        curated_tags=[],
        vocabulary=vocabulary,
        budget=150,
    )
    assert not result.summary_is_curated and "召开" in result.summary
