"""The two seed pages, ingested by the real command, give exactly the committed articles."""

from __future__ import annotations

import shutil
import subprocess
import sys

from .conftest import CONTENT, FIXTURES, ROOT

SEEDS = FIXTURES / "raw"


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
        assert (content / relative).read_text() == (CONTENT / relative).read_text(), relative


def test_ingesting_the_seeds_again_changes_nothing():
    before = {p: p.read_bytes() for p in CONTENT.rglob("*.md")}
    result = _ingest(SEEDS, CONTENT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["unchanged", "unchanged"]
    assert {p: p.read_bytes() for p in CONTENT.rglob("*.md")} == before
