"""What the digest adds to an article: its summary and its tags. Pure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .article_text import body_paragraphs, plain_text
from .summary import summarise
from .tagging import auto_tags
from .tokens import Tokenizer, tokenizer
from .vocabulary import Tag, TagVocabulary


def vocabulary_tokenizer(vocabulary: TagVocabulary, lang: str) -> Tokenizer:
    """The tokeniser of ``lang`` that knows the vocabulary's names as words."""
    return tokenizer(lang, vocabulary.names(lang))


@dataclass(frozen=True)
class Annotation:
    summary: str
    summary_is_curated: bool
    tags: tuple[Tag, ...]
    auto_tag_ids: tuple[str, ...]


def annotate(
    *,
    title: str,
    body_markdown: str,
    lang: str,
    curated_summary: str | None,
    curated_tags: list[Tag],
    vocabulary: TagVocabulary,
    budget: int,
    auto_tagging: bool = True,
    tag_threshold: int = 2,
) -> Annotation:
    """The article's summary (curated wins) and tags (curated first, then automatic)."""
    tok = vocabulary_tokenizer(vocabulary, lang)
    if curated_summary and curated_summary.strip():
        summary, curated = curated_summary.strip(), True
    else:
        summary, curated = (
            summarise(title, body_paragraphs(body_markdown), lang, budget, tok),
            False,
        )
    found: list[str] = []
    if auto_tagging:
        found = auto_tags(title, plain_text(body_markdown), lang, vocabulary, tok, tag_threshold)
    tags = list(curated_tags)
    for tag_id in found:
        tag = vocabulary.get(tag_id)
        if tag is not None and tag not in tags:
            tags.append(tag)
    return Annotation(summary, curated, tuple(tags), tuple(found))


def vocabulary_tagger(
    vocabulary: TagVocabulary, threshold: int = 2
) -> Callable[[str, str, str], list[str]]:
    """A ``(title, body_markdown, lang) -> tag ids`` function, as the ingester wants."""

    def tag(title: str, body_markdown: str, lang: str) -> list[str]:
        tok = vocabulary_tokenizer(vocabulary, lang)
        return auto_tags(title, plain_text(body_markdown), lang, vocabulary, tok, threshold)

    return tag
