"""Body blocks to Markdown."""

from __future__ import annotations

import re

from .extract import Block

# A line starting like this would turn into a heading, quote, list or code fence.
_BLOCK_START_RE = re.compile(r"^(?:#|>|[-+*](?=\s|$)|=|```|~~~|\d{1,9}(?=[.)](?:\s|$)))")


def escape_line(text: str) -> str:
    """``text`` made safe to start a Markdown paragraph (``1. 上午`` stays text)."""
    match = _BLOCK_START_RE.match(text)
    if match is None:
        return text
    if text[0].isdigit():
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"\\{text}"


def render_body(blocks: list[Block]) -> str:
    """Paragraphs and ``## `` headings, separated by blank lines."""
    parts = []
    for block in blocks:
        if block.kind == "heading":  # after "## " nothing starts a list or a quote
            parts.append(f"## {block.text.rstrip('#').rstrip()}")
        else:
            parts.append(escape_line(block.text))
    return "\n\n".join(parts) + ("\n" if parts else "")
