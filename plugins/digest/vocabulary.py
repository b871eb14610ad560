"""The tag vocabulary: one curated list of topics, each named in Korean and Chinese."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ContentError
from .languages import LANGUAGE_CODES

TAG_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Tag:
    """A topic of the digest. Two tags are equal when their ids are."""

    id: str
    labels: dict[str, str] = field(compare=False, hash=False)
    aliases: dict[str, tuple[str, ...]] = field(compare=False, hash=False)
    parent: str | None = field(default=None, compare=False, hash=False)

    def label(self, lang: str) -> str:
        """The label shown on the ``lang`` side."""
        return self.labels[lang]

    def fingerprint(self) -> str:
        """A hash of every tag's id, labels and aliases: changes when the vocabulary does."""
        if not self._fingerprint:
            text = repr(sorted(self.tags.items()))
            self._fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self._fingerprint

    def names(self, lang: str) -> tuple[str, ...]:
        """Label first, then aliases: every way ``lang`` writes this topic."""
        return (self.labels[lang], *self.aliases.get(lang, ()))

    def __str__(self) -> str:
        return self.id


def _fold(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


@dataclass
class TagVocabulary:
    """All tags by id, with a lookup from every label and alias."""

    tags: dict[str, Tag]
    path: str | None = None
    _by_name: dict[str, Tag] = field(default_factory=dict, repr=False)
    _names: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _fingerprint: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        for lang in LANGUAGE_CODES:
            self._names[lang] = tuple(n for tag in self.tags.values() for n in tag.names(lang))
        for tag in self.tags.values():
            self._by_name[_fold(tag.id)] = tag
            for name in tag.labels.values():
                self._by_name.setdefault(_fold(name), tag)
            for names in tag.aliases.values():
                for name in names:
                    self._by_name.setdefault(_fold(name), tag)

    def __iter__(self) -> Iterator[Tag]:
        return iter(self.tags.values())

    def __len__(self) -> int:
        return len(self.tags)

    def get(self, tag_id: str) -> Tag | None:
        return self.tags.get(tag_id)

    def resolve(self, name: str) -> Tag | None:
        """The tag that ``name`` (an id, label or alias in any language) stands for."""
        return self._by_name.get(_fold(str(name)))

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Vocabulary names closest to an unknown ``name``, for "did you mean"."""
        folded = {_fold(n): n for tag in self.tags.values() for n in _all_names(tag)}
        close = difflib.get_close_matches(_fold(str(name)), folded, n=limit, cutoff=0.5)
        return [folded[c] for c in close]

    def fingerprint(self) -> str:
        """A hash of every tag's id, labels and aliases: changes when the vocabulary does."""
        if not self._fingerprint:
            text = repr(sorted(self.tags.items()))
            self._fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self._fingerprint

    def names(self, lang: str) -> tuple[str, ...]:
        """Every label and alias of ``lang``: the user words of its tokenizer."""
        return self._names[lang]


def _all_names(tag: Tag) -> list[str]:
    names = [tag.id, *tag.labels.values()]
    for aliases in tag.aliases.values():
        names.extend(aliases)
    return names


def load_vocabulary(path: str | Path) -> TagVocabulary:
    """Read and validate the vocabulary file; ContentError says what to fix."""
    path = Path(path)
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(path, "the tag vocabulary file does not exist") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ContentError(path, f"not valid YAML: {exc.problem}", line) from None
    if not isinstance(entries, list):
        raise ContentError(path, "the vocabulary must be a YAML list of tag entries")
    tags: dict[str, Tag] = {}
    for number, entry in enumerate(entries, start=1):
        tag = _parse_entry(entry, number, path)
        if tag.id in tags:
            raise ContentError(path, f"tag id {tag.id!r} appears twice")
        tags[tag.id] = tag
    for tag in tags.values():
        if tag.parent is not None and tag.parent not in tags:
            raise ContentError(path, f"tag {tag.id!r} has unknown parent {tag.parent!r}")
    return TagVocabulary(tags=tags, path=str(path))


def _parse_entry(entry: object, number: int, path: Path) -> Tag:
    where = f"entry {number}"
    if not isinstance(entry, dict):
        raise ContentError(path, f"{where} must be a mapping with id, ko and zh")
    tag_id = entry.get("id")
    if not isinstance(tag_id, str) or not TAG_ID.match(tag_id):
        raise ContentError(path, f"{where}: id must be ASCII kebab-case, got {tag_id!r}")
    labels: dict[str, str] = {}
    for lang in (*LANGUAGE_CODES, "en"):
        label = entry.get(lang)
        if label is None and lang == "en":
            continue
        if not isinstance(label, str) or not label.strip():
            raise ContentError(path, f"tag {tag_id!r} needs a {lang!r} label")
        labels[lang] = label.strip()
    raw_aliases = entry.get("aliases") or {}
    if not isinstance(raw_aliases, dict):
        raise ContentError(path, f"tag {tag_id!r}: aliases must map a language to a list")
    aliases: dict[str, tuple[str, ...]] = {}
    for lang, names in raw_aliases.items():
        if lang not in LANGUAGE_CODES or not isinstance(names, list):
            raise ContentError(
                path, f"tag {tag_id!r}: aliases must be lists under {', '.join(LANGUAGE_CODES)}"
            )
        aliases[lang] = tuple(str(n).strip() for n in names if str(n).strip())
    parent = entry.get("parent")
    return Tag(id=tag_id, labels=labels, aliases=aliases, parent=parent)
