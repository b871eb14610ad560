"""A small reader of built pages, on the standard library's HTML parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

VOID = {"meta", "link", "img", "br", "hr", "input", "source", "wbr", "area", "base", "col"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""  # all text inside, descendants included
    own_text: str = ""  # text directly inside this element
    children: list[Element] = field(default_factory=list)

    def find(self, tag: str, **attrs: str) -> list[Element]:
        """The descendants ``<tag>`` with these attributes (``class_`` for class), in order."""
        found = []
        for child in self.children:
            if child.tag == tag and _has(child, attrs):
                found.append(child)
            found += child.find(tag, **attrs)
        return found


def _has(element: Element, attrs: dict[str, str]) -> bool:
    return all(element.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.all: list[Element] = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        self.all.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        for element in self.stack[1:]:
            element.text += data
        self.stack[-1].own_text += data


@dataclass
class Page:
    path: Path
    elements: list[Element]

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and _has(e, attrs)]

    def one(self, tag: str, **attrs: str) -> Element:
        found = self.find(tag, **attrs)
        assert len(found) == 1, f"{self.path}: {len(found)} <{tag} {attrs}>"
        return found[0]

    @property
    def html_lang(self) -> str:
        return self.one("html").attrs.get("lang", "")

    @property
    def main_text(self) -> str:
        return self.one("main").text


def text_in_page_language(page: Page) -> str:
    """Visible text of the body that is not inside an element marked with its own lang."""
    parts: list[str] = []

    def walk(element: Element) -> None:
        if element.tag in ("script", "style") or "lang" in element.attrs:
            return
        parts.append(element.own_text)
        for child in element.children:
            walk(child)

    walk(page.one("body"))
    return " ".join(parts)


def read_page(path: Path) -> Page:
    builder = _Builder()
    builder.feed(path.read_text(encoding="utf-8"))
    return Page(path, builder.all)
