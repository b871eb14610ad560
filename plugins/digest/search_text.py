"""What the search index is given for an article: its text, in words the index can find.

Pagefind splits indexed text on whitespace only, and matches a query against the
start of indexed words. Chinese has no spaces, so Chinese text is segmented into
words here, at build time, with the same tokeniser (and vocabulary user words) as
summaries and tags; the search page joins the words again in excerpts. Korean is
given as written: its words are space-separated, and a query finds a word's start.
"""

from __future__ import annotations

from .article_text import searchable_text
from .tokens import Tokenizer


def index_text(title: str, body_markdown: str, lang: str, tok: Tokenizer) -> str:
    """The text to index for one article: title, then every line of the body."""
    text = f"{title}\n{searchable_text(body_markdown)}"
    if lang == "zh":
        return "\n".join(" ".join(tok.words(line)) for line in text.splitlines())
    return text
