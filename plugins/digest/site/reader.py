"""Pelican reader for article files: real YAML front matter, Markdown body."""

from __future__ import annotations

import os

import markdown
from pelican.generators import ArticlesGenerator
from pelican.readers import BaseReader
from pelican.urlwrappers import Author
from pelican.utils import SafeDatetime

from ..errors import ContentError
from ..frontmatter import split_article
from ..metadata import duplicate_uid_error, duplicate_uids, normalise_metadata
from ..vocabulary import TagVocabulary
from .state import build_state


class DigestReader(BaseReader):
    """Reads ``.md`` files with ``---`` YAML front matter."""

    enabled = True
    file_extensions = ["md"]

    def read(self, source_path: str) -> tuple[str, dict]:
        try:
            return self._read(source_path)
        except ContentError as error:
            build_state(self.settings).content_errors.append(error)
            raise

    def _read(self, source_path: str) -> tuple[str, dict]:
        try:
            with open(source_path, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError as exc:
            raise ContentError(
                source_path, f"not valid UTF-8 (byte {exc.start}): save the file as UTF-8"
            ) from None
        article = split_article(text, source_path)
        vocabulary: TagVocabulary = build_state(self.settings).vocabulary
        metadata = normalise_metadata(
            article.metadata, text, source_path, vocabulary, is_page=self._is_page(source_path)
        )
        if "date" in metadata:
            metadata["date"] = SafeDatetime.fromisoformat(metadata["date"].isoformat())
        if "authors" in metadata:
            metadata["authors"] = [Author(name, self.settings) for name in metadata["authors"]]
        # Articles are translations of each other only when they say so.
        metadata.setdefault("translation_key", os.path.relpath(source_path, self.settings["PATH"]))
        metadata["body_markdown"] = article.body
        config = self.settings["MARKDOWN"]
        html = markdown.Markdown(
            extensions=config.get("extensions", []),
            extension_configs=config.get("extension_configs", {}),
            output_format="html",
        ).convert(article.body)
        return html, metadata

    def _is_page(self, source_path: str) -> bool:
        relative = os.path.relpath(source_path, self.settings["PATH"])
        return any(
            relative == p or relative.startswith(p.rstrip("/") + os.sep)
            for p in self.settings["PAGE_PATHS"]
        )


def check_unique_uids(generator: ArticlesGenerator) -> None:
    """article_generator_finalized receiver: two articles with one uid are content errors."""
    errors = build_state(generator.settings).content_errors
    articles = [
        *generator.articles,
        *generator.translations,
        *generator.hidden_articles,
        *generator.hidden_translations,
        *generator.drafts,
        *generator.drafts_translations,
    ]
    for path, first in duplicate_uids((a.source_path, a.metadata["uid"]) for a in articles):
        with open(path, encoding="utf-8") as handle:
            errors.append(duplicate_uid_error(path, first, handle.read()))
