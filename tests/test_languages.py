from digest.languages import LANGUAGES, language, other_languages


def test_each_language_has_every_field_it_needs():
    assert set(LANGUAGES) == {"ko", "zh"}
    assert language("ko").babel_locale == "ko_KR"
    assert language("zh").babel_locale == "zh_Hans_CN"
    assert language("zh").html_lang == "zh-Hans"
    assert language("zh").hreflang == "zh-Hans"


def test_unknown_language_names_the_supported_ones():
    try:
        language("en")
    except KeyError as error:
        assert "ko, zh" in str(error)
    else:
        raise AssertionError("en should not be a digest language")


def test_other_languages():
    assert [lang.code for lang in other_languages("ko")] == ["zh"]
