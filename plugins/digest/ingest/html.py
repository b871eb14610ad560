"""Saved HTML pages to the lines the extractor reads (see ``page``), with the standard library.

Block elements become lines and ``<br>`` a line break; script, style and forms of
navigation (``nav``, ``header``, ``footer``, ``aside``, ``form`` and elements whose
class or id says nav, menu, share, comment, related, ad …) are dropped unless they
hold the headline or most of the page's prose. Breadcrumbs become one line, footers
only their copyright lines. Markup gives roles: ``h1`` a title, ``h2``–``h6`` a
heading, ``figcaption`` a caption, ``img`` an image, a line of link text a link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from . import page as roles
from .bylines import parse_byline
from .chrome import is_copyright, parse_breadcrumb
from .decode import normalize_text
from .page import Evidence, Page, PageLine
from .text import HAN, clean_line, ends_sentence, visible_len

_HTML_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|br|script|meta|table|h1|article|title)\b", re.I
)

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main "
    "menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
SKIPPED = frozenset(
    "script style noscript template head title iframe frame frameset svg math canvas object "
    "embed video audio map select option button textarea input".split()
)
VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
SEMANTIC_CHROME = frozenset(("nav", "aside", "header", "form"))
ROLE_TAGS = {"h1": roles.TITLE, "figcaption": roles.CAPTION}
ROLE_TAGS.update({tag: roles.HEADING for tag in ("h2", "h3", "h4", "h5", "h6")})
MAX_DEPTH = 300  # deeper markup (unclosed tags) is flattened

# Implied end tags: a start tag closes these open elements, unless a boundary comes first.
_P_SCOPE = frozenset(
    "div td th li table body section article blockquote main form dd dt figure header "
    "footer nav aside button".split()
)
_IMPLIED = (
    (BLOCKS, frozenset(("p",)), _P_SCOPE),
    (frozenset(("li",)), frozenset(("li",)), frozenset(("ul", "ol", "menu", "table"))),
    (frozenset(("dt", "dd")), frozenset(("dt", "dd")), frozenset(("dl", "table"))),
    (frozenset(("td", "th")), frozenset(("td", "th")), frozenset(("tr", "table"))),
    (frozenset(("tr",)), frozenset(("tr", "td", "th")), frozenset(("table",))),
    (
        frozenset(("tbody", "thead", "tfoot")),
        frozenset(("tbody", "thead", "tfoot", "tr", "td", "th")),
        frozenset(("table",)),
    ),
)

# Class and id words that mark chrome; a word matches if it contains one of the first set
# or equals one of the second (ad, gg = 广告 …).
_CHROME_PARTS = (
    "nav",
    "menu",
    "share",
    "comment",
    "reply",
    "related",
    "relate",
    "recommend",
    "footer",
    "advert",
    "sidebar",
    "toolbar",
    "copyright",
    "pagination",
    "pager",
    "fenxiang",
    "xgxw",
    "xgwz",
    "tuijian",
    "qrcode",
    "banner",
    "login",
    "daohang",
)
_CHROME_WORDS = frozenset(
    "ad ads adv gg guanggao foot print tool tools tag tags keyword keywords search hot rank "
    "ranking social sns ewm like likes bdsharebuttonbox jiathis popular".split()
)
_CRUMB_WORDS = frozenset("location position weizhi dqwz curpos current-position".split())
_FOOTER_PARTS = ("footer", "copyright")
_FOOTER_WORDS = frozenset(("foot", "bottom-info", "contentinfo"))
_CAPTION_RE = re.compile(
    r"caption|pic_?te?xt|img_?te?xt|img_?desc|image_?desc|photo_?(?:desc|te?xt|cap)|"
    r"pic_?desc|tuzhu|figure_?desc|img_?info|pic_?info",
    re.I,
)
_ICON_RE = re.compile(r"icon|logo|btn|button|spacer|blank\.|share|qrcode|ewm|arrow|/dot", re.I)
MIN_IMAGE = 60  # pixels: smaller images are icons
LINK_SHARE = 0.8  # a line with this much link text is a link line
MIN_LINKED_SENTENCE = 20  # characters: a linked sentence this long is text, not a link
MAX_CRUMB_TEXT = 80  # characters: a longer navigation element is a menu, not a trail
MAX_CAPTION = 120  # visible characters of text that a figure or centring makes a caption
_WORD_SPLIT_RE = re.compile(r"[\s_\-]+")  # not camelCase: "adEditor" is no ad
_SPACE_RE = re.compile(r"[ \t\n\r\f\v]+")
# A source line break between two Han characters is no space (CSS segment-break rule).
_CJK_BREAK_RE = re.compile(
    rf"(?<=[{HAN}\u3000-\u303f\uff00-\uffef])[ \t]*\n\s*(?=[{HAN}\u3000-\u303f\uff00-\uffef])"
)
_CRUMB_SEP_RE = re.compile(r"^(?:>>|>|›|»|＞|→|/|\||｜|-|·|∶∶)$")
_PROSE_END_RE = re.compile(r"[.。!！?？]")
MIN_PROSE = 10  # characters in a text run that counts as prose
# Marks the edges of a classed inline element (<span class="date">): a space on a meta
# line ("김일복 기자 | 입력 …"), nothing inside a sentence (<span class="hl">吉林</span>省).
_EDGE = "\u2063"

TITLE_METAS = ("og:title", "twitter:title", "articletitle", "title", "headline")
DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)
SITE_METAS = ("og:site_name", "sitename", "application-name")
SECTION_METAS = ("article:section", "columnname", "section")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than a text dump."""
    return _HTML_RE.search(text[:4096]) is not None


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)
    has_h1: bool = False
    prose: int = 0  # visible characters of prose text runs inside


class _TreeBuilder(HTMLParser):
    """A forgiving DOM: implied end tags, stray end tags ignored; head metadata on the side."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack = [self.root]
        self.metas: dict[str, str] = {}
        self.canonical: str | None = None
        self.title_parts: list[str] | None = None
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "link":
            if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
                self.canonical = self.canonical or values["href"].strip()
            return
        if tag == "title" and not self.title:
            self.title_parts = []
        self._close_implied(tag)
        node = _Node(tag, values)
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        depth = len(self.stack)
        self.handle_starttag(tag, attrs)
        del self.stack[depth:]

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":
            self.stack[-1].children.append(_Node("br", {}))
            return
        if tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split())
            self.title_parts = None
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        self.stack[-1].children.append(data)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content", "").strip()
        if key and content and key not in self.metas:
            self.metas[key] = content

    def _close_implied(self, tag: str) -> None:
        for openers, closed, boundary in _IMPLIED:
            if tag in openers:
                self._pop_open(closed, boundary)

    def _pop_open(self, closed: frozenset[str], boundary: frozenset[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in closed:
                del self.stack[i:]
                return
            if tag in boundary:
                return


def _measure(root: _Node) -> int:
    """Fill in ``has_h1`` and ``prose`` for every node (iteratively); the page's prose."""
    order: list[_Node] = []
    todo = [root]
    while todo:
        node = todo.pop()
        order.append(node)
        todo.extend(child for child in node.children if isinstance(child, _Node))
    for node in reversed(order):  # children before parents
        node.has_h1 = node.tag == "h1"
        for child in node.children:
            if isinstance(child, str):
                size = visible_len(child)
                if size >= MIN_PROSE and _PROSE_END_RE.search(child):
                    node.prose += size
            elif child.tag not in SKIPPED:
                node.has_h1 = node.has_h1 or child.has_h1
                node.prose += child.prose
    return root.prose


def _class_words(node: _Node) -> list[str]:
    names = " ".join((node.attrs.get("class", ""), node.attrs.get("id", "")))
    return [word.lower().rstrip("0123456789") for word in _WORD_SPLIT_RE.split(names) if word]


def chrome_kind(node: _Node) -> str | None:
    """``"crumb"``, ``"footer"`` or ``"drop"`` for an element that is page chrome, else None."""
    words = _class_words(node)
    label = (node.attrs.get("aria-label", "") + node.attrs.get("role", "")).lower()
    if "crumb" in label or any("crumb" in word or word in _CRUMB_WORDS for word in words):
        return "crumb"
    if node.tag == "footer" or "contentinfo" in label:
        return "footer"
    if any(part in word for word in words for part in _FOOTER_PARTS):
        return "footer"
    if any(word in _FOOTER_WORDS for word in words):
        return "footer"
    if node.tag in SEMANTIC_CHROME or "navigation" in label:
        return "drop"
    if any(word in _CHROME_WORDS for word in words):
        return "drop"
    if any(part in word for word in words for part in _CHROME_PARTS):
        return "drop"
    return None


class _Renderer:
    """Walks the tree and collects lines, each with the role its markup gives it."""

    def __init__(self, total_prose: int, evidence: Evidence) -> None:
        self.total_prose = total_prose
        self.evidence = evidence
        self.lines: list[PageLine] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.in_pre = 0
        self.in_figure = 0
        self.centered = 0
        self.role: str | None = None

    def render(self, node: _Node) -> None:
        """Render the children of ``node`` into lines."""
        for child in node.children:
            if isinstance(child, str):
                self._text(child)
            else:
                self._element(child)

    def flush(self) -> None:
        """End the current line."""
        raw = "".join(self.parts)
        self.parts = []
        link_chars, self.link_chars = self.link_chars, 0
        text = _SPACE_RE.sub(" ", raw)
        prose = self.role in (roles.TITLE, roles.HEADING) or ends_sentence(text.replace(_EDGE, ""))
        text = clean_line(normalize_text(text.replace(_EDGE, "" if prose else " ")))
        if not text:
            return
        linked = link_chars >= LINK_SHARE * visible_len(text)
        sentence = linked and ends_sentence(text) and visible_len(text) >= MIN_LINKED_SENTENCE
        link = linked and not sentence  # a linked sentence in the text stays text
        role = self.role or (roles.LINK if link else self._caption_by_place(text))
        self.lines.append(PageLine(text, role, linked))

    def _caption_by_place(self, text: str) -> str | None:
        """CAPTION for short text in a ``<figure>``, or centred right below an image."""
        if not (self.in_figure or self.centered) or visible_len(text) > MAX_CAPTION:
            return None
        after_image = bool(self.lines) and self.lines[-1].role == roles.IMAGE
        return roles.CAPTION if self.in_figure or after_image else None

    def _text(self, text: str) -> None:
        if self.in_pre:
            first, *rest = text.split("\n")
            self._add(first)
            for line in rest:
                self.flush()
                self._add(line)
            return
        self._add(text)

    def _add(self, text: str) -> None:
        text = _CJK_BREAK_RE.sub("", text)
        self.parts.append(text)
        if self.in_link:
            self.link_chars += visible_len(text)

    def _element(self, node: _Node) -> None:
        tag = node.tag
        if tag in SKIPPED:
            return
        if tag == "br":
            self.flush()
            return
        if tag == "img":
            self._image(node)
            return
        kind = chrome_kind(node)
        if kind and not self._protected(node):
            self._chrome(node, kind)
            return
        self._container(node)

    def _container(self, node: _Node) -> None:
        role = ROLE_TAGS.get(node.tag)
        if role is None and _CAPTION_RE.search(
            node.attrs.get("class", "") + " " + node.attrs.get("id", "")
        ):
            role = roles.CAPTION
        self._date_attributes(node)
        breaks = node.tag in BLOCKS or role is not None
        if breaks:
            self.flush()
        saved = self.role
        if role is not None and self.role != roles.TITLE:
            self.role = role
        edge = not breaks and bool(node.attrs.get("class") or node.attrs.get("id"))
        counters = self._counters(node)
        self._count(counters, 1)
        self.parts.append(_EDGE if edge else "")
        self.render(node)
        self.parts.append(_EDGE if edge else "")
        if breaks:
            self.flush()
        self._count(counters, -1)
        self.role = saved

    @staticmethod
    def _counters(node: _Node) -> tuple[str, ...]:
        """The renderer's counters that ``node`` raises while inside it."""
        names = {"a": "in_link", "pre": "in_pre", "figure": "in_figure"}
        found = (names[node.tag],) if node.tag in names else ()
        style = "".join(node.attrs.get("style", "").lower().split())
        centred = node.attrs.get("align", "").lower() == "center" and node.tag != "table"
        if centred or "text-align:center" in style:
            found += ("centered",)
        return found

    def _count(self, counters: tuple[str, ...], step: int) -> None:
        for name in counters:
            setattr(self, name, getattr(self, name) + step)

    def _date_attributes(self, node: _Node) -> None:
        """``itemprop="datePublished"`` first, then ``<time datetime>`` in page order."""
        value = node.attrs.get("content") or node.attrs.get("datetime")
        if not value:
            return
        if node.attrs.get("itemprop", "").lower() == "datepublished":
            self.evidence.dates.insert(0, value)
        elif node.tag == "time":
            self.evidence.dates.append(value)

    def _protected(self, node: _Node) -> bool:
        """Whether a chrome-looking element holds the headline or most of the prose."""
        return node.has_h1 or (self.total_prose > 0 and 2 * node.prose >= self.total_prose)

    def _chrome(self, node: _Node, kind: str) -> None:
        """A breadcrumb as one line; of a footer, its copyright and byline lines; else nothing.

        A "breadcrumb" too long for one is rendered as it is; a navigation element whose
        text is a trail (``新华网 > 科技 > 正文``) counts as a breadcrumb.
        """
        pieces = _text_pieces(node) if kind != "footer" else []
        trail = _reads_as_breadcrumb(pieces)
        if kind == "crumb" and len(" ".join(pieces)) > MAX_CRUMB_TEXT:
            self._container(node)
        elif kind == "crumb" or trail:
            self.flush()
            self.lines.append(PageLine(crumb_line(pieces), roles.CRUMB))
        elif kind == "footer":
            self.flush()
            inner = _Renderer(self.total_prose, Evidence())
            inner.render(node)
            inner.flush()
            self.lines.extend(line for line in inner.lines if _is_footer_keeper(line.text))

    def _image(self, node: _Node) -> None:
        if _is_icon(node.attrs):
            return
        self.flush()
        if self.role != roles.CAPTION:
            self.lines.append(PageLine("[image]", roles.IMAGE))


def _is_icon(attrs: dict[str, str]) -> bool:
    for name in ("width", "height"):
        size = attrs.get(name, "").strip().removesuffix("px")
        if size.isdigit() and int(size) < MIN_IMAGE:
            return True
    return _ICON_RE.search(attrs.get("src", "")) is not None


def _is_footer_keeper(line: str) -> bool:
    """Footer lines worth keeping: the copyright (the site's name) and editor lines."""
    return is_copyright(line) or "ICP" in line or bool(parse_byline(line))


def _text_pieces(node: _Node) -> list[str]:
    """The text runs inside ``node``, each whitespace-collapsed, in order."""
    pieces: list[str] = []
    todo: list[_Node | str] = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            text = " ".join(item.split())
            if text:
                pieces.append(text)
        elif item.tag not in SKIPPED:
            todo.extend(reversed(item.children))
    return pieces


def _reads_as_breadcrumb(pieces: list[str]) -> bool:
    """Whether a navigation element's text is a breadcrumb trail (``新华网 > 科技 > 正文``)."""
    text = " ".join(pieces)
    return len(text) <= MAX_CRUMB_TEXT and parse_breadcrumb(text) is not None


def crumb_line(pieces: list[str]) -> str:
    """One breadcrumb line from its text runs, with ``>`` where the markup had no separator."""
    out: list[str] = []
    for piece in pieces:
        separator = _CRUMB_SEP_RE.match(piece) is not None
        previous = out[-1] if out else ""
        joined = not previous or _CRUMB_SEP_RE.match(previous) or previous[-1] in ":：>›»/"
        if not separator and not joined:
            out.append(">")
        out.append(piece)
    return clean_line(normalize_text(" ".join(out)))


def _evidence(builder: _TreeBuilder) -> Evidence:
    metas = builder.metas
    titles = [metas[key] for key in TITLE_METAS if metas.get(key)]
    if builder.title:
        titles.append(builder.title)
    return Evidence(
        titles=[" ".join(normalize_text(title).split()) for title in titles],
        dates=[metas[key] for key in DATE_METAS if metas.get(key)],
        site_name=next((metas[key] for key in SITE_METAS if metas.get(key)), None),
        url=builder.canonical or metas.get("og:url"),
        section=next((metas[key] for key in SECTION_METAS if metas.get(key)), None),
    )


def html_page(markup: str) -> Page:
    """The lines and evidence of an HTML page."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    evidence = _evidence(builder)
    renderer = _Renderer(_measure(builder.root), evidence)
    renderer.render(builder.root)
    renderer.flush()
    return Page(renderer.lines, evidence)
