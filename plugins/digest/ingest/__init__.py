"""The ingester: a raw scraped news page in, a clean Markdown article file out.

Pure steps, each its own module: ``decode`` (bytes to text), ``language`` (ko/zh),
``extract`` (title, date, section, authors, source, captions, body blocks), ``body``
(Markdown), ``slug``; ``pipeline`` puts them together and writes the files.
No Pelican here.
"""

from __future__ import annotations

from .pipeline import IngestResult, Tagger, ingest_page, ingest_path

__all__ = ["IngestResult", "Tagger", "ingest_page", "ingest_path"]
