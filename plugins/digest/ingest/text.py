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


def clean_line(line: str) -> str:
    """``line`` without surrounding space, leading bullets or runs of spaces."""
    line = _SPACES_RE.sub(" ", line).strip()
    return _BULLET_RE.sub("", line).strip()


def visible_len(text: str) -> int:
    """Characters in ``text`` that are not spaces."""
    return sum(1 for char in text if not char.isspace())


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
