"""Every interface message is translated in both catalogs, placeholders intact."""

import re

import pytest
from babel.messages.pofile import read_po

from digest.languages import LANGUAGES
from digest.site.i18n import catalog_path, compile_catalogs

from .conftest import ROOT

TRANSLATIONS = ROOT / "theme" / "translations"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _read(path):
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_catalog_translates_every_template_message(code):
    template = _read(TRANSLATIONS / "messages.pot")
    catalog = _read(catalog_path(TRANSLATIONS, LANGUAGES[code]))
    for message in template:
        if not message.id:
            continue
        translated = catalog.get(message.id)
        assert translated is not None, f"{code}: {message.id!r} missing: run invoke i18n-update"
        strings = (
            translated.string if isinstance(translated.string, tuple) else (translated.string,)
        )
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for string in strings:
            assert string, f"{code}: {message.id!r} is not translated"
            assert set(PLACEHOLDER.findall(string)) == set(PLACEHOLDER.findall(ids[0]))


def test_catalogs_compile_in_memory():
    catalogs = compile_catalogs(TRANSLATIONS)
    assert catalogs["ko"].ugettext("Search") == "검색"
    assert catalogs["zh"].ugettext("Search") == "搜索"


def test_template_file_is_up_to_date_with_the_templates():
    from babel.messages.extract import extract_from_dir

    options = {"**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "True"}}
    found = {
        message
        for _, _, message, _, _ in extract_from_dir(
            ROOT / "theme" / "templates", [("**.html", "jinja2")], options
        )
    }
    template = {m.id for m in _read(TRANSLATIONS / "messages.pot") if m.id}
    assert found == template, "templates changed: run 'invoke i18n-update' and translate"
