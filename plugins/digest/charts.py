"""Small inline SVG pictures: a tag's articles per year and language, a topic's size.

Plain functions returning SVG markup (escaped, no scripts, no styles: colours come
from the theme's CSS classes, so light and dark schemes both work). A picture says
what it shows in its <title> and <desc>, for screen readers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape

BAR_WIDTH = 6
BAR_GAP = 1
YEAR_GAP = 6
PLOT_HEIGHT = 60
LABEL_HEIGHT = 14
SCALE = 2  # natural size in CSS pixels per unit; CSS lets it shrink to fit


def yearly_counts(
    dated: Iterable[tuple[int, str]], codes: Sequence[str]
) -> dict[int, dict[str, int]]:
    """``{year: {code: n}}`` for every year from the first to the last, empty ones too."""
    counted = Counter(dated)
    years = [year for year, _ in counted]
    if not years:
        return {}
    return {
        year: {code: counted[(year, code)] for code in codes}
        for year in range(min(years), max(years) + 1)
    }


def timeline_svg(
    counts: dict[int, dict[str, int]],
    names: dict[str, str],
    title: str,
    element_id: str = "timeline",
) -> str:
    """Bars per year, one per language side by side; ``names`` name the languages."""
    if not counts:
        return ""
    codes = list(names)
    most = max(max(row.values()) for row in counts.values()) or 1
    group = len(codes) * (BAR_WIDTH + BAR_GAP) + YEAR_GAP
    width = len(counts) * group
    height = PLOT_HEIGHT + LABEL_HEIGHT
    desc = "; ".join(
        f"{year}: " + ", ".join(f"{names[code]} {row[code]}" for code in codes)
        for year, row in counts.items()
    )
    parts = [
        f'<svg class="timeline" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width * SCALE}" height="{height * SCALE}" '
        f'aria-labelledby="{element_id}-title {element_id}-desc" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{element_id}-title">{escape(title)}</title>',
        f'<desc id="{element_id}-desc">{escape(desc)}</desc>',
    ]
    for at, (year, row) in enumerate(counts.items()):
        x = at * group
        for n, code in enumerate(codes):
            bar = round(PLOT_HEIGHT * row[code] / most, 1)
            parts.append(
                f'<rect class="bar bar-{code}" x="{x + n * (BAR_WIDTH + BAR_GAP)}" '
                f'y="{PLOT_HEIGHT - bar}" width="{BAR_WIDTH}" height="{bar}"/>'
            )
        last = len(counts) - 1
        if at in (0, last) or (year % 5 == 0 and 2 <= at <= last - 2):
            parts.append(f'<text x="{x}" y="{height - 2}" class="year">{year}</text>')
    parts.append("</svg>")
    return "".join(parts)


def size_bar_svg(count: int, most: int) -> str:
    """A decorative bar as long as ``count`` is of ``most`` (the number is shown beside it)."""
    length = round(100 * count / most, 1) if most else 0
    return (
        '<svg class="size-bar" viewBox="0 0 100 8" preserveAspectRatio="none" '
        'aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">'
        f'<rect class="bar" width="{length}" height="8"/></svg>'
    )
