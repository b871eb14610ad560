"""Interface text in the page's language: Babel catalogs, compiled at build time.

One Jinja environment renders pages of both sides, so ``_()`` looks up the
language of the page being rendered: ``page_lang`` for the plugin's own pages,
else the article's or page's ``lang``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from ..charts import size_bar_svg, timeline_svg, yearly_counts
from ..languages import LANGUAGES, Language, language
from ..metadata import other_language_summaries
from . import urls
from .settings import SettingsError
from .structured_data import news_article
from .versions import Alternate, alternates, content_versions

CATALOGS_KEY = "_DIGEST_CATALOGS"  # the compiled catalogs, in the settings


def edition_period(edition: object, locale: str) -> str:
    """The period of an edition in ``locale``: 2009년 7월, 2009年7月27日至8月2日."""
    if edition.period == "week":
        return format_interval(edition.start, edition.end, "yMMMd", locale=locale)
    return format_skeleton("yMMMM", edition.start, locale=locale)


def catalog_path(translations_dir: Path, lang: Language) -> Path:
    return translations_dir / lang.catalog / "LC_MESSAGES" / "messages.po"


def compile_catalogs(translations_dir: Path) -> dict[str, Translations]:
    """Each language's messages.po, compiled in memory."""
    catalogs = {}
    for lang in LANGUAGES.values():
        path = catalog_path(translations_dir, lang)
        if not path.is_file():
            raise SettingsError(
                f"no message catalog for {lang.code} at {path}: run 'invoke i18n-update'"
            )
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang.babel_locale)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        compiled.seek(0)
        catalogs[lang.code] = Translations(compiled)
    return catalogs


def page_lang(ctx: Context) -> str:
    """The language of the page being rendered."""
    if ctx.get("page_lang"):
        return ctx["page_lang"]
    for name in ("article", "page"):
        content = ctx.get(name)
        if getattr(content, "lang", None) in LANGUAGES:
            return content.lang
    return ctx.get("DEFAULT_LANG", "ko")


@dataclass(frozen=True)
class LanguageLink:
    language: Language
    url: str
    current: bool


def _alternates(ctx: Context) -> dict[str, str]:
    """The language switch: the page in each language, else that side's home."""
    links = {code: urls.side(code) for code in LANGUAGES}
    if ctx.get("page_alternates"):
        return {**links, **ctx["page_alternates"]}
    content = ctx.get("article") or ctx.get("page")
    if content is not None and getattr(content, "lang", None) in LANGUAGES:
        links[content.lang] = content.url
        for translation in getattr(content, "translations", []):
            if translation.lang in links:
                links[translation.lang] = translation.url
    return links


def _later_page(ctx: Context) -> object | None:
    """The page of a paginated listing being rendered, if it is not the first."""
    for name, value in ctx.get_all().items():
        if name.endswith("_page") and getattr(value, "number", 1) > 1:
            return value
    return None


def page_url(ctx: Context) -> str:
    """The site-relative URL of the page being rendered."""
    if later := _later_page(ctx):
        return later.url
    if ctx.get("page_url") is not None:  # the plugin's own pages say it
        return ctx["page_url"]
    content = ctx.get("article") or ctx.get("page")
    return getattr(content, "url", "")


def page_versions(ctx: Context) -> dict[str, str]:
    """The rendered page's URL in each language it exists in (see versions.py)."""
    if _later_page(ctx):  # no page on another side is the equal of a listing's page 2
        return {page_lang(ctx): page_url(ctx)}
    if ctx.get("page_alternates"):
        return dict(ctx["page_alternates"])
    content = ctx.get("article") or ctx.get("page")
    if content is not None and getattr(content, "lang", None) in LANGUAGES:
        return content_versions(content)
    return {page_lang(ctx): page_url(ctx)}


@dataclass(frozen=True)
class OtherSummary:
    """A curated summary of an article in another language than its own."""

    language: Language
    text: str


def other_summaries(content: object) -> list[OtherSummary]:
    """The summaries of ``content`` (an article) in the other languages, in table order."""
    metadata, lang = getattr(content, "metadata", {}), getattr(content, "lang", None)
    return [
        OtherSummary(language(code), text)
        for code, text in other_language_summaries(metadata, lang).items()
    ]


def install(env: Environment, catalogs: dict[str, Translations]) -> None:
    """Give ``env`` gettext, date formatting and language helpers."""

    @pass_context
    def gettext(ctx: Context, message: str) -> str:
        return catalogs[page_lang(ctx)].ugettext(message)

    @pass_context
    def ngettext(ctx: Context, singular: str, plural: str, n: int) -> str:
        return catalogs[page_lang(ctx)].ungettext(singular, plural, n)

    @pass_context
    def localdate(ctx: Context, value: dt.date, fmt: str = "long") -> str:
        return format_date(value, fmt, locale=language(page_lang(ctx)).babel_locale)

    @pass_context
    def edition_title(ctx: Context, edition: object) -> str:
        """The edition's period in the page's language."""
        return edition_period(edition, language(page_lang(ctx)).babel_locale)

    @pass_context
    def current_language(ctx: Context) -> Language:
        return language(page_lang(ctx))

    @pass_context
    def language_links(ctx: Context) -> list[LanguageLink]:
        here = page_lang(ctx)
        return [
            LanguageLink(LANGUAGES[code], url, code == here)
            for code, url in _alternates(ctx).items()
        ]

    @pass_context
    def site_title(ctx: Context) -> str:
        return ctx["DIGEST_SITE_TITLE"][page_lang(ctx)]

    def translate(code: str, message: str) -> str:
        """``message`` in language ``code``, for text in another language than the page's."""
        return catalogs[code].ugettext(message)

    @pass_context
    def public_url(ctx: Context, path: str = "") -> str:
        """``path`` (site-relative) on the published site: canonical and hreflang links."""
        return f"{ctx['DIGEST_PUBLIC_URL']}/{path}"

    @pass_context
    def canonical_url(ctx: Context) -> str:
        return public_url(ctx, page_url(ctx))

    @pass_context
    def head_alternates(ctx: Context) -> list[Alternate]:
        """hreflang alternates of the page: every language version, then x-default."""
        return alternates(page_versions(ctx), page_url(ctx), ctx["DEFAULT_LANG"])

    @pass_context
    def article_data(ctx: Context, article: object) -> dict:
        """The article page's JSON-LD ``NewsArticle``."""
        return news_article(article, canonical_url(ctx), site_title(ctx), ctx["DIGEST_PUBLIC_URL"])

    @pass_context
    def tag_timeline(ctx: Context, articles: list, title: str) -> Markup:
        """A tag's articles per year and language, as an inline SVG titled ``title``."""
        counts = yearly_counts(((a.date.year, a.lang) for a in articles), list(LANGUAGES))
        names = Locale.parse(language(page_lang(ctx)).babel_locale).languages
        names = {code: names.get(code, code) for code in LANGUAGES}  # in the page's language
        return Markup(timeline_svg(counts, names, title))

    def size_bar(count: int, most: int) -> Markup:
        return Markup(size_bar_svg(count, most))

    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.filters["localdate"] = localdate
    env.filters["edition_title"] = edition_title
    env.globals.update(
        current_language=current_language,
        language_links=language_links,
        site_title=site_title,
        public_url=public_url,
        translate=translate,
        canonical_url=canonical_url,
        head_alternates=head_alternates,
        article_data=article_data,
        tag_timeline=tag_timeline,
        size_bar=size_bar,
        other_summaries=other_summaries,
        language=language,
        LANGUAGES=LANGUAGES,
        urls=urls,
    )
