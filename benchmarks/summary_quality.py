"""How close automatic summaries come to an editor's: character-level ROUGE-L.

    python benchmarks/summary_quality.py [--articles]

The corpus is tests/fixtures/summaries/<lang>/: real-looking news articles (chrome
that slipped through ingest included) and, in references.yaml, the summary an editor
wrote for each, within the budget, without seeing any automatic one.

Two methods are scored against the references, per language:

- digest: ``digest.summary.summarise``, as the site uses it;
- lead: the first sentences of the body, as many as fit the budget (the first one
  cut at the budget if it alone is too long) — the classic news baseline, and
  close to what Pelican's own summary does.

ROUGE-L (Lin 2004) is computed on characters, whitespace and punctuation left out,
as is usual for Chinese and Korean: recall, precision and F1 from the longest
common subsequence, averaged over articles. ``--articles`` prints each article's F1.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from digest.annotate import vocabulary_tokenizer  # noqa: E402
from digest.article_text import body_paragraphs  # noqa: E402
from digest.frontmatter import split_article  # noqa: E402
from digest.languages import language  # noqa: E402
from digest.summary import DEFAULT_BUDGETS, summarise  # noqa: E402
from digest.tokens import Tokenizer  # noqa: E402
from digest.vocabulary import load_vocabulary  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "summaries"
VOCABULARY = ROOT / "content" / "vocabulary.yaml"


@dataclass(frozen=True)
class Scores:
    recall: float
    precision: float
    f1: float


def _characters(text: str) -> str:
    return "".join(
        c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P")
    )


def _lcs_length(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for char in a:
        current = [0]
        for j, other in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if char == other else max(previous[j], current[-1]))
        previous = current
    return previous[-1]


def rouge_l(candidate: str, reference: str) -> Scores:
    """Character-level ROUGE-L of ``candidate`` against ``reference``."""
    cand, ref = _characters(candidate), _characters(reference)
    if not cand or not ref:
        return Scores(0.0, 0.0, 0.0)
    lcs = _lcs_length(cand, ref)
    recall, precision = lcs / len(ref), lcs / len(cand)
    f1 = 2 * recall * precision / (recall + precision) if lcs else 0.0
    return Scores(recall, precision, f1)


def lead_summary(paragraphs: list[str], lang: str, budget: int, tok: Tokenizer) -> str:
    """The baseline: the body's first sentences that fit ``budget``."""
    joiner = " " if language(lang).spaced else ""
    chosen: list[str] = []
    for sentence in (s for p in paragraphs for s in tok.sentences(p)):
        if len(joiner.join([*chosen, sentence])) > budget:
            break
        chosen.append(sentence)
    if not chosen:
        first = tok.sentences(paragraphs[0])[0] if paragraphs else ""
        return first[: budget - 1] + "…"
    return joiner.join(chosen)


@dataclass(frozen=True)
class Case:
    name: str
    lang: str
    title: str
    paragraphs: list[str]
    reference: str


def load_corpus(corpus: Path = CORPUS) -> list[Case]:
    """Every article of the corpus with its reference summary."""
    cases = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        references = yaml.safe_load((folder / "references.yaml").read_text(encoding="utf-8"))
        for name, reference in sorted(references.items()):
            article = split_article((folder / name).read_text(encoding="utf-8"), folder / name)
            meta = article.metadata
            cases.append(
                Case(name, meta["lang"], meta["title"], body_paragraphs(article.body), reference)
            )
    return cases


def evaluate(cases: list[Case]) -> dict[tuple[str, str], list[tuple[str, Scores]]]:
    """Scores of each (language, method), article by article."""
    vocabulary = load_vocabulary(VOCABULARY)
    results: dict[tuple[str, str], list[tuple[str, Scores]]] = {}
    for case in cases:
        tok = vocabulary_tokenizer(vocabulary, case.lang)
        budget = DEFAULT_BUDGETS[case.lang]
        summaries = {
            "digest": summarise(case.title, case.paragraphs, case.lang, budget, tok),
            "lead": lead_summary(case.paragraphs, case.lang, budget, tok),
        }
        for method, summary in summaries.items():
            scores = rouge_l(summary, case.reference)
            results.setdefault((case.lang, method), []).append((case.name, scores))
    return results


def mean(scores: list[tuple[str, Scores]], field: str) -> float:
    return statistics.fmean(getattr(s, field) for _, s in scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", action="store_true", help="print each article's F1")
    args = parser.parse_args()
    results = evaluate(load_corpus())
    print("Character-level ROUGE-L against editors' summaries (mean over articles)")
    print(f"{'lang':<5}{'method':<8}{'articles':>9}{'recall':>9}{'precision':>11}{'F1':>7}")
    for (lang, method), scores in sorted(results.items()):
        print(
            f"{lang:<5}{method:<8}{len(scores):>9}{mean(scores, 'recall'):>9.3f}"
            f"{mean(scores, 'precision'):>11.3f}{mean(scores, 'f1'):>7.3f}"
        )
    if args.articles:
        for lang in sorted({lang for lang, _ in results}):
            print(f"\n{lang}: F1 per article (digest / lead)")
            pairs = zip(results[(lang, "digest")], results[(lang, "lead")], strict=True)
            for (name, ours), (_, lead) in pairs:
                print(f"  {name:<40} {ours.f1:.3f} / {lead.f1:.3f}")


if __name__ == "__main__":
    main()
