"""Issue 11, item 14: within the limits on what people type, a letter always renders. A rectification whose
"correct" value ran to 100-2,000 words crashed the layout (8 of 8 lengths); long cells now go on over the page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from npdrights.core.limits import LONG_TEXT_CHARS
from npdrights.pdf.letter_pdf import render_pdf
from tests.letter_fixtures import build, full_data


@pytest.mark.parametrize("words", [100, 250, 500, 750, 1000, 1500, 2000, LONG_TEXT_CHARS // 6])
def test_a_correction_of_any_allowed_length_renders_over_as_many_pages_as_it_needs(words: int) -> None:
    data = full_data("rectification")
    data["corrections"][0]["recorded"] = " ".join(["recorded"] * words)[:LONG_TEXT_CHARS]
    data["corrections"][0]["correct"] = " ".join(["correct"] * words)[:LONG_TEXT_CHARS]
    pages = PdfReader(io.BytesIO(render_pdf(build("rectification", data)))).pages
    text = "".join(page.extract_text() for page in pages)
    assert text.count("correct correct") >= words // 10  # the whole value is there, not cut off
    if words >= 500:
        assert len(pages) > 1


def test_a_row_that_goes_over_a_page_names_itself_again_at_the_top_of_the_next() -> None:
    data = full_data("rectification")
    data["corrections"][0]["correct"] = " ".join(f"word{number}" for number in range(1000))
    pages = PdfReader(io.BytesIO(render_pdf(build("rectification", data)))).pages
    texts = [page.extract_text() for page in pages]
    label = data["corrections"][0]["item"]
    continued = [number for number, text in enumerate(texts) if f"{label} (continued)" in " ".join(text.split())]
    assert len(continued) >= 1
    assert continued == list(range(2, 2 + len(continued)))  # every page after the row's first
    assert label in texts[1]
    assert f"{label} (continued)" not in " ".join(texts[1].split())
    words = " ".join(texts).split()
    numbered = [int(word[4:]) for word in words if word.startswith("word") and word[4:].isdigit()]
    assert numbered == list(range(1000))  # every word, once, in order
