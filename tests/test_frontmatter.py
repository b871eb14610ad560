import datetime as dt

import pytest

from digest.errors import ContentError
from digest.frontmatter import field_line, render_article, split_article
from digest.languages import LANGUAGES
from digest.metadata import (
    duplicate_uid_error,
    duplicate_uids,
    normalise_metadata,
    other_language_summaries,
    summary_field,
)
from digest.vocabulary import load_vocabulary

from .conftest import CONTENT


def test_round_trip_keeps_yaml_types():
    date = dt.datetime(2018, 1, 25, 23, 27, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    text = render_article(
        {
            "title": "知识产权: 新进展",
            "date": date,
            "lang": "zh",
            "tags": ["patents"],
            "authors": [],
        },
        "正文。",
    )
    parsed = split_article(text)
    assert parsed.metadata["title"] == "知识产权: 新进展"
    assert parsed.metadata["date"] == date
    assert parsed.metadata["tags"] == ["patents"]
    assert "authors" not in parsed.metadata  # empty values are not written
    assert parsed.body.strip() == "正文。"
    assert text.splitlines()[parsed.body_line - 2] == "---"  # the body starts after it


def test_yaml_error_names_the_line():
    text = "---\ntitle: ok\ntags: [a, b\nlang: ko\n---\nbody\n"
    with pytest.raises(ContentError) as caught:
        split_article(text, "x.md")
    assert caught.value.path == "x.md"
    assert caught.value.line in (3, 4)
    assert str(caught.value).startswith("x.md:")


def test_unclosed_front_matter_is_an_error():
    with pytest.raises(ContentError, match="never closed"):
        split_article("---\ntitle: a\n\nbody\n", "x.md")


def test_missing_front_matter_is_an_error():
    with pytest.raises(ContentError, match="must start with a '---'"):
        split_article("title: a\n", "x.md")


def test_field_line():
    text = "---\ntitle: a\nlang: ko\n---\nlang: not here\n"
    assert field_line(text, "lang") == 3
    assert field_line(text, "date") is None


def test_impossible_date_names_its_line():
    text = "---\ntitle: 고장\nlang: ko\ndate: 2020-13-45\n---\n\n본문.\n"
    with pytest.raises(ContentError) as caught:
        split_article(text, "bad.md")
    assert caught.value.line == 4
    assert "impossible value" in caught.value.message and "month" in caught.value.message


# Summaries in another language: summary_<code>, named from the languages table.


UID = "0b6f3c1e-5d2a-4e8b-9c41-7f3e2a1d6b50"


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(CONTENT / "vocabulary.yaml")


def _normalise(front: str, vocabulary, uid: str | None = UID):
    """``front`` with a valid ``uid`` after it (unless ``uid`` is None), normalised."""
    uid_line = "" if uid is None else f"uid: {uid}\n"
    text = f"---\n{front}{uid_line}---\n\n본문.\n"
    return normalise_metadata(split_article(text, "a.md").metadata, text, "a.md", vocabulary)


def test_a_summary_in_the_other_language_is_kept_as_text(vocabulary):
    for code, other in (("ko", "zh"), ("zh", "ko")):
        field = summary_field(other)
        meta = _normalise(
            f"title: t\ndate: 2020-01-01\nlang: {code}\n{field}: '  요약 摘要 '\n", vocabulary
        )
        assert meta[field] == "요약 摘要"
        assert other_language_summaries(meta, code) == {other: "요약 摘要"}


def test_field_names_come_from_the_languages_table():
    assert {summary_field(code) for code in LANGUAGES} == {"summary_ko", "summary_zh"}


@pytest.mark.parametrize("value", ["[a, b]", "12", "", "{x: 1}"])
def test_a_summary_in_the_other_language_must_be_text(value, vocabulary):
    front = f"title: t\ndate: 2020-01-01\nlang: ko\nsummary_zh: {value}\n"
    with pytest.raises(ContentError) as caught:
        _normalise(front, vocabulary)
    assert (caught.value.path, caught.value.line) == ("a.md", 5)
    assert "summary_zh must be text" in caught.value.message


def test_an_empty_summary_in_the_other_language_is_an_error(vocabulary):
    with pytest.raises(ContentError, match="summary_zh is empty") as caught:
        _normalise("title: t\ndate: 2020-01-01\nlang: ko\nsummary_zh: '  '\n", vocabulary)
    assert caught.value.line == 5


def test_a_summary_field_of_the_articles_own_language_says_use_summary(vocabulary):
    with pytest.raises(ContentError) as caught:
        _normalise("title: t\nlang: zh\nsummary_zh: 摘要\ndate: 2020-01-01\n", vocabulary)
    assert caught.value.line == 4
    assert "'summary:' instead" in caught.value.message
    assert "summary_ko" in caught.value.message  # where a Korean summary would go


def test_a_summary_in_an_unknown_language_lists_the_known_codes(vocabulary):
    with pytest.raises(ContentError) as caught:
        _normalise(
            "title: t\ndate: 2020-01-01\nlang: ko\ntags: []\nsummary_en: English\n", vocabulary
        )
    assert caught.value.line == 6
    message = caught.value.message
    assert "unknown field 'summary_en:'" in message
    assert ", ".join(LANGUAGES) in message and "summary_zh" in message


def test_the_own_language_summary_must_still_be_text(vocabulary):
    with pytest.raises(ContentError, match="summary must be text") as caught:
        _normalise("title: t\ndate: 2020-01-01\nlang: zh\nsummary: [a, b]\n", vocabulary)
    assert caught.value.line == 5


# uid: the article's id in feeds, for good


def test_an_article_without_a_uid_is_told_how_to_make_one(vocabulary):
    with pytest.raises(ContentError) as caught:
        _normalise("title: t\ndate: 2020-01-01\nlang: ko\n", vocabulary, uid=None)
    assert (caught.value.path, caught.value.line) == ("a.md", 1)
    assert "missing required field 'uid'" in caught.value.message
    assert "uid: <new UUID>" in caught.value.message
    assert "python -c 'import uuid; print(uuid.uuid4())'" in caught.value.message


def test_a_page_needs_no_uid(vocabulary):
    text = "---\ntitle: 소개\nlang: ko\n---\n\n본문.\n"
    meta = normalise_metadata(
        split_article(text).metadata, text, "about.md", vocabulary, is_page=True
    )
    assert "uid" not in meta


@pytest.mark.parametrize(
    "value",
    [
        "0b6f3c1e5d2a4e8b9c417f3e2a1d6b50",  # no hyphens
        "urn:uuid:0b6f3c1e-5d2a-4e8b-9c41-7f3e2a1d6b50",
        "00000000-0000-0000-0000-000000000000",  # not of RFC 4122
        "0b6f3c1e-5d2a-4e8b-9c41-7f3e2a1d6b5",
        "12",
        "[a]",
        "my-article",
    ],
)
def test_a_malformed_uid_names_its_line(value, vocabulary):
    with pytest.raises(ContentError) as caught:
        _normalise("title: t\ndate: 2020-01-01\nlang: ko\n", vocabulary, uid=value)
    assert (caught.value.path, caught.value.line) == ("a.md", 5)
    assert caught.value.message.startswith("uid must be a UUID such as ")
    assert "uuid.uuid4()" in caught.value.message


def test_a_uid_is_kept_in_lowercase(vocabulary):
    meta = _normalise("title: t\ndate: 2020-01-01\nlang: ko\n", vocabulary, uid=UID.upper())
    assert meta["uid"] == UID


def test_duplicate_uids_name_the_first_file_in_path_order():
    clashes = duplicate_uids([("b.md", UID), ("c.md", "x"), ("a.md", UID), ("d.md", UID)])
    assert clashes == [("b.md", "a.md"), ("d.md", "a.md")]
    error = duplicate_uid_error("b.md", "a.md", f"---\ntitle: t\nuid: {UID}\n---\n")
    assert (error.path, error.line) == ("b.md", 3)
    assert "also the uid of a.md" in error.message and "uuid.uuid4()" in error.message
