"""What the search index is given for an article: its text as search tokens.

The search index finds a query wherever it occurs in an article's text, as a
substring, in Korean and Chinese alike (docs/search.md explains the design):

- every Hangul syllable and Han character starts one token, the *bigram* of it and
  the character after it in the same run of Hangul or Han (the last character of a
  run stands alone), so a query of two or more characters is found as the phrase
  of its bigrams at consecutive positions, and a one-character query as a prefix;
- a token is written in letters (``z`` and four letters a–p per character, the
  code point in hexadecimal), so that neither Pagefind's word processing nor the
  browser's word segmentation of a Chinese query can split it;
- other text (Latin words, digits, punctuation) stays as written, one token per
  run; punctuation keeps its position, so a phrase does not match across it;
- a space after a token is written as a backtick glued to it: Pagefind drops the
  backtick from the indexed word, and the search page reads it back to show the
  text with its spaces.

The browser side (``theme/static/js/search-tokens.js``) turns a query into the
same tokens and the indexed tokens back into text; tests check the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

TOKEN_PREFIX = "z"
SPACE_MARK = "`"
_LETTERS = "abcdefghijklmnop"
# Han (CJK unified, extension A, compatibility ideographs) and Hangul syllables.
CHARACTER_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
_RUNS = re.compile(rf"[{CHARACTER_RANGES}]+|[^\s{CHARACTER_RANGES}]+|\s+")
_CHARACTER_RUN = re.compile(rf"[{CHARACTER_RANGES}]")


def character_code(text: str) -> str:
    """The letters standing for each character of ``text`` (four letters a–p each)."""
    return "".join(
        _LETTERS[(code >> shift) & 15] for code in map(ord, text) for shift in (12, 8, 4, 0)
    )


def _run_tokens(run: str) -> Iterator[str]:
    for i in range(len(run)):
        yield TOKEN_PREFIX + character_code(run[i : i + 2])


def index_tokens(text: str) -> list[str]:
    """The search tokens of ``text``, a space in the text kept as a mark on the token before."""
    tokens: list[str] = []
    for match in _RUNS.finditer(text.replace(SPACE_MARK, "'")):
        run = match.group()
        if run.isspace():
            if tokens and not tokens[-1].endswith(SPACE_MARK):
                tokens[-1] += SPACE_MARK
        elif _CHARACTER_RUN.match(run):
            tokens.extend(_run_tokens(run))
        else:
            tokens.append(run)
    return tokens


def index_text(text: str) -> str:
    """``text`` as the search index is given it: its tokens, separated by spaces."""
    return " ".join(index_tokens(text))


def read_index_text(indexed: str) -> str:
    """The text back from its tokens (what the search page does to show an excerpt)."""
    out = []
    for token in indexed.split():
        spaced = token.endswith(SPACE_MARK)
        word = token[:-1] if spaced else token
        if character := _STORED_CHARACTER_TOKEN.match(word):
            code = "".join(f"{_LETTERS.index(c):x}" for c in character.group(1))
            word = chr(int(code, 16))
        out.append(word + (" " if spaced else ""))
    return "".join(out).strip()


# A character token as Pagefind stores it. Pagefind ends each block with a "." glued
# to its last word; the text's own full stop is a token of its own, so a glued one
# is Pagefind's and is dropped.
_STORED_CHARACTER_TOKEN = re.compile(rf"^{TOKEN_PREFIX}([a-p]{{4}})(?:[a-p]{{4}})?\.?$")
