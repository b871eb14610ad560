"""Raw page in, article file out: decode, detect the language, extract, render, write."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any, TextIO

from ..article_text import plain_text
from ..frontmatter import render_article
from .body import render_body
from .decode import DecodeError, decode_bytes, normalize_text
from .duplicates import DuplicateIndex, Fingerprint
from .extract import Extracted
from .identity import article_uid
from .language import detect_language
from .reading import extract, page_words, read_page, unsupported_format
from .report import count_inputs, is_terminal, progress_bar
from .slug import make_slug
from .sources import RawPage, iter_pages

Tagger = Callable[[str, str, str], Iterable[str]]


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


def ingest_page(
    text_or_bytes: str | bytes,
    *,
    origin: str,
    url: str | None = None,
    date: str | None = None,
    tagger: Tagger | None = None,
) -> IngestResult:
    """Build the article for one raw page (a text dump or saved HTML), or say why not.

    ``url`` and ``date`` come from a crawl record, when there is one: the date is the
    fallback when the page shows none (then a date in the url), the url the source's
    when the page names none.
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
    page = read_page(text)
    if not any(line.text for line in page.lines):
        return rejected(origin, "empty input (the markup holds no text)")
    found = extract(page, url=url, date=date)
    lang = detect_language(article_text(found) if found.blocks else page_words(page))
    if lang is None:
        return rejected(origin, "not a Korean or Chinese page")
    problem = found.not_article or _missing(found)
    if problem:
        return rejected(origin, problem)
    body = render_body(found.blocks)
    page_url = url or page.evidence.url  # the page's own address, not its site's
    metadata = build_metadata(found, lang, body, tagger, page_url=page_url)
    return IngestResult(origin=origin, metadata=metadata, body=body)


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
    found: Extracted,
    lang: str,
    body: str,
    tagger: Tagger | None = None,
    *,
    page_url: str | None = None,
) -> dict[str, Any]:
    """The front matter fields, in file order, leaving out what is unknown.

    ``uid`` comes last: from ``page_url``, the page's own address, else from the text.
    """
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
    metadata["uid"] = article_uid(page_url, title, body)
    return metadata


def ingest_path(
    source: Path,
    content_dir: Path,
    *,
    tagger: Tagger | None = None,
    out: Callable[[str], object] = print,
    progress: TextIO | None = None,
) -> int:
    """Ingest a page file or a folder of them into ``content_dir``; 1 if any was rejected.

    Each input gets one line through ``out``: ``created PATH``, ``unchanged PATH``,
    ``duplicate of PATH`` or ``rejected INPUT: REASON``. A story already in
    ``content_dir`` (or given earlier in the run) is never written again, and no
    existing file is ever overwritten. Big batches show a progress bar on
    ``progress`` (stderr by default) when it is a terminal.
    """
    stream = progress or sys.stderr
    total = count_inputs(source) if is_terminal(stream) else 0
    index = cache(partial(DuplicateIndex.from_content, content_dir))  # built when first needed
    status = 0
    with progress_bar(total, stream) as advance:
        for page in iter_pages(source):
            line = _ingest_one(page, content_dir, tagger, index)
            status = 1 if line.startswith("rejected ") else status
            out(line)
            advance(line)
    return status


def _ingest_one(
    page: RawPage, content_dir: Path, tagger: Tagger | None, index: Callable[[], DuplicateIndex]
) -> str:
    """Ingest one page: its report line."""
    result = _build(page, tagger)
    if not result.ok:
        return f"rejected {page.origin}: {result.reason}"
    return _place(result, content_dir, index)


def _build(page: RawPage, tagger: Tagger | None) -> IngestResult:
    """The article for ``page``; an unexpected error rejects this page only."""
    if page.problem:
        return rejected(page.origin, page.problem)
    try:
        return ingest_page(
            page.data, origin=page.origin, url=page.url, date=page.date, tagger=tagger
        )
    except Exception as exc:  # one odd page must not stop the batch
        return rejected(page.origin, f"could not be ingested ({type(exc).__name__}: {exc})")


def _place(result: IngestResult, content_dir: Path, index: Callable[[], DuplicateIndex]) -> str:
    """Write a new story; report a story that is already there, in a file or in the index."""
    target = content_dir / result.relative_path
    text = result.text()
    if target.exists():  # the same language, year and slug: the same story
        return _already_there(target, text)
    lang = result.metadata["lang"]
    fingerprint = Fingerprint.of(plain_text(result.body))
    stories = index()
    match = stories.find(lang, fingerprint)
    if match is not None:  # later copies of this copy are copies of the same article
        stories.add(lang, match.path, fingerprint)
        return f"duplicate of {match.path}"
    try:
        line = write_article(target, text)
    except OSError as exc:
        return f"rejected {result.origin}: cannot write {target} ({exc.strerror or exc})"
    stories.add(lang, target, fingerprint)
    return line


def write_article(path: Path, text: str) -> str:
    """Write ``text`` to a new file at ``path``, never over an existing one; the report line.

    A file already there is the same story: ``unchanged`` when it has the same text,
    else ``duplicate of`` it (a curated or older version wins).
    """
    if path.exists():
        return _already_there(path, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text)
    return f"created {path}"


def atomic_write(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, then rename it into place.

    Readers see either no file or the whole file; on any failure or interruption the
    temporary file is removed and the error goes on.
    """
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _already_there(path: Path, text: str) -> str:
    """The report line for an article whose file exists: it is never overwritten."""
    return f"unchanged {path}" if _read(path) == text else f"duplicate of {path}"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
