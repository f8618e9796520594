"""Bulleted lists in the PDF: where bullets and their text sit, and how a list goes over a page (issue 17 made them
paragraphs with reportlab's own bullets; the page must look as it did)."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.lib.styles import ParagraphStyle

from npdrights.core.letters import KINDS
from npdrights.pdf.fonts import SANS, register_fonts
from npdrights.pdf.letter_pdf import BULLET_INDENT, LARGE, MM, NORMAL, _BulletPoint, render_pdf
from npdrights.pdf.window import Box
from tests.letter_fixtures import build, full_data
from tests.pdf.test_letter_pdf import _placed_text

Placed = list[tuple[str, Box, float]]


def _every_page(pdf: bytes) -> list[Placed]:
    return [_placed_text(pdf, page) for page in range(len(pypdf.PdfReader(io.BytesIO(pdf)).pages))]


@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large-print"])
def test_each_bullet_sits_at_the_margin_on_its_items_first_line(large_print: bool) -> None:
    size = (LARGE if large_print else NORMAL).body
    pdf = render_pdf(build("sar-dfe", full_data("sar-dfe")), large_print=large_print, invariant=True)
    bullets = 0
    for placed in _every_page(pdf):
        margin = min(box.left for _text, box, text_size in placed if text_size == size)  # where paragraphs start
        for bullet in (box for text, box, _size in placed if text == "•"):
            bullets += 1
            assert bullet.left == pytest.approx(margin, abs=0.05)
            beside = [box for text, box, _size in placed if text != "•" and abs(box.bottom - bullet.bottom) < 0.05]
            assert beside, "the item's first line shares the bullet's baseline"
            assert min(box.left for box in beside) == pytest.approx(margin + size * BULLET_INDENT / MM, abs=0.05)
    assert bullets >= 10


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large-print"])
def test_no_page_ends_with_a_heading_left_alone(kind: str, large_print: bool) -> None:
    sizes = LARGE if large_print else NORMAL
    pdf = render_pdf(build(kind, full_data(kind)), large_print=large_print, invariant=True)
    for number, placed in enumerate(_every_page(pdf), start=1):
        text, _box, size = max((item for item in placed if item[2] != sizes.small), key=lambda item: item[1].bottom)
        assert size != pytest.approx(sizes.heading), f"page {number} ends with the heading {text!r}"


def test_an_item_never_leaves_its_last_line_alone_on_the_next_page() -> None:
    register_fonts()
    style = ParagraphStyle("item", fontName=SANS, fontSize=11, leading=15, leftIndent=17.6, bulletFontName=SANS)
    item = _BulletPoint(" ".join(["a long item that goes on"] * 12), style, bulletText="•")
    _width, height = item.wrap(200, 10_000)
    lines = round(height / 15)
    assert lines >= 4
    assert item.split(200, 15 * (lines - 1)) == [], "all but one line fits: the whole item moves on"
    first, rest = item.split(200, 15 * (lines - 2))
    assert len(first.blPara.lines) == lines - 2
    assert rest.bulletText is None, "the bullet stays with the item's start"
