"""A letter's paragraphs are made from plain text without reportlab's markup parser (issue 17): they must break
into the same lines, at the same height, as the parser made of the same text escaped."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from npdrights.pdf.fonts import register_fonts
from npdrights.pdf.fragments import plain_fragments
from npdrights.pdf.letter_pdf import LARGE, NORMAL, _Paragraph, _styles

BREAKABLE_SPACE = re.compile(r"[^\S\xa0]+")  # any white space but the no-break space
TEXTS = [
    "Dear Data Protection Officer,",
    "Please search using every name, number and school above. " * 6,
    'Names as typed: <b>Ada</b> & "Bob" O\'Fictional, Łukasz Nguyễn, 1 < 2 > 0, &amp; stays &amp;',
    "  spaces   inside,\nnew lines\n\n and\ttabs  ",
    "a-very-long-word-with-no-spaces-that-cannot-break-anywhere-at-all-in-a-narrow-column-of-a-table",
    "Non\xa0breaking\xa0spaces keep words together",
    "Ayesha عائشہ Fictionalbibi, Zoë Ñandú-Imaginary",
]


def _lines(paragraph: Paragraph, width: float) -> tuple[float, list[str]]:
    """The paragraph's height and the characters on each of its lines (the spaces it may break at left out)."""
    _width, height = paragraph.wrap(width, 10_000)
    if paragraph.blPara.kind == 0:  # one fragment: each line is (extra space, words)
        lines = ["".join(words) for _space, words in paragraph.blPara.lines]
    else:  # several fragments (the parser makes one per entity such as &amp;): each line lists its fragments
        lines = ["".join(fragment.text for fragment in line.words) for line in paragraph.blPara.lines]
    return height, [BREAKABLE_SPACE.sub("", line) for line in lines]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("sizes", [NORMAL, LARGE], ids=["normal", "large-print"])
@pytest.mark.parametrize("style_name", ["body", "heading", "bullet", "cell_head"])
def test_a_plain_paragraph_breaks_as_the_parser_would_have_it(text: str, sizes: object, style_name: str) -> None:
    register_fonts()
    style = _styles(sizes)[style_name]
    parsed, plain = Paragraph(escape(text), style, bulletText="•"), _Paragraph.plain(text, style, bullet="•")
    assert "".join(fragment.text for fragment in plain.frags) == "".join(fragment.text for fragment in parsed.frags)
    looks = {(fragment.fontName, fragment.fontSize, fragment.textColor) for fragment in parsed.frags}
    assert looks == {(fragment.fontName, fragment.fontSize, fragment.textColor) for fragment in plain.frags}
    for width in (120.0, 300.0, 480.0):
        parsed, plain = Paragraph(escape(text), style, bulletText="•"), _Paragraph.plain(text, style, bullet="•")
        assert _lines(plain, width) == _lines(parsed, width)


# Typed text: markup's characters, entities, every kind of space and line end, letters beyond Latin-1.
PIECES = [*"ab Z<>&;#/\"'=\n\r\t\xa0\u2028\x0bŁłễ•☐", "&amp;", "<b>", "</b>", "&#60;", "<br/>"]
TYPED = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(TYPED)
def test_any_typed_text_breaks_as_the_parser_would_have_it(text: str) -> None:
    register_fonts()
    style = _styles(NORMAL)["body"]
    parsed, plain = Paragraph(escape(text), style), _Paragraph.plain(text, style)
    assert _lines(plain, 90.0) == _lines(parsed, 90.0)


def test_an_empty_paragraph_has_no_fragments_as_from_the_parser() -> None:
    register_fonts()
    style = _styles(NORMAL)["body"]
    assert plain_fragments(" \n ", style) == Paragraph("", style).frags == []


def test_each_paragraph_has_its_own_fragment() -> None:
    register_fonts()
    style = _styles(NORMAL)["body"]
    first, second = plain_fragments("one", style)[0], plain_fragments("two", style)[0]
    assert (first.text, second.text) == ("one", "two")
    assert first.link is not second.link
    assert first.us_lines is not second.us_lines
