"""Related articles, from either language: shared tags, and shared key terms.

Tags are the bridge between languages: a Korean and a Chinese article on 지식재산권 /
知识产权 share the tag ``intellectual-property``. Articles of the same language are
also compared by their key terms (tf-idf cosine over the edition), so two stories
about the same satellite launch are related even when tagged a little differently.

Candidates come from an inverted index over tags and terms; a feature shared by a
large part of the edition (a broad tag, a common word) scores but does not nominate
candidates, so an edition of thousands of articles is not compared pair by pair.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from .tokens import AnalysedArticle

RELATED_LIMIT = 5
KEY_TERMS = 40
MIN_SCORE = 0.1
_TAG_WEIGHT = 0.5  # the rest is key-term similarity (same language only)
_MAX_POSTINGS = 400  # features shared by more articles nominate no candidates


def key_terms(article: AnalysedArticle, limit: int = KEY_TERMS) -> dict[str, int]:
    """The article's most frequent content words of two characters or more (title twice)."""
    counts = Counter(t for t in article.title_terms if len(t) > 1)
    counts.update(counts)  # a title word counts double
    for paragraph in article.paragraphs:
        for _, terms in paragraph:
            counts.update(t for t in terms if len(t) > 1)
    return dict(counts.most_common(limit))


@dataclass(frozen=True)
class ArticleProfile:
    """What relatedness looks at: an article's language, tags and key terms."""

    key: Hashable
    lang: str
    tag_ids: frozenset[str]
    terms: dict[str, int]
    group: Hashable = None  # articles of one group (translations) are not related to each other


def _tf_idf(profiles: Sequence[ArticleProfile]) -> list[dict[str, float]]:
    frequency: dict[str, Counter] = defaultdict(Counter)
    sizes: Counter = Counter(p.lang for p in profiles)
    for p in profiles:
        frequency[p.lang].update(p.terms.keys())
    vectors = []
    for p in profiles:
        df, n = frequency[p.lang], sizes[p.lang]
        vector = {t: c * math.log(1 + n / df[t]) for t, c in p.terms.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    return vectors


def related_articles(
    profiles: Sequence[ArticleProfile], limit: int = RELATED_LIMIT
) -> dict[Hashable, list[Hashable]]:
    """For each profile's key, the keys of up to ``limit`` related articles, best first."""
    vectors = _tf_idf(profiles)
    postings: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for tag_id in p.tag_ids:
            postings[("tag", tag_id)].append(i)
        for term in p.terms:
            postings[(p.lang, term)].append(i)
    result: dict[Hashable, list[Hashable]] = {}
    for i, p in enumerate(profiles):
        features = [("tag", t) for t in p.tag_ids] + [(p.lang, t) for t in p.terms]
        candidates = {j for f in features if len(postings[f]) <= _MAX_POSTINGS for j in postings[f]}
        scored = []
        for j in candidates:
            other = profiles[j]
            if j == i or (p.group is not None and other.group == p.group):
                continue
            score = _score(p, other, vectors[i], vectors[j])
            if score >= MIN_SCORE:
                scored.append((score, j))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        result[p.key] = [profiles[j].key for _, j in scored[:limit]]
    return result


def _score(a: ArticleProfile, b: ArticleProfile, va: dict, vb: dict) -> float:
    shared = len(a.tag_ids & b.tag_ids)
    tags = shared / math.sqrt(len(a.tag_ids) * len(b.tag_ids)) if shared else 0.0
    terms = sum(w * vb.get(t, 0.0) for t, w in va.items()) if a.lang == b.lang else 0.0
    return _TAG_WEIGHT * tags + (1 - _TAG_WEIGHT) * terms
