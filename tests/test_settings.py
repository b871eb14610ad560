"""The plugin's settings: defaults filled in, wrong values named with what to change."""

from __future__ import annotations

import pytest

from digest.site.settings import SettingsError, apply_defaults, validate

from .conftest import CONTENT


def _settings(**changes) -> dict:
    settings = {"PATH": str(CONTENT), "DEFAULT_LANG": "ko", **changes}
    apply_defaults(settings)
    return settings


def test_the_defaults_are_valid():
    validate(_settings())


@pytest.mark.parametrize(
    "name,value,words",
    [
        ("DIGEST_PUBLIC_URL", "https://haeran.github.io/", "without a trailing '/'"),
        ("DIGEST_PUBLIC_URL", "haeran.github.io", "absolute address"),
        ("DIGEST_PUBLIC_URL", "", "absolute address"),
        ("DIGEST_ARTICLES_PER_PAGE", 0, "at least 1"),
        ("DIGEST_CACHE", "yes", "True or False"),
        ("DIGEST_SUMMARY_BUDGETS", {"ko": 250}, "a budget for each"),
        ("DIGEST_VOCABULARY", "missing.yaml", "point it at the tag vocabulary"),
    ],
)
def test_a_wrong_value_is_named_with_what_to_change(name, value, words):
    with pytest.raises(SettingsError) as raised:
        validate(_settings(**{name: value}))
    assert name in str(raised.value) and words in str(raised.value)


def test_a_public_url_with_a_path_is_accepted():
    validate(_settings(DIGEST_PUBLIC_URL="https://example.org/haeran"))
