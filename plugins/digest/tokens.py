"""Language-aware tokenisers: Kiwi morphemes for Korean, jieba segmentation for Chinese.

Models are loaded once per process and reused: ``tokenizer(lang, user_words)``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

# Yanbian (Chinese-Korean) press keeps the initial ㄹ/ㄴ and older spellings that
# the Korean models were not trained on. They are correct and are never changed
# in what readers see: only the copy handed to the analyser is mapped, syllable
# for syllable, so lengths and positions stay the same.
YANBIAN_TO_STANDARD = {
    "련맹": "연맹",
    "령역": "영역",
    "령도": "영도",
    "로동": "노동",
    "리행": "이행",
    "리용": "이용",
    "리론": "이론",
    "량식": "양식",
    "녀성": "여성",
    "래년": "내년",
    "되였": "되었",
    "쎈터": "센터",
}
_YANBIAN = re.compile("|".join(map(re.escape, YANBIAN_TO_STANDARD)))

# Particles (josa) that may follow a noun inside one eojeol, longest first.
KOREAN_PARTICLES = tuple(
    sorted(
        "이 가 은 는 을 를 의 에 에서 에게 께 와 과 로 으로 도 만 까지 부터 보다 처럼 이나 나 "
        "이며 며 이다 이고 에는 에서는 에서도 으로는 로는 과의 와의 에의 으로서 로서 이라는 라는 "
        "이란 란 까지의 부터의 에도 으로도 로도 이라고 라고 들 들이 들은 들을 들의 들에".split(),
        key=len,
        reverse=True,
    )
)
KOREAN_CONTENT_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XR"})
# Connective endings (EC) after which a long sentence may be cut: -고, -며, -면서, …
KOREAN_CLAUSE_ENDINGS = frozenset(
    "고 며 으며 면서 으면서 는데 은데 ㄴ데 지만 어서 아서 여서 어 아 여 니 으니 므로 으므로".split()
)
_CLAUSE_PUNCTUATION = frozenset(",;:，、；：")
_HAN_OR_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_SENTENCE_ZH = re.compile(r"[^。！？!?]+(?:[。！？!?]+[”’\"」』）)]*)?")


# A sentence as written, with its content words (what summaries score).
AnalysedSentence = tuple[str, list[str]]


@dataclass(frozen=True)
class AnalysedArticle:
    """An article's title terms and its paragraphs' analysed sentences."""

    title_terms: list[str]
    paragraphs: list[list[AnalysedSentence]]


def analyse_articles(
    articles: Sequence[tuple[str, list[str]]], tok: Tokenizer
) -> list[AnalysedArticle]:
    """``(title, paragraphs)`` articles of one language, analysed in one batch."""
    texts = [text for title, paragraphs in articles for text in (title, *paragraphs)]
    analysed = iter(tok.analyse(texts))
    result = []
    for _title, paragraphs in articles:
        title_terms = [term for _, terms in next(analysed) for term in terms]
        result.append(AnalysedArticle(title_terms, [next(analysed) for _ in paragraphs]))
    return result


def usable_cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def standardise_korean(text: str) -> str:
    """Map Yanbian spellings to standard ones, same length, for analysis only."""
    return _YANBIAN.sub(lambda m: YANBIAN_TO_STANDARD[m.group(0)], text)


class Tokenizer(Protocol):
    """What summaries, tags and search need from a language's tokeniser."""

    lang: str

    def tagged_words(self, text: str) -> list[tuple[str, str]]:
        """Every token with its part of speech ('' where the tokeniser gives none)."""

    def plainly_whole(self, span: str, word: str) -> bool:
        """True when ``span`` is ``word`` as a whole word, evidently, with no analysis."""

    def words(self, text: str) -> list[str]:
        """Every token, in order (for matching tag names on word boundaries)."""

    def terms(self, text: str) -> list[str]:
        """Content words only (for scoring sentences)."""

    def sentences(self, paragraph: str) -> list[str]:
        """The paragraph split into sentences, text unchanged."""

    def clause_ends(self, sentence: str) -> list[int]:
        """Offsets just after each clause of ``sentence`` (where it may be cut)."""

    def word_ends(self, sentence: str) -> list[int]:
        """Offsets just after each word of ``sentence``."""

    def analyse(self, paragraphs: Iterable[str]) -> Iterator[list[AnalysedSentence]]:
        """Each paragraph's sentences with their content words, in one pass.

        Give many paragraphs at once: the Korean analyser spreads them over all cores.
        """


class KoreanTokenizer:
    lang = "ko"

    def __init__(self, user_words: tuple[str, ...] = ()) -> None:
        from kiwipiepy import Kiwi

        # Worker threads analyse batches of paragraphs (``analyse``) on every core.
        self._kiwi = Kiwi(num_workers=usable_cores())
        for word in user_words:
            if " " not in word:
                self._kiwi.add_user_word(standardise_korean(word), "NNP")

    def _tokens(self, text: str) -> list:
        return self._kiwi.tokenize(standardise_korean(text))

    def words(self, text: str) -> list[str]:
        return [t.form for t in self._tokens(text)]

    def tagged_words(self, text: str) -> list[tuple[str, str]]:
        return [(t.form, t.tag) for t in self._tokens(text)]

    def plainly_whole(self, span: str, word: str) -> bool:
        return span.startswith(word) and span[len(word) :] in ("", *KOREAN_PARTICLES)

    def terms(self, text: str) -> list[str]:
        return [t.form for t in self._tokens(text) if t.tag in KOREAN_CONTENT_TAGS]

    def sentences(self, paragraph: str) -> list[str]:
        return [text for text, _ in next(self.analyse([paragraph]))]

    def clause_ends(self, sentence: str) -> list[int]:
        # After a connective ending (삼고, 진행되며), or punctuation right after one;
        # a comma between nouns (공업, 농업) lists things and ends no clause.
        tokens = self._tokens(sentence)
        ends = []
        for before, token, after in zip(
            [None, *tokens[:-1]], tokens, [*tokens[1:], None], strict=True
        ):
            end = token.end
            if end >= len(sentence) or not sentence[end].isspace():
                continue  # a clause ends between words, never inside one
            if token.tag == "EC" and token.form in KOREAN_CLAUSE_ENDINGS:
                if after is None or after.tag != "VX":  # 추진해 나가다: one clause
                    ends.append(end)
            elif token.form in _CLAUSE_PUNCTUATION and before is not None:
                if before.tag.startswith("E") or token.form in ";:":
                    ends.append(end)
        return ends

    def word_ends(self, sentence: str) -> list[int]:
        return [m.end() for m in re.finditer(r"\S+", sentence)]

    def analyse(self, paragraphs: Iterable[str]) -> Iterator[list[AnalysedSentence]]:
        paragraphs = list(paragraphs)
        if not paragraphs:
            return
        batches = self._kiwi.tokenize(map(standardise_korean, paragraphs), split_sents=True)
        for paragraph, sentences in zip(paragraphs, batches, strict=True):
            # Positions in the standardised copy apply to the original: same length.
            yield [
                (
                    paragraph[tokens[0].start : tokens[-1].end].strip(),
                    [t.form for t in tokens if t.tag in KOREAN_CONTENT_TAGS],
                )
                for tokens in sentences
                if tokens and paragraph[tokens[0].start : tokens[-1].end].strip()
            ]


class ChineseTokenizer:
    lang = "zh"

    def __init__(self, user_words: tuple[str, ...] = ()) -> None:
        import rjieba

        self._jieba = rjieba.Jieba()
        for word in user_words:
            self._jieba.add_word(word, self._jieba.suggest_freq(word), None)

    def words(self, text: str) -> list[str]:
        return [w for w in self._jieba.cut(text) if w.strip()]

    def tagged_words(self, text: str) -> list[tuple[str, str]]:
        # jieba's tagger cuts as ``words`` does, and adds its part of speech (n, v, …)
        return [(w, tag) for w, tag in self._jieba.tag(text) if w.strip()]

    def plainly_whole(self, span: str, word: str) -> bool:
        return span == word

    def terms(self, text: str) -> list[str]:
        return [w for w in self.words(text) if len(w) > 1 and _HAN_OR_WORD.search(w)]

    def sentences(self, paragraph: str) -> list[str]:
        return [m.group(0).strip() for m in _SENTENCE_ZH.finditer(paragraph) if m.group(0).strip()]

    def clause_ends(self, sentence: str) -> list[int]:
        return [i + 1 for i, char in enumerate(sentence) if char in _CLAUSE_PUNCTUATION]

    def word_ends(self, sentence: str) -> list[int]:
        ends, offset = [], 0
        for word in self._jieba.cut(sentence):
            offset += len(word)
            ends.append(offset)
        return ends

    def analyse(self, paragraphs: Iterable[str]) -> Iterator[list[AnalysedSentence]]:
        for paragraph in paragraphs:
            yield [(text, self.terms(text)) for text in self.sentences(paragraph)]


_TOKENIZERS = {"ko": KoreanTokenizer, "zh": ChineseTokenizer}


@lru_cache(maxsize=8)
def tokenizer(lang: str, user_words: tuple[str, ...] = ()) -> Tokenizer:
    """The tokeniser of ``lang`` knowing ``user_words`` (e.g. the vocabulary's names)."""
    try:
        return _TOKENIZERS[lang](user_words)
    except KeyError:
        raise KeyError(f"no tokeniser for language {lang!r}") from None
