"""Automatic summaries and tags kept between builds, keyed by a hash of what made them.

An unchanged article is never summarised twice: its key is the hash of its title,
body, language, the settings and vocabulary that shape the result, and the method's
version. The cache is one JSON file; saving keeps only the entries this build used
and replaces the file atomically, so an interrupted build never leaves it torn.
A missing, unreadable or foreign file is simply an empty cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1


def content_key(*parts: str) -> str:
    """A stable key for the text parts that determine an annotation."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


class AnnotationCache:
    """Entries (dicts of JSON values) by content key, loaded from and saved to ``path``."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._entries: dict[str, dict[str, Any]] = self._load()
        self._used: dict[str, dict[str, Any]] = {}
        self._changed = False
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, key: str, field: str) -> Any | None:
        """The cached ``field`` of the entry ``key``, or None (counted as a miss)."""
        entry = self._entries.get(key)
        if entry is not None:
            self._used[key] = entry
        if entry is None or field not in entry:
            self.misses += 1
            return None
        self.hits += 1
        return entry[field]

    def put(self, key: str, field: str, value: Any) -> None:
        entry = self._entries.setdefault(key, {})
        entry[field] = value
        self._used[key] = entry
        self._changed = True

    def save(self) -> None:
        """Write the entries used in this build (if anything changed), atomically."""
        if self.path is None or not (self._changed or len(self._used) < len(self._entries)):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"format": FORMAT, "entries": self._used}, ensure_ascii=False)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".annotations-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(data)
            os.replace(temporary, self.path)
        except BaseException:
            os.unlink(temporary)
            raise
        self._entries, self._changed = dict(self._used), False
