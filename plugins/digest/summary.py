"""Extractive summaries, written in the article's own language.

The method, for each article:

1. Split the body's paragraphs into sentences (Kiwi for Korean, punctuation for
   Chinese) and keep the story sentences: no datelines, bylines, editor lines,
   photo captions, lone dates, share/related chrome, greetings, exclamations or
   set phrases (新年伊始，隆冬凝寒). A dateline glued to the lead sentence and a
   run of four-character set phrases opening it are cut off, so what remains is
   still text of the body.
2. Score each sentence by LexRank-style degree centrality over content words
   (Erkan & Radev 2004), overlap with the title, lead position (news puts the
   story first) and facts (figures), with a penalty for a sentence that leans
   on the one before it (아울러…, 同时…).
3. Take the best sentences that fit the budget and do not repeat each other, in
   their original order. A single best sentence longer than the budget is cut at
   a clause boundary and ends with "…".

``summarise_many`` does this for many articles with one batched analysis, so the
Korean analyser works on every core.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .languages import language
from .tokens import AnalysedArticle, AnalysedSentence, Tokenizer, analyse_articles

ELLIPSIS = "…"
DEFAULT_BUDGETS = {"ko": 250, "zh": 150}
METHOD_VERSION = "3"  # change when summaries of unchanged articles would change

# Shortest sentence worth a summary, in characters.
_MIN_LENGTH = {"ko": 15, "zh": 12}
_SENTENCE_END = re.compile(r"[.。?？!！][\"'”’」』)）]*$")
_DATE_ONLY = re.compile(r"^[\d\s年月日시분초:：./\-년월일()（）上下午]+[.。]?$")
_LINE_CHROME = re.compile(
    # bylines, editor lines and sources, at the end or the start of a line
    r"(?:기자|记者|编辑|责任编辑|作者|통신원|通讯员|特约|审核|校对|편집|책임편집)\s*[:：]?\s*\S{0,6}\s*$"
    r"|^[\[(（【][^\])）】]{0,30}[\])）】]\s*$"
    r"|^(?:来源|출처|发布时间|发布日期|编辑|责任编辑|편집|책임편집)\s*[:：]"
    # photo captions
    r"|^(?:图为|图片|照片|▲|△|■|□|◆|◇|●|※|사진\s*[:：설]|\(사진|（사진|（图|\(图)"
    r"|(?:摄|촬영|사진)\s*[)）]?[.。]?$"
    # share / related / copyright chrome that slipped through extraction
    r"|分享到|扫一扫|相关新闻|相关阅读|相关链接|纠错|打印本页|关闭窗口|上一篇|下一篇|版权所有|未经授权"
    r"|공유하기|관련기사|원문보기|무단전재|재배포|저작권자|페이스북|카카오톡|트위터"
    # greetings
    r"|안녕하십니까|안녕하세요|독자\s*여러분|大家好|亲爱的"
)
# A dateline glued to the start of the lead: 本报讯（记者 张三）, 新华社长春3月12日电（记者 李四）,
# 【吉林日报】, 中国吉林网讯, (연길=연변일보) 김일복 기자 =, 본사소식, 연변일보 리철수기자.
_DATELINE = re.compile(
    r"^(?:"
    r"【[^】]{1,20}】\s*"
    r"|(?:本报|本网|[\u4e00-\u9fff]{2,8}网|[\u4e00-\u9fff]{2,8}报)?讯\s*(?:[（(][^）)]{0,30}[）)])?\s*"
    r"|新华社[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]{0,30}[）)])?\s*"
    r"|[（(][^）)]{0,10}记者[^）)]{0,20}[）)]\s*"
    r"|\([^)=]{1,12}=[^)]{1,16}\)\s*(?:[^\s=]{1,12}\s*(?:기자|특파원)\s*=\s*)?"
    r"|[^\s=]{2,4}\s?(?:기자|특파원)\s*=\s*"
    r"|본사소식\s*"
    r"|(?:연변일보|길림신문|흑룡강신문|료녕조선문보|연변방송|인민넷|신화사)\s+[^\s]{2,4}\s?기자\s+"
    r")"
)
# Opening clauses made of four-character set phrases: 新年伊始，隆冬凝寒，…
_SET_PHRASES = re.compile(r"^(?:[\u4e00-\u9fff]{4}[，,、；;]\s*){2,}")
_ALL_SET_PHRASES = re.compile(r"^(?:[\u4e00-\u9fff]{4}[，,、；;]\s*)+[\u4e00-\u9fff]{4}[。！!]$")
# Openings that lean on the sentence before: read out of context they dangle.
_CONNECTIVE = {
    "zh": re.compile(
        r"^(?:同时|此外|另外|与此同时|其中|对此|为此|因此|但是|但|而且|并且|此前)[，,]?"
    ),
    "ko": re.compile(
        r"^(?:아울러|또한|한편|이밖에|이밖에도|이에 앞서|이에|이와 함께|그리고|하지만|그러나"
        r"|따라서|이로써|그중|그 중|이는|이런 가운데|이 가운데)[,，]?\s+"
    ),
}
# Official boilerplate carries no news: Edmundson's "stigma words" for this press.
_BOILERPLATE = {
    "zh": re.compile(
        r"深入贯彻|贯彻落实|学习贯彻|认真贯彻|习近平|党的[一二三四五六七八九十]+大|重要讲话|重要论述"
        r"|重要指示|新时代|为[^，。]{2,30}提供[^，。]{0,8}支撑"
    ),
    "ko": re.compile(
        r"에워싸고|틀어쥐고|틀어쥐여|틀어쥐였|관철|정신을|습근평|신시대|중요연설|중요지시"
    ),
}
_FIGURE = re.compile(r"\d")
# A Korean sentence that ends in the past tense (a syllable with final ㅆ, then 다)
# reports what happened; one in the present often explains background.
_PAST_TENSE_END = re.compile(
    "[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 20) + "]"
    r"다[.。]?[\"'”’」』)）]*$"
)


def reports_event(text: str, lang: str) -> bool:
    """True when the sentence tells what happened (for Korean: it ends in the past tense)."""
    return bool(_PAST_TENSE_END.search(text)) if lang == "ko" else True


_WEIGHTS = {"centrality": 0.40, "title": 0.30, "lead": 0.25, "figures": 0.05}
_DANGLING_PENALTY = 0.6
_BOILERPLATE_PENALTY = 0.5
_REDUNDANT = 0.5  # cosine above which a sentence repeats one already chosen
_MIN_RELATIVE_SCORE = 0.5


@dataclass
class Sentence:
    index: int
    text: str
    terms: Counter
    score: float = 0.0


def strip_dateline(text: str) -> str:
    """The sentence without a dateline or byline glued to its start."""
    match = _DATELINE.match(text)
    return text[match.end() :].lstrip(" ，,:：") if match and match.end() < len(text) else text


def strip_set_phrases(text: str) -> str:
    """The sentence without an opening run of four-character set phrases."""
    match = _SET_PHRASES.match(text)
    return text[match.end() :] if match else text


def is_story_sentence(text: str, lang: str) -> bool:
    """False for chrome, lone dates, fragments, greetings, exclamations and set phrases."""
    text = text.strip()
    if len(text) < _MIN_LENGTH.get(lang, 12) or not _SENTENCE_END.search(text):
        return False
    if text.rstrip("\"'”’」』)）").endswith(("!", "！", "?", "？")):
        return False
    return not (_DATE_ONLY.match(text) or _LINE_CHROME.search(text) or _ALL_SET_PHRASES.match(text))


def leans_on_previous(text: str, lang: str) -> bool:
    """True when the sentence opens with a word that points back (아울러, 同时)."""
    pattern = _CONNECTIVE.get(lang)
    return bool(pattern and pattern.match(text))


def _detach(text: str, lang: str) -> str:
    pattern = _CONNECTIVE.get(lang)
    match = pattern.match(text) if pattern else None
    return text[match.end() :].lstrip() if match else text


def _cosine(a: Counter, b: Counter, idf: dict[str, float] | None = None) -> float:
    """Cosine of two term counts, each term weighted by ``idf`` (LexRank's idf-modified cosine)."""
    if not a or not b:
        return 0.0
    weight = idf or {}  # a term without an idf weighs 1
    dot = sum(count * b[t] * weight.get(t, 1.0) ** 2 for t, count in a.items() if t in b)
    if not dot:
        return 0.0
    norm_a = math.sqrt(sum((v * weight.get(t, 1.0)) ** 2 for t, v in a.items()))
    norm_b = math.sqrt(sum((v * weight.get(t, 1.0)) ** 2 for t, v in b.items()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def inverse_sentence_frequency(sentences: list[Sentence]) -> dict[str, float]:
    """Each term's idf over the article's sentences: words in every sentence weigh little."""
    n = len(sentences)
    frequency = Counter(term for s in sentences for term in s.terms)
    return {term: math.log(1 + n / df) for term, df in frequency.items()}


def candidate_sentences(analysed: Sequence[list[AnalysedSentence]], lang: str) -> list[Sentence]:
    """The story sentences of an article's analysed paragraphs, cleaned, in order."""
    candidates: list[Sentence] = []
    for paragraph in analysed:
        for text, terms in paragraph:
            text = strip_set_phrases(strip_dateline(text))
            if is_story_sentence(text, lang):
                candidates.append(Sentence(len(candidates), text, Counter(terms)))
    return candidates


def score_sentences(sentences: list[Sentence], title_terms: set[str], lang: str = "") -> None:
    """Give each sentence its score, the best being 1.0 (in place)."""
    n = len(sentences)
    boilerplate = _BOILERPLATE.get(lang)
    idf = inverse_sentence_frequency(sentences)
    title_weight = sum(idf.get(t, 1.0) for t in title_terms)
    for s in sentences:
        centrality = sum(_cosine(s.terms, o.terms, idf) for o in sentences if o is not s)
        centrality = centrality / (n - 1) if n > 1 else 1.0
        shared = sum(idf.get(t, 1.0) for t in title_terms if t in s.terms)
        overlap = shared / title_weight if title_weight else 0.0
        facts = bool(_FIGURE.search(s.text)) and reports_event(s.text, lang)
        # A news lead says when and how much; an opening without figures sets a scene.
        lead = (0.5 + 0.5 * facts) / (1.0 + s.index)
        s.score = (
            _WEIGHTS["centrality"] * centrality
            + _WEIGHTS["title"] * overlap
            + _WEIGHTS["lead"] * lead
            + _WEIGHTS["figures"] * facts
        )
        if leans_on_previous(s.text, lang):
            s.score *= _DANGLING_PENALTY
        if boilerplate and boilerplate.search(s.text):
            s.score *= _BOILERPLATE_PENALTY
    top = max((s.score for s in sentences), default=0.0)
    if top:
        for s in sentences:
            s.score /= top


def select(candidates: list[Sentence], lang: str, budget: int, tok: Tokenizer) -> str:
    """The best sentences within ``budget``, in order; or the best one cut at a clause."""
    if not candidates:
        return ""
    ranked = sorted(candidates, key=lambda s: -s.score)
    best = ranked[0]
    if len(_detach(best.text, lang)) > budget:
        return cut_at_clause(_detach(best.text, lang), lang, budget, tok)
    joiner = " " if language(lang).spaced else ""
    chosen = [best]
    for s in ranked[1:]:
        if s.score < _MIN_RELATIVE_SCORE:
            break
        if any(_cosine(s.terms, c.terms) > _REDUNDANT for c in chosen):
            continue
        trial = sorted([*chosen, s], key=lambda c: c.index)
        if len(_join(trial, lang, joiner)) <= budget:
            chosen = trial
    return _join(sorted(chosen, key=lambda c: c.index), lang, joiner)


def _join(chosen: list[Sentence], lang: str, joiner: str) -> str:
    """Sentences joined; one that leans on a sentence left out loses its connective."""
    texts = []
    for position, s in enumerate(chosen):
        follows = position > 0 and chosen[position - 1].index == s.index - 1
        texts.append(s.text if follows else _detach(s.text, lang))
    return joiner.join(texts)


def cut_at_clause(text: str, lang: str, budget: int, tok: Tokenizer) -> str:
    """The longest head of ``text`` ending at a clause boundary, plus "…", within budget."""
    limit = budget - len(ELLIPSIS)
    ends = [end for end in tok.clause_ends(text) if end <= limit]
    head = text[: ends[-1]].rstrip(" ，、；,;：:") if ends else ""
    if len(head) < limit // 3:  # no usable clause boundary: stop at the last word boundary
        words = [end for end in tok.word_ends(text) if end <= limit]
        head = text[: words[-1]] if words else text[:limit]
    return head.rstrip(" ，、；,;：:") + ELLIPSIS


def summarise_analysed(article: AnalysedArticle, lang: str, budget: int, tok: Tokenizer) -> str:
    """The summary of one article, already analysed."""
    candidates = candidate_sentences(article.paragraphs, lang)
    score_sentences(candidates, set(article.title_terms), lang)
    return select(candidates, lang, budget, tok)


def summarise_many(
    articles: Sequence[tuple[str, list[str]]], lang: str, budget: int, tok: Tokenizer
) -> list[str]:
    """Summaries of many ``(title, paragraphs)`` articles of one language, batched."""
    return [
        summarise_analysed(analysed, lang, budget, tok)
        for analysed in analyse_articles(articles, tok)
    ]


def summarise(title: str, paragraphs: list[str], lang: str, budget: int, tok: Tokenizer) -> str:
    """A summary of at most ``budget`` characters from whole sentences of ``paragraphs``."""
    return summarise_many([(title, paragraphs)], lang, budget, tok)[0]
