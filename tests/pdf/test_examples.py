"""docs/examples/ holds one PDF of every kind, and each says what the current templates say."""

from __future__ import annotations

import io

import pypdf
import pytest

from npdrights.core.letters import KINDS
from npdrights.pdf.letter_pdf import render_pdf
from tests.letter_fixtures import ROOT, build, full_data


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_example_is_up_to_date(kind: str) -> None:
    example = ROOT / "docs" / "examples" / f"{kind}.pdf"
    assert example.exists(), "run scripts/letter_examples.py"
    fresh = render_pdf(build(kind, full_data(kind)), barcode=True, invariant=True)
    assert _text(example.read_bytes()) == _text(fresh), "run scripts/letter_examples.py"
