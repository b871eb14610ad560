"""The ingester: a raw scraped news page in, a clean Markdown article file out.

Pure steps, each its own module: ``decode`` (bytes to text), ``html`` (saved HTML to
the lines of a ``page``), ``reading`` (which format, and a crawl record's fallbacks),
``language`` (ko/zh), ``extract`` (title, date, section, authors, source, captions, body
blocks, or why the page is no article), ``body`` (Markdown), ``slug``, ``identity``
(the ``uid``); ``pipeline`` puts them together and writes the files. No Pelican here.
"""

from __future__ import annotations

from .pipeline import IngestResult, Tagger, ingest_page, ingest_path

__all__ = ["IngestResult", "Tagger", "ingest_page", "ingest_path"]
