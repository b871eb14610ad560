"""Haeran's Pelican plugin: summaries, cross-language tags, the two sides, search.

The text-processing modules of this package (``summary``, ``tagging``, ``tokens``,
``vocabulary``, ``ingest`` …) never import Pelican; only ``digest.site`` does.
"""


def register() -> None:
    """Pelican's entry point: connect the plugin's signal handlers."""
    from .site.plugin import connect

    connect()
