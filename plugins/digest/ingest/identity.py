"""An ingested article's ``uid``: ingesting the same page again gives the same one.

The uid names the article in feeds for good (``urn:uuid:<uid>``). A page with an
address of its own (a crawl record's ``url``, or the canonical address in its head)
gets the name-based UUID of that address; any other page the one of its headline
and text, whitespace aside.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

# The namespace of uids made from an article's text (uuid5 needs one; this one is ours).
TEXT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://haeran.github.io/ingest/article-text")


def article_uid(page_url: str | None, title: str, body: str) -> str:
    """The uid of the article ``title``/``body`` ingested from the page at ``page_url``."""
    if page_url and names_a_page(page_url):
        return str(uuid.uuid5(uuid.NAMESPACE_URL, page_url.strip()))
    return str(uuid.uuid5(TEXT_NAMESPACE, " ".join(f"{title}\n{body}".split())))


def names_a_page(url: str) -> bool:
    """``url`` is an absolute address beyond a site's home page, which many articles share."""
    parts = urlsplit(url.strip())
    return bool(parts.scheme and parts.netloc and (parts.path.strip("/") or parts.query))
