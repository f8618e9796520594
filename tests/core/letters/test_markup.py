"""The block markup templates produce, and the escaping that keeps user text out of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npdrights.core.letters.content import BulletList, Heading, PageBreak, Paragraph, SignLine, Table
from npdrights.core.letters.markup import MarkupError, escape, parse

FIELDS = frozenset({"subject", "enclosure"})


def test_a_template_output_becomes_blocks() -> None:
    document = parse(
        """subject: A subject
enclosure: One
enclosure: Two
---
A paragraph wrapped
over two lines.

## A heading
- a bullet
  that goes on
- another [with brackets]

| Date | What happened |
|---|---|
| 1 May | Sent |
[sign] Signed
[new page]
- [ ] tick me
""",
        FIELDS,
    )
    assert document.field("subject") == "A subject"
    assert document.fields["enclosure"] == ("One", "Two")
    assert document.blocks == (
        Paragraph("A paragraph wrapped over two lines."),
        Heading("A heading"),
        BulletList(("a bullet that goes on", "another [with brackets]")),
        Table(("Date", "What happened"), (("1 May", "Sent"),)),
        SignLine("Signed"),
        PageBreak(),
        BulletList(("tick me",), checkboxes=True),
    )


def test_a_list_cannot_mix_boxes_and_bullets() -> None:
    with pytest.raises(MarkupError, match="mixes boxes"):
        parse("---\n- plain\n- [ ] box\n", FIELDS)


def test_a_table_without_a_separator_row_has_no_header() -> None:
    (table,) = parse("---\n| Name | Zebedee |\n| Born | 2013 |\n", FIELDS).blocks
    assert table == Table(None, (("Name", "Zebedee"), ("Born", "2013")))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no header end", "no '---' line"),
        ("colour: red\n---\n", "header line 1"),
        ("subject: a\nsubject: b\n---\n", None),
        ("---\n| a | b |\n| c |\n", "different numbers of cells"),
        ("---\n| a | b\n", "must end with '|'"),
    ],
)
def test_broken_markup_is_a_clear_error(text: str, message: str | None) -> None:
    with pytest.raises(MarkupError, match=message):
        parse(text, FIELDS).field("subject")


@given(st.text())
def test_escaped_text_comes_back_as_typed_in_a_paragraph(text: str) -> None:
    expected = " ".join(text.split())
    blocks = parse(f"---\n{escape(text)}\n", FIELDS).blocks
    assert blocks == ((Paragraph(expected),) if expected else ())


@given(st.text(), st.text())
def test_escaped_text_stays_in_its_table_cell(first: str, second: str) -> None:
    (table,) = parse(f"---\n| {escape(first)} | {escape(second)} |\n", FIELDS).blocks
    assert isinstance(table, Table)
    assert table.rows == ((" ".join(first.split()), " ".join(second.split())),)


@given(st.text())
def test_escaped_text_stays_one_header_value(text: str) -> None:
    document = parse(f"subject: {escape(text)}\n---\n", FIELDS)
    assert document.field("subject") == " ".join(text.split())
