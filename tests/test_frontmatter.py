import datetime as dt

import pytest

from digest.errors import ContentError
from digest.frontmatter import field_line, render_article, split_article


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
