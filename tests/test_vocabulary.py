import textwrap

import pytest

from digest.errors import ContentError
from digest.metadata import normalise_tags
from digest.vocabulary import ENTRY_KEYS, load_vocabulary

from .conftest import CONTENT


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(CONTENT / "vocabulary.yaml")


# --- The shipped vocabulary ----------------------------------------------------------


def test_every_tag_has_an_ascii_id_and_both_labels(vocabulary):
    assert len(vocabulary) >= 45
    for tag in vocabulary:
        assert tag.id.isascii()
        assert tag.label("ko") and tag.label("zh")


@pytest.mark.parametrize(
    "tag_id,names",
    [
        ("intellectual-property", ["지식재산권", "지적재산권", "知识产权", "知识产权保护"]),
        ("patents", ["특허", "전매특허", "专利", "发明专利"]),
        ("science-popularisation", ["과학보급", "과학대중화", "科普", "科学普及"]),
        ("high-tech-enterprises", ["고신기술기업", "첨단기술기업", "高新技术企业", "高企"]),
        ("sci-tech-smes", ["과학기술형 중소기업", "작은 거인", "科技型中小企业", "小巨人"]),
        ("technology-transfer", ["기술이전", "성과전환", "科技成果转化", "成果转化"]),
        ("earthquake-preparedness", ["지진대처", "방진감재", "防震减灾"]),
        ("university-industry", ["산학연", "산학연협력", "产学研", "产学研合作"]),
        ("incubators", ["창업부화기지", "부화기", "孵化器", "众创空间"]),
        ("space", ["우주", "위성", "航天", "卫星"]),
        ("digital-economy", ["수자경제", "디지털경제", "数字经济"]),
        ("yanji", ["연길", "연길시", "延吉", "延吉市"]),
    ],
)
def test_yanbian_south_korean_and_chinese_names_meet_on_one_tag(vocabulary, tag_id, names):
    for name in names:
        assert vocabulary.resolve(name) == vocabulary.get(tag_id), name


def test_the_korean_label_is_the_yanbian_term(vocabulary):
    assert vocabulary.get("high-tech-enterprises").label("ko") == "고신기술기업"
    assert vocabulary.get("science-popularisation").label("ko") == "과학보급"
    assert vocabulary.get("digital-economy").label("ko") == "수자경제"


def test_places_nest_under_their_province(vocabulary):
    def ancestors(tag_id):
        chain = []
        while (tag_id := vocabulary.get(tag_id).parent) is not None:
            chain.append(tag_id)
        return chain

    assert ancestors("yanji") == ["yanbian", "jilin"]
    assert ancestors("harbin") == ["heilongjiang"]
    assert ancestors("dalian") == ["liaoning"]


def test_no_name_is_a_bare_generic_word(vocabulary):
    # Auto-tagging looks for every name in running text: these occur in articles on
    # any topic, and would tag them.
    generic = {
        "ko": "혁신 창신 기술 기업 발전 인재 수자화 인터넷 국제협력 표창 로봇",
        "zh": "创新 技术 企业 发展 人才 数字化 互联网 国际合作 表彰奖励 机器人",
    }
    for lang, words in generic.items():
        assert not set(words.split()) & set(vocabulary.names(lang)), lang


def test_a_tag_is_found_by_id_label_or_alias_in_either_language(vocabulary):
    ip = vocabulary.get("intellectual-property")
    for name in ("intellectual-property", "지식재산권", "知识产权", "지적재산권", "知识产权保护"):
        assert vocabulary.resolve(name) == ip, name


def test_front_matter_tags_normalise_from_id_label_or_alias(vocabulary):
    names = ["patents", "전매특허", "专利", "과학대중화", "科学普及", "Science-Popularisation"]
    tags = normalise_tags(names, vocabulary, "a.md", 3)
    assert [t.id for t in tags] == ["patents", "science-popularisation"]
    spaced = normalise_tags(["지능 제조", "고신 기술기업"], vocabulary, "a.md", 3)
    assert [t.id for t in spaced] == ["advanced-manufacturing", "high-tech-enterprises"]


def test_unknown_tag_error_names_file_line_and_suggests(vocabulary):
    assert normalise_tags(["지식재산"], vocabulary, "a.md", 7)  # an alias: fine
    with pytest.raises(ContentError) as caught:
        normalise_tags(["지식재산궈"], vocabulary, "a.md", 7)
    message = str(caught.value)
    assert message.startswith("a.md:7: error: unknown tag")
    assert "Did you mean" in message and "지식재산권" in message


# --- Errors in a vocabulary file: each names the file and the line to fix -------------


def _error(tmp_path, text):
    path = tmp_path / "vocabulary.yaml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_vocabulary(path)
    error = caught.value
    assert error.path == str(path)
    return error


def test_a_small_valid_file_loads(tmp_path):
    path = tmp_path / "vocabulary.yaml"
    path.write_text(
        textwrap.dedent("""
            - id: space
              ko: 우주
              zh: 航天
              en:
              aliases:
                ko: [위성, 5G]
                zh:
            - id: beidou
              ko: 북두
              zh: 北斗
              parent: space
        """),
        encoding="utf-8",
    )
    vocabulary = load_vocabulary(path)
    assert [t.id for t in vocabulary] == ["space", "beidou"]
    assert vocabulary.get("space").names("ko") == ("우주", "위성", "5G")  # as written
    assert vocabulary.get("space").names("zh") == ("航天",)
    assert vocabulary.get("beidou").parent == "space"


def test_a_name_on_two_tags_is_an_error_naming_both(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: patents
          ko: 특허
          zh: 专利
        - id: intellectual-property
          ko: 지식재산권
          zh: 知识产权
          aliases:
            ko: [지적재산권, 특허]
        """,
    )
    assert error.line == 8
    assert "'특허'" in error.message
    assert "'intellectual-property'" in error.message and "'patents' (line 2)" in error.message
    assert "a name must lead to one tag" in error.message


def test_names_are_compared_without_case_and_spaces(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: artificial-intelligence
          ko: 인공지능
          zh: 人工智能
          aliases:
            ko: [AI]
        - id: other
          ko: 다른것
          zh: 其他
          aliases:
            zh: [a i]
        """,
    )
    assert error.line == 10 and "'artificial-intelligence' (line 5)" in error.message


def test_an_alias_that_is_another_tags_id_is_an_error(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: space
          ko: 우주
          zh: 航天
        - id: satellites
          ko: 위성
          zh: 卫星
          aliases:
            ko: [Space]
        """,
    )
    assert error.line == 8 and "'space' (line 1)" in error.message


def test_a_parent_cycle_is_an_error(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: a
          ko: 가
          zh: 甲
          parent: b
        - id: b
          ko: 나
          zh: 乙
          parent: a
        """,
    )
    assert error.line == 4
    assert "a → b → a" in error.message and "parent" in error.message


def test_a_tag_that_is_its_own_parent_is_a_cycle(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  parent: a\n")
    assert error.line == 4 and "a → a" in error.message


def test_a_chain_into_a_cycle_names_the_cycle(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: a
          ko: 가
          zh: 甲
          parent: b
        - id: b
          ko: 나
          zh: 乙
          parent: c
        - id: c
          ko: 다
          zh: 丙
          parent: b
        """,
    )
    assert error.line == 8 and "b → c → b" in error.message


def test_an_unknown_key_is_an_error_listing_the_allowed_keys(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: a
          ko: 가
          zh: 甲
          alias:
            ko: [나]
        """,
    )
    assert error.line == 4
    assert "unknown key 'alias'" in error.message and "did you mean 'aliases'" in error.message
    assert ", ".join(ENTRY_KEYS) in error.message


def test_aliases_of_an_unknown_language_are_an_error(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  aliases:\n    kr: [나]\n")
    assert error.line == 5
    assert "unknown key 'kr'" in error.message and "ko, zh" in error.message


def test_a_key_given_twice_is_an_error(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  ko: 나\n")
    assert error.line == 4 and "'ko' appears twice" in error.message and "line 2" in error.message


def test_unknown_parent_is_reported_at_its_line(tmp_path):
    error = _error(
        tmp_path,
        "- id: a\n  ko: 가\n  zh: 甲\n  parent: sciences\n- id: science\n  ko: 나\n  zh: 乙\n",
    )
    assert error.line == 4
    assert "unknown parent 'sciences'" in error.message and "'science'" in error.message


def test_a_repeated_id_is_reported_at_the_second(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n- id: a\n  ko: 나\n  zh: 乙\n")
    assert error.line == 4 and "appears twice (first on line 1)" in error.message


def test_a_bad_id_or_missing_label_is_reported_at_its_line(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n- id: Not Kebab\n  ko: 나\n  zh: 乙\n")
    assert error.line == 4 and "kebab-case" in error.message
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n- id: b\n  ko: 나\n")
    assert error.line == 4 and "needs a 'zh' label" in error.message
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: [甲, 乙]\n")
    assert error.line == 3 and "needs a 'zh' label" in error.message
    error = _error(tmp_path, "- ko: 가\n  zh: 甲\n")
    assert error.line == 1 and "has no id" in error.message


def test_aliases_must_be_lists_of_names(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  aliases:\n    ko: 나\n")
    assert error.line == 5 and "list" in error.message
    error = _error(
        tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  aliases:\n    ko:\n      - 나\n      -\n"
    )
    assert error.line == 7 and "empty" in error.message
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  aliases: [나]\n")
    assert error.line == 4 and "aliases map a language" in error.message


def test_broken_yaml_and_wrong_shapes_are_reported(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: [가\n  zh: 甲\n")
    assert error.line == 3 and "not valid YAML" in error.message
    error = _error(tmp_path, "tags:\n  - id: a\n")
    assert error.line == 1 and "YAML list of tag entries" in error.message
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n- just a name\n")
    assert error.line == 4 and "entry 2 must be a mapping" in error.message


def test_error_text_starts_with_file_and_line(tmp_path):
    error = _error(tmp_path, "- id: a\n  ko: 가\n  zh: 甲\n  alias: [나]\n")
    assert str(error).startswith(f"{tmp_path / 'vocabulary.yaml'}:4: error: unknown key")


def test_kind_and_auto_are_checked_at_their_line(tmp_path):
    error = _error(
        tmp_path,
        """
        - id: yanji
          ko: 연길시
          zh: 延吉市
          kind: city
        """,
    )
    assert error.line == 4 and "kind must be one of topic, place" in str(error)
    error = _error(
        tmp_path,
        """
        - id: science-technology
          ko: 과학기술
          zh: 科技
          auto: "no"
        """,
    )
    assert error.line == 4 and "auto must be true or false" in str(error)


def test_places_and_the_curated_only_umbrella_are_marked(vocabulary):
    places = {tag.id for tag in vocabulary if tag.kind == "place"}
    assert {"yanji", "yanbian", "jilin", "harbin", "dalian"} <= places
    assert "patents" not in places
    assert [tag.id for tag in vocabulary if not tag.automatic] == ["science-technology"]
