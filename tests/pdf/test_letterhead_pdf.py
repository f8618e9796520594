"""A charity's letterhead on the first page: above the fold, never in the envelope window, on letters only."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf
import pytest
from PIL import Image

from npdrights.core.letters.letterhead import make_letterhead
from npdrights.pdf.letter_pdf import LOGO_MAX_MM, MM, render_pdf
from npdrights.pdf.logo import clean_logo
from npdrights.pdf.window import A4_HEIGHT_MM, ever_visible
from tests.letter_fixtures import build, full_data
from tests.pdf.test_letter_pdf import _placed_text

NEVER_IN_THE_WINDOW_ABOVE_MM = 39.0  # window.py: anything at y < 39 mm can never show through


def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (800, 200), "#1d70b8").save(out, format="PNG")
    return clean_logo(out.getvalue())


LETTERHEAD = make_letterhead("Exampleton Family Advice", "4 Imaginary Parade\nExampleton\nEX9 9ZZ", "1234567")


@pytest.mark.parametrize("logo", [b"", _logo()], ids=["text only", "with a logo"])
@pytest.mark.parametrize("barcode", [False, True], ids=["no barcode", "barcode"])
def test_the_letterhead_is_printed_above_the_window_and_the_address_stays_in_it(logo: bytes, barcode: bool) -> None:
    plain = build("sar-dfe", full_data("sar-dfe"))
    headed = replace(plain, letterhead=replace(LETTERHEAD, logo=logo))
    placed = _placed_text(render_pdf(headed, barcode=barcode, invariant=True))
    printed = {text: box for text, box, _ in placed}
    for line in LETTERHEAD.lines:
        assert printed[line].bottom < NEVER_IN_THE_WINDOW_ABOVE_MM, line
    window = ever_visible()
    assert headed.recipient is not None
    for text, box, _ in placed:
        in_window = box.left < window.right and box.top < window.bottom and box.bottom > window.top
        assert not in_window or text in headed.recipient.lines, f"{text!r} could show through the window"
    # The address is where it was without a letterhead.
    before = {text: box for text, box, _ in _placed_text(render_pdf(plain, barcode=barcode, invariant=True))}
    assert [printed[line] for line in headed.recipient.lines] == [before[line] for line in plain.recipient.lines]


def test_the_logo_is_drawn_at_most_its_box_above_the_window() -> None:
    headed = replace(build("sar-dfe", full_data("sar-dfe")), letterhead=replace(LETTERHEAD, logo=_logo()))
    page = pypdf.PdfReader(io.BytesIO(render_pdf(headed, invariant=True))).pages[0]
    contents = page.get_contents()
    assert contents is not None
    drawn = re.search(rb"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*/\S+ Do", contents.get_data())
    assert drawn is not None
    width, height, _x, y = (float(number) / MM for number in drawn.groups())
    assert width <= LOGO_MAX_MM[0] + 0.01
    assert height <= LOGO_MAX_MM[1] + 0.01
    assert A4_HEIGHT_MM - y < NEVER_IN_THE_WINDOW_ABOVE_MM  # its bottom edge, measured from the top


def test_a_form_to_sign_has_no_letterhead() -> None:
    form = replace(build("sar-dfe", full_data("sar-dfe")), recipient=None, letterhead=LETTERHEAD)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_pdf(form))).pages)
    assert LETTERHEAD.name not in text
