"""Which of the digest's languages a page is written in, by counting scripts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import HAN, HANGUL

_HANGUL_RE = re.compile(rf"[{HANGUL}\u1100-\u11ff\u3130-\u318f]")
_HAN_RE = re.compile(rf"[{HAN}]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")

KOREAN_SHARE = 0.3  # Hangul share of Hangul + Han at which a page is Korean (Hanja allowed)
CHINESE_SHARE = 0.05  # at most this much Hangul in a Chinese page (a quoted Korean name)
KANA_SHARE = 0.05  # more kana than this next to Han means Japanese
CJK_SHARE = 0.3  # share of Hangul + Han among all letters below which a page is English
MIN_CJK = 2


@dataclass(frozen=True)
class ScriptCounts:
    """How many characters of each script a text holds."""

    hangul: int
    han: int
    kana: int
    latin: int


def count_scripts(text: str) -> ScriptCounts:
    """Count Hangul, Han, kana and Latin letters, ignoring URLs and e-mail addresses."""
    text = _URL_RE.sub(" ", text)
    return ScriptCounts(
        hangul=len(_HANGUL_RE.findall(text)),
        han=len(_HAN_RE.findall(text)),
        kana=len(_KANA_RE.findall(text)),
        latin=len(_LATIN_RE.findall(text)),
    )


def detect_language(text: str) -> str | None:
    """``"ko"``, ``"zh"``, or None when neither script dominates the text."""
    counts = count_scripts(text)
    cjk = counts.hangul + counts.han
    if cjk < MIN_CJK or cjk < CJK_SHARE * (cjk + counts.latin):
        return None
    hangul_share = counts.hangul / cjk
    if hangul_share >= KOREAN_SHARE:
        return "ko"
    if hangul_share <= CHINESE_SHARE and counts.kana <= KANA_SHARE * counts.han:
        return "zh"
    return None
