"""Small helpers on single lines of text, shared by the extraction steps."""

from __future__ import annotations

import re

HANGUL = "\uac00-\ud7a3"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

_LETTER_RE = re.compile(rf"[{HANGUL}{HAN}A-Za-z]")
# List bullets that page dumps put before menu items, meta lines and footers.
_BULLET_RE = re.compile(r"^(?:[•▪▫◦●○■□◆◇►▸‣⁃·]\s*)+")
_SPACES_RE = re.compile(r"[ \t\f\v]+")

SENTENCE_END = ".。!！?？…;；"
# Closing quotes and brackets that may follow a sentence's final punctuation.
CLOSERS = "\"'”’」』)）]】》〉>"
# A colon ends a line that introduces a list, but "点击:" or "来源:" are chrome.
MIN_COLON_LINE = 15


# Letter-spaced Han text (人 民 网 版 权 所 有, 通 知 公 告): three or more single characters.
_SPACED_HAN_RE = re.compile(rf"(?<![{HAN}])[{HAN}](?: [{HAN}，。、：；！？]){{2,}}(?![{HAN}])")


def clean_line(line: str) -> str:
    """``line`` without surrounding space, leading bullets, runs of spaces or letter-spacing."""
    line = _SPACES_RE.sub(" ", line).strip()
    if " " in line:
        line = _SPACED_HAN_RE.sub(lambda match: match.group(0).replace(" ", ""), line)
    return _BULLET_RE.sub("", line).strip()


def visible_len(text: str) -> int:
    """Characters in ``text`` that are not spaces."""
    return len("".join(text.split()))


def letter_count(text: str) -> int:
    """Hangul, Han and Latin letters in ``text``."""
    return len(_LETTER_RE.findall(text))


def has_letters(text: str) -> bool:
    """Whether ``text`` holds a Hangul, Han or Latin letter."""
    return _LETTER_RE.search(text) is not None


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (``다.``, ``。``, ``!``, ``…”``)."""
    core = text.rstrip().rstrip(CLOSERS).rstrip()
    if not core:
        return False
    if core[-1] in SENTENCE_END:
        return True
    return core[-1] in ":：" and visible_len(core) >= MIN_COLON_LINE


_SENTENCE_END_RE = re.compile(r"[。！？!?；;]+|…+|\.(?=\s|$|[\"'”’」』)）\]])")


def count_sentences(text: str) -> int:
    """How many sentences ``text`` holds, by their final punctuation (``1.5`` is none)."""
    return len(_SENTENCE_END_RE.findall(text))
