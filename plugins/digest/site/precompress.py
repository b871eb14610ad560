"""Precompressed copies of the site's text files, for servers that send them as they are.

Each text file of the output (HTML, CSS, JS, XML feeds and sitemap, JSON, SVG, TXT)
gets a ``.gz`` (gzip, level 9) and a ``.br`` (Brotli, quality 11) beside it, unless
compressing saves nothing. A copy newer than its file is kept, so a rebuild only
compresses what changed. Pagefind's index files are compressed already.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import brotli

TEXT_SUFFIXES = (".html", ".css", ".js", ".mjs", ".xml", ".json", ".svg", ".txt")
ENCODINGS = {
    ".gz": lambda data: gzip.compress(data, compresslevel=9, mtime=0),
    ".br": lambda data: brotli.compress(data, quality=11),
}


def precompress(output_path: str | Path) -> int:
    """Write the compressed copies under ``output_path``; returns how many were written."""
    written = 0
    for path in sorted(Path(output_path).rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        data = None
        for suffix, compress in ENCODINGS.items():
            copy = path.with_name(path.name + suffix)
            if copy.exists() and copy.stat().st_mtime >= path.stat().st_mtime:
                continue
            data = path.read_bytes() if data is None else data
            packed = compress(data)
            if len(packed) >= len(data):
                copy.unlink(missing_ok=True)
                continue
            temporary = copy.with_name(f".{copy.name}.tmp")
            temporary.write_bytes(packed)
            os.replace(temporary, copy)
            written += 1
    return written
