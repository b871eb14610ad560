"""What the search page knows besides the index: tag labels, years, language names.

The page carries it as JSON (``search_data``) so the browser can show each
result's language and tags in the page's language, and find a tag's articles when
the query names the tag in another language than theirs (知识产权 finds the Korean
articles tagged 지식재산권).
"""

from __future__ import annotations

from ..languages import LANGUAGES, other_languages
from . import urls


def search_page_data(lang: str, listings: list, articles: list, siteurl: str) -> dict:
    """The search page's data for side ``lang``: ``listings`` are the tags with articles.

    ``bundles`` gives each language's search bundle; a language without articles
    has none (Pagefind cannot index nothing), and its search finds nothing.
    """
    tags = {
        listing.tag.id: {
            "label": listing.tag.label(lang),
            "url": f"{siteurl}/{urls.tag(lang, listing.tag.id)}",
        }
        for listing in listings
    }
    tag_names = {
        code: {
            name.lower(): listing.tag.id for listing in listings for name in listing.tag.names(code)
        }
        for code in LANGUAGES
    }
    written = {article.lang for article in articles}
    return {
        "lang": lang,
        "bundles": {
            code: f"{siteurl}/{urls.search_bundle(code)}" for code in LANGUAGES if code in written
        },
        "order": [lang] + [other.code for other in other_languages(lang)],
        "languages": {code: language.name for code, language in LANGUAGES.items()},
        "htmlLang": {code: language.html_lang for code, language in LANGUAGES.items()},
        "tags": tags,
        "tagNames": tag_names,
        "years": sorted({f"{article.date:%Y}" for article in articles}, reverse=True),
    }
