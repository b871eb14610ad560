"""What the digest adds to articles: their summaries and tags. Pure.

``annotate_all`` takes a whole edition at once: cached results are reused, and the
summaries still to write are made in one batch per language (the Korean analyser
then works on every core).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .annotation_cache import AnnotationCache, content_key
from .article_text import body_paragraphs, plain_text
from .related import key_terms
from .summary import METHOD_VERSION as SUMMARY_METHOD
from .summary import summarise_analysed
from .tagging import DEFAULT_THRESHOLD, auto_tags
from .tagging import METHOD_VERSION as TAGGING_METHOD
from .tokens import Tokenizer, analyse_articles, tokenizer
from .vocabulary import Tag, TagVocabulary


def vocabulary_tokenizer(vocabulary: TagVocabulary, lang: str) -> Tokenizer:
    """The tokeniser of ``lang`` that knows the vocabulary's names as words."""
    return tokenizer(lang, vocabulary.names(lang))


@dataclass(frozen=True)
class ArticleText:
    """What annotating an article reads: its text and what the curator decided."""

    title: str
    body_markdown: str
    lang: str
    curated_summary: str | None = None
    curated_tags: tuple[Tag, ...] = ()
    auto_tagging: bool = True

    @property
    def has_curated_summary(self) -> bool:
        return bool(self.curated_summary and self.curated_summary.strip())


@dataclass(frozen=True)
class Annotation:
    summary: str
    summary_is_curated: bool
    tags: tuple[Tag, ...]
    auto_tag_ids: tuple[str, ...]
    key_terms: dict[str, int] = field(default_factory=dict)  # for related articles


@dataclass
class _Work:
    """One article's annotation being made: cached parts first, the rest in batches."""

    article: ArticleText
    key: str
    summary: str | None = None
    terms: dict[str, int] | None = None
    found: list[str] = field(default_factory=list)


def annotate_all(
    articles: Sequence[ArticleText],
    vocabulary: TagVocabulary,
    *,
    budgets: Mapping[str, int],
    tag_threshold: int = DEFAULT_THRESHOLD,
    cache: AnnotationCache | None = None,
) -> list[Annotation]:
    """Each article's summary (curated wins) and tags (curated first, then automatic)."""
    cache = cache or AnnotationCache()
    settings = (vocabulary.fingerprint(), str(tag_threshold))
    work = [_Work(a, _key(a, str(budgets[a.lang]), *settings)) for a in articles]
    for w in work:
        a = w.article
        if a.has_curated_summary:
            w.summary = a.curated_summary.strip()
        else:
            w.summary = cache.get(w.key, "summary")
        w.terms = cache.get(w.key, "terms")
        if a.auto_tagging:
            found = cache.get(w.key, "tags")
            if found is None:
                tok = vocabulary_tokenizer(vocabulary, a.lang)
                found = auto_tags(
                    a.title, plain_text(a.body_markdown), a.lang, vocabulary, tok, tag_threshold
                )
                cache.put(w.key, "tags", found)
            w.found = list(found)
    for lang in sorted({w.article.lang for w in work}):
        _analyse([w for w in work if w.article.lang == lang], lang, vocabulary, budgets, cache)
    return [_annotation(w, vocabulary) for w in work]


def _analyse(
    work: list[_Work],
    lang: str,
    vocabulary: TagVocabulary,
    budgets: Mapping[str, int],
    cache: AnnotationCache,
) -> None:
    """Summaries and key terms not in the cache, from one batched analysis."""
    todo = [w for w in work if w.summary is None or w.terms is None]
    if not todo:
        return
    tok = vocabulary_tokenizer(vocabulary, lang)
    texts = [(w.article.title, body_paragraphs(w.article.body_markdown)) for w in todo]
    for w, analysed in zip(todo, analyse_articles(texts, tok), strict=True):
        if w.summary is None:
            w.summary = summarise_analysed(analysed, lang, budgets[lang], tok)
            cache.put(w.key, "summary", w.summary)
        if w.terms is None:
            w.terms = key_terms(analysed)
            cache.put(w.key, "terms", w.terms)


def _key(article: ArticleText, *settings: str) -> str:
    """What determines the automatic summary and tags of ``article``."""
    return content_key(
        SUMMARY_METHOD,
        TAGGING_METHOD,
        *settings,
        article.lang,
        article.title,
        article.body_markdown,
    )


def _annotation(work: _Work, vocabulary: TagVocabulary) -> Annotation:
    tags = list(work.article.curated_tags)
    for tag_id in work.found:
        tag = vocabulary.get(tag_id)
        if tag is not None and tag not in tags:
            tags.append(tag)
    return Annotation(
        work.summary or "",
        work.article.has_curated_summary,
        tuple(tags),
        tuple(work.found),
        dict(work.terms or {}),
    )


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
    tag_threshold: int = DEFAULT_THRESHOLD,
) -> Annotation:
    """One article's summary and tags (see ``annotate_all``)."""
    article = ArticleText(
        title, body_markdown, lang, curated_summary, tuple(curated_tags), auto_tagging
    )
    return annotate_all([article], vocabulary, budgets={lang: budget}, tag_threshold=tag_threshold)[
        0
    ]


def vocabulary_tagger(
    vocabulary: TagVocabulary, threshold: int = DEFAULT_THRESHOLD
) -> Callable[[str, str, str], list[str]]:
    """A ``(title, body_markdown, lang) -> tag ids`` function, as the ingester wants."""

    def tag(title: str, body_markdown: str, lang: str) -> list[str]:
        tok = vocabulary_tokenizer(vocabulary, lang)
        return auto_tags(title, plain_text(body_markdown), lang, vocabulary, tok, threshold)

    return tag
