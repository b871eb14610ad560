"""Shared fixtures: the sample site, built once per test session, and served locally."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from .sites import CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM, ROOT, build_site, serve_folder

CONTENT = ROOT / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixed_uid(name: str) -> str:
    """The uid of a test's article ``name``: the same in every run (builds are reproducible)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://haeran.github.io/tests/{name}"))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The sample content built into a temporary folder."""
    output = tmp_path_factory.mktemp("site") / "output"
    result = build_site(CONTENT, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def served_site(site):
    """The built sample site on http://127.0.0.1:<free port>/."""
    yield from serve_folder(site)


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the sample content folder."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    return copy


LARGE_SITE_ARTICLES = 25


@pytest.fixture(scope="session")
def large_site(tmp_path_factory) -> Path:
    """The sample content plus 25 short Chinese articles that all mention 孵化器, built."""
    root = tmp_path_factory.mktemp("large")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    for n in range(LARGE_SITE_ARTICLES):
        path = content / "zh" / "2020" / f"fuhuaqi-{n:02d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: 第{n + 1}家科技企业孵化器在长春挂牌\n"
            f"date: 2020-05-{n + 1:02d} 09:00:00+08:00\nlang: zh\nslug: fuhuaqi-{n:02d}\n"
            f"uid: {fixed_uid(f'large/fuhuaqi-{n:02d}')}\n---\n\n"
            f"长春市第{n + 1}家科技企业孵化器今天挂牌成立,将为初创企业提供场地和服务。"
            "孵化器负责人表示,今年计划引进三十家科技型中小企业。\n",
            encoding="utf-8",
        )
    result = build_site(content, root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "output"


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory) -> Path:
    """The sample content plus the 24 realistic articles of tests/fixtures/summaries, built.

    The articles keep their text; each gets a slug from its file name.
    """
    root = tmp_path_factory.mktemp("corpus")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    for path in sorted((FIXTURES / "summaries").glob("*/*.md")):
        lang = path.parent.name
        target = content / lang / "2024" / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        target.write_text(text.replace("\n---\n", f"\nslug: {path.stem}\n---\n", 1), "utf-8")
    result = build_site(content, root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "output"


# Browser tests: marked, and skipped with what to do when Chromium is missing.
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=NO_CHROMIUM),
]


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium, one for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()
