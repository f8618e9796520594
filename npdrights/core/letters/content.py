"""What a letter says, independent of how it is printed.

A `LetterContent` is built from a template and the user's answers (see `build.py`) and handed to a renderer:
the PDF renderer in `npdrights.pdf.letter_pdf` or the plain-text renderer in `plain_text.py`. Everything here
is plain text: renderers escape it for their own format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from npdrights.core.letters.letterhead import Letterhead

# Large print's body text size, in points: one number for the PDF, the wizard and npdrights-cli's help.
LARGE_PRINT_POINTS = 16


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    checkboxes: bool = False  # a checklist the reader ticks ("☐" on paper, "[ ]" in text)


@dataclass(frozen=True)
class Table:
    """Rows of cells, all the same width. `header` is None for a two-column list of facts."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SignLine:
    """A labelled line to sign or write on by hand, with room above it ("Signed", "Date")."""

    label: str


@dataclass(frozen=True)
class PageBreak:
    """Start a new sheet (e.g. a consent form that is signed and sent on its own)."""


Block = Heading | Paragraph | BulletList | Table | SignLine | PageBreak


@dataclass(frozen=True)
class Postal:
    """A name and postal address as printed on a letter. `email` is shown for the sender only."""

    name: str
    lines: tuple[str, ...]
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Signature:
    closing: str  # "Yours faithfully"
    name: str
    capacity: str = ""  # "Parent of Zebedee Fictionalson"


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    language: str = "en-GB"


@dataclass(frozen=True)
class LetterContent:
    """One document: a letter (with a recipient and a signature), or a form, pack or checklist (without)."""

    kind: str
    sender: Postal | None
    recipient: Postal | None
    date: date
    reference: str
    subject: str
    blocks: tuple[Block, ...]
    metadata: Metadata
    their_reference: str = ""
    enclosures: tuple[str, ...] = ()
    signature: Signature | None = None
    # Things the user should know before sending (e.g. an address nobody has confirmed). Never printed.
    warnings: tuple[str, ...] = ()
    # An advice charity's name, address and logo at the top of the first page (letters its advisers send).
    letterhead: Letterhead | None = None

    def all_text(self) -> str:
        """Every word of the body, for searching and tests."""
        return "\n".join(text for block in self.blocks for text in block_texts(block))


def block_texts(block: Block) -> tuple[str, ...]:
    match block:
        case Heading(text) | Paragraph(text) | SignLine(text):
            return (text,)
        case BulletList(items):
            return items
        case Table(header, rows):
            return (*(header or ()), *(cell for row in rows for cell in row))
        case PageBreak():
            return ()
