"""The same story arriving again: from another site, reworded, lightly edited, new chrome.

A story is its body text with spaces and punctuation removed, cut into overlapping
character shingles (``SHINGLE`` characters: the same for Korean and Chinese, no word
splitting). Two stories are the same when nearly all of the shorter one is covered
by shingles of the other one. An edited word leaves only itself uncovered, and a
site's extra lines or a dropped paragraph are on the longer side or are few, so a
reworded copy still matches; a short item that shares one sentence with a long
article has its other sentences uncovered, and does not.

Lookup is cheap: only the shingles that start with an anchor character (one
character in ``SAMPLE``, chosen by its hash, so about one shingle in ``SAMPLE``) go in
an inverted index. Every text picks the same shingles, so two copies share their
picks; the few articles sharing enough picks with a page are then checked exactly, on
all their shingles. Finding the anchors is one regular-expression scan, so indexing
an article costs far less than hashing all its shingles.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..article_text import plain_text
from ..languages import LANGUAGE_CODES

SHINGLE = 5  # characters per shingle
SAMPLE = 8  # one character in SAMPLE is an anchor: the shingle it starts goes in the index
ANCHOR = 7  # anchors: characters whose CRC-32 is ANCHOR mod SAMPLE (1/8.5 of ko, 1/7.5 of zh)
THRESHOLD = 0.8  # share of the shorter text covered by the other one: the same story
CANDIDATE = 0.3  # share of the shorter text's sampled shingles shared: worth an exact check
MAX_CHECKS = 8  # exact checks per lookup, most promising first
RECHECKED = 256  # stories whose shingles are kept for the next exact check
COMMON = 0.1  # a pick found in more than this share of the stories (and more than
COMMON_FLOOR = 200  # this many) is a stock phrase: it says nothing about which story it is

_NOT_TEXT = re.compile(r"[\W_]+")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.S | re.M)
_LANG = re.compile(r"^lang:[ \t]*['\"]?([A-Za-z-]+)", re.M)


def normalize(text: str) -> str:
    """``text`` compatibility-folded and case-folded, without spaces or punctuation."""
    return _NOT_TEXT.sub("", unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(normalized: str) -> list[int]:
    """The hash of each ``SHINGLE``-character run of ``normalized`` text, in text order."""
    data = normalized.encode("utf-16-le")
    width = 2 * SHINGLE
    return [zlib.crc32(data[i : i + width]) for i in range(0, len(data) - width + 1, 2)]


def shingles(normalized: str) -> set[int]:
    """The set of shingle hashes of ``normalized`` text."""
    return set(shingle_hashes(normalized))


def sample(normalized: str) -> set[int]:
    """The hashes of the shingles that start with an anchor: the same choice in every text."""
    last = len(normalized) - SHINGLE
    return {
        zlib.crc32(normalized[i : i + SHINGLE].encode("utf-16-le"))
        for i in (m.start() for m in _anchors().finditer(normalized))
        if i <= last
    }


@cache
def _anchors() -> re.Pattern[str]:
    """Any one anchor character: letters and digits of the BMP, one in ``SAMPLE``."""
    chars = (chr(c) for c in range(0x30, 0x10000) if not 0xD800 <= c < 0xE000)
    return re.compile(
        "["
        + "".join(
            re.escape(c)
            for c in chars
            if c.isalnum() and zlib.crc32(c.encode("utf-16-le")) % SAMPLE == ANCHOR
        )
        + "]"
    )


def coverage(normalized: str, other: AbstractSet[int]) -> float:
    """The share of the characters of ``normalized`` text inside a shingle found in ``other``.

    One changed character leaves only itself uncovered; a sentence the other text does
    not have leaves all of its characters uncovered.
    """
    return _covered(shingle_hashes(normalized), other)


def _covered(hashes: Sequence[int], other: AbstractSet[int]) -> float:
    """``coverage`` of a text given its shingle hashes in order."""
    covered = reach = 0
    for start, h in enumerate(hashes):
        if h in other:
            end = start + SHINGLE
            covered += end - max(start, reach)
            reach = end
    return covered / (len(hashes) + SHINGLE - 1) if hashes else 0.0


@dataclass(frozen=True)
class Fingerprint:
    """A story's text, ready to look up or to add: its shingles and their sample."""

    text: str  # normalised
    hashes: tuple[int, ...]  # shingle hashes in text order
    shingles: frozenset[int]
    sample: frozenset[int]

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        """The fingerprint of plain story text."""
        normalized = normalize(text)
        hashes = shingle_hashes(normalized)
        return cls(normalized, tuple(hashes), frozenset(hashes), frozenset(sample(normalized)))


@dataclass(frozen=True)
class Match:
    """An article that tells the same story, and how much of the shorter text they share."""

    path: Path
    score: float  # the share of the shorter story covered by the other one


@dataclass(slots=True)
class _Story:
    path: Path
    text: str  # normalised: its shingles are recomputed for the few exact checks
    sample_size: int


@dataclass
class _Language:
    stories: list[_Story] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)  # per story: CANDIDATE * sample size
    postings: dict[int, list[int]] = field(default_factory=dict)  # sampled hash: story ids

    def common(self) -> int:
        """How many stories a pick may be in before it is a stock phrase."""
        return max(COMMON_FLOOR, int(COMMON * len(self.stories)))


class DuplicateIndex:
    """Every story seen so far, per language, for finding the same story again."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._languages: dict[str, _Language] = {}
        # A batch on one topic checks the same few stories again and again.
        self._hashes = lru_cache(maxsize=RECHECKED)(shingle_hashes)

    def __len__(self) -> int:
        return sum(len(lang.stories) for lang in self._languages.values())

    @classmethod
    def from_content(cls, content_dir: Path, threshold: float = THRESHOLD) -> DuplicateIndex:
        """An index of the articles under ``content_dir/<lang>/``."""
        index = cls(threshold)
        for path, lang, body in iter_articles(content_dir):
            normalized = normalize(plain_text(body))
            index._add(lang, path, normalized, sample(normalized))
        return index

    def add(self, lang: str, path: Path, fingerprint: Fingerprint) -> None:
        """Remember the story at ``path``."""
        self._add(lang, path, fingerprint.text, fingerprint.sample)

    def _add(self, lang: str, path: Path, normalized: str, picks: AbstractSet[int]) -> None:
        side = self._languages.setdefault(lang, _Language())
        story_id = len(side.stories)
        side.stories.append(_Story(path, normalized, len(picks)))
        side.floors.append(CANDIDATE * len(picks))
        for h in picks:
            side.postings.setdefault(h, []).append(story_id)

    def find(self, lang: str, fingerprint: Fingerprint) -> Match | None:
        """An article telling the same story in ``lang`` (the likeliest first), or None."""
        side = self._languages.get(lang)
        if side is None or not fingerprint.sample:
            return None
        for story in self._candidates(side, fingerprint):
            score = _score(fingerprint, self._hashes(story.text))
            if score >= self.threshold:
                return Match(story.path, score)
        return None

    def _candidates(self, side: _Language, fingerprint: Fingerprint) -> list[_Story]:
        """The stories sharing enough sampled shingles with ``fingerprint``, most first.

        Enough: ``CANDIDATE`` of the smaller sample, leaving out stock phrases.
        """
        counts: Counter[int] = Counter()
        common, size = side.common(), 0
        for h in fingerprint.sample:
            ids = side.postings.get(h, ())
            if len(ids) <= common:
                counts.update(ids)
                size += 1
        need, floors, stories = CANDIDATE * size, side.floors, side.stories
        shares = [
            (shared / min(size, stories[story_id].sample_size), story_id)
            for story_id, shared in counts.items()
            if shared >= need or shared >= floors[story_id]
        ]
        shares.sort(reverse=True)
        return [stories[story_id] for _, story_id in shares[:MAX_CHECKS]]


def same_story_score(fingerprint: Fingerprint, normalized: str) -> float:
    """How much of the shorter of the two stories the other one covers (0 to 1)."""
    return _score(fingerprint, shingle_hashes(normalized))


def _score(fingerprint: Fingerprint, hashes: Sequence[int]) -> float:
    """``same_story_score`` given the other story's shingle hashes in text order."""
    if len(fingerprint.hashes) <= len(hashes):
        return _covered(fingerprint.hashes, set(hashes))
    return _covered(hashes, fingerprint.shingles)


def iter_articles(content_dir: Path) -> Iterator[tuple[Path, str, str]]:
    """``(path, lang, markdown body)`` of each article file under ``content_dir/<lang>/``.

    Only the front matter's ``lang`` line is read, not the whole YAML: this runs on
    every article at each ingest. Files that are not article files are skipped.
    """
    for code in LANGUAGE_CODES:
        folder = content_dir / code
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.md")):
            if any(part.startswith(".") for part in path.relative_to(folder).parts):
                continue
            found = _read_article(path, code)
            if found:
                yield path, *found


def _read_article(path: Path, folder_lang: str) -> tuple[str, str] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    front = _FRONT.match(text)
    if front is None:
        return None
    lang = _LANG.search(front.group(1))
    return (lang.group(1) if lang else folder_lang), text[front.end() :]
