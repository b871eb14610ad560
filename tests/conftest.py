"""Shared fixtures: the sample site, built once per test session, and served locally."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_site(
    content: Path, output: Path, settings: str = "pelicanconf.py"
) -> subprocess.CompletedProcess:
    """Run Pelican exactly as ``invoke build`` does, into ``output``."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-s",
            str(ROOT / settings),
            "-o",
            str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The sample content built into a temporary folder."""
    output = tmp_path_factory.mktemp("site") / "output"
    result = build_site(CONTENT, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def served_site(site):
    """The built sample site on http://127.0.0.1:<free port>/."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the sample content folder."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    return copy
