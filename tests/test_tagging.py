import pytest

from benchmarks.tagging_quality import agreement, tag_corpus
from digest.annotate import annotate, vocabulary_tokenizer
from digest.tagging import auto_tags, count_sequence, tag_scores
from digest.vocabulary import load_vocabulary

from .conftest import CONTENT


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(CONTENT / "vocabulary.yaml")


def _tags(vocabulary, title, body, lang):
    return auto_tags(title, body, lang, vocabulary, vocabulary_tokenizer(vocabulary, lang))


def test_count_sequence_counts_whole_token_runs():
    assert count_sequence(["a", "b", "a", "b", "c"], ["a", "b"]) == 2
    assert count_sequence(["ab", "c"], ["a"]) == 0


def test_korean_and_chinese_articles_on_one_topic_get_one_tag(vocabulary):
    ko = _tags(
        vocabulary,
        "연길시 지식재산권강시로",
        "지식재산권전략을 실시했다. 지식재산권특강을 조직했다.",
        "ko",
    )
    zh = _tags(vocabulary, "知识产权保护取得新进展", "加强知识产权创造、保护和运用。", "zh")
    assert "intellectual-property" in ko and "intellectual-property" in zh


def test_yanbian_alias_counts_as_its_tag(vocabulary):
    tags = _tags(
        vocabulary,
        "전매특허신청 늘어",
        "165건이 전매특허권을 신청했다. 전매특허 신청률이 높다.",
        "ko",
    )
    assert "patents" in tags


def test_korean_tag_matches_words_not_substrings(vocabulary):
    # 지진아 (a slow learner) is a word of its own, not 지진 (earthquake)
    tags = _tags(
        vocabulary, "학급의 지진아", "그는 학급의 지진아로 불렸다. 지진아 교육을 받았다.", "ko"
    )
    assert "earthquake-preparedness" not in tags


def test_one_passing_mention_is_not_a_topic(vocabulary):
    body = "南关区召开科技创新大会。会上提到了航天。科技创新是重点,科技创新要加强。"
    tags = _tags(vocabulary, "南关区召开科技创新大会", body, "zh")
    assert "innovation" in tags and "space" not in tags


def test_curated_tags_stay_first_and_auto_tags_can_be_switched_off(vocabulary):
    space = vocabulary.get("space")
    body = "知识产权保护。知识产权运用。知识产权创造。"
    on = annotate(
        title="知识产权",
        body_markdown=body,
        lang="zh",
        curated_summary=None,
        curated_tags=[space],
        vocabulary=vocabulary,
        budget=150,
    )
    assert on.tags[0] == space and vocabulary.get("intellectual-property") in on.tags
    off = annotate(
        title="知识产权",
        body_markdown=body,
        lang="zh",
        curated_summary=None,
        curated_tags=[space],
        vocabulary=vocabulary,
        budget=150,
        auto_tagging=False,
    )
    assert off.tags == (space,)


@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("지진에 대비해야 한다. 지진은 무섭다.", "지진", 2),  # name + particle: no analysis needed
        ("전국지진대처사업종합평의회에서 표창받았다.", "지진대처", 1),  # inside a compound
        ("그는 학급의 지진아로 불렸다.", "지진", 0),  # a word of its own
        ("지식재산권련맹을 건립했다.", "지식재산권", 1),  # Yanbian 련맹 after the noun
        ("加强知识产权创造,知识产权运用。", "知识产权", 2),
        ("我们是科学家和他的普及本", "科普", 0),
    ],
)
def test_count_mentions_on_word_boundaries(vocabulary, text, name, expected):
    from digest.tagging import count_mentions

    lang = "zh" if "知" in text else "ko"
    tok = vocabulary_tokenizer(vocabulary, lang)
    assert count_mentions(text, name, tok, {}) == expected


def test_agreement_with_the_editor_holds_precision_above_0_9():
    """The measured claim of benchmarks/tagging_quality.py, kept true."""
    results = tag_corpus()
    assert len(results) >= 30 and {r.lang for r in results} == {"ko", "zh"}
    overall = agreement(results)
    assert overall.precision >= 0.9, overall
    assert overall.recall >= 0.6, overall


def test_the_umbrella_topic_is_left_to_curators(vocabulary):
    assert not vocabulary.get("science-technology").automatic
    body = "과학기술국은 과학기술사업을 추진했다. 과학기술진보를 이룩했다. 과학기술을 발전시켰다."
    assert "science-technology" not in _tags(vocabulary, "과학기술 소식", body, "ko")


def test_of_places_one_inside_another_the_most_specific_stays(vocabulary):
    body = (
        "延吉市今天启动科普周。延吉市各学校参加。延边州和吉林省有关部门出席。"
        "延边州科协主办，延边州教育局协办。吉林省科协、吉林省科技厅派员指导。延吉市民踊跃参与。"
    )
    scores = tag_scores(
        "延吉市科普周启动", body, "zh", vocabulary, vocabulary_tokenizer(vocabulary, "zh")
    )
    assert scores["yanbian"] >= 3 and scores["jilin"] >= 3  # enough to be tags on their own
    tags = _tags(vocabulary, "延吉市科普周启动", body, "zh")
    assert "yanji" in tags and "yanbian" not in tags and "jilin" not in tags
