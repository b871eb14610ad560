import pytest

from digest.errors import ContentError
from digest.metadata import normalise_tags
from digest.vocabulary import load_vocabulary

from .conftest import CONTENT


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(CONTENT / "vocabulary.yaml")


def test_every_tag_has_an_ascii_id_and_both_labels(vocabulary):
    assert len(vocabulary) >= 20
    for tag in vocabulary:
        assert tag.id.isascii()
        assert tag.label("ko") and tag.label("zh")


def test_a_tag_is_found_by_id_label_or_alias_in_either_language(vocabulary):
    ip = vocabulary.get("intellectual-property")
    for name in ("intellectual-property", "지식재산권", "知识产权", "지적재산권", "知识产权保护"):
        assert vocabulary.resolve(name) == ip, name


def test_yanbian_and_south_korean_variants_meet(vocabulary):
    assert vocabulary.resolve("전매특허") == vocabulary.resolve("특허") == vocabulary.get("patents")
    assert vocabulary.resolve("과학대중화") == vocabulary.resolve("科普")


def test_unknown_tag_error_names_file_line_and_suggests(vocabulary):
    with pytest.raises(ContentError) as caught:
        normalise_tags(["지식재산"], vocabulary, "a.md", 7)  # an alias: fine
        normalise_tags(["지식재산궈"], vocabulary, "a.md", 7)
    message = str(caught.value)
    assert message.startswith("a.md:7: error: unknown tag")
    assert "Did you mean" in message and "지식재산권" in message


def test_broken_vocabulary_is_reported(tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text("- id: Not Kebab\n  ko: 가\n  zh: 甲\n", encoding="utf-8")
    with pytest.raises(ContentError, match="kebab-case"):
        load_vocabulary(path)
    path.write_text("- id: a\n  ko: 가\n", encoding="utf-8")
    with pytest.raises(ContentError, match="needs a 'zh' label"):
        load_vocabulary(path)
