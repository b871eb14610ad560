"""Automatic tags: vocabulary names found on word boundaries, often enough to matter."""

from __future__ import annotations

import re
from collections import Counter

from .tokens import Tokenizer
from .vocabulary import TagVocabulary

TITLE_WEIGHT = 2  # a mention in the title counts as much as two in the body
DEFAULT_THRESHOLD = 3  # a passing mention is not a topic (a title mention counts two)
RELATIVE_THRESHOLD = 0.3  # nor is a topic mentioned far less than the article's main one
MAX_TAGS = 8
METHOD_VERSION = "2"  # change when tags of unchanged articles would change


def count_sequence(words: list[str], sequence: list[str]) -> int:
    """How often ``sequence`` occurs in ``words`` as consecutive whole tokens."""
    n = len(sequence)
    if not n:
        return 0
    first = sequence[0]
    return sum(1 for i, w in enumerate(words) if w == first and words[i : i + n] == sequence)


# What ends the span around a hit: whitespace and punctuation (words never cross these).
_SPAN_END = re.compile(r"[\s.,;:!?。，、；：！？“”\"'‘’()（）\[\]【】《》<>·…]")


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] widened to the surrounding eojeol (Korean) or clause (Chinese)."""
    while start > 0 and not _SPAN_END.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _SPAN_END.match(text[end]):
        end += 1
    return start, end


# A vocative particle never follows a topic noun in news prose: when the analyser
# reads one (지진아 → 지진 + 아), the word is another noun, not the topic.
_NOT_AFTER_A_TOPIC = frozenset({"JKV"})


def _whole_word_matches(word: str, sequence: list[str], tok: Tokenizer, cache: dict) -> int:
    """How often ``sequence`` occurs as whole tokens in the analysis of ``word``."""
    tagged = cache.get(("word", word)) or cache.setdefault(("word", word), tok.tagged_words(word))
    forms = [form for form, _ in tagged]
    n = len(sequence)
    return sum(
        1
        for i in range(len(forms) - n + 1)
        if forms[i : i + n] == sequence
        and (i + n == len(tagged) or tagged[i + n][1] not in _NOT_AFTER_A_TOPIC)
    )


def count_mentions(text: str, name: str, tok: Tokenizer, cache: dict) -> int:
    """How often ``name`` occurs in ``text`` as whole tokens (not inside another word).

    Only the words around substring hits are analysed, so an article costs the
    tokeniser a few short words rather than its whole text; ``cache`` keeps them.
    """
    hits: Counter = Counter()
    position = text.find(name)
    while position != -1:
        hits[text[slice(*_word_bounds(text, position, position + len(name)))]] += 1
        position = text.find(name, position + 1)
    if not hits:
        return 0
    sequence = cache.get(("name", name)) or cache.setdefault(("name", name), tok.words(name))
    total = 0
    for word, count in hits.items():
        if tok.plainly_whole(word, name):
            total += count
        else:
            total += min(count, _whole_word_matches(word, sequence, tok, cache))
    return total


def tag_scores(
    title: str, body: str, lang: str, vocabulary: TagVocabulary, tok: Tokenizer
) -> dict[str, int]:
    """Weighted mentions of each tag in the title and body."""
    cache: dict = {}  # analyses of names and spans, shared by all tags of this article
    scores: Counter = Counter()
    for tag in vocabulary:
        for name in tag.names(lang):
            mentions = TITLE_WEIGHT * count_mentions(title, name, tok, cache)
            mentions += count_mentions(body, name, tok, cache)
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
    as often as the most mentioned tag; at most MAX_TAGS are kept. Tags marked
    ``auto: false`` (the digest's umbrella, science-technology) are left to
    curators, and of places found one inside another only the most specific stays
    (연길 within 연변 within 길림성: the story happens in 연길).
    """
    scores = {
        tag_id: score
        for tag_id, score in tag_scores(title, body, lang, vocabulary, tok).items()
        if vocabulary.tags[tag_id].automatic
    }
    if not scores:
        return []
    floor = max(threshold, RELATIVE_THRESHOLD * max(scores.values()))
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    found = [tag_id for tag_id, score in ranked if score >= floor]
    return [t for t in found if not _encloses_a_place(t, found, vocabulary)][:MAX_TAGS]


def _encloses_a_place(tag_id: str, found: list[str], vocabulary: TagVocabulary) -> bool:
    """True when ``tag_id`` is a place that contains another place in ``found``."""
    if vocabulary.tags[tag_id].kind != "place":
        return False
    for other in found:
        parent = vocabulary.tags[other].parent if vocabulary.tags[other].kind == "place" else None
        while parent is not None:
            if parent == tag_id:
                return True
            parent = vocabulary.tags[parent].parent
    return False
