"""Haeran's tasks: ``invoke --list`` shows them, ``invoke --help NAME`` explains one."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

CONTENT = ROOT / "content"
OUTPUT = ROOT / "output"
TRANSLATIONS = ROOT / "theme" / "translations"


@task(help={"publish": "use publishconf.py (the public SITEURL) instead of pelicanconf.py"})
def build(c, publish=False):
    """Build the whole site, search index included, into output/."""
    settings = "publishconf.py" if publish else "pelicanconf.py"
    c.run(f"pelican {CONTENT} -s {ROOT / settings} -o {OUTPUT}", pty=False)


@task(help={"port": "port to serve on (default 8000)"})
def serve(c, port=8000):
    """Serve output/ at http://localhost:PORT/ (run 'invoke build' first)."""
    if not (OUTPUT / "index.html").exists():
        build(c)
    print(f"Serving {OUTPUT} at http://localhost:{port}/  (Ctrl-C to stop)")
    c.run(f"{sys.executable} -m http.server --directory {OUTPUT} --bind 127.0.0.1 {port}")


@task(
    help={
        "source": "a raw page, or a folder of raw pages (read recursively)",
        "content": "the content folder to write into (default: content/)",
    }
)
def ingest(c, source, content=str(CONTENT)):
    """Turn raw news pages into article files: content/<lang>/<yyyy>/<slug>.md.

    One line per input: 'created PATH', 'unchanged PATH', 'duplicate of PATH' (the story
    is already there; nothing is written, nothing overwritten) or 'rejected INPUT: REASON'.
    Exits with 1 when any input was rejected; the others still go through.
    """
    from digest.annotate import vocabulary_tagger
    from digest.errors import ContentError
    from digest.ingest import ingest_path
    from digest.vocabulary import load_vocabulary

    try:
        # The folder's own vocabulary if it has one, else the site's.
        own = Path(content) / "vocabulary.yaml"
        vocabulary = load_vocabulary(own if own.exists() else CONTENT / "vocabulary.yaml")
    except ContentError as error:
        sys.exit(str(error))
    try:
        status = ingest_path(Path(source), Path(content), tagger=vocabulary_tagger(vocabulary))
    except KeyboardInterrupt:
        sys.exit("ingest interrupted: every file written so far is complete; run it again to go on")
    if status:
        sys.exit(status)


@task(
    name="tags-suggest",
    help={
        "content": "the content folder: <lang>/**/*.md and vocabulary.yaml (default: content/)",
        "min-articles": "propose only terms found in at least N articles (default 2)",
        "limit": "at most N new entries, most frequent first (default 30; 0: all)",
        "output": "write the snippet to FILE instead of printing it (never overwrites)",
    },
)
def tags_suggest(c, content=str(CONTENT), min_articles=2, limit=30, output=None):
    """Propose tag-vocabulary entries for frequent terms that no tag covers yet.

    Prints a YAML snippet in the vocabulary's format, commented for the editor: counts
    per language, Sino-Korean readings, and "check: reading only" where a Korean and a
    Chinese term are paired by reading. It never edits the vocabulary.
    """
    from digest.errors import ContentError
    from digest.tag_suggestions import read_articles, render_suggestions, suggest_tags
    from digest.vocabulary import load_vocabulary

    if min_articles < 1 or limit < 0:
        sys.exit("tags-suggest: --min-articles must be 1 or more, --limit 0 or more")
    if output is not None and Path(output).exists():
        sys.exit(f"tags-suggest: {output} already exists: not overwritten")
    folder = Path(content)
    try:
        articles = read_articles(folder)
        vocabulary = load_vocabulary(folder / "vocabulary.yaml")
    except ContentError as error:
        sys.exit(str(error))
    suggestions = suggest_tags(articles, vocabulary, min_articles=min_articles, limit=limit)
    snippet = render_suggestions(suggestions, vocabulary, source=str(folder))
    if output is None:
        sys.stdout.write(snippet)
        return
    try:
        with open(output, "x", encoding="utf-8") as file:  # "x": never overwrite
            file.write(snippet)
    except OSError as error:
        sys.exit(f"tags-suggest: cannot write {output}: {error.strerror}")
    print(f"wrote {output}: {len(suggestions.entries)} proposed entries")


@task
def test(c):
    """Run the whole test suite."""
    c.run(f"{sys.executable} -m pytest")


@task(name="i18n-update")
def i18n_update(c):
    """Extract interface text from the templates and update both catalogs."""
    pot = TRANSLATIONS / "messages.pot"
    c.run(
        f"pybabel extract -F {ROOT / 'babel.cfg'} -o {pot} --no-location --omit-header "
        f"--sort-output {ROOT}"
    )
    c.run(f"pybabel update -i {pot} -d {TRANSLATIONS} --ignore-obsolete --width 100")


@task
def clean(c):
    """Remove output/ and caches."""
    for path in (OUTPUT, ROOT / "cache"):
        shutil.rmtree(path, ignore_errors=True)
