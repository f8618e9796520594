"""The plain-text form of a letter: for an email or a web form, with no layout artefacts."""

from __future__ import annotations

import pytest

from npdrights.core.letters import KINDS, Paragraph, render_text
from tests.letter_fixtures import build, full_data


@pytest.mark.parametrize("kind", list(KINDS))
def test_plain_text_has_no_markup_or_layout_artefacts(kind: str) -> None:
    letter = build(kind, full_data(kind))
    text = render_text(letter)
    for artefact in ("##", "| ", "|---", "[new page]", "[sign]", "\\", "Page 1 of", "\f", "{{", "<b>"):
        assert artefact not in text, artefact
    # No hard wrapping: every paragraph is one line, so a web form can reflow it.
    for block in letter.blocks:
        if isinstance(block, Paragraph):
            assert block.text in text.splitlines()


def test_a_letter_in_plain_text_reads_top_to_bottom() -> None:
    letter = build("rectification", full_data("rectification"))
    text = render_text(letter)
    order = [
        "Dorothea Inventwell",  # sender
        "Data Protection Officer",  # recipient
        "Tuesday 1 December 2026",
        f"Our reference: {letter.reference}",
        letter.subject,
        "Dear Data Protection Officer,",
        # a three-column table: one line per row, each cell labelled
        "What: Date of birth; What you hold: 30 December 2015; What it should be: 30 November 2015",
        "Yours faithfully,",
    ]
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)
    assert "Full name: Ezekiel Inventwell" in text  # a two-column table reads "label: value"
