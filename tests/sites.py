"""The sample site as the tests and benchmarks build and serve it (no pytest here).

``build_site`` runs Pelican exactly as ``invoke build`` does; ``serve_folder``
serves a built site on a free local port.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Debian's Chromium, never a downloaded browser; launched headless with these flags.
CHROMIUM = os.environ.get("HAERAN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]
NO_CHROMIUM = (
    f"no Chromium at {CHROMIUM}: install it with 'apt-get install -y chromium' "
    "(or set HAERAN_CHROMIUM to its path)"
)


def build_site(
    content: Path,
    output: Path,
    settings: str = "pelicanconf.py",
    cache: Path | None = None,
    overrides: dict[str, object] | None = None,
) -> subprocess.CompletedProcess:
    """Run Pelican exactly as ``invoke build`` does, into ``output``.

    Caches go to ``cache`` (default: a folder beside ``output``), never into the repository.
    ``overrides`` are settings given on the command line (``pelican -e``).
    """
    extra = [f"{name}={json.dumps(value)}" for name, value in (overrides or {}).items()]
    cache = cache or output.parent / f"{output.name}-cache"
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
            "-e",
            f"CACHE_PATH={json.dumps(str(cache))}",
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on http://127.0.0.1:<free port>/; a generator: next() gives the URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
