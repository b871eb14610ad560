"""The Pagefind index, built over the written site at the end of the Pelican run."""

from __future__ import annotations

import logging
import subprocess

from pagefind_bin import get_executable

logger = logging.getLogger(__name__)
BUNDLE_DIR = "pagefind"


class SearchIndexError(Exception):
    exitcode = 1


def build_search_index(output_path: str) -> None:
    """Index every page marked ``data-pagefind-body`` under ``output_path``."""
    command = [
        str(get_executable()),
        "--site",
        output_path,
        "--output-subdir",
        BUNDLE_DIR,
        "--quiet",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(
            "the search index could not be built (pagefind exited with "
            f"{result.returncode}):\n{result.stderr.strip() or result.stdout.strip()}"
        )
    logger.info("Search index written to %s/%s", output_path, BUNDLE_DIR)
