"""The PDF: what pypdf reads back from it, where the address sits, and the print options."""

from __future__ import annotations

import copy
import io
import re
from dataclasses import replace
from typing import Any

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from npdrights.core.letters import KINDS, Postal, Table
from npdrights.core.letters.content import block_texts
from npdrights.pdf.fonts import SANS, register_fonts
from npdrights.pdf.letter_pdf import MM, AddressTooLong, _Frame, place_address, render_pdf
from npdrights.pdf.window import A4_HEIGHT_MM, Box, always_visible, ever_visible
from tests.letter_fixtures import build, flat, full_data, minimal_data


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _placed_text(pdf: bytes, page: int = 0) -> list[tuple[str, Box, float]]:
    """Each piece of text drawn on a page, with the box its glyphs occupy (mm from the top-left) and size."""
    register_fonts()
    found: list[tuple[str, Box, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        text = text.strip()
        if not text:
            return
        x, y = tm[4] + cm[4], tm[5] + cm[5]
        ascent, descent = pdfmetrics.getAscentDescent(SANS, size)
        width = pdfmetrics.stringWidth(text, SANS, size)
        box = Box(x / MM, A4_HEIGHT_MM - (y + ascent) / MM, (x + width) / MM, A4_HEIGHT_MM - (y + descent) / MM)
        found.append((text, box, size))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_prints_all_its_content_and_a_footer_on_every_page(kind: str) -> None:
    letter = build(kind, full_data(kind))
    pages = _pages(render_pdf(letter, invariant=True))
    whole = flat(" ".join(pages))
    phrases = [letter.subject, *letter.enclosures]
    for postal in (letter.sender, letter.recipient):
        phrases += [postal.name, *postal.lines] if postal else []
    if letter.signature:
        phrases += [letter.signature.closing, letter.signature.name, letter.signature.capacity]
    for block in letter.blocks:
        if isinstance(block, Table):  # a wrapped cell's lines interleave with its neighbours': check its words
            for cell in block_texts(block):
                assert all(word in whole for word in cell.split()), cell
        else:
            phrases += block_texts(block)
    for phrase in phrases:
        assert flat(phrase) in whole, phrase
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert letter.reference in text
        assert "1 December 2026" in text


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(None, id="the DfE's address"),
        pytest.param(("Exampleton Primary School", "School Road", "Exampleton", "EX1 9XY"), id="short"),
        pytest.param((*(f"Line {n} of a long address" for n in range(1, 7)), "EX1 9XY"), id="seven lines"),
        pytest.param(("Fictional Families Multi-Academy Trust Headquarters", "EX1 9XY"), id="a long line"),
    ],
)
@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large-print"])
def test_only_the_recipients_address_shows_through_the_window(lines: tuple[str, ...] | None, large_print: bool) -> None:
    letter = build("sar-dfe", full_data("sar-dfe"))
    if lines is not None:
        letter = replace(letter, recipient=Postal(lines[0], lines))
    assert letter.recipient is not None
    placed = _placed_text(render_pdf(letter, large_print=large_print, invariant=True))
    window = ever_visible()
    left_half = [(text, box) for text, box, _ in placed if box.left < window.right]
    address = [(text, box) for text, box in left_half if text in letter.recipient.lines]
    assert [text for text, _ in address] == list(letter.recipient.lines)
    for text, box in address:
        assert always_visible().contains(box), (text, box)
    for text, box, _ in placed:
        overlaps = (
            box.left < window.right and box.right > window.left and box.top < window.bottom and box.bottom > window.top
        )
        assert not overlaps or text in letter.recipient.lines, f"{text!r} could show through the window"


def test_an_address_too_wide_for_the_window_is_refused() -> None:
    with pytest.raises(AddressTooLong):
        place_address(["W" * 60])


def test_large_print_is_at_least_14_point() -> None:
    letter = build("sar-dfe", full_data("sar-dfe"))
    normal = _placed_text(render_pdf(letter, invariant=True), page=1)
    large = _placed_text(render_pdf(letter, large_print=True, invariant=True), page=1)
    assert min(size for _, _, size in large) >= 14
    assert max(size for _, _, size in normal) < 14


@pytest.mark.parametrize(
    "name",
    ["<b>Zebedee</b> & Fictionalson", "Zebedee &amp; <i>Fictionalson", "Zebedee ]]> <para> Fictionalson"],
)
def test_hostile_names_print_exactly_as_typed(name: str) -> None:
    data = minimal_data("sar-dfe")
    data["requester"]["name"] = name
    data["corrections"] = []
    text = " ".join(_pages(render_pdf(build("sar-dfe", data), invariant=True)))
    assert text.count(name) >= 3  # the sender block, the "who it is about" table, the signature


def test_names_beyond_latin_1_round_trip() -> None:
    data = minimal_data("sar-organisation")
    data["requester"] = {"name": "Łukasz Wiśniewski", "address": ["1 Imaginary Road"], "relationship": "parent"}
    data["pupil"] = {"name": "Nguyễn Thị Mai", "date_of_birth": "2014-02-03", "former_names": ["Zoë O'Brien-Ŝmith"]}
    data["recipient"] = {"name": "Zoë O'Brien-Ŝmith Research Ltd", "address": ["Ŝtreet of Ŵonders"]}
    text = " ".join(_pages(render_pdf(build("sar-organisation", data), invariant=True)))
    for name in ("Łukasz Wiśniewski", "Nguyễn Thị Mai", "Zoë O'Brien-Ŝmith", "Ŝtreet of Ŵonders"):
        assert name in text


def test_metadata_and_deterministic_output() -> None:
    letter = build("objection-dfe", full_data("objection-dfe"))
    first = render_pdf(letter, invariant=True)
    assert first == render_pdf(letter, invariant=True)
    reader = pypdf.PdfReader(io.BytesIO(first))
    assert reader.metadata is not None
    assert reader.metadata.title == "Objection to the Department for Education sharing pupil data"
    assert reader.metadata.author == "Zoë O'Brien-Ŝmith"
    assert reader.metadata.subject == letter.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_barcode_is_drawn_only_when_asked_for() -> None:
    letter = build("sar-dfe", full_data("sar-dfe"))

    def bars(pdf: bytes) -> int:
        content = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].get_contents()
        assert content is not None
        return len(re.findall(rb" re\b", content.get_data()))

    assert bars(render_pdf(letter, barcode=True, invariant=True)) - bars(render_pdf(letter, invariant=True)) > 20


def test_the_ico_consent_letter_is_a_page_of_its_own() -> None:
    pages = _pages(render_pdf(build("complaint-ico", full_data("complaint-ico")), invariant=True))
    assert "Consent to a complaint" in pages[-1]
    assert all("Consent to a complaint" not in page for page in pages[:-1])
    assert pages[-1].count("________") >= 2  # lines to sign and date


def test_a_copy_of_a_page_frame_is_the_same_frame_with_its_own_backgrounds() -> None:
    """reportlab measures a KeepTogether in a copy of the page's frame (issue 17 made that copy cheap)."""
    frame = _Frame(10, 20, 300, 400, id="first")
    frame._frameBGs = []  # as the document template gives each frame
    frame._saveGeom(width=250)  # as an Indenter does
    clone = copy.deepcopy(frame)
    assert clone is not frame
    assert vars(clone) == vars(frame)
    clone._frameBGs.append("a background added while measuring")
    clone._savedGeom["_width"] = 100
    assert frame._frameBGs == []
    assert frame._savedGeom["_width"] == 300
