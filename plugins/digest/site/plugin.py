"""Signal wiring: the sequence of events the digest plugin takes part in.

1. initialized            settings get defaults and are checked; the build starts
2. readers_init           ``.md`` files are read by DigestReader (YAML front matter)
3. generator_init         each Jinja environment gets gettext and date helpers
4. article_generator_pretaxonomy   articles get summaries and tags
5. article_generator_finalized     all articles are handed to the sides; uids are unique
6. all_generators_finalized        content errors stop the build before writing
7. get_generators         SidesGenerator writes both sides and the root page
8. feed_generated         feeds get stable entry ids, their language and description
9. finalized              Pagefind indexes the written site; text files are precompressed
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from pelican import Pelican, signals
from pelican.generators import ArticlesGenerator, Generator
from pelican.readers import Readers

from ..errors import ContentError
from . import settings as digest_settings
from .enrich import annotate_articles
from .feeds import DESCRIPTIONS_KEY, finish_feed, site_descriptions
from .i18n import CATALOGS_KEY, compile_catalogs, install
from .precompress import precompress
from .reader import DigestReader, check_unique_uids
from .search_index import SearchEntry, SearchIndexError, build_search_index
from .sides import SidesGenerator, collect_articles
from .state import build_state, new_build_state

logger = logging.getLogger(__name__)


class ContentErrors(Exception):
    """Some content files have errors: the build stops before writing anything."""

    exitcode = 1


class _ContentErrorLines(logging.Filter):
    """Show our errors as ``path:line: error: message`` lines, never as tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        # Pelican logs "Could not process …" inside its except block, without
        # exc_info unless DEBUG is set: the error being handled is the one.
        error = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if isinstance(
            error, ContentError | ContentErrors | SearchIndexError | digest_settings.SettingsError
        ):
            record.msg, record.args, record.exc_info = str(error), (), None
        return True


def on_initialized(pelican: Pelican) -> None:
    settings = pelican.settings
    digest_settings.apply_defaults(settings)
    digest_settings.validate(settings)
    for template in ("index", "tag"):
        settings["PAGINATED_TEMPLATES"][template] = settings["DIGEST_ARTICLES_PER_PAGE"]
    new_build_state(settings)
    settings[CATALOGS_KEY] = compile_catalogs(Path(settings["THEME"]) / "translations")
    # Feeds link to the public site, also in a local preview (feeds.py makes items follow).
    settings["FEED_DOMAIN"] = settings["DIGEST_PUBLIC_URL"]
    settings[DESCRIPTIONS_KEY] = site_descriptions(settings[CATALOGS_KEY])


def on_readers_init(readers: Readers) -> None:
    readers.reader_classes["md"] = DigestReader


def on_generator_init(generator: Generator) -> None:
    install(generator.env, generator.settings[CATALOGS_KEY])


def on_pretaxonomy(generator: ArticlesGenerator) -> None:
    annotate_articles(
        [*generator.articles, *generator.translations],
        build_state(generator.settings),
        generator.settings,
    )


def on_all_generators_finalized(generators: list[Generator]) -> None:
    settings, context = generators[0].settings, generators[0].context
    errors = list(build_state(settings).content_errors)
    reported = {os.path.normpath(e.path) for e in errors if e.path}
    for relative, content in context.get("generated_content", {}).items():
        source = os.path.normpath(os.path.join(settings["PATH"], relative))
        if content is None and source not in reported:
            errors.append(ContentError(source, "could not be processed: see the message above"))
    if errors:
        count = f"{len(errors)} content file{'s' if len(errors) > 1 else ''}"
        raise ContentErrors(
            f"{count} could not be read; nothing was written. Fix these and build again:\n"
            + "\n".join(str(e) for e in errors)
        )


def on_get_generators(pelican: Pelican) -> type[Generator]:
    return SidesGenerator


def on_finalized(pelican: Pelican) -> None:
    if pelican.settings["DIGEST_SEARCH_INDEX"]:
        state = build_state(pelican.settings)
        build_search_index([SearchEntry.of(a) for a in state.articles], pelican.output_path)
    if pelican.settings["DIGEST_PRECOMPRESS"]:
        written = precompress(pelican.output_path)
        logger.info("%d precompressed copies (.gz, .br) written", written)


def connect() -> None:
    """Connect every handler (Pelican calls this through ``digest.register``)."""
    line_filter = _ContentErrorLines()
    for name in ("pelican", "pelican.generators"):
        logging.getLogger(name).addFilter(line_filter)
    signals.initialized.connect(on_initialized)
    signals.readers_init.connect(on_readers_init)
    signals.generator_init.connect(on_generator_init)
    signals.article_generator_pretaxonomy.connect(on_pretaxonomy)
    signals.article_generator_finalized.connect(collect_articles)
    signals.article_generator_finalized.connect(check_unique_uids)
    signals.all_generators_finalized.connect(on_all_generators_finalized)
    signals.get_generators.connect(on_get_generators)
    signals.feed_generated.connect(finish_feed)
    signals.finalized.connect(on_finalized)
