"""Raw page in, article file out: decode, detect the language, extract, render, write."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..frontmatter import render_article
from .body import render_body
from .decode import DecodeError, decode_bytes, normalize_text
from .extract import Extracted, extract_article
from .language import detect_language
from .slug import make_slug
from .sources import RawPage, iter_pages

Tagger = Callable[[str, str, str], Iterable[str]]
_HTML_RE = re.compile(r"<(?:!doctype|html|head|body|div|p|br|script|meta|table)\b", re.I)


@dataclass(frozen=True)
class IngestResult:
    """An article built from one page, or the reason the page was rejected."""

    origin: str
    metadata: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    reason: str | None = None

    @property
    def ok(self) -> bool:
        """Whether an article was built."""
        return self.reason is None

    @property
    def relative_path(self) -> Path:
        """Where the article goes under the content folder: ``<lang>/<yyyy>/<slug>.md``."""
        meta = self.metadata
        return Path(meta["lang"], f"{meta['date'].year:04d}", f"{meta['slug']}.md")

    def text(self) -> str:
        """The article file's text."""
        return render_article(self.metadata, self.body)


def rejected(origin: str, reason: str) -> IngestResult:
    """A result that carries only a rejection reason."""
    return IngestResult(origin=origin, reason=reason)


def page_text(data: str | bytes) -> str:
    """Decoded, normalised page text; DecodeError if the bytes are no known text."""
    if isinstance(data, bytes):
        return decode_bytes(data)
    return normalize_text(data.lstrip("\ufeff"))


def unsupported_format(text: str) -> str | None:
    """Why ``text`` is not a plain-text page dump we can read yet, or None."""
    head = text.lstrip()
    if head.startswith("---\n") and re.search(r"^title:", head, re.M):
        return "already an article file (it has front matter)"
    if _HTML_RE.search(head[:4096]):
        return "HTML markup: only plain-text page dumps are supported so far"
    first = head.split("\n", 1)[0].strip()
    if first.startswith("{") and first.endswith("}"):
        try:
            json.loads(first)
        except ValueError:
            return None
        return "JSON lines: only plain-text page dumps are supported so far"
    return None


def ingest_page(
    text_or_bytes: str | bytes,
    *,
    origin: str,
    url: str | None = None,
    date: str | None = None,
    tagger: Tagger | None = None,
) -> IngestResult:
    """Build the article for one raw page, or say why not.

    ``url`` and ``date`` come from a crawl record, when there is one.
    """
    try:
        text = page_text(text_or_bytes)
    except DecodeError as exc:
        return rejected(origin, str(exc))
    if not text.strip():
        return rejected(origin, "empty input")
    problem = unsupported_format(text)
    if problem:
        return rejected(origin, problem)
    found = extract_article(text)
    lang = detect_language(article_text(found) if found.blocks else text)
    if lang is None:
        return rejected(origin, "not a Korean or Chinese page")
    problem = _missing(found)
    if problem:
        return rejected(origin, problem)
    body = render_body(found.blocks)
    return IngestResult(
        origin=origin, metadata=build_metadata(found, lang, body, tagger), body=body
    )


def article_text(found: Extracted) -> str:
    """The headline and body text, which decide the language (not the site's chrome)."""
    return "\n".join([found.title or "", *(block.text for block in found.blocks)])


def _missing(found: Extracted) -> str | None:
    if not found.title:
        return "no headline found"
    if found.date is None:
        return "no publication date found"
    if not found.blocks:
        return "no article text found"
    return None


def build_metadata(
    found: Extracted, lang: str, body: str, tagger: Tagger | None = None
) -> dict[str, Any]:
    """The front matter fields, in file order, leaving out what is unknown."""
    title = found.title or ""
    metadata: dict[str, Any] = {
        "title": title,
        "date": found.date,
        "lang": lang,
        "slug": make_slug(title, lang),
    }
    if found.section:
        metadata["section"] = found.section
    if found.authors:
        metadata["authors"] = list(found.authors)
    if found.source:
        metadata["source"] = {k: found.source[k] for k in ("name", "url") if k in found.source}
    tags = list(tagger(title, body, lang)) if tagger else []
    if tags:
        metadata["tags"] = tags
    if found.captions:
        metadata["captions"] = list(found.captions)
    return metadata


def ingest_path(
    source: Path,
    content_dir: Path,
    *,
    tagger: Tagger | None = None,
    out: Callable[[str], object] = print,
) -> int:
    """Ingest a page file or a folder of them into ``content_dir``; 1 if any was rejected."""
    status = 0
    written: dict[Path, tuple[str, str]] = {}  # target: (input, text) in this run
    for page in iter_pages(source):
        line = _ingest_one(page, content_dir, tagger, written)
        status = 1 if line.startswith("rejected ") else status
        out(line)
    return status


def _ingest_one(
    page: RawPage, content_dir: Path, tagger: Tagger | None, written: dict[Path, tuple[str, str]]
) -> str:
    if page.problem:
        return f"rejected {page.origin}: {page.problem}"
    result = ingest_page(page.data, origin=page.origin, url=page.url, date=page.date, tagger=tagger)
    if not result.ok:
        return f"rejected {page.origin}: {result.reason}"
    target = content_dir / result.relative_path
    text = result.text()
    earlier = written.setdefault(target, (page.origin, text))
    if earlier[1] != text:
        return f"rejected {page.origin}: same file {target} as {earlier[0]}; give it another slug"
    return write_article(target, text)


def write_article(path: Path, text: str) -> str:
    """Write ``text`` to a new file at ``path``, never over an existing one; the report line."""
    if path.exists():
        if _read(path) == text:
            return f"unchanged {path}"
        return f"kept {path} (curated file differs; not overwritten)"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text)
    return f"created {path}"


def atomic_write(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, then rename it into place."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
