"""The two seed pages, ingested by the real command, give exactly the committed articles."""

from __future__ import annotations

import shutil
import subprocess
import sys

from digest.frontmatter import render_article, split_article
from digest.languages import LANGUAGES
from digest.metadata import summary_field

from .conftest import CONTENT, FIXTURES, ROOT

SEEDS = FIXTURES / "raw"
CURATED = {summary_field(code) for code in LANGUAGES}  # fields curators add after ingesting


def _as_ingested(text):
    """A committed article without the fields its curator added."""
    article = split_article(text)
    kept = {key: value for key, value in article.metadata.items() if key not in CURATED}
    return render_article(kept, article.body)


def _ingest(source, content):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "invoke",
            "ingest",
            "--source",
            str(source),
            "--content",
            str(content),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_seeds_ingest_to_the_committed_articles(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(CONTENT / "vocabulary.yaml", content)
    result = _ingest(SEEDS, content)
    assert result.returncode == 0, result.stdout + result.stderr
    made = sorted(p.relative_to(content) for p in content.rglob("*.md"))
    assert len(made) == 2 and all(
        line.startswith("created ") for line in result.stdout.splitlines()
    )
    for relative in made:
        committed = (CONTENT / relative).read_text()
        assert (content / relative).read_text() == _as_ingested(committed), relative


def test_ingesting_the_seeds_again_changes_nothing():
    before = {p: p.read_bytes() for p in CONTENT.rglob("*.md")}
    result = _ingest(SEEDS, CONTENT)
    assert result.returncode == 0, result.stdout + result.stderr
    # A curated seed differs from what ingesting writes, so it is reported as the story
    # already there, and kept.
    seeds = [p for p in CONTENT.rglob("*.md") if p.parent.parent.name in LANGUAGES]
    assert sorted(result.stdout.splitlines()) == sorted(f"duplicate of {p}" for p in seeds)
    assert {p: p.read_bytes() for p in CONTENT.rglob("*.md")} == before
