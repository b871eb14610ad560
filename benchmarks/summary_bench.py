"""What automatic summaries cost: per 1,000 articles cold and cached, and 5,000 cold.

    python benchmarks/summary_bench.py [--articles N] [--runs R]

Builds N articles, half Korean and half Chinese, from the summary evaluation corpus
(tests/fixtures/summaries/) and the sample content: each is one of those articles
with its paragraphs reordered and its title numbered, so every one is a distinct
text of realistic length. Each run is a fresh Python process, as a build is:

- load: the Korean and Chinese analysers are loaded (once per process);
- cold: every article is summarised, with an empty cache file;
- cached: the same articles again, with the cache file the cold pass saved.

Prints each figure's median over R runs (and min–max), per 1,000 articles.
Tags are left out (auto-tagging off): this measures summaries only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from digest.annotate import ArticleText, annotate_all, vocabulary_tokenizer  # noqa: E402
from digest.annotation_cache import AnnotationCache  # noqa: E402
from digest.frontmatter import split_article  # noqa: E402
from digest.summary import DEFAULT_BUDGETS  # noqa: E402
from digest.tokens import usable_cores  # noqa: E402
from digest.vocabulary import load_vocabulary  # noqa: E402

VOCABULARY = ROOT / "content" / "vocabulary.yaml"
SOURCES = [ROOT / "tests" / "fixtures" / "summaries", ROOT / "content"]


def source_articles() -> dict[str, list[ArticleText]]:
    """Every article of the corpus and the sample content, by language."""
    by_lang: dict[str, list[ArticleText]] = {}
    for folder in SOURCES:
        for path in sorted(folder.glob("**/*.md")):
            article = split_article(path.read_text(encoding="utf-8"), path)
            meta = article.metadata
            if meta.get("lang") and meta.get("date"):  # articles, not pages
                text = ArticleText(meta["title"], article.body, meta["lang"], auto_tagging=False)
                by_lang.setdefault(meta["lang"], []).append(text)
    return by_lang


def make_articles(count: int) -> list[ArticleText]:
    """``count`` distinct articles, alternating languages."""
    sources = source_articles()
    langs = sorted(sources)
    rng = random.Random(20261123)
    articles = []
    for n in range(count):
        lang = langs[n % len(langs)]
        base = sources[lang][(n // len(langs)) % len(sources[lang])]
        paragraphs = base.body_markdown.split("\n\n")
        rng.shuffle(paragraphs)
        title = f"{base.title} ({n + 1})"
        articles.append(ArticleText(title, "\n\n".join(paragraphs), lang, auto_tagging=False))
    return articles


def one_run(count: int) -> dict[str, float]:
    """Load, cold pass, cached pass: seconds each, in this process."""
    vocabulary = load_vocabulary(VOCABULARY)
    articles = make_articles(count)
    started = time.perf_counter()
    for lang in DEFAULT_BUDGETS:
        vocabulary_tokenizer(vocabulary, lang).analyse(["준비. 准备。"])
    loaded = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "annotations.json"
        cache = AnnotationCache(path)
        annotate_all(articles, vocabulary, budgets=DEFAULT_BUDGETS, cache=cache)
        cache.save()
        cold = time.perf_counter()
        cache = AnnotationCache(path)
        annotate_all(articles, vocabulary, budgets=DEFAULT_BUDGETS, cache=cache)
        cache.save()
        cached = time.perf_counter()
        assert cache.misses == 0, "the cached pass summarised again"
    return {"load": loaded - started, "cold": cold - loaded, "cached": cached - cold}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        print(json.dumps(one_run(args.articles)))
        return
    runs = []
    for _ in range(args.runs):
        output = subprocess.run(
            [sys.executable, __file__, "--once", "--articles", str(args.articles)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        ).stdout
        runs.append(json.loads(output.splitlines()[-1]))
    n = args.articles
    print(f"Summaries of {n} articles (half Korean, half Chinese), {args.runs} runs, medians")
    print(f"Python {platform.python_version()}, {usable_cores()} cores usable")
    per_k = 1000 / n

    def row(label: str, values: list[float], scale: float = 1.0) -> None:
        values = [v * scale for v in values]
        median = statistics.median(values)
        print(f"  {label:<34} {median:8.2f} s   ({min(values):.2f}–{max(values):.2f})")

    row("load analysers (once per build)", [r["load"] for r in runs])
    row("cold, per 1,000 articles", [r["cold"] for r in runs], per_k)
    row("cached, per 1,000 articles", [r["cached"] for r in runs], per_k)
    row(f"cold, all {n} with the load", [r["load"] + r["cold"] for r in runs])


if __name__ == "__main__":
    main()
