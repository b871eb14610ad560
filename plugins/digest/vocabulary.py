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
    kind: str = field(default="topic", compare=False, hash=False)  # or "place"
    automatic: bool = field(default=True, compare=False, hash=False)  # auto-tagging may add it

    def label(self, lang: str) -> str:
        """The label shown on the ``lang`` side."""
        return self.labels[lang]

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


# --- Loading -------------------------------------------------------------------------
#
# The file is composed (not just loaded) with PyYAML: every node keeps the line it
# starts on, so each error names the line of the entry or field to fix. Names are
# read as written (a node's text), so 5G or 2024 stay the names they look like.

ENTRY_KEYS: tuple[str, ...] = ("id", *LANGUAGE_CODES, "en", "aliases", "parent", "kind", "auto")
KINDS = ("topic", "place")
_NULL = "tag:yaml.org,2002:null"


@dataclass
class _Entry:
    """A parsed entry and the lines of its parts, for errors about the whole file."""

    tag: Tag
    id_line: int
    parent_line: int | None
    names: list[tuple[str, int]]  # id, labels and aliases, each with its line


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def load_vocabulary(path: str | Path) -> TagVocabulary:
    """Read and validate the vocabulary file; ContentError says what to fix, and where."""
    path = Path(path)
    root = _compose(path)
    if not isinstance(root, yaml.SequenceNode):
        raise ContentError(
            path,
            "the vocabulary must be a YAML list of tag entries, each starting with '- id:'",
            _line(root) if root is not None else None,
        )
    entries: dict[str, _Entry] = {}
    for number, node in enumerate(root.value, start=1):
        entry = _parse_entry(node, number, path)
        first = entries.get(entry.tag.id)
        if first is not None:
            raise ContentError(
                path,
                f"tag id {entry.tag.id!r} appears twice (first on line {first.id_line}): "
                "merge the two entries or give this one another id",
                entry.id_line,
            )
        entries[entry.tag.id] = entry
    _check_parents(entries, path)
    _check_names(entries, path)
    return TagVocabulary(tags={tag_id: e.tag for tag_id, e in entries.items()}, path=str(path))


def _compose(path: Path) -> yaml.Node | None:
    """The file's YAML node tree (lines included)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "the tag vocabulary file does not exist") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ContentError(path, "not UTF-8 text: save the file as UTF-8", line) from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ContentError(path, f"not valid YAML: {exc.problem or exc.context}", line) from None
    except yaml.YAMLError as exc:
        raise ContentError(path, f"not valid YAML: {exc}") from None


def _fields(
    node: yaml.MappingNode, allowed: tuple[str, ...], what: str, path: Path
) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """The mapping's key and value nodes by key; unknown or repeated keys are errors."""
    fields: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ContentError(
                path,
                f"unknown key {key!r} in {what}{hint}: the allowed keys are {', '.join(allowed)}",
                _line(key_node),
            )
        if key in fields:
            raise ContentError(
                path,
                f"{key!r} appears twice in {what} (first on line {_line(fields[key][0])}): "
                "keep one",
                _line(key_node),
            )
        fields[key] = (key_node, value_node)
    return fields


def _text(node: yaml.Node) -> str | None:
    """A scalar's text as written, stripped; None when it is empty or not a scalar."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
        return None
    return node.value.strip() or None


def _parse_entry(node: yaml.Node, number: int, path: Path) -> _Entry:
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(
            path, f"entry {number} must be a mapping with id, ko and zh (id: …)", _line(node)
        )
    fields = _fields(node, ENTRY_KEYS, f"entry {number}", path)
    if "id" not in fields:
        raise ContentError(
            path, f"entry {number} has no id: add 'id: <kebab-case-id>'", _line(node)
        )
    id_node = fields["id"][1]
    tag_id = _text(id_node)
    if tag_id is None or not TAG_ID.match(tag_id):
        raise ContentError(
            path,
            f"entry {number}: id must be ASCII kebab-case (like 'new-energy'), got {tag_id!r}",
            _line(id_node),
        )
    where = f"tag {tag_id!r}"
    names = [(tag_id, _line(id_node))]
    labels: dict[str, str] = {}
    for lang in (*LANGUAGE_CODES, "en"):
        value_node = fields[lang][1] if lang in fields else None
        if lang == "en" and (value_node is None or value_node.tag == _NULL):
            continue  # the English label is optional
        label = _text(value_node) if value_node is not None else None
        if label is None:
            raise ContentError(
                path,
                f"{where} needs a {lang!r} label: write '{lang}: <one name, as text>'",
                _line(value_node if value_node is not None else node),
            )
        labels[lang] = label
        if lang in LANGUAGE_CODES:
            names.append((label, _line(value_node)))
    aliases = _parse_aliases(fields.get("aliases"), where, names, path)
    parent, parent_line = None, None
    if "parent" in fields:
        parent_node = fields["parent"][1]
        if parent_node.tag != _NULL:
            parent, parent_line = _text(parent_node), _line(parent_node)
            if parent is None:
                raise ContentError(
                    path, f"{where}: parent must be the id of another tag", parent_line
                )
    kind = "topic"
    if "kind" in fields:
        kind = _text(fields["kind"][1])
        if kind not in KINDS:
            raise ContentError(
                path, f"{where}: kind must be one of {', '.join(KINDS)}", _line(fields["kind"][1])
            )
    automatic = True
    if "auto" in fields:
        auto_node = fields["auto"][1]
        automatic = yaml.safe_load(auto_node.value) if auto_node.tag.endswith("bool") else None
        if not isinstance(automatic, bool):
            raise ContentError(
                path,
                f"{where}: auto must be true or false (false: only curators give this tag)",
                _line(auto_node),
            )
    tag = Tag(
        id=tag_id,
        labels=labels,
        aliases=aliases,
        parent=parent,
        kind=kind,
        automatic=automatic,
    )
    return _Entry(tag, _line(id_node), parent_line, names)


def _parse_aliases(
    field_nodes: tuple[yaml.Node, yaml.Node] | None,
    where: str,
    names: list[tuple[str, int]],
    path: Path,
) -> dict[str, tuple[str, ...]]:
    """``aliases:`` as names per language; each name's line is added to ``names``."""
    if field_nodes is None or field_nodes[1].tag == _NULL:
        return {}
    node = field_nodes[1]
    shape = f"aliases map a language ({', '.join(LANGUAGE_CODES)}) to a list of names"
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(path, f"{where}: {shape}", _line(node))
    aliases: dict[str, tuple[str, ...]] = {}
    for lang, (_, list_node) in _fields(
        node, LANGUAGE_CODES, f"the aliases of {where}", path
    ).items():
        if list_node.tag == _NULL:
            continue
        if not isinstance(list_node, yaml.SequenceNode):
            raise ContentError(
                path, f"{where}: {shape}, like '{lang}: [name, other name]'", _line(list_node)
            )
        found = []
        for item in list_node.value:
            name = _text(item)
            if name is None:
                raise ContentError(
                    path,
                    f"{where}: an empty or nested {lang} alias: each alias is one name, as text",
                    _line(item),
                )
            found.append(name)
            names.append((name, _line(item)))
        aliases[lang] = tuple(found)
    return aliases


def _check_parents(entries: dict[str, _Entry], path: Path) -> None:
    """Every parent is a tag of the file, and following parents never loops."""
    for entry in entries.values():
        parent = entry.tag.parent
        if parent is not None and parent not in entries:
            close = difflib.get_close_matches(parent, entries, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ContentError(
                path,
                f"tag {entry.tag.id!r} has unknown parent {parent!r}{hint}: "
                "a parent is the id of another tag in this file",
                entry.parent_line,
            )
    for entry in entries.values():
        chain = [entry.tag.id]
        parent = entry.tag.parent
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = entries[parent].tag.parent
        if parent == entry.tag.id:
            loop = " → ".join([*chain, parent])
            raise ContentError(
                path,
                f"tag {entry.tag.id!r} is its own ancestor ({loop}): a parent is a broader "
                "topic, so remove or change one of these parents",
                entry.parent_line,
            )


def _check_names(entries: dict[str, _Entry], path: Path) -> None:
    """No name (id, label or alias; case and spaces ignored) belongs to two tags."""
    owners: dict[str, tuple[str, int]] = {}
    for entry in entries.values():
        for name, line in entry.names:
            owner = owners.setdefault(_fold(name), (entry.tag.id, line))
            if owner[0] != entry.tag.id:
                raise ContentError(
                    path,
                    f"the name {name!r} of tag {entry.tag.id!r} is also a name of tag "
                    f"{owner[0]!r} (line {owner[1]}): a name must lead to one tag, "
                    "so keep it on only one of them",
                    line,
                )
