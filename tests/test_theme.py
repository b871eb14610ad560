"""The theme as shipped in the built site: light, offline, careful with Hangul and Han."""

from __future__ import annotations

import re

FONT_FILES = (".woff", ".woff2", ".ttf", ".otf", ".eot")


def _css(site) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.css")))


def test_all_css_together_is_under_20_kb(site):
    sizes = {p.name: p.stat().st_size for p in site.rglob("*.css")}
    assert sizes and sum(sizes.values()) < 20_000, sizes


def test_no_web_fonts_and_nothing_fetched_from_elsewhere(site):
    css = _css(site)
    assert "@font-face" not in css and "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert not [p for p in site.rglob("*") if p.suffix in FONT_FILES]


def test_korean_and_chinese_get_their_system_fonts_and_line_breaking(site):
    css = _css(site)
    korean = re.search(r":lang\(ko\)\s*{([^}]*)}", css).group(1)
    chinese = re.search(r":lang\(zh-Hans\)\s*{([^}]*)}", css).group(1)
    assert "word-break: keep-all" in korean and "var(--font-ko)" in korean
    assert "var(--font-zh)" in chinese
    for stack, fonts in (("--font-ko", "Noto Sans KR"), ("--font-zh", "Noto Sans SC")):
        assert re.search(rf"{stack}:[^;]*{fonts}[^;]*sans-serif;", css), stack
    assert re.search(r"body\s*{[^}]*line-height:\s*1\.[6-9]", css)


def test_dark_and_print_styles_exist(site):
    css = _css(site)
    assert "@media (prefers-color-scheme: dark)" in css
    assert "@media print" in css
