"""Schema.org data for search engines: an article page as a ``NewsArticle`` (JSON-LD)."""

from __future__ import annotations

from ..languages import language


def news_article(article: object, page_url: str, site_name: str, site_url: str) -> dict:
    """The JSON-LD of ``article``, published at ``page_url`` on the site at ``site_url``.

    Authors are the article's own (``authors``); without them, the source that
    published it, else the digest. The publisher is the digest.
    """
    metadata = getattr(article, "metadata", {})
    publisher = {"@type": "Organization", "name": site_name, "url": f"{site_url}/"}
    source = metadata.get("source") or {}
    if metadata.get("authors"):
        authors = [{"@type": "Person", "name": str(name)} for name in metadata["authors"]]
    elif source.get("name"):
        authors = [{"@type": "Organization", "name": source["name"]}]
    else:
        authors = [publisher]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": str(article.title),
        "datePublished": article.date.isoformat(),
        "inLanguage": language(article.lang).html_lang,
        "author": authors,
        "publisher": publisher,
        "mainEntityOfPage": page_url,
        "url": page_url,
    }
    if getattr(article, "modified", None):
        data["dateModified"] = article.modified.isoformat()
    if getattr(article, "summary", None):
        data["description"] = str(article.summary)
    if tags := getattr(article, "tags", None):
        data["keywords"] = [tag.label(article.lang) for tag in tags]
    if source.get("url"):
        data["isBasedOn"] = source["url"]
    return data
