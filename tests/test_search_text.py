"""Search tokens: every substring of Korean and Chinese text is a phrase of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.article_text import searchable_text
from digest.frontmatter import split_article
from digest.search_text import character_code, index_text, index_tokens, read_index_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted([*ROOT.glob("content/*/**/*.md"), *ROOT.glob("tests/fixtures/summaries/*/*.md")])


def tokens_of(text: str) -> list[str]:
    return [token.rstrip("`") for token in index_tokens(text)]


def test_a_character_is_four_letters_of_its_code_point():
    assert character_code("가") == "kmaa"  # U+AC00
    assert character_code("一") == "eoaa"  # U+4E00
    assert character_code("区关") == character_code("区") + character_code("关")


def test_each_character_starts_a_bigram_and_a_run_ends_alone():
    assert tokens_of("南关区") == ["z" + character_code(p) for p in ("南关", "关区", "区")]


def test_a_noun_inside_a_compound_is_a_phrase_of_consecutive_tokens():
    text = tokens_of("연길시과학기술국에서는")
    query = tokens_of("과학기술")[:-1]  # the query's own last lone character is left out
    start = text.index(query[0])
    assert text[start : start + len(query)] == query


def test_bigrams_do_not_cross_spaces_or_punctuation():
    assert "z" + character_code("학기") not in tokens_of("과학 기술")
    assert "z" + character_code("术创") not in tokens_of("技术，创新")
    assert "，" in tokens_of("技术，创新")  # punctuation keeps its own position


def test_latin_words_and_digits_stay_as_written():
    assert tokens_of("Python 语言 5G网络 2024年")[:3] == [
        "Python",
        "z" + character_code("语言"),
        "z" + character_code("言"),
    ]
    assert "5G" in tokens_of("5G网络") and "2024" in tokens_of("2024年")


def test_a_space_is_a_mark_on_the_token_before_it():
    assert index_tokens("과학 기술") == [
        "z" + character_code("과학"),
        "z" + character_code("학") + "`",
        "z" + character_code("기술"),
        "z" + character_code("술"),
    ]


def test_a_backtick_in_the_text_cannot_pass_for_a_space():
    assert read_index_text(index_text("a`b")) == "a'b"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_the_text_reads_back_from_its_tokens(path):
    article = split_article(path.read_text(encoding="utf-8"), path)
    for line in searchable_text(article.body).splitlines():
        text = " ".join(line.split())
        assert read_index_text(index_text(text)) == text


def test_the_full_stop_pagefind_glues_to_a_block_is_not_read_as_text():
    indexed = index_text("南关区") + ". " + index_text("新年") + "."
    assert read_index_text(indexed) == "南关区新年"
