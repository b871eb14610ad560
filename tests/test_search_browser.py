"""The real search, driven in Debian's Chromium (headless) through Playwright."""

from __future__ import annotations

import os
import re

import pytest

from .conftest import serve_folder

CHROMIUM = os.environ.get("HAERAN_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"no Chromium at {CHROMIUM}: install it with 'apt-get install -y chromium' "
        "(or set HAERAN_CHROMIUM to its path)",
    ),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served_site):
    context = browser.new_context(base_url=served_site)
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.requests = requests
    yield page
    context.close()


def test_at_least_ten_results_show_at_once_and_more_on_request(browser, large_site):
    served = serve_folder(large_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    page.goto("/zh/search/?q=孵化器")
    page.wait_for_function(
        "document.querySelectorAll('main [data-search-results] li').length >= 10", timeout=15_000
    )
    shown = page.locator("main [data-search-results] li").count()
    assert shown >= 10
    total = int(re.search(r"\d+", page.text_content("[data-search-status]")).group())
    assert total >= 25
    if shown < total:
        page.click("[data-search-more]")
        page.wait_for_function(
            f"document.querySelectorAll('main [data-search-results] li').length > {shown}"
        )
    context.close()
    served.close()


def _result_links(page):
    page.wait_for_selector("main [data-search-results] li a", timeout=15_000)
    return page.eval_on_selector_all(
        "main [data-search-results] li a",
        "els => els.map(a => [a.textContent, a.getAttribute('href')])",
    )


@pytest.mark.parametrize(
    "side,query,title_part,url_part",
    [
        ("ko", "과학기술", "연길시과학기술국", "/ko/2009/"),
        ("zh", "知识产权", "南关区召开科技创新", "/zh/2018/"),
    ],
)
def test_search_from_the_url_finds_the_seed_article(
    page, served_site, side, query, title_part, url_part
):
    page.goto(f"/{side}/search/?q={query}")
    links = _result_links(page)
    assert any(title_part in text and url_part in href for text, href in links), links
    status = page.text_content("[data-search-status]")
    assert re.search(r"\d", status), status
    assert page.input_value("input[name=q]") == query
    assert all(url.startswith(served_site) for url in page.requests), "request left the site"


def test_typing_a_query_searches_and_keeps_it_in_the_url(page):
    page.goto("/zh/search/")
    page.fill("input[name=q]", "高新技术企业")
    links = _result_links(page)
    assert any("/zh/2018/" in href for _, href in links)
    page.wait_for_function("location.search.includes('q=')")
    assert "q=" in page.url


def test_result_link_opens_the_article(page):
    page.goto("/ko/search/?q=지식재산권")
    _result_links(page)
    shown = page.text_content("main [data-search-results] li .result-summary")
    page.click("main [data-search-results] li a")
    page.wait_for_selector("article h1")
    assert "연길시과학기술국" in page.text_content("article h1")
    assert shown == page.text_content("article .lead p")  # the result shows the summary
