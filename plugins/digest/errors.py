"""Errors about content that a curator or contributor can act on."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A problem in one content file, reported as ``path:line: error: message``."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None):
        super().__init__(message)
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: error: {self.message}"
