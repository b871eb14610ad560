"""invoke tags-suggest: candidate terms, counts, Sino-Korean readings, pairs, the YAML."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter

import pytest
import yaml

from digest.annotate import vocabulary_tokenizer
from digest.errors import ContentError
from digest.tag_suggestions import (
    Article,
    chinese_terms,
    count_terms,
    is_candidate,
    korean_noun_runs,
    korean_terms,
    read_articles,
    reading_key,
    render_suggestions,
    sino_korean_reading,
    suggest_tags,
)
from digest.tokens import standardise_korean, tokenizer
from digest.vocabulary import TAG_ID, load_vocabulary

from .conftest import CONTENT, FIXTURES, ROOT

SUMMARIES = FIXTURES / "summaries"


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(CONTENT / "vocabulary.yaml")


@pytest.fixture(scope="module")
def fixture_articles():
    return read_articles(SUMMARIES)


@pytest.fixture(scope="module")
def corpus(fixture_articles):
    """The 24 edited fixtures and the site's own articles (content/<lang>/<yyyy>/)."""
    site = [a for a in read_articles(CONTENT) if "/20" in a.source]
    assert site, "no article under content/<lang>/20*/"
    return fixture_articles + site


@pytest.fixture(scope="module")
def suggestions(corpus, vocabulary):
    return suggest_tags(corpus, vocabulary, limit=None)


SMALL_VOCABULARY = """\
- id: chanye
  ko: 테스트산업
  zh: 测试产业
- id: breakthrough
  ko: 돌파
  zh: 重大突破
- id: sci-tech
  ko: 과학기술
  zh: 科技
"""


@pytest.fixture(scope="module")
def small_vocabulary(tmp_path_factory):
    """A vocabulary of three tags, for behaviour that must not follow the site's."""
    path = tmp_path_factory.mktemp("vocabulary") / "vocabulary.yaml"
    path.write_text(SMALL_VOCABULARY, encoding="utf-8")
    return load_vocabulary(path)


# --- Readings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chinese", "reading"),
    [
        ("知识产权", "지식산권"),  # Korean writes 지식재산권: a reading is not a translation
        ("市场", "시장"),
        ("市长", "시장"),  # a false friend of 市场
        ("科学技术", "과학기술"),
        ("地震", "지진"),
        ("劳动", "노동"),  # the initial-sound rule at the start of the word
    ],
)
def test_sino_korean_readings(chinese, reading):
    assert sino_korean_reading(chinese) == reading


def test_a_reading_keeps_what_is_not_han():
    assert sino_korean_reading("5G网络") == "5G망락"
    assert sino_korean_reading("AI") == "AI"


@pytest.mark.parametrize(
    ("yanbian", "standard"),
    [("로동", "노동"), ("련맹", "연맹"), ("녀성", "여성"), ("래년", "내년")],
)
def test_yanbian_initial_sounds_compare_equal_to_readings(yanbian, standard):
    assert reading_key(yanbian) == reading_key(standard) == standard
    assert reading_key("과학기술련맹") == "과학기술련맹"  # only the first syllable


# --- Candidate terms --------------------------------------------------------------------


def test_korean_compounds_are_joined_as_written(small_vocabulary):
    tok = vocabulary_tokenizer(small_vocabulary, "ko")
    text = "연변과학기술협회는 로동자들과 함께 새로운 돌파를 가져왔다."
    terms = korean_terms(text, tok)
    assert "연변과학기술협회" in terms and "협회" in terms  # the compound, then its parts
    assert "로동자" in terms  # the Yanbian spelling, as written (Kiwi reads 노동자)
    assert "돌파" in terms  # found after 새로운 (Kiwi: 새롭 + 은, not in the text)
    assert all(term in text for term in terms)


def test_every_korean_noun_of_the_corpus_is_found_in_the_text(corpus, vocabulary):
    tok = vocabulary_tokenizer(vocabulary, "ko")
    found = kiwi = 0
    for article in corpus:
        if article.lang != "ko":
            continue
        nouns = [
            form.replace(" ", "")
            for form, tag in tok.tagged_words(article.text)
            if tag in ("NNG", "NNP")
        ]
        located = [
            standardise_korean(n) for run in korean_noun_runs(article.text, tok) for n in run
        ]
        assert not Counter(located) - Counter(nouns), article.source
        found, kiwi = found + len(located), kiwi + len(nouns)
    # The few left are forms Kiwi rebuilt (장춘신구 → 장춘시 + ㄴ + 구): not in the text.
    assert found >= 0.99 * kiwi


def test_chinese_terms_are_words_of_the_site_tokenizer(corpus, vocabulary):
    tok = tokenizer("zh", vocabulary.names("zh"))
    for article in corpus:
        if article.lang == "zh":
            words = set(tok.words(article.text))
            terms = chinese_terms(article.text, vocabulary)
            assert terms and set(terms) <= words, article.source


def test_chinese_terms_are_nouns():
    vocabulary = load_vocabulary(CONTENT / "vocabulary.yaml")
    terms = chinese_terms("企业加快推动研发，专利数量达到新高。", vocabulary)
    assert "研发" in terms and "数量" in terms
    assert not {"加快", "推动", "达到"} & set(terms)  # verbs


def test_numbers_single_syllables_filler_and_vocabulary_names_are_no_candidates(vocabulary):
    assert not is_candidate("二〇二三", "zh", vocabulary)
    assert not is_candidate("万", "zh", vocabulary)
    assert not is_candidate("시", "ko", vocabulary)
    assert not is_candidate("今年", "zh", vocabulary)
    assert not is_candidate("지난해", "ko", vocabulary)
    for name in ("知识产权", "지식재산권", "전매특허"):
        assert vocabulary.resolve(name) and not is_candidate(name, "ko", vocabulary)
    assert is_candidate("质押融资", "zh", vocabulary) == (vocabulary.resolve("质押融资") is None)


# --- On the corpus ----------------------------------------------------------------------


def test_suggestions_never_include_a_term_the_vocabulary_covers(suggestions, corpus, vocabulary):
    assert suggestions.entries
    for entry in suggestions.entries:
        for count in (entry.ko, entry.zh):
            assert count is None or vocabulary.resolve(count.term) is None, count
    for alias in suggestions.aliases:
        assert vocabulary.resolve(alias.term.term) is None
    for lang in ("ko", "zh"):
        assert not [t for t in count_terms(corpus, lang, vocabulary) if vocabulary.resolve(t)]


def test_counts_checked_by_hand(fixture_articles, vocabulary):
    # 突破: 02 ×2, 12, 08, 07 ×3, 05 ×3, 01 (title 2 of 02 included).
    # 돌파: 01 ×3 (title, 돌파하여, 돌파를), 02 ×2 (title, 돌파하여), 10, 11 (title).
    expected = {("zh", "突破"): (6, 11), ("ko", "돌파"): (4, 7)}
    for (lang, term), (articles, mentions) in expected.items():
        counts = count_terms(fixture_articles, lang, vocabulary)
        if vocabulary.resolve(term):
            assert term not in counts
        else:
            assert (counts[term].articles, counts[term].mentions) == (articles, mentions)


def test_pairs_are_proposed_by_reading(suggestions, vocabulary):
    pairs = [e for e in suggestions.entries if e.ko and e.zh]
    assert pairs
    for entry in pairs:
        assert entry.by_reading
        assert reading_key(sino_korean_reading(entry.zh.term)) == reading_key(entry.ko.term)
    # 突破 (6 Chinese articles) reads 돌파, which 5 Korean articles use.
    if not vocabulary.resolve("突破") and not vocabulary.resolve("돌파"):
        assert ("돌파", "突破") in [(e.ko.term, e.zh.term) for e in pairs]


def test_proposed_ids_are_new_unique_kebab_case(suggestions, vocabulary):
    ids = [e.id for e in suggestions.entries]
    assert len(ids) == len(set(ids))
    assert all(TAG_ID.match(i) and vocabulary.get(i) is None for i in ids)


def test_the_snippet_is_the_vocabulary_format_with_comments(suggestions, vocabulary):
    text = render_suggestions(suggestions, vocabulary)
    entries = yaml.safe_load(text)
    assert [e["id"] for e in entries] == [s.id for s in suggestions.entries]
    for entry, suggestion in zip(entries, suggestions.entries, strict=True):
        assert set(entry) == {"id", "ko", "zh"}
        assert entry["ko"] == (suggestion.ko.term if suggestion.ko else None)
        assert entry["zh"] == (suggestion.zh.term if suggestion.zh else None)
    assert "check: reading only" in text
    assert "articles" in text and "mentions" in text


def test_pasted_entries_load_once_every_null_label_is_written(suggestions, vocabulary, tmp_path):
    snippet = render_suggestions(suggestions, vocabulary)
    assert "ko: null" in snippet and "zh: null" in snippet
    original = (CONTENT / "vocabulary.yaml").read_text(encoding="utf-8")
    base = tmp_path / "base.yaml"
    base.write_text(original, encoding="utf-8")
    path = tmp_path / "vocabulary.yaml"
    path.write_text(f"{original}\n{snippet}", encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_vocabulary(path)
    assert "label" in str(refused.value)
    lines = snippet.splitlines()
    for number, line in enumerate(lines):  # what the editor does: write the missing labels
        if line in ("  ko: null", "  zh: null"):
            lines[number] = line.replace(
                "null", f"미정{number}" if "ko" in line else f"待定{number}"
            )
    path.write_text(f"{original}\n" + "\n".join(lines), encoding="utf-8")
    grown = load_vocabulary(path)
    assert len(grown) == len(load_vocabulary(base)) + len(suggestions.entries)
    assert all(grown.get(entry.id) is not None for entry in suggestions.entries)


def test_min_articles_and_limit(corpus, vocabulary):
    few = suggest_tags(corpus, vocabulary, limit=3)
    assert len(few.entries) == 3
    for entry in suggest_tags(corpus, vocabulary, min_articles=4).entries:
        assert max(c.articles for c in (entry.ko, entry.zh) if c) >= 4
    none = suggest_tags(corpus, vocabulary, min_articles=1000)
    assert none.entries == [] and yaml.safe_load(render_suggestions(none, vocabulary)) == []


# --- Pairing rules, on a small vocabulary ----------------------------------------------


def test_homophones_pair_once_and_the_other_is_told(small_vocabulary):
    articles = [
        Article("zh", "国内市场很大。市场开放。"),
        Article("zh", "农村市场。"),
        Article("zh", "市长讲话。"),
        Article("zh", "市长出席。"),
        Article("ko", "시장 감독을 강화하였다."),
        Article("ko", "시장 개방을 추진하였다."),
    ]
    result = suggest_tags(articles, small_vocabulary)
    by_zh = {e.zh.term: e for e in result.entries if e.zh}
    assert by_zh["市场"].ko.term == "시장"  # more articles and mentions than 市长
    assert by_zh["市长"].ko is None and by_zh["市长"].same_reading == ("市场",)
    text = render_suggestions(result, small_vocabulary)
    assert "reading 시장, as 市场" in text


def test_a_term_that_reads_like_a_tag_name_is_an_alias_suggestion(small_vocabulary):
    articles = [
        Article("zh", "实现突破。"),
        Article("zh", "取得突破。"),
        Article("ko", "과기 분야의 성과."),
        Article("ko", "과기 인재를 양성."),
    ]
    result = suggest_tags(articles, small_vocabulary)
    aliases = {(a.tag.id, a.term.term) for a in result.aliases}
    assert ("breakthrough", "突破") in aliases  # 突破 reads 돌파, a Korean name of the tag
    assert ("sci-tech", "과기") in aliases  # 科技, a Chinese name of the tag, reads 과기
    assert not [e for e in result.entries if e.zh and e.zh.term == "突破"]
    text = render_suggestions(result, small_vocabulary)
    assert "#   breakthrough: aliases.zh += [突破]" in text
    yaml.safe_load(text)


def test_ids_do_not_collide_with_existing_ones(small_vocabulary):
    articles = [Article("zh", "产业升级。"), Article("zh", "产业集群。")]
    result = suggest_tags(articles, small_vocabulary)
    assert [e.id for e in result.entries if e.zh and e.zh.term == "产业"] == ["chanye-2"]


# --- The task ---------------------------------------------------------------------------


@pytest.fixture
def content_copy(tmp_path):
    """A content folder of the corpus: fixtures and site articles, the site's vocabulary."""
    content = tmp_path / "content"
    for lang in ("ko", "zh"):
        folder = content / lang
        folder.mkdir(parents=True)
        for path in [*(SUMMARIES / lang).glob("*.md"), *CONTENT.glob(f"{lang}/20*/*.md")]:
            shutil.copy(path, folder / path.name)
    shutil.copy(CONTENT / "vocabulary.yaml", content / "vocabulary.yaml")
    return content


def _invoke(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "invoke", "tags-suggest", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_task_prints_yaml_and_leaves_the_vocabulary_alone(content_copy, tmp_path):
    vocabulary = content_copy / "vocabulary.yaml"
    before = vocabulary.read_bytes()
    result = _invoke("--content", str(content_copy))
    assert result.returncode == 0, result.stderr
    entries = yaml.safe_load(result.stdout)
    assert entries and all(set(e) == {"id", "ko", "zh"} for e in entries)
    assert len(entries) <= 30  # the default --limit
    assert result.stdout.startswith("# Tag-vocabulary suggestions")
    assert vocabulary.read_bytes() == before

    output = tmp_path / "suggested.yaml"
    written = _invoke("--content", str(content_copy), "--output", str(output))
    assert written.returncode == 0, written.stderr
    assert output.read_text(encoding="utf-8") == result.stdout

    output.write_text("# the editor's notes\n", encoding="utf-8")
    again = _invoke("--content", str(content_copy), "--output", str(output))
    assert again.returncode != 0
    assert "already exists" in again.stderr and str(output) in again.stderr
    assert output.read_text(encoding="utf-8") == "# the editor's notes\n"
    assert vocabulary.read_bytes() == before


def test_the_task_names_a_missing_folder_or_a_bad_file(content_copy, tmp_path):
    missing = _invoke("--content", str(tmp_path / "nowhere"))
    assert missing.returncode != 0
    assert str(tmp_path / "nowhere") in missing.stderr and "Traceback" not in missing.stderr

    bad = content_copy / "zh" / "broken.md"
    bad.write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
    result = _invoke("--content", str(content_copy))
    assert result.returncode != 0
    assert f"{bad}:" in result.stderr and "Traceback" not in result.stderr
