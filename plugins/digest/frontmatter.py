"""Article files: YAML front matter between ``---`` lines, then a Markdown body.

Pure functions, no Pelican: the site reader, the ingester and the checks share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError

DELIMITER = "---"

# The order in which the ingester and ``invoke new`` write the fields.
FIELD_ORDER = (
    "title",
    "date",
    "lang",
    "slug",
    "section",
    "authors",
    "source",
    "tags",
    "summary",
    "captions",
)


@dataclass
class ArticleFile:
    """An article file split into its parts."""

    metadata: dict[str, Any]
    body: str
    body_line: int  # 1-based line number of the body's first line in the file


def split_article(text: str, path: str | Path | None = None) -> ArticleFile:
    """Split ``text`` into YAML metadata and body; ContentError names the line."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != DELIMITER:
        raise ContentError(
            path, "the file must start with a '---' line that opens the front matter", 1
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip() == DELIMITER:
            break
    else:
        raise ContentError(path, "the front matter is never closed: add a '---' line after it", 1)
    yaml_text = "".join(lines[1:index])
    try:
        metadata = yaml.safe_load(yaml_text) if yaml_text.strip() else {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise ContentError(path, f"front matter is not valid YAML: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise ContentError(path, f"front matter is not valid YAML: {exc}", 1) from None
    except ValueError as exc:  # a value YAML recognises but cannot build, e.g. 2020-13-45
        line = _line_of_bad_value(lines[1:index])
        raise ContentError(path, f"front matter has an impossible value: {exc}", line) from None
    if not isinstance(metadata, dict):
        raise ContentError(path, "the front matter must be 'key: value' lines (a YAML mapping)", 2)
    return ArticleFile(metadata=metadata, body="".join(lines[index + 1 :]), body_line=index + 2)


def _line_of_bad_value(yaml_lines: list[str]) -> int | None:
    """The file line of the first front-matter line whose value YAML cannot build."""
    for number, line in enumerate(yaml_lines, start=2):
        try:
            yaml.safe_load(line)
        except ValueError:
            return number
        except yaml.YAMLError:
            continue
    return None


def field_line(text: str, field: str) -> int | None:
    """The 1-based line where ``field:`` is set in the front matter, if it is."""
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if number > 1 and line.rstrip() == DELIMITER:
            return None
        if line.startswith(f"{field}:"):
            return number
    return None


def render_article(metadata: dict[str, Any], body: str) -> str:
    """The text of an article file: front matter in FIELD_ORDER, then the body."""
    ordered = {key: metadata[key] for key in FIELD_ORDER if metadata.get(key) not in (None, "", [])}
    ordered.update(
        {k: v for k, v in metadata.items() if k not in ordered and v not in (None, "", [])}
    )
    front = yaml.safe_dump(
        ordered, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000
    )
    return f"{DELIMITER}\n{front}{DELIMITER}\n\n{body.strip()}\n"
