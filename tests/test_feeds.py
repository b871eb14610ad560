"""Each side's Atom and RSS feeds, parsed as a feed reader would (feedparser) and checked
against the formats' rules with an XML parser: stable ids, absolute links, no surprises."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import feedparser
import pytest
from babel.support import Translations

from digest.frontmatter import split_article
from digest.languages import LANGUAGES
from digest.site.feeds import SITE_DESCRIPTION, absolute_links, site_descriptions
from digest.site.i18n import compile_catalogs

from .conftest import CONTENT, ROOT, build_site
from .html_inspect import read_page

PUBLIC_URL = "https://haeran.github.io"  # DIGEST_PUBLIC_URL in pelicanconf.py
FEEDS = {"atom": "atom.xml", "rss": "rss.xml"}
SEEDS = {
    "ko": next((CONTENT / "ko" / "2009").glob("*.md")),
    "zh": next((CONTENT / "zh" / "2018").glob("*.md")),
}
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
URN_UUID = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _feed(site, side, kind):
    parsed = feedparser.parse((site / side / "feeds" / FEEDS[kind]).read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version.startswith(kind), parsed.version
    return parsed


def _seed(code):
    return split_article(SEEDS[code].read_text(encoding="utf-8"))


def _seed_entry(parsed, code):
    slug = _seed(code).metadata["slug"]
    (entry,) = [e for e in parsed.entries if f"/{slug}/" in e.link]
    return entry


def _last_sentence(code):
    last_paragraph = _seed(code).body.strip().splitlines()[-1]
    end = "." if code == "ko" else "。"
    return last_paragraph.rstrip(end).split(end)[-1] + end


def _file(site, url):
    """The output file of a public URL."""
    assert url.startswith(f"{PUBLIC_URL}/"), url
    path = site / urlsplit(url).path.strip("/")
    return path / "index.html" if path.suffix != ".xml" else path


def _lead(site, entry):
    """The summary shown in the lead box of the entry's article page."""
    lead = read_page(_file(site, entry.link)).one("section", **{"class": "lead"})
    (paragraph,) = [child for child in lead.children if child.tag == "p"]
    return paragraph.text


def _all_feeds(site):
    """Every feed the site has: each side's and each tag's, both kinds."""
    return sorted(site.rglob("feeds/*.xml"))


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("side", LANGUAGES)
def test_feeds_declare_their_language(site, side, kind):
    assert _feed(site, side, kind).feed.get("language") == LANGUAGES[side].html_lang


@pytest.mark.parametrize("side", LANGUAGES)
def test_atom_entries_carry_the_summary_and_the_whole_article(site, side):
    entry = _seed_entry(_feed(site, side, "atom"), side)
    assert html.unescape(entry.summary) == _lead(site, entry)
    (content,) = entry.content
    assert _last_sentence(side) in content.value
    assert content.value.count("<p>") > 3


@pytest.mark.parametrize("side", LANGUAGES)
def test_rss_descriptions_carry_the_whole_article(site, side):
    entry = _seed_entry(_feed(site, side, "rss"), side)
    first_paragraph = _seed(side).body.strip().splitlines()[0]
    assert first_paragraph in entry.description
    assert _last_sentence(side) in entry.description


@pytest.mark.parametrize("kind", FEEDS)
def test_a_korean_article_is_in_the_chinese_feeds_with_its_chinese_summary(site, kind):
    entry = _seed_entry(_feed(site, "zh", kind), "ko")
    if kind == "atom":  # RSS has one text, the description: checked below
        assert html.unescape(entry.summary) == _seed("ko").metadata["summary_zh"]
    assert entry.link.startswith(f"{PUBLIC_URL}/ko/2009/")
    # what a feed reader shows: the Chinese summary first, then the Korean original
    text = entry.content[0].value if kind == "atom" else entry.description
    summary_at, original_at = (
        text.find(html.escape(_seed("ko").metadata["summary_zh"])),
        text.find('<div lang="ko">'),
    )
    assert 0 <= summary_at < original_at
    assert _last_sentence("ko") in text[original_at:]
    assert "知识产权" in {tag.term for tag in entry.tags}  # tags in the side's language


@pytest.mark.parametrize("kind", FEEDS)
def test_a_chinese_article_is_in_the_korean_feeds_with_its_korean_summary(site, kind):
    entry = _seed_entry(_feed(site, "ko", kind), "zh")
    text = entry.summary if kind == "atom" else entry.description
    summary = html.escape(_seed("zh").metadata["summary_ko"], quote=False)
    assert text == summary if kind == "atom" else text.startswith(f"<p>{summary}</p>")
    assert entry.link.startswith(f"{PUBLIC_URL}/zh/2018/")
    assert "과학기술혁신" in {tag.term for tag in entry.tags}


# Entry ids: the uid of the article's front matter, whatever the side, the feed, the URL


@pytest.mark.parametrize("kind", FEEDS)
def test_entry_ids_are_the_uids_of_the_front_matter_on_both_sides(site, kind):
    uids = {f"urn:uuid:{_seed(code).metadata['uid']}" for code in SEEDS}
    for side in LANGUAGES:
        ids = [e.id for e in _feed(site, side, kind).entries]
        assert len(set(ids)) == len(ids), f"{side}: an id appears twice"
        assert set(ids) == uids  # both seeds are listed on both sides
    tag_feed = feedparser.parse(
        (site / "zh" / "tags" / "innovation" / "feeds" / FEEDS[kind]).read_bytes()
    )
    assert {e.id for e in tag_feed.entries} == uids  # a tag's feed names them alike


def _ids_by_title(site):
    """Ids of the article entries of every feed (edition feeds list editions, not articles)."""
    ids = {}
    for feed in _all_feeds(site):
        if "editions" in feed.parts:
            continue
        for entry in feedparser.parse(feed.read_bytes()).entries:
            ids[(feed.relative_to(site), entry.title)] = entry.id
    return ids


def test_moving_or_redating_an_article_keeps_its_id(site, content_copy, tmp_path):
    seed = content_copy / SEEDS["ko"].relative_to(CONTENT)
    text = seed.read_text(encoding="utf-8")
    text = text.replace("date: 2009-07-28 17:31:30+08:00", "date: 2011-03-02 08:00:00+08:00")
    text = text.replace(f"slug: {_seed('ko').metadata['slug']}", "slug: moved-and-redated")
    moved = content_copy / "ko" / "2011" / "moved.md"
    moved.parent.mkdir()
    moved.write_text(text, encoding="utf-8")
    seed.unlink()
    out = tmp_path / "out"
    result = build_site(content_copy, out)
    assert result.returncode == 0, result.stdout + result.stderr
    entry = _seed_entry(_feed(out, "zh", "atom"), "zh")  # the Chinese seed: unchanged
    assert entry.id == f"urn:uuid:{_seed('zh').metadata['uid']}"
    (moved_entry,) = [e for e in _feed(out, "zh", "rss").entries if "moved-and-redated" in e.link]
    assert moved_entry.link == f"{PUBLIC_URL}/ko/2011/moved-and-redated/"
    assert moved_entry.id == f"urn:uuid:{_seed('ko').metadata['uid']}"
    assert _ids_by_title(out) == _ids_by_title(site)  # in every feed, side and tag


# Links: absolute on the public site, also in a local preview (SITEURL is empty)


def test_feeds_link_to_the_public_site_in_a_local_preview(site):
    for path in _all_feeds(site):
        root = ET.parse(path).getroot()
        if root.tag == "rss":
            channel = root.find("channel")
            links = [channel.findtext("link"), *(i.findtext("link") for i in channel.iter("item"))]
            links.append(channel.find("{http://www.w3.org/2005/Atom}link").get("href"))
        else:
            links = [link.get("href") for link in root.iter(f"{ATOM}link")]
        for link in links:
            assert link.startswith(f"{PUBLIC_URL}/"), (path, link)
            assert _file(site, link).is_file(), link  # and the page is there
    page = read_page(site / "ko" / "index.html")
    assert page.one("link", type="application/atom+xml").attrs["href"] == "/ko/feeds/atom.xml"


def test_a_feed_links_to_its_page_and_is_named_by_its_own_address(site):
    for side in LANGUAGES:
        parsed = _feed(site, side, "atom")
        assert parsed.feed.link == f"{PUBLIC_URL}/{side}/"
        assert parsed.feed.id == f"{PUBLIC_URL}/{side}/feeds/atom.xml"
        tag = feedparser.parse(
            (site / side / "tags" / "innovation" / "feeds" / "rss.xml").read_bytes()
        )
        assert tag.feed.link == f"{PUBLIC_URL}/{side}/tags/innovation/"


def test_relative_links_in_articles_are_absolute_in_feeds(content_copy, tmp_path):
    seed = content_copy / SEEDS["ko"].relative_to(CONTENT)
    zh_seed = SEEDS["zh"].relative_to(CONTENT).as_posix()
    links = (
        "\n\n[혁신](/ko/tags/innovation/) [옆](../other/) [각주](#notes) "
        f"[외부](https://example.org/a?b=1&c=2) [원문]({{filename}}/{zh_seed}) ![사진](photo.jpg)\n"
    )
    seed.write_text(seed.read_text(encoding="utf-8") + links, encoding="utf-8")
    out = tmp_path / "out"
    result = build_site(content_copy, out)
    assert result.returncode == 0, result.stdout + result.stderr
    article = f"{PUBLIC_URL}/ko/2009/{_seed('ko').metadata['slug']}/"
    expected = [
        f'href="{PUBLIC_URL}/ko/tags/innovation/"',
        f'href="{PUBLIC_URL}/ko/2009/other/"',
        f'href="{article}#notes"',
        'href="https://example.org/a?b=1&amp;c=2"',
        f'href="{PUBLIC_URL}/zh/2018/{_seed("zh").metadata["slug"]}/"',
        f'src="{article}photo.jpg"',
    ]
    for side, kind in (("ko", "atom"), ("zh", "atom"), ("ko", "rss"), ("zh", "rss")):
        root = ET.parse(out / side / "feeds" / FEEDS[kind]).getroot()
        texts = [e.findtext(f"{ATOM}content") for e in root.iter(f"{ATOM}entry")]
        texts += [i.findtext("description") for i in root.iter("item")]
        (text,) = [t for t in texts if "각주" in t]
        for attribute in expected:
            assert attribute in text, (side, kind, attribute)
    page = (out / "ko" / "2009" / _seed("ko").metadata["slug"] / "index.html").read_text()
    assert 'href="/ko/tags/innovation/"' in page and 'href="../other/"' in page  # pages: as written


def test_only_urls_in_tags_are_resolved():
    text = (
        '<p><a href="x/">a</a> <code>&lt;a href="y"&gt;</code> href="z" '
        "<img alt='' src='//cdn.example/i.png'> <a href=\"mailto:a@b.c\">m</a></p>"
    )
    assert absolute_links(text, "https://h.org/ko/a/") == (
        '<p><a href="https://h.org/ko/a/x/">a</a> <code>&lt;a href="y"&gt;</code> href="z" '
        "<img alt='' src='https://cdn.example/i.png'> <a href=\"mailto:a@b.c\">m</a></p>"
    )


def test_a_side_without_a_translated_description_describes_its_feeds_by_title():
    catalogs = compile_catalogs(ROOT / "theme" / "translations")
    descriptions = site_descriptions({**catalogs, "xx": Translations()})
    assert set(descriptions) == set(LANGUAGES)  # none for "xx": its feeds take the title
    assert all(text != SITE_DESCRIPTION for text in descriptions.values())


# Every feed against the formats' rules


def _one(parent, tag, where):
    found = parent.findall(tag)
    assert len(found) == 1, f"{where}: {len(found)} <{tag}>"
    return found[0]


def _absolute_iri(value):
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value or "")) and (
        bool(URN_UUID.match(value)) or bool(urlsplit(value).netloc)
    )


def _check_atom(root, where):
    """RFC 4287: the elements a feed and each entry must have, once."""
    assert _absolute_iri(_one(root, f"{ATOM}id", where).text), where
    assert _one(root, f"{ATOM}title", where).text, where
    assert RFC3339.match(_one(root, f"{ATOM}updated", where).text), where
    self_links = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert len(self_links) == 1 and _absolute_iri(self_links[0].get("href")), where
    feed_author = root.find(f"{ATOM}author/{ATOM}name")
    for entry in root.findall(f"{ATOM}entry"):
        entry_id = _one(entry, f"{ATOM}id", where).text
        assert URN_UUID.match(entry_id), (where, entry_id)
        assert _one(entry, f"{ATOM}title", where).text, where
        assert RFC3339.match(_one(entry, f"{ATOM}updated", where).text), where
        alternates = [
            link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "alternate"
        ]
        assert entry.find(f"{ATOM}content") is not None or alternates, where
        authors = entry.findall(f"{ATOM}author/{ATOM}name")
        assert (feed_author is not None and feed_author.text) or (authors and authors[0].text)
        assert all(name.text for name in authors), f"{where}: an empty author name"


def _check_rss(root, where):
    """RSS 2.0: the channel's elements (language too), and a guid that is no permalink."""
    channel = _one(root, "channel", where)
    for tag in ("title", "link", "description", "language"):
        assert (_one(channel, tag, where).text or "").strip(), f"{where}: empty <{tag}>"
    for item in channel.findall("item"):
        guid = _one(item, "guid", where)
        assert guid.get("isPermaLink") == "false" and URN_UUID.match(guid.text), where


def test_every_feed_parses_and_has_what_its_format_requires(site):
    feeds = _all_feeds(site)
    tags = {p.parent.name for p in (site / "ko" / "tags").glob("*/index.html")}
    # Each side: its own feeds, its editions' and each tag's, in both formats.
    assert len(feeds) == len(LANGUAGES) * (2 + len(tags)) * len(FEEDS)
    for path in feeds:
        where = path.relative_to(site).as_posix()
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0, (where, parsed.get("bozo_exception"))
        root = ET.parse(path).getroot()
        if path.name == "atom.xml":
            assert root.tag == f"{ATOM}feed", where
            _check_atom(root, where)
        else:
            assert root.tag == "rss" and root.get("version") == "2.0", where
            _check_rss(root, where)


@pytest.mark.parametrize("side", LANGUAGES)
def test_feeds_describe_themselves_in_the_sides_language(site, side):
    rss = _feed(site, side, "rss").feed
    base = read_page(site / side / "index.html").one("meta", name="description")
    assert rss.description == base.attrs["content"]  # the site's description, as on the page
    assert rss.language == LANGUAGES[side].html_lang
    atom = _feed(site, side, "atom").feed
    assert atom.subtitle == rss.description
    assert atom.author == rss.title  # the digest on this side is the feeds' author


# Article ids in the front matter: required, well formed, one per article


def test_a_missing_or_shared_uid_stops_the_build_naming_the_files(content_copy, tmp_path):
    seed = SEEDS["zh"].relative_to(CONTENT)
    twin = content_copy / "zh" / "2020" / "twin.md"
    twin.parent.mkdir()
    twin.write_text(
        f"---\ntitle: 副本\ndate: 2020-05-06\nlang: zh\nuid: {_seed('zh').metadata['uid']}\n"
        "---\n\n正文。\n",
        encoding="utf-8",
    )
    (content_copy / "ko" / "2020").mkdir()
    (content_copy / "ko" / "2020" / "no-uid.md").write_text(
        "---\ntitle: 새 기사\ndate: 2020-05-06\nlang: ko\n---\n\n본문이다.\n", encoding="utf-8"
    )
    result = build_site(content_copy, tmp_path / "out")
    output = "".join((result.stdout + result.stderr).split())
    assert result.returncode == 1
    assert "no-uid.md:1:error:missingrequiredfield'uid'" in output
    assert "python-c'importuuid;print(uuid.uuid4())'" in output
    assert f"twin.md:5:error:uidisalsotheuidof{content_copy / seed}".replace(" ", "") in output
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "zh" / "index.html").exists()


# Finding the feeds: autodiscovery, and the subscribe page


def test_every_page_links_both_feeds_titled_in_its_language(site):
    for side, words in (("ko", ("피드", "해란")), ("zh", ("源", "海兰"))):
        page = read_page(site / side / "index.html")
        for kind, mime in (("atom", "application/atom+xml"), ("rss", "application/rss+xml")):
            link = page.one("link", rel="alternate", type=mime)
            assert link.attrs["href"] == f"/{side}/feeds/{FEEDS[kind]}"
            assert all(word in link.attrs["title"] for word in words), link.attrs["title"]
            assert (site / link.attrs["href"].strip("/")).is_file()


def test_published_feeds_have_absolute_links_on_the_public_host(
    content_copy, tmp_path, monkeypatch
):
    monkeypatch.setenv("HAERAN_SITEURL", "https://haeran.example.org")
    out = tmp_path / "out"
    result = build_site(content_copy, out, settings="publishconf.py")
    assert result.returncode == 0, result.stdout + result.stderr
    for side in LANGUAGES:
        for kind in FEEDS:
            parsed = _feed(out, side, kind)
            assert parsed.feed.link == f"https://haeran.example.org/{side}/"
            for entry in parsed.entries:
                assert entry.link.startswith("https://haeran.example.org/"), entry.link
                assert URN_UUID.match(entry.id), entry.id
        alternates = read_page(out / side / "index.html").find("link", rel="alternate")
        feeds = [link.attrs["href"] for link in alternates if "xml" in link.attrs.get("type", "")]
        assert feeds == [
            f"https://haeran.example.org/{side}/feeds/{name}" for name in FEEDS.values()
        ]


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("side", LANGUAGES)
def test_each_tag_has_a_feed_per_side(site, side, kind):
    """The seeds share the tag 'innovation': each side's feed of it lists both."""
    page = read_page(site / side / "tags" / "innovation" / "index.html")
    mime = "application/atom+xml" if kind == "atom" else "application/rss+xml"
    links = page.find("link", rel="alternate", type=mime)
    hrefs = [link.attrs["href"] for link in links]
    assert hrefs == [f"/{side}/feeds/{FEEDS[kind]}", f"/{side}/tags/innovation/feeds/{FEEDS[kind]}"]
    label = {"ko": "과학기술혁신", "zh": "科技创新"}[side]
    word = {"ko": "피드", "zh": "源"}[side]
    assert label in links[1].attrs["title"] and word in links[1].attrs["title"]
    parsed = feedparser.parse((site / hrefs[1].strip("/")).read_bytes())
    assert parsed.bozo == 0 and parsed.feed.get("language") == LANGUAGES[side].html_lang
    sides = sorted(urlsplit(e.link).path.split("/")[1] for e in parsed.entries)
    assert sides == ["ko", "zh"]
    assert label in parsed.feed.title
    every_tag = {p.parent.name for p in (site / side / "tags").glob("*/index.html")}
    with_feeds = {
        p.parent.parent.name for p in (site / side / "tags").glob(f"*/feeds/{FEEDS[kind]}")
    }
    assert every_tag == with_feeds


def _subscribe_links(page, section):
    (part,) = [s for s in page.find("section") if s.attrs.get("class") == section]
    return [a.attrs["href"] for a in _descendants(part) if a.tag == "a"]


def _descendants(element):
    for child in element.children:
        yield child
        yield from _descendants(child)


@pytest.mark.parametrize("side", LANGUAGES)
def test_the_subscribe_page_lists_every_feed_of_its_side(site, side):
    page = read_page(site / side / "subscribe" / "index.html")
    assert page.one("html").attrs["lang"] == LANGUAGES[side].html_lang
    own = _subscribe_links(page, "subscribe-side")
    assert own == [f"/{side}/feeds/atom.xml", f"/{side}/feeds/rss.xml"]
    codes = [c.text for c in page.find("code")]
    assert codes == [f"{PUBLIC_URL}/{side}/feeds/atom.xml", f"{PUBLIC_URL}/{side}/feeds/rss.xml"]
    editions = _subscribe_links(page, "subscribe-editions")
    assert editions == [f"/{side}/editions/feeds/atom.xml", f"/{side}/editions/feeds/rss.xml"]
    tagged = _subscribe_links(page, "subscribe-tags")
    written = sorted(
        f"/{p.relative_to(site).as_posix()}" for p in (site / side / "tags").rglob("*.xml")
    )
    assert sorted(tagged) == written
    for href in own + editions + tagged:
        assert (site / href.strip("/")).is_file(), href
    labels = [s.text for s in page.find("span", **{"class": "feed-label"})]
    assert labels == sorted(labels) and len(labels) == len(written) // 2
    assert ("과학기술혁신" if side == "ko" else "科技创新") in labels  # in the side's language


def test_the_subscribe_pages_link_each_other(site):
    for side in LANGUAGES:
        page = read_page(site / side / "subscribe" / "index.html")
        others = {a.attrs["href"] for a in page.find("a") if a.attrs.get("hreflang")}
        assert others == {f"/{code}/subscribe/" for code in LANGUAGES if code != side}
