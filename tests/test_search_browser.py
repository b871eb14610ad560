"""The real search, driven in Debian's Chromium (headless) through Playwright.

The query set (tests/fixtures/search/queries.yaml) runs on the search page of a
site built from realistic articles; what each query should find is worked out
here from the articles' own text, independently of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import pytest
import yaml

from digest.article_text import searchable_text
from digest.frontmatter import split_article
from digest.search_text import index_tokens

from .conftest import BROWSER_TESTS, CONTENT, FIXTURES, serve_folder

QUERIES = yaml.safe_load((FIXTURES / "search" / "queries.yaml").read_text(encoding="utf-8"))
RESULTS = "main [data-search-results] li"
INDEX_TOKEN = re.compile(r"\bz[a-p]{4,}|`")

pytestmark = BROWSER_TESTS


@dataclass(frozen=True)
class CorpusArticle:
    url: str
    lang: str
    text: str  # title and body, as a reader sees them


def corpus_articles() -> list[CorpusArticle]:
    """The articles of ``corpus_site``: the sample content and the summary corpus."""
    sources = [(p, None) for p in sorted(CONTENT.glob("*/**/*.md"))]
    sources += [(p, p.stem) for p in sorted((FIXTURES / "summaries").glob("*/*.md"))]
    articles = []
    for path, slug in sources:
        article = split_article(path.read_text(encoding="utf-8"), path)
        meta = article.metadata
        if not meta.get("date"):
            continue  # a page, not an article
        url = f"/{meta['lang']}/{meta['date']:%Y}/{slug or meta['slug']}/"
        text = f"{meta['title']}\n{searchable_text(article.body)}"
        articles.append(CorpusArticle(url, meta["lang"], " ".join(text.split())))
    return articles


def query_set(lang: str) -> list[tuple[str, str, str]]:
    """(category, query, what a result must contain) for every query of ``lang``."""
    queries = []
    for category, terms in QUERIES[lang].items():
        if isinstance(terms, dict):
            queries += [(category, query, stem) for query, stem in terms.items()]
        else:
            queries += [(category, term, term) for term in terms]
    return queries


@pytest.fixture
def page(browser, served_site):
    context = browser.new_context(base_url=served_site)
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.requests = requests
    yield page
    context.close()


def wait_for_results(page) -> None:
    page.wait_for_function(
        "(() => { const s = document.querySelector('[data-search-status]').textContent;"
        " return s && !s.endsWith('…'); })()",
        timeout=15_000,
    )


def all_results(page) -> list[dict]:
    """Every result of the search on screen, asking for more until none are left."""
    wait_for_results(page)
    while page.is_visible("[data-search-more]"):
        count = page.locator(RESULTS).count()
        page.click("[data-search-more]")
        page.wait_for_function(f"document.querySelectorAll('{RESULTS}').length > {count}")
    return page.eval_on_selector_all(
        RESULTS,
        """items => items.map(li => ({
            href: new URL(li.querySelector('h2 a').href).pathname,
            title: li.querySelector('h2 a').textContent,
            meta: li.querySelector('.result-meta').textContent,
            excerpt: li.querySelector('.result-excerpt').textContent,
            marks: [...li.querySelectorAll('.result-excerpt mark')].map(m => m.textContent),
            lang: li.lang || document.documentElement.lang,
        }))""",
    )


def run_query(page, query: str) -> list[dict]:
    page.fill("input[name=q]", query)
    page.press("input[name=q]", "Enter")
    return all_results(page)


@pytest.fixture(scope="module")
def query_runs(browser, corpus_site):
    """Every query of the set, run on its language's search page of the corpus site."""
    served = serve_folder(corpus_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    runs = {}
    for lang in ("ko", "zh"):
        page.goto(f"/{lang}/search/")
        for category, query, needle in query_set(lang):
            runs[lang, query] = (category, needle, run_query(page, query))
    context.close()
    served.close()
    return runs


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_the_query_set_is_big_and_real(lang):
    queries = query_set(lang)
    assert len(queries) >= 60
    articles = [a for a in corpus_articles() if a.lang == lang]
    for _, _query, needle in queries:
        assert any(needle in a.text for a in articles), f"{needle} is in no {lang} article"
    if lang == "zh":
        lengths = {len(q) for c, q, _ in queries if c == "words"}
        assert set(range(1, 9)) <= lengths


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_recall_is_at_least_097_for_every_kind_of_query(query_runs, lang):
    articles = [a for a in corpus_articles() if a.lang == lang]
    expected = found = 0
    missed = []
    for _, query, needle in query_set(lang):
        _, _, results = query_runs[lang, query]
        urls = {r["href"] for r in results}
        wanted = {a.url for a in articles if needle.casefold() in a.text.casefold()}
        expected += len(wanted)
        found += len(wanted & urls)
        missed += [(query, url) for url in sorted(wanted - urls)]
    assert expected > 0
    print(f"recall {lang}: {found}/{expected} = {found / expected:.3f}")  # shown with -s
    assert found / expected >= 0.97, missed


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_at_most_5_percent_of_results_lack_the_term_or_its_stem(query_runs, lang):
    texts = {a.url: a.text.casefold() for a in corpus_articles()}
    results = wrong = 0
    wrong_ones = []
    for _, query, needle in query_set(lang):
        _, _, found = query_runs[lang, query]
        for result in found:
            results += 1
            text = texts[result["href"]]
            if query.casefold() not in text and needle.casefold() not in text:
                wrong += 1
                wrong_ones.append((query, result["href"]))
    assert results > 0
    print(f"results without the term {lang}: {wrong}/{results} = {wrong / results:.3f}")
    assert wrong / results <= 0.05, wrong_ones


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_excerpts_are_the_articles_own_text_with_the_match_marked(query_runs, lang):
    texts = {a.url: a.text for a in corpus_articles()}
    for _, query, needle in query_set(lang):
        _, _, found = query_runs[lang, query]
        for result in found:
            excerpt = result["excerpt"]
            assert not INDEX_TOKEN.search(excerpt), (query, excerpt)
            for part in excerpt.split("…"):
                assert part.strip() in texts[result["href"]], (query, part)
            marks = {m.casefold() for m in result["marks"]}
            assert marks & {query.casefold(), needle.casefold()}, (query, result)


def test_a_particle_form_that_no_article_has_finds_the_noun(query_runs):
    forms = QUERIES["ko"]["particle_forms"]
    articles = [a for a in corpus_articles() if a.lang == "ko"]
    unseen = [q for q in forms if not any(q in a.text for a in articles)]
    assert unseen, "the query set should have particle forms that no text has verbatim"
    for query in unseen:
        assert query_runs["ko", query][2], f"{query} found nothing"


def test_the_browser_makes_the_same_tokens_as_the_build(page):
    page.goto("/ko/search/")
    texts = [a.text for a in corpus_articles()]
    browser_tokens = page.evaluate(
        """async texts => {
            const m = await import('/theme/js/search-tokens.js');
            return texts.map(t => [m.indexTokens(t), m.readIndexText(m.indexTokens(t).join(' '))]);
        }""",
        texts,
    )
    for text, (tokens, read_back) in zip(texts, browser_tokens, strict=True):
        assert tokens == index_tokens(text)
        assert read_back == text


@pytest.mark.parametrize(
    "side,query,title_part,url_part",
    [
        ("ko", "과학기술", "연길시과학기술국", "/ko/2009/"),
        ("ko", "지진에", "연길시과학기술국", "/ko/2009/"),
        ("zh", "知识产权", "南关区召开科技创新", "/zh/2018/"),
        ("zh", "南关区", "南关区召开科技创新", "/zh/2018/"),
    ],
)
def test_search_from_the_url_finds_the_seed_article(
    page, served_site, side, query, title_part, url_part
):
    page.goto(f"/{side}/search/?q={quote(query)}")
    results = all_results(page)
    assert any(title_part in r["title"] and url_part in r["href"] for r in results), results
    assert re.search(r"\d", page.text_content("[data-search-status]"))
    assert page.input_value("input[name=q]") == query
    assert all(url.startswith(served_site) for url in page.requests), "request left the site"


def test_a_result_shows_title_date_language_tags_and_excerpt(page):
    page.goto("/zh/search/?q=" + quote("高新技术企业"))
    result = all_results(page)[0]
    assert "南关区" in result["title"]
    assert "2018年1月25日" in result["meta"] and "中文" in result["meta"]
    assert "高新技术企业" in result["meta"]  # a tag, labelled in the page's language
    assert "高新技术企业" in result["marks"]


def test_a_tag_name_in_the_other_language_finds_that_tags_articles(page):
    page.goto("/ko/search/?q=" + quote("知识产权"))
    results = all_results(page)
    assert any("/ko/2009/" in r["href"] for r in results), results
    assert all(r["lang"] == "ko" for r in results)


@pytest.mark.parametrize("query", ["知识产权", "지식재산권의"])
def test_both_languages_at_once_the_readers_own_first(browser, corpus_site, query):
    served = serve_folder(corpus_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    page.goto("/ko/search/?both=1&q=" + quote(query))
    results = all_results(page)
    langs = [r["lang"] for r in results]
    assert "ko" in langs and "zh-Hans" in langs, langs
    assert langs == sorted(langs, key=lambda lang: lang != "ko")
    assert page.is_checked("#both")
    context.close()
    served.close()


@pytest.mark.parametrize("side,query", [("ko", "진콩"), ("zh", "区鬼")])
def test_a_pair_of_characters_that_no_article_has_finds_nothing(browser, corpus_site, side, query):
    texts = [a.text for a in corpus_articles()]
    assert not any(query in text for text in texts)
    # Its first character ends a run somewhere, so a fallback to that token would find it.
    assert any(re.search(rf"{query[0]}(?![가-힣一-鿿])", text) for text in texts)
    served = serve_folder(corpus_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    page.goto(f"/{side}/search/?q=" + quote(query))
    assert all_results(page) == []
    context.close()
    served.close()


def first_match(text: str, query: str) -> int | None:
    """Where the index has ``query`` first in ``text``: its token position, as Pagefind's."""
    words = [token.rstrip("`") for token in index_tokens(text)]
    wanted = [token.rstrip("`") for token in index_tokens(query)]
    if len(wanted) > 1 and len(wanted[-1]) == 5:  # a lone last character is left out
        wanted.pop()
    starts = (i for i in range(len(words)) if words[i : i + len(wanted)] == wanted)
    return next(starts, None)


@pytest.mark.parametrize("side,query", [("ko", "과학기술"), ("zh", "技术")])
def test_results_where_the_term_comes_first_rank_first(browser, corpus_site, side, query):
    texts = {a.url: a.text for a in corpus_articles()}
    served = serve_folder(corpus_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    page.goto(f"/{side}/search/?q=" + quote(query))
    results = all_results(page)
    context.close()
    served.close()
    in_title = [query in r["title"] for r in results]
    assert any(in_title) and not all(in_title), "the query should be in some titles only"
    assert in_title == sorted(in_title, reverse=True), "a title match came after a body match"
    positions = [first_match(texts[r["href"]], query) for r in results]
    assert positions == sorted(positions), [
        (p, r["href"]) for p, r in zip(positions, results, strict=True)
    ]


def test_filters_narrow_by_tag_and_year(browser, corpus_site):
    served = serve_folder(corpus_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    page.goto("/zh/search/?q=" + quote("科技"))
    everything = all_results(page)
    page.select_option("#year", "2018")
    in_2018 = all_results(page)
    assert 0 < len(in_2018) < len(everything)
    assert all("2018" in r["meta"] for r in in_2018)
    assert "year=2018" in page.url
    page.select_option("#year", "")
    page.select_option("#tag", "high-tech-enterprises")
    tagged = all_results(page)
    assert 0 < len(tagged) < len(everything)
    label = page.text_content("#tag option[value=high-tech-enterprises]")
    assert all(label in r["meta"] for r in tagged)
    context.close()
    served.close()


def test_the_back_button_brings_back_the_previous_search(page):
    page.goto("/zh/search/")
    run_query(page, "南关区")
    run_query(page, "孵化器")
    assert "q=" in page.url
    page.go_back()
    page.wait_for_function("document.querySelector('input[name=q]').value === '南关区'")
    results = all_results(page)
    assert any("/zh/2018/" in r["href"] for r in results)


def test_at_least_ten_results_show_at_once_and_more_on_request(browser, large_site):
    served = serve_folder(large_site)
    context = browser.new_context(base_url=next(served))
    page = context.new_page()
    page.goto("/zh/search/?q=" + quote("孵化器"))
    wait_for_results(page)
    assert page.locator(RESULTS).count() >= 10
    total = int(re.search(r"\d+", page.text_content("[data-search-status]")).group())
    assert total >= 25
    assert len(all_results(page)) == total
    context.close()
    served.close()


def test_the_search_form_is_labelled_and_its_status_announced(page):
    page.goto("/ko/search/")
    for control in page.query_selector_all("form[role=search] input, form[role=search] select"):
        assert page.query_selector(f"label[for={control.get_attribute('id')}]")
    status = page.query_selector("[data-search-status]")
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    page.keyboard.press("Tab")  # the skip link, then the page's own controls by keyboard
    reached = set()
    for _ in range(25):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id"))
    assert {"q", "tag", "year", "both"} <= reached


def test_the_search_page_speaks_its_own_language(page):
    for side, foreign in (("ko", re.compile(r"[\u4e00-\u9fff]")), ("zh", re.compile("[가-힣]"))):
        page.goto(f"/{side}/search/")
        form_text = page.text_content("main form") + page.text_content("main h1")
        options = page.eval_on_selector_all("#tag option", "os => os.map(o => o.textContent)")
        assert not foreign.search(form_text + "".join(options)), (side, form_text)
        assert not re.search(r"\b(Search|Tag|Year|All)\b", form_text)
