"""Accessibility of the built sample site, checked in Debian's Chromium (headless).

axe-core (the real engine, shipped inside the PyPI package axe-playwright-python) runs
on every kind of page of both sides, in the light and the dark colour scheme; the same
pages are opened on a 360 px wide phone; the skip link, the focus outline and the
landmarks are checked by keyboard and by role.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import BROWSER_TESTS

AXE = files("axe_playwright_python") / "axe.min.js"
SIDES = ("ko", "zh")
KINDS = ("home", "article", "tag", "edition", "search", "search-results", "subscribe", "tags")
ARTICLE_YEAR = {"ko": "2009", "zh": "2018"}
EDITION = {"ko": "2009-07", "zh": "2018-01"}
QUERY = {"ko": "과학기술", "zh": "知识产权"}
RESULTS = "main [data-search-results] li"
BLOCKING = {"serious", "critical"}
# Rules that apply to every page: if axe did not check them, it did not really run.
ALWAYS_CHECKED = {
    "color-contrast",
    "document-title",
    "html-has-lang",
    "landmark-one-main",
    "link-name",
    "page-has-heading-one",
    "region",
}
PHONE = {"width": 360, "height": 800}

pytestmark = BROWSER_TESTS


def page_url(site: Path, side: str, kind: str) -> str:
    """The address of one kind of page of ``side`` in the built ``site``."""
    if kind == "article":
        article = min((site / side / ARTICLE_YEAR[side]).glob("*/index.html"))
        return "/" + article.parent.relative_to(site).as_posix() + "/"
    return {
        "home": f"/{side}/",
        "tag": f"/{side}/tags/innovation/",
        "edition": f"/{side}/editions/{EDITION[side]}/",
        "search": f"/{side}/search/",
        "search-results": f"/{side}/search/?q={quote(QUERY[side])}",
        "subscribe": f"/{side}/subscribe/",
        "tags": f"/{side}/tags/",
    }[kind]


@pytest.fixture
def open_page(browser, served_site, site):
    """open_page(side, kind, scheme, viewport): a loaded page, search results shown."""
    contexts = []

    def opener(side: str, kind: str, scheme: str = "light", viewport: dict | None = None):
        context = browser.new_context(
            base_url=served_site,
            color_scheme=scheme,
            viewport=viewport or {"width": 1024, "height": 800},
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(page_url(site, side, kind))
        assert response.ok, (side, kind, response.status)
        if kind == "search-results":
            page.wait_for_selector(RESULTS, timeout=15_000)
        return page

    yield opener
    for context in contexts:
        context.close()


def luminance(css_colour: str) -> float:
    """The relative luminance (WCAG) of an ``rgb(…)`` or ``rgba(…)`` computed colour."""
    red, green, blue = (int(n) / 255 for n in re.findall(r"[\d.]+", css_colour)[:3])
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def describe(violation: dict) -> str:
    nodes = "; ".join(
        f"{node['target']} {node.get('failureSummary', '')!r}" for node in violation["nodes"][:5]
    )
    return f"{violation['impact']} {violation['id']} ({violation['help']}): {nodes}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("side", SIDES)
def test_axe_finds_nothing_serious(open_page, side, kind, scheme):
    page = open_page(side, kind, scheme)
    paper = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (luminance(paper) < 0.1) == (scheme == "dark"), f"{scheme} scheme not in force: {paper}"
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations', 'incomplete']})")
    print(f"axe {results['testEngine']['version']} on {page.url} ({scheme})")
    checked = {
        rule["id"] for key in ("passes", "violations", "incomplete") for rule in results[key]
    }
    assert checked >= ALWAYS_CHECKED, ALWAYS_CHECKED - checked
    for violation in results["violations"]:
        print("  violation:", describe(violation))
    for check in results["incomplete"]:
        print("  to check by eye:", describe(check))
    serious = [describe(v) for v in results["violations"] if v["impact"] in BLOCKING]
    assert not serious, "\n".join(serious)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("side", SIDES)
def test_a_360_px_phone_needs_no_sideways_scrolling(open_page, side, kind, tmp_path_factory):
    page = open_page(side, kind, viewport=PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide"
    links = page.locator("header.masthead a")
    assert links.count() >= 7  # the site's name, five sections, the other language
    assert page.locator("header.masthead .languages a").count() >= 1
    for n in range(links.count()):
        link = links.nth(n)
        assert link.is_visible(), link.text_content()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
            link.text_content(),
            box,
        )
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (
            link.text_content(),
            box,
        )
    if kind in ("home", "article", "search-results", "tags"):
        folder = tmp_path_factory.getbasetemp() / "screenshots"
        folder.mkdir(exist_ok=True)
        page.screenshot(path=str(folder / f"{side}-{kind}-360.png"), full_page=True)
        print("screenshot in", folder)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("side", SIDES)
def test_every_page_has_one_main_one_h1_a_banner_and_a_contentinfo(open_page, side, kind):
    page = open_page(side, kind)
    assert page.locator("main").count() == 1
    assert page.get_by_role("main").count() == 1
    assert page.locator("h1").count() == 1
    assert page.get_by_role("banner").count() == 1
    assert page.locator("body > header").count() == 1
    assert page.get_by_role("contentinfo").count() == 1
    assert page.locator("body > footer").count() == 1
    assert page.locator("main h1").count() == 1, "the page's heading should be in <main>"


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1024, "height": 800}], ids=["360", "1024"])
@pytest.mark.parametrize("side", SIDES)
def test_the_first_tab_shows_the_skip_link_which_leads_to_main(open_page, side, viewport):
    page = open_page(side, "home", viewport=viewport)
    skip = page.locator("a.skip")
    hidden = skip.bounding_box()
    assert hidden["x"] + hidden["width"] <= 0, (
        "the skip link should stay out of sight until focused"
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert skip.get_attribute("href") == "#main"
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["width"] > 0
    assert box["x"] + box["width"] <= viewport["width"]
    assert box["y"] + box["height"] <= viewport["height"]
    colours = skip.evaluate("a => [getComputedStyle(a).color, getComputedStyle(a).backgroundColor]")
    assert contrast(*colours) >= 4.5, colours
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")
    assert page.evaluate("document.activeElement.id") == "main"
    scroll = page.evaluate(
        """() => [scrollY, Math.min(document.getElementById('main').offsetTop,
                  document.documentElement.scrollHeight - innerHeight)]"""
    )
    assert abs(scroll[0] - scroll[1]) <= 1, f"scrolled to {scroll[0]}, main is at {scroll[1]}"
    page.keyboard.press("Tab")  # the next stop is inside main, not the masthead
    assert page.evaluate(
        "document.getElementById('main').contains(document.activeElement)"
        " && document.activeElement.tagName === 'A'"
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("side", SIDES)
def test_a_link_focused_by_keyboard_has_a_visible_outline(open_page, side, scheme):
    page = open_page(side, "article", scheme)
    paper = page.evaluate("getComputedStyle(document.body).backgroundColor")
    seen = set()
    for _ in range(12):  # the skip link, the masthead, then the article's own links
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const a = document.activeElement, s = getComputedStyle(a);
                return {tag: a.tagName, text: a.textContent.trim(), style: s.outlineStyle,
                        width: parseFloat(s.outlineWidth), colour: s.outlineColor}; }"""
        )
        if focused["tag"] != "A":
            continue
        seen.add(focused["text"])
        assert focused["style"] not in ("none", "hidden"), focused
        assert focused["width"] >= 2, focused
        if focused["text"] != page.locator("a.skip").text_content().strip():
            assert contrast(focused["colour"], paper) >= 3, (focused, paper)
    assert len(seen) >= 8, seen
