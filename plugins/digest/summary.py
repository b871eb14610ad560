"""Extractive summaries, written in the article's own language.

The method: split the body into sentences, drop what is not a story sentence
(datelines, bylines, greetings, set phrases), score each sentence by LexRank-style
degree centrality over content words, overlap with the title and lead position,
then take the best sentences that fit the budget, in their original order. A
single sentence longer than the budget is cut at a clause boundary and marked "…".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .languages import language
from .tokens import Tokenizer

ELLIPSIS = "…"
DEFAULT_BUDGETS = {"ko": 250, "zh": 150}

# Shortest sentence worth a summary, in characters.
_MIN_LENGTH = {"ko": 15, "zh": 12}
_SENTENCE_END = re.compile(r"[.。!！?？][\"'”’」』)）]*$")
_DATE_ONLY = re.compile(r"^[\d\s年月日시분초:：./\-년월일()（）上下午]+$")
_BYLINE = re.compile(
    r"(기자|记者|编辑|责任编辑|作者|통신원|特约)\s*[:：]?\s*\S{0,6}\s*$|^[\[(（【].{0,30}[\])）】]\s*$"
)
# Clause boundaries where an over-long sentence may be cut (after the match).
_CLAUSE_END = {
    "zh": re.compile(r"[，、；,;：:]"),
    "ko": re.compile(r"(?:고|며|으며|면서|는데|지만|여|하여|해|서|니|[,;])(?=\s)"),
}
_WEIGHTS = (0.45, 0.35, 0.20)  # centrality, title overlap, lead position


@dataclass
class Sentence:
    index: int
    text: str
    terms: Counter
    score: float = 0.0


def is_story_sentence(text: str, lang: str) -> bool:
    """False for datelines, bylines, lone dates, fragments and greetings."""
    text = text.strip()
    if len(text) < _MIN_LENGTH.get(lang, 12):
        return False
    if _DATE_ONLY.match(text) or _BYLINE.search(text):
        return False
    return bool(_SENTENCE_END.search(text))


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(count * b[term] for term, count in a.items() if term in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def score_sentences(sentences: list[Sentence], title_terms: set[str]) -> None:
    """Give each sentence its score (in place)."""
    n = len(sentences)
    for s in sentences:
        centrality = sum(_cosine(s.terms, o.terms) for o in sentences if o is not s)
        centrality = centrality / (n - 1) if n > 1 else 1.0
        overlap = len(title_terms & set(s.terms)) / len(title_terms) if title_terms else 0.0
        lead = 1.0 / (1.0 + s.index)
        s.score = _WEIGHTS[0] * centrality + _WEIGHTS[1] * overlap + _WEIGHTS[2] * lead
    top = max((s.score for s in sentences), default=0.0)
    if top:
        for s in sentences:
            s.score /= top


def cut_at_clause(text: str, lang: str, budget: int) -> str:
    """The longest head of ``text`` ending at a clause boundary, plus "…", within budget."""
    limit = budget - len(ELLIPSIS)
    boundaries = [m.end() for m in _CLAUSE_END[lang].finditer(text) if m.end() <= limit]
    head = text[: boundaries[-1]] if boundaries else ""
    head = head.rstrip(" ，、；,;：:")
    if len(head) < limit // 3:  # no usable clause boundary: stop at the last space
        cut = text[:limit]
        head = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return head.rstrip(" ，、；,;：:") + ELLIPSIS


def summarise(title: str, paragraphs: list[str], lang: str, budget: int, tok: Tokenizer) -> str:
    """A summary of at most ``budget`` characters from whole sentences of ``paragraphs``."""
    candidates: list[Sentence] = []
    for paragraph in paragraphs:
        for text in tok.sentences(paragraph):
            if is_story_sentence(text, lang):
                candidates.append(Sentence(len(candidates), text, Counter(tok.terms(text))))
    if not candidates:
        return ""
    score_sentences(candidates, set(tok.terms(title)))
    joiner = " " if language(lang).spaced else ""
    best = max(candidates, key=lambda s: s.score)
    if len(best.text) > budget:
        return cut_at_clause(best.text, lang, budget)
    chosen = [best]
    used = len(best.text)
    for s in sorted(candidates, key=lambda s: -s.score):
        if s is best or s.score < 0.5:
            continue
        if used + len(joiner) + len(s.text) <= budget:
            chosen.append(s)
            used += len(joiner) + len(s.text)
    return joiner.join(s.text for s in sorted(chosen, key=lambda s: s.index))
