"""Readable ASCII slugs: pinyin for Chinese titles, romanisation for Korean ones."""

from __future__ import annotations

import hashlib
import re

import rjieba
from pypinyin import lazy_pinyin
from slugify import slugify

MAX_SLUG = 60
HASH_LENGTH = 10
_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def title_words(title: str, lang: str) -> list[str]:
    """The title as ASCII words: one pinyin word per jieba word, or slugify's romanisation."""
    if lang == "zh":
        words = ("".join(lazy_pinyin(word)) for word in rjieba.cut(title))
    else:
        words = iter(slugify(title).split("-"))
    return [w for word in words for w in _NOT_SLUG_RE.split(slugify(word)) if w]


def make_slug(title: str, lang: str, max_length: int = MAX_SLUG) -> str:
    """A slug for ``title``: [a-z0-9-], at most ``max_length``, cut between words, never empty."""
    slug = ""
    for word in title_words(title, lang):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            slug = slug or word[:max_length]
            break
        slug = candidate
    return slug or title_hash(title)


def title_hash(title: str) -> str:
    """A short, stable hexadecimal hash of ``title``."""
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:HASH_LENGTH]
