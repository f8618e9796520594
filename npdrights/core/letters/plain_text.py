"""A letter as plain text, to paste into an email or a web form.

No layout artefacts: no page numbers, no hard line wraps (forms reflow text), no markup. Tables become one
line per row; a two-column table reads "label: value".
"""

from __future__ import annotations

from npdrights.core.dates import long_date
from npdrights.core.letters.content import (
    Block,
    BulletList,
    Heading,
    LetterContent,
    PageBreak,
    Paragraph,
    Postal,
    SignLine,
    Table,
)


def render_text(letter: LetterContent) -> str:
    parts: list[str] = []
    if letter.sender is not None:
        parts.append("\n".join(_postal_lines(letter.sender)))
    if letter.recipient is not None:
        parts.append("\n".join(letter.recipient.lines))
    parts.append("\n".join(_dateline(letter)))
    if letter.subject:
        parts.append(letter.subject)
    parts += [text for block in letter.blocks if (text := _block(block))]
    if letter.signature is not None:
        signature = [f"{letter.signature.closing},", "", letter.signature.name]
        parts.append("\n".join([*signature, *([letter.signature.capacity] if letter.signature.capacity else [])]))
    if letter.enclosures:
        parts.append("\n".join(["Enclosed:", *(f"- {item}" for item in letter.enclosures)]))
    return "\n\n".join(parts) + "\n"


def _postal_lines(postal: Postal) -> list[str]:
    lines = [postal.name, *postal.lines]
    lines += [f"Email: {postal.email}"] if postal.email else []
    lines += [f"Phone: {postal.phone}"] if postal.phone else []
    return lines


def _dateline(letter: LetterContent) -> list[str]:
    lines = [long_date(letter.date), f"Our reference: {letter.reference}"]
    return lines + ([f"Your reference: {letter.their_reference}"] if letter.their_reference else [])


def _block(block: Block) -> str:
    match block:
        case Heading(text) | Paragraph(text):
            return text
        case BulletList(items, checkboxes):
            marker = "[ ] " if checkboxes else "- "
            return "\n".join(marker + item for item in items)
        case Table(header, rows):
            return "\n".join(_row(header, row) for row in rows)
        case SignLine(label):
            return f"{label}: ______________________________"
        case PageBreak():
            return "* * *"


def _row(header: tuple[str, ...] | None, row: tuple[str, ...]) -> str:
    if len(row) == 2:  # "label: value", or "date: what happened"
        return f"{row[0]}: {row[1]}" if row[0] else row[1]
    if header is None:
        return " – ".join(row)
    return "; ".join(f"{label}: {cell}" for label, cell in zip(header, row, strict=True) if cell)
