"""Automatic tags: vocabulary names found on word boundaries, often enough to matter."""

from __future__ import annotations

from collections import Counter

from .tokens import Tokenizer
from .vocabulary import TagVocabulary

TITLE_WEIGHT = 2  # a mention in the title counts as much as two in the body
DEFAULT_THRESHOLD = 2  # one passing mention is not a topic
RELATIVE_THRESHOLD = 0.15  # nor is a topic mentioned far less than the article's main one
MAX_TAGS = 8


def count_sequence(words: list[str], sequence: list[str]) -> int:
    """How often ``sequence`` occurs in ``words`` as consecutive whole tokens."""
    n = len(sequence)
    if not n:
        return 0
    first = sequence[0]
    return sum(1 for i, w in enumerate(words) if w == first and words[i : i + n] == sequence)


def tag_scores(
    title: str, body: str, lang: str, vocabulary: TagVocabulary, tok: Tokenizer
) -> dict[str, int]:
    """Weighted mentions of each tag in the title and body."""
    title_words, body_words = tok.words(title), tok.words(body)
    scores: Counter = Counter()
    for tag in vocabulary:
        for name in tag.names(lang):
            seq = tok.words(name)
            mentions = TITLE_WEIGHT * count_sequence(title_words, seq)
            mentions += count_sequence(body_words, seq)
            if mentions:
                scores[tag.id] += mentions
    return dict(scores)


def auto_tags(
    title: str,
    body: str,
    lang: str,
    vocabulary: TagVocabulary,
    tok: Tokenizer,
    threshold: int = DEFAULT_THRESHOLD,
) -> list[str]:
    """Ids of the tags that are topics of the article, most mentioned first.

    A tag must be mentioned ``threshold`` times and at least RELATIVE_THRESHOLD
    as often as the most mentioned tag; at most MAX_TAGS are kept.
    """
    scores = tag_scores(title, body, lang, vocabulary, tok)
    if not scores:
        return []
    floor = max(threshold, RELATIVE_THRESHOLD * max(scores.values()))
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [tag_id for tag_id, score in ranked if score >= floor][:MAX_TAGS]
