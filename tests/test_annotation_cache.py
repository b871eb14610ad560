"""Summaries and tags are cached by content: an unchanged article is never summarised twice."""

import json

import pytest

from digest.annotate import ArticleText, annotate_all
from digest.annotation_cache import AnnotationCache
from digest.frontmatter import split_article
from digest.summary import DEFAULT_BUDGETS
from digest.vocabulary import TagVocabulary, load_vocabulary

from .conftest import CONTENT, build_site


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(CONTENT / "vocabulary.yaml")


@pytest.fixture(scope="module")
def articles():
    texts = []
    for path in sorted(CONTENT.glob("*/20*/*.md")):
        article = split_article(path.read_text(encoding="utf-8"), path)
        meta = article.metadata
        texts.append(ArticleText(meta["title"], article.body, meta["lang"]))
    return texts


def _annotate(articles, vocabulary, cache):
    return annotate_all(articles, vocabulary, budgets=DEFAULT_BUDGETS, cache=cache)


def test_a_second_run_takes_everything_from_the_cache(tmp_path, articles, vocabulary):
    path = tmp_path / "annotations.json"
    cache = AnnotationCache(path)
    first = _annotate(articles, vocabulary, cache)
    cache.save()
    assert cache.hits == 0 and cache.misses == 3 * len(articles)  # summary, key terms, tags
    again = AnnotationCache(path)
    second = _annotate(articles, vocabulary, again)
    assert again.misses == 0 and again.hits == 3 * len(articles)
    assert second == first


def test_an_edited_article_is_summarised_again_and_only_it(tmp_path, articles, vocabulary):
    path = tmp_path / "annotations.json"
    cache = AnnotationCache(path)
    _annotate(articles, vocabulary, cache)
    cache.save()
    edited = [
        articles[0],
        ArticleText(articles[1].title, articles[1].body_markdown + "\n\n新增一段。", "zh"),
    ]
    again = AnnotationCache(path)
    _annotate(edited, vocabulary, again)
    assert again.misses == 3 and again.hits == 3


def test_a_changed_vocabulary_or_budget_invalidates(tmp_path, articles, vocabulary):
    path = tmp_path / "annotations.json"
    cache = AnnotationCache(path)
    _annotate(articles, vocabulary, cache)
    cache.save()
    fewer = TagVocabulary(dict(list(vocabulary.tags.items())[:-1]))
    again = AnnotationCache(path)
    _annotate(articles, fewer, again)
    assert again.hits == 0
    again = AnnotationCache(path)
    annotate_all(articles, vocabulary, budgets={"ko": 200, "zh": 100}, cache=again)
    assert again.hits == 0


def test_a_curated_summary_is_not_looked_up_nor_stored(tmp_path, articles, vocabulary):
    path = tmp_path / "annotations.json"
    curated = ArticleText(articles[1].title, articles[1].body_markdown, "zh", "编辑写的摘要。")
    cache = AnnotationCache(path)
    [annotation] = _annotate([curated], vocabulary, cache)
    cache.save()
    assert annotation.summary == "编辑写的摘要。"
    [entry] = json.loads(path.read_text(encoding="utf-8"))["entries"].values()
    assert "summary" not in entry and "tags" in entry


def test_saving_keeps_only_what_this_build_used(tmp_path, articles, vocabulary):
    path = tmp_path / "annotations.json"
    cache = AnnotationCache(path)
    _annotate(articles, vocabulary, cache)
    cache.save()
    cache = AnnotationCache(path)
    _annotate(articles[:1], vocabulary, cache)
    cache.save()
    assert len(json.loads(path.read_text(encoding="utf-8"))["entries"]) == 1


@pytest.mark.parametrize("text", ["{not json", '{"format": 99, "entries": {}}', "[]", ""])
def test_an_unreadable_cache_is_an_empty_one(tmp_path, articles, vocabulary, text):
    path = tmp_path / "annotations.json"
    path.write_text(text, encoding="utf-8")
    cache = AnnotationCache(path)
    _annotate(articles, vocabulary, cache)
    cache.save()
    assert cache.hits == 0
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1


def test_the_site_build_keeps_its_cache_beside_its_other_caches(content_copy, tmp_path):
    cache = tmp_path / "cache"
    assert build_site(content_copy, tmp_path / "out", cache=cache).returncode == 0
    saved = json.loads((cache / "digest" / "annotations.json").read_text(encoding="utf-8"))
    summaries = {entry["summary"] for entry in saved["entries"].values()}
    assert any(s.startswith("1月24日上午") for s in summaries)
    page = next((tmp_path / "out" / "zh").glob("2018/*/index.html")).read_text(encoding="utf-8")
    assert next(s for s in summaries if s.startswith("1月24日上午")) in page
