"""The plain text of an article's Markdown body, paragraph by paragraph."""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")
_TAG = re.compile(r"<[^>]+>")


def _plain(line: str) -> str:
    line = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), line)
    return _EMPHASIS.sub("", _TAG.sub("", line)).strip()


def body_paragraphs(markdown_body: str) -> list[str]:
    """Running-text paragraphs: headings, images, tables, code and HTML blocks left out."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", markdown_body):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if not lines or lines[0].startswith(("#", "|", "```", "<", "    ")):
            continue
        text = " ".join(_plain(ln.lstrip(">").strip()) for ln in lines if not ln.startswith("!["))
        if text:
            paragraphs.append(text)
    return paragraphs


def plain_text(markdown_body: str) -> str:
    """All running text of the body, one paragraph a line."""
    return "\n".join(body_paragraphs(markdown_body))


def searchable_text(markdown_body: str) -> str:
    """Running text and headings of the body, one block a line, markup removed."""
    lines = []
    for block in re.split(r"\n\s*\n", markdown_body):
        block = block.strip()
        if block.startswith("#"):
            lines.append(_plain(block.lstrip("#")))
        elif block:
            lines.extend(body_paragraphs(block))
    return "\n".join(line for line in lines if line)
