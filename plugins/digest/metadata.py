"""Front matter as written by contributors → the article's checked metadata.

Pure: shared by the site reader and the content checks. Problems are
ContentErrors that name the file, the line and what to do.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .errors import ContentError
from .frontmatter import field_line
from .languages import LANGUAGE_CODES
from .vocabulary import Tag, TagVocabulary

CHINA_TIME = dt.timezone(dt.timedelta(hours=8))
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED_FOR_ARTICLES = ("title", "date", "lang", "uid")
REQUIRED_FOR_PAGES = ("title", "lang")
SUMMARY = "summary"
UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
NEW_UID = "python -c 'import uuid; print(uuid.uuid4())'"
HINTS = {  # what to do about a missing field
    "uid": f": add 'uid: <new UUID>', the article's id in feeds for good ({NEW_UID} makes one)"
}


def summary_field(code: str) -> str:
    """The front-matter field of a curated summary in language ``code``: ``summary_zh``."""
    return f"{SUMMARY}_{code}"


def other_language_summaries(meta: dict[str, Any], lang: str) -> dict[str, str]:
    """The curated summaries of a ``lang`` article in the other languages, by code."""
    return {
        code: meta[summary_field(code)]
        for code in LANGUAGE_CODES
        if code != lang and meta.get(summary_field(code))
    }


def parse_date(value: object) -> dt.datetime:
    """An aware datetime from YAML's date, datetime or ISO text; naive means +08:00."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        moment = dt.datetime.fromisoformat(value.strip())
    else:
        raise ValueError(f"not a date: {value!r}")
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA_TIME)


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [value]


def normalise_tags(
    names: list, vocabulary: TagVocabulary, path: str | Path | None, line: int | None
) -> list[Tag]:
    """Tags as the vocabulary knows them; unknown names are errors with suggestions."""
    tags: list[Tag] = []
    for name in names:
        tag = vocabulary.resolve(str(name))
        if tag is None:
            close = vocabulary.suggest(str(name))
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            raise ContentError(
                path,
                f"unknown tag {str(name)!r}: use an id, label or alias from "
                f"{vocabulary.path or 'the tag vocabulary'}, or add it there.{hint}",
                line,
            )
        if tag not in tags:
            tags.append(tag)
    return tags


def _check_summaries(meta: dict[str, Any], fail: Callable[[str, str], ContentError]) -> None:
    """``summary`` and the ``summary_<code>`` of other languages: text; the latter stripped."""
    lang = meta["lang"]
    others = " or ".join(summary_field(code) for code in LANGUAGE_CODES if code != lang)
    for field in [key for key in meta if isinstance(key, str) and key.startswith(SUMMARY)]:
        if field == summary_field(lang):
            raise fail(
                field,
                f"'{field}:' on an article with lang: {lang}: write its summary as "
                f"'{SUMMARY}:' instead ({others} is for a summary in another language)",
            )
        if field != SUMMARY and field.removeprefix(f"{SUMMARY}_") not in LANGUAGE_CODES:
            raise fail(
                field,
                f"unknown field '{field}:': a summary in another language goes in {others} "
                f"(the languages are {', '.join(LANGUAGE_CODES)})",
            )
        if not isinstance(meta[field], str):
            raise fail(field, f"{field} must be text: put it in quotes")
        if field != SUMMARY:
            meta[field] = meta[field].strip()
            if not meta[field]:
                raise fail(field, f"{field} is empty: write the summary or remove the line")


def _checked_uid(value: object, fail: Callable[[str, str], ContentError]) -> str:
    """The uid in its canonical form: a UUID of RFC 4122, lowercase."""
    text = value.strip() if isinstance(value, str) else ""
    if not UID.match(text) or uuid.UUID(text).variant != uuid.RFC_4122:
        raise fail(
            "uid",
            f"uid must be a UUID such as 0b6f3c1e-5d2a-4e8b-9c41-7f3e2a1d6b50, not {value!r}: "
            f"{NEW_UID} makes one (keep an article's uid once it is published)",
        )
    return text.lower()


def duplicate_uids(uids: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(path, uid)`` of every article → ``(path, first path)`` for each reuse of a uid.

    The paths are taken in sorted order, so the first path is the same in every build.
    """
    first_with: dict[str, str] = {}
    clashes = []
    for path, uid in sorted(uids):
        if uid in first_with:
            clashes.append((path, first_with[uid]))
        else:
            first_with[uid] = path
    return clashes


def duplicate_uid_error(path: str, first: str, text: str) -> ContentError:
    """The error for article ``path`` (its text ``text``) that has the uid of ``first``."""
    return ContentError(
        path,
        f"uid is also the uid of {first}: every article needs its own. Give one of them a "
        f"new uid ({NEW_UID} makes one), keeping the old one on the article already published",
        field_line(text, "uid") or 1,
    )


def normalise_metadata(
    raw: dict[str, Any],
    text: str,
    path: str | Path | None,
    vocabulary: TagVocabulary,
    *,
    is_page: bool = False,
) -> dict[str, Any]:
    """Check and convert front matter; ``text`` is the whole file, for line numbers."""

    def fail(field: str, message: str) -> ContentError:
        return ContentError(path, message, field_line(text, field) or 1)

    meta = dict(raw)
    for field in REQUIRED_FOR_PAGES if is_page else REQUIRED_FOR_ARTICLES:
        if meta.get(field) in (None, ""):
            hint = HINTS.get(field, "")
            raise ContentError(
                path, f"missing required field {field!r} in the front matter{hint}", 1
            )
    if not isinstance(meta["title"], str):
        raise fail("title", "title must be text: put it in quotes")
    meta["title"] = meta["title"].strip()
    if meta["lang"] not in LANGUAGE_CODES:
        raise fail("lang", f"lang must be one of {', '.join(LANGUAGE_CODES)}, not {meta['lang']!r}")
    if "date" in meta:
        try:
            meta["date"] = parse_date(meta["date"])
        except ValueError:
            raise fail("date", "date must look like 2018-01-25 23:27:00+08:00") from None
    if "slug" in meta:
        if not isinstance(meta["slug"], str) or not SLUG.match(meta["slug"]):
            raise fail("slug", "slug must be lowercase ASCII words joined by '-'")
    if "uid" in meta:
        meta["uid"] = _checked_uid(meta["uid"], fail)
    _check_summaries(meta, fail)
    if "auto_tags" in meta and not isinstance(meta["auto_tags"], bool):
        raise fail("auto_tags", "auto_tags must be true or false (false: only the tags listed)")
    authors = [str(a).strip() for a in _as_list(meta.pop("authors", None)) if str(a).strip()]
    if authors:  # Pelican wants no 'authors' at all rather than an empty list
        meta["authors"] = authors
    meta["tags"] = normalise_tags(
        _as_list(meta.get("tags")), vocabulary, path, field_line(text, "tags")
    )
    return meta
