"""The one table of the digest's languages.

Every place that needs a Babel locale, a gettext catalog folder, an ``hreflang``
or a language name reads it from here; nothing else spells them out. (Search has
one bundle per language, of language-neutral tokens: see docs/search.md.)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One side of the digest."""

    code: str  # our code: front matter ``lang``, URL prefix, content folder
    name: str  # the language's own name, for the language switch
    babel_locale: str  # what babel.dates and babel.support want
    catalog: str  # folder under theme/translations/ holding LC_MESSAGES/messages.po
    html_lang: str  # <html lang>, the ``lang`` attribute of foreign text, feeds
    hreflang: str  # <link rel="alternate" hreflang>
    spaced: bool  # words are separated by spaces, so sentences join with one


LANGUAGES: dict[str, Language] = {
    "ko": Language(
        code="ko",
        name="한국어",
        babel_locale="ko_KR",
        catalog="ko",
        html_lang="ko",
        hreflang="ko",
        spaced=True,
    ),
    "zh": Language(
        code="zh",
        name="中文",
        babel_locale="zh_Hans_CN",
        catalog="zh_Hans_CN",
        html_lang="zh-Hans",
        hreflang="zh-Hans",
        spaced=False,
    ),
}

LANGUAGE_CODES: tuple[str, ...] = tuple(LANGUAGES)


def language(code: str) -> Language:
    """The language for ``code``; a KeyError names the supported codes."""
    try:
        return LANGUAGES[code]
    except KeyError:
        supported = ", ".join(LANGUAGE_CODES)
        raise KeyError(f"unsupported language {code!r}: use one of {supported}") from None


def other_languages(code: str) -> list[Language]:
    """Every language but ``code``, in table order."""
    return [lang for lang in LANGUAGES.values() if lang.code != code]
