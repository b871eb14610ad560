"""How well auto-tagging agrees with an editor: precision and recall against hand tags.

    python benchmarks/tagging_quality.py [--details]

The editor's tags are in tests/fixtures/tagging/references.yaml, keyed by article
file (relative to the repository): the evaluation corpus of summaries, the sample
content and the tagging fixtures, in both languages. They were assigned by reading
each article, without looking at the tagger's output: the topics a reader would
expect the article under, not every word the vocabulary knows.

The tagger reads the article's title and body only (never its front matter tags),
with the shipped vocabulary (content/vocabulary.yaml) and the default threshold.
Precision and recall are micro-averaged over all (article, tag) pairs, per language
and overall. ``--details`` lists each article's missed and extra tags.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from digest.annotate import vocabulary_tokenizer  # noqa: E402
from digest.article_text import plain_text  # noqa: E402
from digest.frontmatter import split_article  # noqa: E402
from digest.tagging import DEFAULT_THRESHOLD, auto_tags  # noqa: E402
from digest.vocabulary import TagVocabulary, load_vocabulary  # noqa: E402

REFERENCES = ROOT / "tests" / "fixtures" / "tagging" / "references.yaml"
VOCABULARY = ROOT / "content" / "vocabulary.yaml"


@dataclass(frozen=True)
class Tagged:
    path: str
    lang: str
    expected: frozenset[str]
    found: frozenset[str]


@dataclass(frozen=True)
class Agreement:
    articles: int
    true_positives: int
    found: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


def tag_corpus(
    vocabulary: TagVocabulary | None = None, references: Path = REFERENCES
) -> list[Tagged]:
    """Every referenced article with the editor's tags and the tagger's."""
    vocabulary = vocabulary or load_vocabulary(VOCABULARY)
    expected_by_path = yaml.safe_load(references.read_text(encoding="utf-8"))
    results = []
    for relative, expected in sorted(expected_by_path.items()):
        path = ROOT / relative
        article = split_article(path.read_text(encoding="utf-8"), path)
        lang, title = article.metadata["lang"], article.metadata["title"]
        tok = vocabulary_tokenizer(vocabulary, lang)
        found = auto_tags(title, plain_text(article.body), lang, vocabulary, tok, DEFAULT_THRESHOLD)
        results.append(Tagged(relative, lang, frozenset(expected), frozenset(found)))
    return results


def agreement(results: list[Tagged]) -> Agreement:
    """Micro-averaged agreement of the tagger with the editor over ``results``."""
    return Agreement(
        len(results),
        sum(len(r.found & r.expected) for r in results),
        sum(len(r.found) for r in results),
        sum(len(r.expected) for r in results),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="each article's differences")
    args = parser.parse_args()
    results = tag_corpus()
    print("Auto-tags against an editor's tags (micro-averaged over article-tag pairs)")
    header = ("lang", "articles", "tags found", "expected", "precision", "recall")
    print("{:<6}{:>9}{:>12}{:>10}{:>11}{:>8}".format(*header))
    groups = {
        lang: [r for r in results if r.lang == lang] for lang in sorted({r.lang for r in results})
    }
    for name, group in [*groups.items(), ("all", results)]:
        a = agreement(group)
        print(
            f"{name:<6}{a.articles:>9}{a.found:>12}{a.expected:>10}{a.precision:>11.3f}{a.recall:>8.3f}"
        )
    if args.details:
        for r in results:
            missed, extra = sorted(r.expected - r.found), sorted(r.found - r.expected)
            if missed or extra:
                print(f"  {r.path}")
                print(f"    missed: {', '.join(missed) or '-'}   extra: {', '.join(extra) or '-'}")


if __name__ == "__main__":
    main()
