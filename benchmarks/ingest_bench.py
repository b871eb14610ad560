"""How fast the ingester turns raw pages into article files, on one core.

    python benchmarks/ingest_bench.py [--pages N] [--runs R] [--existing M] [--seed S]

Builds N realistic raw pages (Korean and Chinese plain-text dumps) by recombining the
sentences of every page under tests/fixtures/ with varied headlines, dates and site
chrome; one page in ten is the same story again from another site (lightly edited,
new headline and chrome), which the ingester must report as a duplicate. The pages
are written to a temporary folder, then ingested R times into a fresh temporary
content folder, without and with the real vocabulary tagger (models loaded once,
before timing). Prints the median pages per second.

With ``--existing M`` it also writes M synthetic articles (text from a character
bigram model of the fixtures: their shingles are about as varied as an archive of
distinct stories') and times building the duplicate index over them (median of 3),
and looking up each of the N pages in it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from digest.annotate import vocabulary_tagger  # noqa: E402
from digest.article_text import body_paragraphs, plain_text  # noqa: E402
from digest.ingest import ingest_page, ingest_path  # noqa: E402
from digest.ingest.duplicates import DuplicateIndex, Fingerprint  # noqa: E402
from digest.ingest.sources import iter_pages  # noqa: E402
from digest.vocabulary import load_vocabulary  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
VOCABULARY = ROOT / "content" / "vocabulary.yaml"
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])(?![\d.])\s*")
_COUNTS = re.compile(r"(?<!\d)\d{1,3}(?!\d)")  # not years
_CLAUSE_END = re.compile(r"(?<=[，,、；;])\s*|(?<=[고며서데])\s+")

PLACES = {
    "ko": "연길시 룡정시 도문시 훈춘시 화룡시 안도현 왕청현 돈화시 연변주 길림성".split(),
    "zh": "长春市 吉林市 延吉市 四平市 通化市 白山市 松原市 白城市 珲春市 敦化市".split(),
}
TOPICS = {
    "ko": "과학기술국 지식재산권 지진대처 과학보급 농업과학기술 정보산업 특허신청 신품종 "
    "첨단기술기업 과학기술혁신".split(),
    "zh": "科技局 知识产权 防震减灾 科普 农业科技 信息产业 专利申请 新品种 高新技术企业 "
    "科技创新".split(),
}
EVENTS = {
    "ko": [
        "성과 괄목",
        "활동 전개",
        "회의 소집",
        "표창대회 진행",
        "사업 본격 추진",
        "영예 쟁취",
        "강습반 조직",
        "협력협의 체결",
    ],
    "zh": [
        "成效显著",
        "活动启动",
        "召开工作会议",
        "举行表彰大会",
        "全面推进",
        "喜获殊荣",
        "举办培训班",
        "签署合作协议",
    ],
}


# --- material --------------------------------------------------------------------------------


def fixture_sentences() -> dict[str, list[str]]:
    """Every sentence of every page under tests/fixtures/ that the ingester reads, by language."""
    pool: dict[str, list[str]] = defaultdict(list)
    for page in iter_pages(FIXTURES):
        if page.problem:
            continue
        result = ingest_page(page.data, origin=page.origin, url=page.url, date=page.date)
        if not result.ok:
            continue
        for paragraph in body_paragraphs(result.body):
            pool[result.metadata["lang"]].extend(
                s.strip() for s in _SENTENCE_END.split(paragraph) if len(s.strip()) > 8
            )
    return {lang: sorted(set(sentences)) for lang, sentences in pool.items()}


def renumber(sentence: str, rng: random.Random) -> str:
    """The sentence with its numbers changed, as the next story would have them."""
    return _COUNTS.sub(lambda m: str(rng.randint(1, 10 ** len(m.group(0)))), sentence)


def clauses(sentences: list[str]) -> tuple[list[str], list[str]]:
    """The sentences cut after commas and Korean connective endings: (inner, final) clauses."""
    inner, final = [], []
    for sentence in sentences:
        parts = [p for p in _CLAUSE_END.split(sentence) if p.strip()]
        inner.extend(parts[:-1])
        final.append(parts[-1])
    return inner, final


def new_sentence(inner: list[str], final: list[str], lang: str, rng: random.Random) -> str:
    """One to three clauses from anywhere in the pool, then a sentence end, numbers renewed."""
    parts = [*rng.sample(inner, rng.randint(1, 3)), rng.choice(final)]
    return renumber((" " if lang == "ko" else "").join(parts), rng)


def new_story(pool: tuple[list[str], list[str]], lang: str, rng: random.Random) -> list[str]:
    """Three to seven paragraphs of one to three new sentences."""
    space = " " if lang == "ko" else ""
    return [
        space.join(new_sentence(*pool, lang, rng) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(3, 7))
    ]


def retold(paragraphs: list[str], lang: str, rng: random.Random) -> list[str]:
    """The same story as another site runs it: a dropped paragraph, a few words changed."""
    kept = list(paragraphs)
    if len(kept) > 3:
        kept.pop(rng.randrange(len(kept)))
    swaps = (
        (("하였다", "했다"), ("되였다", "되었다"), ("에서는", "에서"))
        if lang == "ko"
        else (
            ("进行了", "进行"),
            ("日前", "近日"),
            ("表示", "说"),
        )
    )
    for old, new in swaps:
        kept = [p.replace(old, new, 1) for p in kept]
    lead = "(길림신문 리영호 기자) " if lang == "ko" else "中国吉林网讯 "
    return [lead + kept[0], *kept[1:]]


def headline(lang: str, number: int, rng: random.Random) -> str:
    """A headline no other page of the run has (slugs must differ)."""
    sep = " " if lang == "ko" else ""
    words = [rng.choice(PLACES[lang]), rng.choice(TOPICS[lang]), rng.choice(EVENTS[lang])]
    return sep.join(words) + (f" 제{number}차" if lang == "ko" else f"第{number}期")


def page_text(
    lang: str, title: str, when: datetime.datetime, paragraphs: list[str], site: int
) -> str:
    """A raw page dump in one of the sites' layouts (chrome lines around the story)."""
    body = "\n\n".join(paragraphs)
    stamp = when.strftime("%Y-%m-%d %H:%M:%S")
    if lang == "ko" and site == 0:
        signature = "김일복기자\n\n이 기사를 공유하세요.\n"
        return f"HOME  >  과학\n\n{title}\n\n  • {stamp}\n{body}\n\n{signature}"
    if lang == "ko":
        ko_date = f"{when.year}년 {when.month}월 {when.day}일 {when:%H:%M}"
        return (
            f"길림신문 > 경제 > 과학\n\n{title}\n\n입력 {ko_date}\n\n{body}\n\n편집: 박명화\n\n"
            "Copyright © 길림신문사. All rights reserved.\n"
        )
    if site == 0:
        return (
            f"您现在的位置:主页 > 地方专刊 > 内容\n\n{title}\n\n"
            f"时间:{stamp[:16]} 点击:\n\n{body}\n\n"
            "责任编辑:杨戬\n\n相关文章\n  • 关于我们 | 服务条款 | 法律声明 | 联系我们\n"
            "  • 中国焦点新闻网 © 2012 版权所有 All Rights Reserved.\n"
        )
    return (
        f"首页 > 新闻中心 > 科教\n\n{title}\n\n{stamp[:16]}  来源：中国吉林网  作者：李明\n\n"
        f"{body}\n\n【纠错】 【责任编辑：张华】\n\n中国吉林网 版权所有\n"
    )


def make_pages(count: int, pool: dict[str, list[str]], seed: int) -> list[tuple[str, str]]:
    """``count`` raw pages as (file name, text); every tenth retells an earlier story."""
    rng = random.Random(seed)
    langs = sorted(pool)
    parts = {lang: clauses(sentences) for lang, sentences in pool.items()}
    told: list[tuple[str, list[str]]] = []
    pages = []
    for number in range(count):
        when = datetime.datetime(2009, 1, 1) + datetime.timedelta(minutes=rng.randrange(8_000_000))
        if told and number % 10 == 9:
            lang, paragraphs = rng.choice(told)
            paragraphs = retold(paragraphs, lang, rng)
        else:
            lang = langs[number % len(langs)]
            paragraphs = new_story(parts[lang], lang, rng)
            told.append((lang, paragraphs))
        text = page_text(lang, headline(lang, number, rng), when, paragraphs, rng.randrange(2))
        pages.append((f"{number:05d}_{lang}.txt", text))
    return pages


# --- synthetic content folder ----------------------------------------------------------------


def char_model(sentences: list[str]) -> dict[str, list[str]]:
    """A character bigram model of the sentences: a character -> what follows it.

    Its babble has the fixtures' characters and common short words, but few of their
    longer runs: five-character shingles shared by many articles are common phrases,
    as in a real archive of distinct stories.
    """
    follows: dict[str, list[str]] = defaultdict(list)
    for sentence in sentences:
        text = f"^{sentence}$"
        for i in range(len(text) - 1):
            follows[text[i]].append(text[i + 1])
    return follows


def babble(model: dict[str, list[str]], size: int, rng: random.Random) -> str:
    """About ``size`` characters of sentences drawn from the character model."""
    out: list[str] = []
    total = 0
    while total < size:
        state, sentence = "^", []
        while len(sentence) < 200:
            state = rng.choice(model[state])
            if state == "$":
                break
            sentence.append(state)
        out.append("".join(sentence))
        total += len(sentence)
    return "\n\n".join(" ".join(out[i : i + 3]) for i in range(0, len(out), 3))


def write_content(folder: Path, count: int, pool: dict[str, list[str]], seed: int) -> None:
    """``count`` article files with babbled bodies of 600-2,400 characters."""
    rng = random.Random(seed)
    models = {lang: char_model(sentences) for lang, sentences in pool.items()}
    for number in range(count):
        lang = sorted(models)[number % len(models)]
        year = 2009 + number % 15
        path = folder / lang / str(year) / f"story-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        body = babble(models[lang], rng.randint(600, 2400), rng)
        path.write_text(
            f"---\ntitle: 기사 {number}\ndate: {year}-05-06\nlang: {lang}\n"
            f"slug: story-{number:05d}\n---\n\n{body}\n",
            encoding="utf-8",
        )


# --- timing ----------------------------------------------------------------------------------


def ingest_once(raw: Path, tagger: Callable | None) -> tuple[float, Counter[str]]:
    """Seconds to ingest ``raw`` into a fresh content folder, and the kinds of report lines."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="haeran-bench-content-") as content:
        start = time.perf_counter()
        ingest_path(raw, Path(content), tagger=tagger, out=lines.append)
        elapsed = time.perf_counter() - start
    return elapsed, Counter(line.split(" ", 1)[0] for line in lines)


def measure(label: str, raw: Path, pages: int, runs: int, tagger: Callable | None) -> None:
    """Print the median and spread of pages per second over ``runs`` runs."""
    rates, kinds = [], Counter()
    for _ in range(runs):
        elapsed, kinds = ingest_once(raw, tagger)
        rates.append(pages / elapsed)
    spread = ", ".join(f"{rate:.0f}" for rate in rates)
    print(f"{label}: median {statistics.median(rates):.1f} pages/s  (runs: {spread})")
    print(f"    lines: {', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))}")


def measure_index(
    existing: int, pages: list[tuple[str, str]], pool: dict[str, list[str]], seed: int
) -> None:
    """Time building the duplicate index over ``existing`` articles, and looking pages up."""
    with tempfile.TemporaryDirectory(prefix="haeran-bench-existing-") as folder:
        content = Path(folder)
        write_content(content, existing, pool, seed)
        builds = []
        for _ in range(3):
            start = time.perf_counter()
            index = DuplicateIndex.from_content(content)
            builds.append(time.perf_counter() - start)
        tracemalloc.start()
        index = DuplicateIndex.from_content(content)
        memory = tracemalloc.get_traced_memory()[0] / 1e6
        tracemalloc.stop()
    stories = [ingest_page(text, origin=name) for name, text in pages]
    stories = [s for s in stories if s.ok]
    start = time.perf_counter()
    found = 0
    for story in stories:
        fingerprint = Fingerprint.of(plain_text(story.body))
        found += index.find(story.metadata["lang"], fingerprint) is not None
    lookup = (time.perf_counter() - start) / len(stories)
    build = statistics.median(builds)
    print(
        f"duplicate index over {len(index)} articles: build median {build:.2f} s "
        f"({build / len(index) * 1e3:.3f} ms per article, {memory:.0f} MB); "
        f"lookup {lookup * 1e3:.2f} ms per page ({found} matches)"
    )


def pin_to_one_core() -> str:
    """Run on a single core (the first one we may use), as a one-core machine would."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="raw pages to ingest (1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (3)")
    parser.add_argument(
        "--existing", type=int, default=0, help="also time the duplicate index over M articles"
    )
    parser.add_argument("--seed", type=int, default=20240501, help="random seed")
    args = parser.parse_args()

    pinned = pin_to_one_core()
    print(
        f"{datetime.date.today()}  Python {platform.python_version()}  "
        f"{os.cpu_count()} CPUs ({pinned})  {platform.machine()} {platform.system()}"
    )
    pool = fixture_sentences()
    print("sentence pool: " + ", ".join(f"{len(v)} {k}" for k, v in sorted(pool.items())))
    pages = make_pages(args.pages, pool, args.seed)
    start = time.perf_counter()
    tagger = vocabulary_tagger(load_vocabulary(VOCABULARY))
    for lang in pool:  # load the tokeniser models now, not inside the timing
        tagger("", " ".join(pool[lang][:5]), lang)
    print(f"tagger and models loaded once in {time.perf_counter() - start:.2f} s")

    raw = Path(tempfile.mkdtemp(prefix="haeran-bench-raw-"))
    try:
        for name, text in pages:
            (raw / name).write_text(text, encoding="utf-8")
        measure(f"{args.pages} pages, no tagger", raw, args.pages, args.runs, None)
        measure(f"{args.pages} pages, vocabulary tagger", raw, args.pages, args.runs, tagger)
    finally:
        shutil.rmtree(raw)
    if args.existing:
        measure_index(args.existing, pages, pool, args.seed)


if __name__ == "__main__":
    main()
