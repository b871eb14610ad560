"""The plugin's settings, declared once with their defaults and checked up front."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from ..editions import PERIODS
from ..languages import LANGUAGES
from ..summary import DEFAULT_BUDGETS
from ..tagging import DEFAULT_THRESHOLD


class SettingsError(Exception):
    """A setting has a value the digest cannot use; the message says what to change."""

    exitcode = 1


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("DIGEST_VOCABULARY", "vocabulary.yaml", "tag vocabulary file, relative to PATH"),
    Setting("DIGEST_SUMMARY_BUDGETS", DEFAULT_BUDGETS, "summary length in characters, per lang"),
    Setting("DIGEST_AUTO_TAGS", True, "add vocabulary tags found in the text"),
    Setting("DIGEST_TAG_THRESHOLD", DEFAULT_THRESHOLD, "mentions that make a topic"),
    Setting("DIGEST_ARTICLES_PER_PAGE", 20, "articles on each page of a side's listing"),
    Setting("DIGEST_SEARCH_INDEX", True, "build the Pagefind search index"),
    Setting("DIGEST_CACHE", True, "keep automatic summaries and tags in CACHE_PATH between builds"),
    Setting("DIGEST_SITE_TITLE", {"ko": "해란", "zh": "海兰"}, "site name on each side"),
    Setting("DIGEST_EDITION_PERIOD", "month", "one edition per 'month' or per 'week'"),
    Setting("DIGEST_PRECOMPRESS", False, "write .gz and .br copies of text files (publishing)"),
    Setting(
        "DIGEST_PUBLIC_URL",
        "https://haeran.github.io",
        "the published site's address: canonical links, hreflang, sitemap and feed links "
        "use it even in a local preview, where SITEURL is empty",
    ),
)


def apply_defaults(settings: dict) -> None:
    """Fill in unset DIGEST_* settings with their defaults."""
    for setting in SETTINGS:
        settings.setdefault(setting.name, setting.default)


def validate(settings: dict) -> None:
    """Raise SettingsError naming each setting to change."""
    problems = []
    budgets = settings["DIGEST_SUMMARY_BUDGETS"]
    if not isinstance(budgets, dict) or set(budgets) != set(LANGUAGES):
        problems.append(
            f"DIGEST_SUMMARY_BUDGETS must give a budget for each of {sorted(LANGUAGES)}"
        )
    elif not all(isinstance(v, int) and v >= 40 for v in budgets.values()):
        problems.append("DIGEST_SUMMARY_BUDGETS values must be whole numbers of at least 40")
    titles = settings["DIGEST_SITE_TITLE"]
    if not isinstance(titles, dict) or set(titles) != set(LANGUAGES):
        problems.append(f"DIGEST_SITE_TITLE must name the site in each of {sorted(LANGUAGES)}")
    for name in ("DIGEST_TAG_THRESHOLD", "DIGEST_ARTICLES_PER_PAGE"):
        value = settings[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            problems.append(f"{name} must be a whole number of at least 1, not {value!r}")
    for name in ("DIGEST_AUTO_TAGS", "DIGEST_SEARCH_INDEX", "DIGEST_CACHE", "DIGEST_PRECOMPRESS"):
        if not isinstance(settings[name], bool):
            problems.append(f"{name} must be True or False, not {settings[name]!r}")
    if settings["DIGEST_EDITION_PERIOD"] not in PERIODS:
        problems.append(
            f"DIGEST_EDITION_PERIOD must be one of {', '.join(map(repr, PERIODS))}, "
            f"not {settings['DIGEST_EDITION_PERIOD']!r}"
        )
    public = settings["DIGEST_PUBLIC_URL"]
    if not isinstance(public, str) or not re.fullmatch(r"https?://[^\s/]+(/[^\s]*[^/\s])?", public):
        problems.append(
            "DIGEST_PUBLIC_URL must be the site's absolute address without a trailing '/', "
            f"such as 'https://haeran.github.io', not {public!r}"
        )
    if settings.get("DEFAULT_LANG") not in LANGUAGES:
        problems.append(f"DEFAULT_LANG must be one of {sorted(LANGUAGES)}")
    if not os.path.isfile(vocabulary_path(settings)):
        problems.append(
            f"DIGEST_VOCABULARY: no file at {vocabulary_path(settings)}; "
            "point it at the tag vocabulary (relative to PATH)"
        )
    if problems:
        raise SettingsError("settings need changing:\n  " + "\n  ".join(problems))


def vocabulary_path(settings: dict) -> str:
    return os.path.join(settings["PATH"], settings["DIGEST_VOCABULARY"])
