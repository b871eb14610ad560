"""Tag-vocabulary suggestions: frequent terms of the content that no tag names yet.

What ``invoke tags-suggest`` prints for an editor. Nothing here edits the vocabulary:

1. Candidate terms per language (``article_terms``): Korean nouns, and noun compounds
   as written (Kiwi morphemes NNG/NNP joined when they touch: 과학기술협회), Chinese
   jieba words of two or more Han characters that jieba tags as nouns (rjieba, the
   segmentation of the site's Chinese tokeniser, with the vocabulary's names as user
   words). Numbers, single syllables, ``GENERIC_TERMS`` and every term that
   ``TagVocabulary.resolve`` knows are left out.
2. Counts per term (``count_terms``): mentions, and the number of articles.
3. Pairs (``suggest_tags``): a Chinese term whose Sino-Korean reading
   (``sino_korean_reading``: opencc s2t, then ``hanja``) is a Korean term becomes one
   entry with both labels, marked "check: reading only". Readings are hints, never
   facts: 知识产权 reads 지식산권 (Korean writes 지식재산권) and 市场 reads 시장, as
   市长 does. A term that reads like a name of an existing tag is listed as a possible
   alias of that tag instead.
4. ``render_suggestions``: a YAML snippet of new entries in the vocabulary's format,
   commented with counts and readings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .annotate import vocabulary_tokenizer
from .article_text import plain_text
from .errors import ContentError
from .frontmatter import split_article
from .languages import LANGUAGE_CODES
from .tokens import Tokenizer, standardise_korean
from .vocabulary import TAG_ID, Tag, TagVocabulary

DEFAULT_MIN_ARTICLES = 2

# Newsroom and administrative filler that nearly every article has: frequent, never a
# topic. Kept short on purpose; the article threshold and the editor do the rest.
GENERIC_TERMS: dict[str, frozenset[str]] = {
    "ko": frozenset(
        "지난해 올해 래년 내년 전년 금년 이번 최근 현재 당시 처음 동안 가운데 그중 한편 "
        "기자 관계자 책임자 발표 목표 규모 부문 단위 사업 활동 진행 기업 기술 과학 정부 "
        "지역 전국 국가 이상 이하".split()
    ),
    "zh": frozenset(
        "今年 去年 全年 明年 目前 近年来 记者 负责人 专家 领导 其中 我们 工作 方面 问题 "
        "情况 任务 重点 全面 总数 数量 金额 发展 建设 项目 企业 有限公司 机构 技术 国家 "
        "全省 全市 全区 全国 省级 市级 单位 部门 领域 服务 力争 同比".split()
    ),
}

# jieba's part-of-speech tags of nouns: common, person, place, organisation, other
# proper nouns, verbal nouns, abbreviations (科协) and set terms (无人机).
CHINESE_NOUN_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "l"})
KOREAN_NOUN_TAGS = frozenset({"NNG", "NNP"})

_KOREAN_TERM = re.compile(r"[가-힣]{2,}")
_CHINESE_TERM = re.compile(r"[\u4e00-\u9fff]{2,}")
_CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两几半第")

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_INITIAL_N, _INITIAL_R, _INITIAL_NONE = 2, 5, 11
_IOTIZED_VOWELS = frozenset({2, 6, 7, 12, 17, 20})  # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ


@dataclass(frozen=True)
class Article:
    """What suggestions read of an article: its language and its running text."""

    lang: str
    text: str  # the title, then the plain text of the body
    source: str = ""  # where it came from (a path), for messages


@dataclass(frozen=True)
class TermCount:
    """How often the content uses a term."""

    term: str
    lang: str
    mentions: int
    articles: int


@dataclass(frozen=True)
class Suggestion:
    """A proposed new vocabulary entry: one or both labels, with what supports it."""

    id: str
    ko: TermCount | None
    zh: TermCount | None
    reading: str | None  # the Sino-Korean reading of the Chinese term
    contains: tuple[str, ...] = ()  # ids of tags whose names occur inside a label
    # Chinese terms of other entries with the same reading, which took the Korean term
    same_reading: tuple[str, ...] = ()

    @property
    def by_reading(self) -> bool:
        """True when the two labels were paired only because the reading matches."""
        return self.ko is not None and self.zh is not None


@dataclass(frozen=True)
class AliasSuggestion:
    """A term that reads like a name of an existing tag: perhaps one more alias of it."""

    tag: Tag
    term: TermCount
    name: str  # the tag's name in the other language that the reading matches
    reading: str  # the Sino-Korean reading of the Chinese side


@dataclass(frozen=True)
class Suggestions:
    """Everything ``render_suggestions`` prints."""

    entries: list[Suggestion]
    aliases: list[AliasSuggestion]
    articles: dict[str, int] = field(default_factory=dict)  # articles read, per language
    min_articles: int = DEFAULT_MIN_ARTICLES


# --- Readings ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _to_traditional():  # noqa: ANN202 - opencc's converter
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=4096)
def sino_korean_reading(chinese: str) -> str:
    """The Hangul reading of a Chinese term: 知识产权 → 지식산권, 市场 → 시장.

    Simplified characters become Traditional ones (opencc ``s2t``), which ``hanja``
    reads character by character, with the initial-sound rule at the start of the word
    (劳动 → 노동). Characters that are not Han (5G, AI) are kept as they are.
    """
    import hanja

    return hanja.translate(_to_traditional().convert(chinese), "substitution")


def reading_key(hangul: str) -> str:
    """``hangul`` with its first syllable written by the initial-sound rule, for comparing.

    Yanbian spelling keeps the initial ㄹ/ㄴ (로동, 련맹, 녀성) where the readings, like
    South-Korean spelling, drop it (노동, 연맹, 여성): both give the same key.
    """
    if not hangul or not _HANGUL_BASE <= ord(hangul[0]) <= _HANGUL_LAST:
        return hangul
    index = ord(hangul[0]) - _HANGUL_BASE
    initial, vowel, final = index // 588, (index // 28) % 21, index % 28
    if initial == _INITIAL_R:
        initial = _INITIAL_N
    if initial == _INITIAL_N and vowel in _IOTIZED_VOWELS:
        initial = _INITIAL_NONE
    return chr(_HANGUL_BASE + initial * 588 + vowel * 28 + final) + hangul[1:]


# --- Candidate terms ----------------------------------------------------------------


def korean_noun_runs(text: str, tok: Tokenizer) -> list[list[str]]:
    """The nouns (NNG, NNP) of ``text`` in order, grouped into runs that touch in the text.

    Each noun is spelled as in ``text``: Kiwi reads the standardised copy
    (``standardise_korean``, same length), so where a form is found there, the same
    place in ``text`` keeps the Yanbian spelling (로동 stays 로동). Forms Kiwi rebuilt
    (하여 → 하 + 어) are not in the text: a noun is then looked for further on, any
    other form only within the current word.
    """
    analysed = standardise_korean(text)
    runs: list[list[tuple[int, int]]] = []
    cursor = 0
    joining = False
    for form, tag in tok.tagged_words(text):
        is_noun = tag in KOREAN_NOUN_TAGS
        span = _locate(analysed, form, cursor, anywhere=is_noun)
        if span is None:
            joining = False
            continue
        start, end = span
        cursor = end
        if not is_noun:
            joining = False
        elif joining and runs[-1][-1][1] == start:
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
            joining = True
    return [[text[start:end] for start, end in run] for run in runs]


def _locate(analysed: str, form: str, cursor: int, *, anywhere: bool) -> tuple[int, int] | None:
    """Where ``form`` is at or after ``cursor``: anywhere, or within the next word.

    Kiwi writes some proper nouns of its own dictionary with a space (하얼빈 공업대학
    for 하얼빈공업대학): they are looked for as written too.
    """
    position = cursor
    while position < len(analysed) and analysed[position].isspace():
        position += 1
    for written in dict.fromkeys((form, form.replace(" ", ""))):
        found = analysed.find(written, position) if written else -1
        if found < 0:
            continue
        if anywhere or not any(c.isspace() for c in analysed[position:found]):
            return found, found + len(written)
        return None
    return None


def korean_terms(text: str, tok: Tokenizer) -> list[str]:
    """Every noun and noun compound of ``text``, in order, spelled as in the text.

    Nouns that touch in the text make one compound: 과학/기술/협회 gives 과학기술협회,
    then each of 과학, 기술 and 협회 (Yanbian prose writes long compounds without
    spaces, and their parts are terms of their own). A space, a particle or anything
    else ends a compound.
    """
    terms = []
    for run in korean_noun_runs(text, tok):
        if len(run) > 1:
            terms.append("".join(run))
        terms.extend(run)
    return terms


def chinese_terms(text: str, vocabulary: TagVocabulary) -> list[str]:
    """Every noun of ``text`` that jieba finds, in order (its part-of-speech tags)."""
    tok = vocabulary_tokenizer(vocabulary, "zh")
    return [word for word, tag in tok.tagged_words(text) if tag in CHINESE_NOUN_TAGS]


def is_candidate(term: str, lang: str, vocabulary: TagVocabulary) -> bool:
    """True when ``term`` could be a new tag name: no number, no filler, not covered."""
    if lang == "ko":
        shaped = _KOREAN_TERM.fullmatch(term) is not None
    else:
        shaped = _CHINESE_TERM.fullmatch(term) is not None and not (set(term) <= _CHINESE_NUMERALS)
    return shaped and term not in GENERIC_TERMS[lang] and vocabulary.resolve(term) is None


def article_terms(text: str, lang: str, vocabulary: TagVocabulary) -> list[str]:
    """The candidate terms of one article's text, in order, repeats included."""
    if lang == "ko":
        terms = korean_terms(text, vocabulary_tokenizer(vocabulary, "ko"))
    elif lang == "zh":
        terms = chinese_terms(text, vocabulary)
    else:
        raise KeyError(f"no candidate terms for language {lang!r}")
    return [term for term in terms if is_candidate(term, lang, vocabulary)]


def count_terms(
    articles: Iterable[Article], lang: str, vocabulary: TagVocabulary
) -> dict[str, TermCount]:
    """Mentions and articles of every candidate term of the ``lang`` articles."""
    mentions: dict[str, int] = {}
    in_articles: dict[str, int] = {}
    for article in articles:
        if article.lang != lang:
            continue
        terms = article_terms(article.text, lang, vocabulary)
        for term in terms:
            mentions[term] = mentions.get(term, 0) + 1
        for term in set(terms):
            in_articles[term] = in_articles.get(term, 0) + 1
    return {t: TermCount(t, lang, mentions[t], in_articles[t]) for t in mentions}


def contained_tags(term: str, vocabulary: TagVocabulary) -> tuple[str, ...]:
    """Ids of the tags one of whose names is written inside ``term`` (not all of it)."""
    found: list[str] = []
    for length in range(len(term) - 1, 1, -1):
        for start in range(len(term) - length + 1):
            tag = vocabulary.resolve(term[start : start + length])
            if tag is not None and tag.id not in found:
                found.append(tag.id)
    return tuple(found)


# --- Suggestions ---------------------------------------------------------------------


def _rank(count: TermCount) -> tuple:
    return (-count.articles, -count.mentions, count.term)


def _by_key(terms: Iterable[TermCount], key: Callable[[str], str]) -> dict[str, list[TermCount]]:
    index: dict[str, list[TermCount]] = {}
    for count in sorted(terms, key=_rank):
        index.setdefault(key(count.term), []).append(count)
    return index


def _vocabulary_keys(vocabulary: TagVocabulary, lang: str) -> dict[str, tuple[Tag, str]]:
    """Reading keys of the vocabulary's names of ``lang`` (Chinese ones read in Hangul)."""
    keys: dict[str, tuple[Tag, str]] = {}
    for tag in vocabulary:
        for name in tag.names(lang):
            hangul = sino_korean_reading(name) if lang == "zh" else name
            keys.setdefault(reading_key(hangul.replace(" ", "")), (tag, name))
    return keys


def suggest_tags(
    articles: Sequence[Article],
    vocabulary: TagVocabulary,
    *,
    min_articles: int = DEFAULT_MIN_ARTICLES,
    limit: int | None = None,
) -> Suggestions:
    """New entries for terms in at least ``min_articles`` articles, most frequent first.

    A Chinese term and a Korean term pair up when the reading of the one is the other
    (``reading_key`` of both); one of the two reaching ``min_articles`` is enough. The
    rest are proposed one-sided, or, when they read like a name of an existing tag, as
    an alias of it. ``limit`` keeps the first entries and the first aliases.
    """
    ko = count_terms(articles, "ko", vocabulary)
    zh = count_terms(articles, "zh", vocabulary)
    korean_by_key = _by_key(ko.values(), reading_key)
    readings = {term: sino_korean_reading(term) for term in zh}

    def frequent(count: TermCount) -> bool:
        return count.articles >= min_articles

    entries: list[tuple[TermCount | None, TermCount | None]] = []
    aliases: list[AliasSuggestion] = []
    paired: dict[str, str] = {}  # Korean term: the Chinese term it was paired with
    korean_names = _vocabulary_keys(vocabulary, "ko")
    for count in sorted(zh.values(), key=_rank):
        key = reading_key(readings[count.term])
        partners = [k for k in korean_by_key.get(key, []) if k.term not in paired]
        if partners and (frequent(count) or frequent(partners[0])):
            paired[partners[0].term] = count.term
            entries.append((partners[0], count))
        elif frequent(count) and key in korean_names:
            tag, name = korean_names[key]
            aliases.append(AliasSuggestion(tag, count, name, readings[count.term]))
        elif frequent(count):
            entries.append((None, count))
    chinese_names = _vocabulary_keys(vocabulary, "zh")
    for count in sorted(ko.values(), key=_rank):
        if count.term in paired or not frequent(count):
            continue
        key = reading_key(count.term)
        if key in chinese_names:
            tag, name = chinese_names[key]
            aliases.append(AliasSuggestion(tag, count, name, sino_korean_reading(name)))
        else:
            entries.append((count, None))

    def total(pair: tuple[TermCount | None, TermCount | None]) -> tuple:
        counts = [c for c in pair if c is not None]
        return (
            -sum(c.articles for c in counts),
            -sum(c.mentions for c in counts),
            [c.term for c in counts],
        )

    entries.sort(key=total)
    aliases.sort(key=lambda a: _rank(a.term))
    if limit:
        entries, aliases = entries[:limit], aliases[:limit]
    taken = set(vocabulary.tags)
    suggestions = []
    for korean, chinese in entries:
        tag_id = propose_id(korean.term if korean else None, chinese.term if chinese else None)
        tag_id = _unique(tag_id, taken)
        taken.add(tag_id)
        labels = [c.term for c in (korean, chinese) if c is not None]
        contains = tuple(dict.fromkeys(i for t in labels for i in contained_tags(t, vocabulary)))
        reading = readings[chinese.term] if chinese else None
        same = ()
        if chinese and not korean:
            taken_by = korean_by_key.get(reading_key(readings[chinese.term]), [])
            same = tuple(paired[k.term] for k in taken_by if k.term in paired)
        suggestions.append(Suggestion(tag_id, korean, chinese, reading, contains, same))
    counted = {lang: sum(1 for a in articles if a.lang == lang) for lang in LANGUAGE_CODES}
    return Suggestions(suggestions, aliases, counted, min_articles)


def propose_id(korean: str | None, chinese: str | None) -> str:
    """An ASCII kebab-case id: the pinyin of the Chinese label, else the romanised Korean.

    The editor is expected to replace it with an English id like the vocabulary's own.
    """
    from pypinyin import lazy_pinyin
    from slugify import slugify

    if chinese:
        tag_id = slugify("".join(lazy_pinyin(chinese, v_to_u=True)))
    else:
        tag_id = slugify(korean or "")
    return tag_id if TAG_ID.match(tag_id) else "new-tag"


def _unique(tag_id: str, taken: set[str]) -> str:
    candidate, number = tag_id, 2
    while candidate in taken:
        candidate, number = f"{tag_id}-{number}", number + 1
    return candidate


# --- Rendering -------------------------------------------------------------------------

_PLAIN = re.compile(r"[\w-]+")
_RESERVED = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"})


def _scalar(value: str | None) -> str:
    """A YAML scalar: plain when it is safe, else double-quoted."""
    if value is None:
        return "null"
    if _PLAIN.fullmatch(value) and not value[0].isdigit() and value.lower() not in _RESERVED:
        return value
    return json.dumps(value, ensure_ascii=False)


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _counted(count: TermCount) -> str:
    articles, mentions = _plural(count.articles, "article"), _plural(count.mentions, "mention")
    return f"{count.lang} {count.term}: {articles}, {mentions}"


def _entry(suggestion: Suggestion, vocabulary: TagVocabulary) -> str:
    lines = [f"# {_counted(c)}" for c in (suggestion.ko, suggestion.zh) if c is not None]
    ko, zh = suggestion.ko, suggestion.zh
    if ko and zh:
        lines.append(
            f"# check: reading only ({zh.term} reads {suggestion.reading}; the same reading "
            "need not mean the same)"
        )
    elif zh and suggestion.same_reading:
        lines.append(
            f"# reading {suggestion.reading}, as {', '.join(suggestion.same_reading)} (paired "
            "with that Korean term): write the Korean label"
        )
    elif zh:
        lines.append(
            f"# reading {suggestion.reading}: a hint only, no Korean term of the content "
            "reads so; write the Korean label"
        )
    else:
        lines.append("# no Chinese term of the content reads so: write the Chinese label")
    for tag_id in suggestion.contains:
        tag = vocabulary.get(tag_id)
        names = f"{tag.label('ko')} / {tag.label('zh')}" if tag else tag_id
        lines.append(f"# contains {names} ({tag_id}): an alias of it, or a narrower tag?")
    lines += [
        f"- id: {suggestion.id}",
        f"  ko: {_scalar(ko.term if ko else None)}",
        f"  zh: {_scalar(zh.term if zh else None)}",
    ]
    return "\n".join(lines)


def render_suggestions(
    suggestions: Suggestions, vocabulary: TagVocabulary, *, source: str = "the content"
) -> str:
    """The YAML snippet for the editor: new entries, commented, then possible aliases.

    ``yaml.safe_load`` of it gives the list of entries (comments aside); every label the
    content did not give is null, so the vocabulary refuses the entry until the editor
    writes it.
    """
    read = ", ".join(f"{lang} {n}" for lang, n in suggestions.articles.items())
    header = [
        "# Tag-vocabulary suggestions from `invoke tags-suggest`, for an editor: nothing",
        "# here is merged automatically.",
        f"# Articles read: {read} ({source}); vocabulary: {len(vocabulary)} tags.",
        f"# Terms of at least {_plural(suggestions.min_articles, 'article')} that no vocabulary "
        "name covers.",
        "# Korean and Chinese labels are paired only by the Sino-Korean reading of the Chinese",
        "# term (opencc s2t, then hanja), so check each pair: 知识产权 reads 지식산권 (Korean",
        "# writes 지식재산권); 市场 and 市长 both read 시장.",
        "# Copy the entries you keep into vocabulary.yaml, give each an English id, and write",
        "# every null label (the vocabulary refuses an entry without both labels).",
    ]
    if not suggestions.entries:
        body = ["", "# No new terms reach the threshold.", "[]"]
    else:
        body = [""]
        for suggestion in suggestions.entries:
            body += [_entry(suggestion, vocabulary), ""]
        body.pop()
    if suggestions.aliases:
        body += [
            "",
            "# Terms that read like a name of an existing tag (check: reading only). If one is",
            "# the same topic, add it to that tag's aliases by hand:",
        ]
        for alias in suggestions.aliases:
            term = alias.term
            body.append(
                f"#   {alias.tag.id}: aliases.{term.lang} += [{term.term}]  "
                f"({_plural(term.articles, 'article')}, {_plural(term.mentions, 'mention')}; "
                f"{_reading_note(alias)})"
            )
    return "\n".join(header + body) + "\n"


def _reading_note(alias: AliasSuggestion) -> str:
    if alias.term.lang == "zh":
        return f"reads {alias.reading} = {alias.name}"
    return f"{alias.name} reads {alias.reading}"


# --- Reading the content ---------------------------------------------------------------


def read_articles(content: str | Path) -> list[Article]:
    """Every article file ``<content>/<lang>/**/*.md``, as text; ContentError names a bad one."""
    content = Path(content)
    if not content.is_dir():
        raise ContentError(content, "the content folder does not exist")
    articles = []
    for lang in LANGUAGE_CODES:
        for path in sorted((content / lang).glob("**/*.md")):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise ContentError(path, "not UTF-8 text") from None
            except OSError as error:
                raise ContentError(path, f"cannot be read: {error.strerror}") from None
            article = split_article(text, path)
            declared = article.metadata.get("lang")
            title = str(article.metadata.get("title") or "")
            articles.append(
                Article(
                    lang=declared if declared in LANGUAGE_CODES else lang,
                    text=f"{title}\n{plain_text(article.body)}",
                    source=str(path),
                )
            )
    return articles
