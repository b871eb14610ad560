"""What the search costs at archive scale: index size, indexing, and queries in a browser.

    python benchmarks/search_bench.py [--articles 1000 10000] [--runs R]

For each site size N it makes N distinct articles, half Korean and half Chinese, from
the summary evaluation corpus and the sample content (``make_articles`` of
summary_bench.py: paragraphs reordered, titles numbered), each with a date between
2005 and 2024 and one to three tags of content/vocabulary.yaml, as ``SearchEntry``s.
The sample site is built once with Pelican (tests/sites.py, as the tests do), then in each
of R runs:

- indexing: a fresh Python process runs only ``build_search_index`` on the N entries,
  into the site's ``pagefind/<lang>/`` folders; it reports the wall time (and Pagefind's share)
  and the Pagefind process's peak memory (max RSS of the children, from getrusage);
- browser: the site is served on 127.0.0.1 and driven in headless Chromium (Debian's,
  through Playwright), on /ko/search/ and /zh/search/, each in a fresh browser context
  (empty cache): the page is loaded, then queries are typed and submitted with Enter.
  A query's latency runs from the submit event to the results list being in the DOM
  (status with a count and a first result, or "no articles"), timed in the page.

Bytes are counted as they would travel: Pagefind's .pf_* and .pagefind files are
already gzip-compressed and count as stored; text files (HTML, JS, CSS, JSON) count
as gzip of the file. Figures are medians over the runs (and min–max); latencies are
pooled over the runs. Targets: the first query fetches at most 300 KB including
Pagefind's runtime; each query after the first takes under 100 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from benchmarks.summary_bench import make_articles  # noqa: E402
from digest.site import search_index, urls  # noqa: E402
from digest.site.search_index import SearchEntry, build_search_index  # noqa: E402
from digest.tokens import usable_cores  # noqa: E402
from digest.vocabulary import load_vocabulary  # noqa: E402
from tests.sites import CHROMIUM, CHROMIUM_ARGS, build_site, serve_folder  # noqa: E402

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Request

VOCABULARY = ROOT / "content" / "vocabulary.yaml"
# Per side: the first query, then the queries after it (all found in the articles).
QUERIES = {
    "ko": [
        "과학기술",
        "지식재산권의",
        "연구",
        "특허",
        "인삼",
        "위성",
        "농업",
        "지진",
        "연길시",
        "훈춘",
        "실험실",
    ],
    "zh": [
        "科技创新",
        "孵化器",
        "南关区",
        "知识产权",
        "专利",
        "卫星",
        "人参",
        "地震",
        "长春",
        "高新技术企业",
        "成果转化",
    ],
}
FIRST_QUERY_TARGET = 300_000  # bytes, compressed, runtime included
LATER_QUERY_TARGET = 0.100  # seconds
PRECOMPRESSED = (".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta", ".pagefind")
TEXT_TYPES = (".html", ".js", ".mjs", ".css", ".json", ".xml", ".svg", ".txt")
RUNTIME = re.compile(r"^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$")
KINDS = ["index", "fragment", "filter", "pf_meta", "runtime", "other"]
KIND_LABELS = {
    "index": "index/ chunks",
    "fragment": "fragment/",
    "filter": "filter/",
    "pf_meta": "pf_meta",
    "runtime": "runtime (pagefind.js, worker, wasm)",
    "other": "other (UI bundles, entry json)",
}

# Installed before the page's scripts: times each submitted query to its results.
TIMER_SCRIPT = """
window.__bench = { t0: null, t1: null, status: "" };
addEventListener("submit", () => {
  Object.assign(window.__bench, { t0: performance.now(), t1: null, status: "" });
}, true);
addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  const none = document.querySelector("[data-search]").dataset.msgNone;
  const check = () => {
    const b = window.__bench;
    if (b.t0 === null || b.t1 !== null) return;
    const text = status.textContent;
    if ((/\\d/.test(text) && list.querySelector("li")) || (none && text === none)) {
      b.t1 = performance.now();
      b.status = text;
    }
  };
  new MutationObserver(check).observe(document.body,
    { subtree: true, childList: true, characterData: true });
});
"""


# --- Articles and indexing ----------------------------------------------------------


def make_entries(count: int) -> list[SearchEntry]:
    """``count`` distinct search entries (summary_bench's articles), dated 2005–2024, tagged."""
    tag_ids = sorted(tag.id for tag in load_vocabulary(VOCABULARY))
    rng = random.Random(20261123)
    first, days = dt.date(2005, 1, 1), (dt.date(2024, 12, 31) - dt.date(2005, 1, 1)).days
    entries = []
    for n, article in enumerate(make_articles(count)):
        date = first + dt.timedelta(days=rng.randrange(days + 1))
        entries.append(
            SearchEntry(
                url=f"{article.lang}/{date.year}/a{n}/",
                title=article.title,
                date=date,
                lang=article.lang,
                tag_ids=tuple(rng.sample(tag_ids, rng.randint(1, 3))),
                body_markdown=article.body_markdown,
            )
        )
    return entries


def index_once(count: int, output: str) -> dict[str, float]:
    """Write the search bundle of ``count`` entries to ``output/pagefind``, in this process.

    Returns wall seconds (all, and Pagefind's run alone) and the Pagefind process's
    max RSS in bytes (this process starts no other child).
    """
    entries = make_entries(count)
    pagefind_seconds = []
    run_pagefind = search_index._run_pagefind

    def timed_pagefind(documents: str, bundle: str) -> None:
        started = time.perf_counter()
        run_pagefind(documents, bundle)
        pagefind_seconds.append(time.perf_counter() - started)

    search_index._run_pagefind = timed_pagefind
    started = time.perf_counter()
    build_search_index(entries, output)
    seconds = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "pagefind_seconds": sum(pagefind_seconds),
        "pagefind_max_rss": children.ru_maxrss * 1024,  # kilobytes on Linux
        "python_max_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }


def index_in_fresh_process(count: int, output: Path) -> dict[str, float]:
    """``index_once`` in a new Python process, as a build would run it."""
    result = subprocess.run(
        [sys.executable, __file__, "--index-once", str(count), "--into", str(output)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    return json.loads(result.stdout.splitlines()[-1])


def file_kind(relative: str) -> str:
    """Which part of a bundle a file (path relative to ``pagefind/<lang>/``) belongs to."""
    name = relative.rsplit("/", 1)[-1]
    if relative.startswith("index/"):
        return "index"
    if relative.startswith("fragment/"):
        return "fragment"
    if relative.startswith("filter/"):
        return "filter"
    if name.endswith(".pf_meta"):
        return "pf_meta"
    if RUNTIME.match(name):
        return "runtime"
    return "other"


def transfer_size(path: Path) -> int:
    """Bytes of ``path`` as sent: stored size if already compressed, else gzip of it."""
    if path.name.endswith(PRECOMPRESSED) or not path.name.endswith(TEXT_TYPES):
        return path.stat().st_size
    return len(gzip.compress(path.read_bytes()))


def bundle_sizes(bundles: Path) -> dict:
    """Bytes and file counts of the bundles (all languages), by part; the largest index chunk."""
    sizes = {kind: {"bytes": 0, "gzip": 0, "files": 0} for kind in KINDS}
    largest = 0
    for path in bundles.rglob("*"):
        if not path.is_file():
            continue
        kind = file_kind(path.relative_to(bundles).as_posix().split("/", 1)[-1])
        size = path.stat().st_size
        sizes[kind]["bytes"] += size
        sizes[kind]["gzip"] += transfer_size(path)
        sizes[kind]["files"] += 1
        if kind == "index":
            largest = max(largest, size)
    total = {key: sum(sizes[kind][key] for kind in KINDS) for key in ("bytes", "gzip", "files")}
    return {"parts": sizes, "total": total, "largest_index": largest}


# --- The site and the browser -------------------------------------------------------


class Traffic:
    """Every request of a browser context, with the phase it was made in."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.phase = "load"
        self.pending = 0
        self.requests: list[tuple[str, Request]] = []
        self.seen: set[str] = set()

    def attach(self, context: BrowserContext) -> None:
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        self.pending += 1
        # A URL fetched again in the same context comes from the cache (or Pagefind's).
        phase = "again" if request.url in self.seen else self.phase
        self.seen.add(request.url)
        self.requests.append((phase, request))

    def _ended(self, request: Request) -> None:
        self.pending -= 1

    def wait_quiet(self, page: Page, quiet_ms: int = 300, limit_ms: int = 10_000) -> None:
        """Wait until no request has been in flight for ``quiet_ms``."""
        quiet = waited = 0
        while quiet < quiet_ms and waited < limit_ms:
            page.wait_for_timeout(50)
            waited += 50
            quiet = quiet + 50 if self.pending == 0 else 0

    def phase_bytes(self, phase: str) -> dict:
        """Bytes sent in ``phase``: in all, and by kind its bytes, files and largest file."""
        kinds: dict[str, list] = {}
        for tag, request in self.requests:
            if tag != phase:
                continue
            response = request.response()
            if response is None or response.status >= 400:
                continue
            path = unquote(urlsplit(request.url).path)
            local = self.site / path.lstrip("/")
            if path.endswith("/"):
                local = local / "index.html"
            if not local.is_file():
                continue
            if path.startswith("/pagefind/"):
                kind = file_kind(path.removeprefix("/pagefind/").split("/", 1)[-1])
                kind = "pagefind-entry.json" if kind == "other" else kind
            else:
                kind = "page"
            size = transfer_size(local)
            counts = kinds.setdefault(kind, [0, 0, 0, ""])
            counts[0] += size
            counts[1] += 1
            if size > counts[2]:
                counts[2:] = [size, path]
        return {"total": sum(counts[0] for counts in kinds.values()), "kinds": kinds}


def measure_side(browser: Browser, base_url: str, site: Path, side: str) -> dict:
    """Load /side/search/ in a fresh context and run the side's queries in turn."""
    context = browser.new_context(base_url=base_url)
    context.add_init_script(TIMER_SCRIPT)
    traffic = Traffic(site)
    traffic.attach(context)
    page = context.new_page()
    page.goto(f"/{side}/search/", wait_until="load")
    traffic.wait_quiet(page)
    queries = []
    for n, query in enumerate(QUERIES[side]):
        traffic.phase = f"q{n}"
        page.fill("input[name=q]", query)
        page.press("input[name=q]", "Enter")
        page.wait_for_function("window.__bench.t1 !== null", timeout=120_000)
        timing = page.evaluate("window.__bench")
        traffic.phase = f"q{n}-after"
        traffic.wait_quiet(page)
        found = re.search(r"\d[\d,]*", timing["status"])
        queries.append(
            {
                "query": query,
                "seconds": (timing["t1"] - timing["t0"]) / 1000,
                "found": int(found.group().replace(",", "")) if found else 0,
            }
        )
    result = {
        "load": traffic.phase_bytes("load"),
        "queries": queries,
        "query_bytes": [traffic.phase_bytes(f"q{n}") for n in range(len(queries))],
        "late_bytes": sum(traffic.phase_bytes(f"q{n}-after")["total"] for n in range(len(queries))),
    }
    context.close()
    return result


# --- Report ----------------------------------------------------------------------


def kb(value: float) -> str:
    return f"{value / 1000:,.1f} KB"


def spread(values: list[float], show: Callable[[float], str]) -> str:
    """The median, and min–max when the values differ."""
    median, low, high = (show(v) for v in (statistics.median(values), min(values), max(values)))
    return median if low == high else f"{median} ({low}–{high})"


def report(count: int, runs: list[dict], sizes: dict, versions: dict) -> None:
    print()
    times = "run" if len(runs) == 1 else "runs"
    print(f"Search over {count:,} articles (half Korean, half Chinese), {len(runs)} {times}")
    print(
        f"Pagefind {versions['pagefind']}, Chromium {versions['chromium']}, "
        f"Python {platform.python_version()}, {usable_cores()} cores usable, "
        f"{platform.machine()}"
    )
    print("Bytes: .pf_* and .pagefind files as stored (Pagefind gzips them); HTML, JS, CSS and")
    print("JSON as gzip of the file (level 9), i.e. as a compressing server sends them.")
    print("1 KB = 1,000 bytes, 1 MiB = 1,048,576 bytes.")

    print("\n  Index bundle                            on disk      as sent    files")
    parts = sizes["parts"]
    rows = [("total", sizes["total"])] + [(KIND_LABELS[kind], parts[kind]) for kind in KINDS]
    for label, part in rows:
        print(f"  {label:<36} {kb(part['bytes']):>11}  {kb(part['gzip']):>11}  {part['files']:>7,}")
    print(f"  {'largest index chunk':<36} {kb(sizes['largest_index']):>11}")
    if len(set(sizes["totals"])) > 1:
        low, high = min(sizes["totals"]), max(sizes["totals"])
        print(
            f"  (figures of the first run; the total varied by {high - low:,} bytes over the runs)"
        )

    print("\n  Indexing, fresh process each run")
    seconds = [r["index"]["seconds"] for r in runs]
    pagefind = [r["index"]["pagefind_seconds"] for r in runs]
    rss = [r["index"]["pagefind_max_rss"] for r in runs]
    py_rss = [r["index"]["python_max_rss"] for r in runs]
    print(f"  {'build_search_index (documents + Pagefind)':<44} {spread(seconds, _s)}")
    print(f"  {'  of which Pagefind':<44} {spread(pagefind, _s)}")
    print(f"  {'Pagefind peak memory (max RSS)':<44} {spread(rss, _mib)}")
    print(f"  {'Python process peak memory (max RSS)':<44} {spread(py_rss, _mib)}")

    for side in QUERIES:
        sides = [r["browser"][side] for r in runs]
        queries = QUERIES[side]
        print(f"\n  /{side}/search/ in headless Chromium (fresh context each run)")
        loads = [s["load"]["total"] for s in sides]
        print(f"  {'page load (HTML, CSS, our JS)':<44} {spread(loads, kb)}")
        for n, label in ((0, "first query"), (1, "second query")):
            totals = [s["query_bytes"][n]["total"] for s in sides]
            note = ""
            if n == 0:
                met = statistics.median(totals) <= FIRST_QUERY_TARGET
                note = f"   target ≤ {FIRST_QUERY_TARGET // 1000} KB: {'met' if met else 'NOT MET'}"
            print(f"  {f'{label}, bytes':<44} {spread(totals, kb)}{note}")
            print(f"      {queries[n]}: {_composition(sides[0]['query_bytes'][n])}")
        later = [b["total"] for s in sides for b in s["query_bytes"][1:]]
        print(f"  {'each query after the first, bytes':<44} {spread(later, kb)}")
        late = [s["late_bytes"] for s in sides]
        if any(late):
            print(f"  {'fetched after results were shown':<44} {spread(late, kb)}")
        first = [s["queries"][0]["seconds"] for s in sides]
        after = [q["seconds"] for s in sides for q in s["queries"][1:]]
        met = statistics.median(after) < LATER_QUERY_TARGET
        print(f"  {'first query, submit to results':<44} {spread(first, _ms)}")
        print(
            f"  {f'queries after the first ({len(after)}), median':<44} {spread(after, _ms)}"
            f"   target < {_ms(LATER_QUERY_TARGET)}: {'met' if met else 'NOT MET'}"
        )
        worst = max((q for s in sides for q in s["queries"][1:]), key=lambda q: q["seconds"])
        print(f"  {'  slowest':<44} {_ms(worst['seconds'])} ({worst['query']})")
        counts = {q["query"]: q["found"] for q in sides[0]["queries"]}
        print("  results found: " + ", ".join(f"{q} {c:,}" for q, c in counts.items()))


def _s(value: float) -> str:
    return f"{value:.2f} s"


def _ms(value: float) -> str:
    return f"{value * 1000:.0f} ms"


def _mib(value: float) -> str:
    return f"{value / 1048576:,.0f} MiB"


def _composition(phase: dict) -> str:
    """What a phase fetched, by kind, largest first (with its largest file if several)."""
    parts = []
    for kind, (size, files, largest, path) in sorted(
        phase["kinds"].items(), key=lambda item: -item[1][0]
    ):
        detail = f" ({files} files, largest {path.rsplit('/', 1)[-1]} {kb(largest)})"
        parts.append(f"{kind} {kb(size)}" + (detail if files > 1 else ""))
    return ", ".join(parts) if parts else "nothing fetched"


# --- Main ---------------------------------------------------------------------------


def run_size(count: int, runs: int, site: Path, browser: Browser, versions: dict) -> None:
    """Index, measure and report one site size."""
    results = []
    sizes = None
    for _ in range(runs):
        index = index_in_fresh_process(count, site)
        these = bundle_sizes(site / urls.SEARCH_BUNDLES)
        if sizes is None:
            sizes = these
        sizes.setdefault("totals", []).append(these["total"]["bytes"])
        with contextlib.contextmanager(serve_folder)(site) as base_url:
            measured = {side: measure_side(browser, base_url, site, side) for side in QUERIES}
        for side, result in measured.items():
            empty = [q["query"] for q in result["queries"] if q["found"] == 0]
            if empty:
                print(f"warning: no results on /{side}/search/ for {', '.join(empty)}")
        results.append({"index": index, "browser": measured})
    report(count, results, sizes, versions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--index-once", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--into", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.index_once:
        print(json.dumps(index_once(args.index_once, args.into)))
        return
    if not os.path.exists(CHROMIUM):
        sys.exit(f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set HAERAN_CHROMIUM)")
    from pagefind.service import get_executable
    from playwright.sync_api import sync_playwright

    pagefind = subprocess.run(
        [str(get_executable()), "--version"], capture_output=True, text=True, check=False
    ).stdout.split()
    with tempfile.TemporaryDirectory(prefix="haeran-search-bench-") as work:
        site = Path(work) / "site"
        built = build_site(ROOT / "content", site, cache=Path(work) / "cache")
        if built.returncode != 0:
            sys.exit("Pelican failed:\n" + built.stdout + built.stderr)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
            versions = {"pagefind": pagefind[-1] if pagefind else "?", "chromium": browser.version}
            for count in args.articles:
                run_size(count, args.runs, site, browser, versions)
            browser.close()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
