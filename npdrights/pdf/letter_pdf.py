"""LetterContent -> PDF bytes: A4, with the recipient's address in the window of a DL envelope.

Page 1 of a letter: the sender's address top right (never in the window), the recipient's address inside the
always-visible part of the window (see window.py), the date and references under the sender's address, an
optional Code 128 barcode of the reference top left, then the subject and the body. Every page has the
reference, the date and "Page N of M" at the foot. Forms, packs and checklists have no address blocks.
User text is never read as reportlab's paragraph markup (see fragments.py), so "<b>" or "&" in a name prints
as typed.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm as reportlab_mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph

from npdrights.core.dates import day_month_year, long_date
from npdrights.core.letters.content import (
    LARGE_PRINT_POINTS,
    Block,
    BulletList,
    Heading,
    LetterContent,
    PageBreak,
    Paragraph,
    Postal,
    SignLine,
)
from npdrights.core.letters.content import Table as ContentTable
from npdrights.core.letters.letterhead import Letterhead
from npdrights.pdf.fonts import SANS, SANS_BOLD, register_fonts
from npdrights.pdf.fragments import plain_fragments
from npdrights.pdf.logo import logo_size
from npdrights.pdf.long_text import PIECE_CHARS, pieces
from npdrights.pdf.window import A4_HEIGHT_MM, ADDRESS_BOX, ever_visible


@dataclass(frozen=True)
class Sizes:
    body: float
    leading: float
    heading: float
    subject: float
    small: float  # sender, date and footer lines


NORMAL = Sizes(body=11, leading=15, heading=13, subject=12, small=9.5)
# Large print: at least 14 pt is the requirement; 16 pt follows common large-print practice.
LARGE = Sizes(body=LARGE_PRINT_POINTS, leading=21, heading=18.5, subject=17, small=14)

MM = float(reportlab_mm)  # points per millimetre
LEFT_MM = ADDRESS_BOX.left  # the body lines up with the address
RIGHT_EDGE_MM = 190.0
TOP_MM = 20.0
BOTTOM_MM = 24.0
FOOTER_BASELINE_MM = 12.0
FIRST_BODY_TOP_MM = 100.0  # just below the top fold (99 mm), clear of the window
SENDER_TOP_MM = 14.0
SENDER_LEFT_LIMIT_MM = ever_visible().right + 8  # right of anything that can show through the window
BARCODE_TOP_MM = 14.0
BARCODE_HEIGHT_MM = 9.0
# A charity's letterhead, top left: clear of the sender's block and, like it, never in the window (y < 39 mm).
LETTERHEAD_TOP_MM = 10.0
LOGO_MAX_MM = (40.0, 16.0)  # width, height
LETTERHEAD_GAP_MM = 4.0
BARCODE_BELOW_LETTERHEAD_MM = 28.0  # with a letterhead the barcode moves down, still above the window
ADDRESS_FONT_MAX = 10.5
ADDRESS_FONT_MIN = 8.0
LINE_SPACING = 1.2
BULLET_INDENT = 1.6  # a bullet point's text starts this many times the body size in from the margin


class AddressTooLong(ValueError):
    """The recipient's address cannot fit in the envelope window even in small print."""


@dataclass(frozen=True)
class PlacedLine:
    text: str
    x_mm: float  # from the sheet's left edge
    baseline_mm: float  # from the sheet's top edge
    size: float


def render_pdf(
    letter: LetterContent, *, large_print: bool = False, barcode: bool = False, invariant: bool = False
) -> bytes:
    """The letter as PDF bytes. `invariant` makes the output byte-for-byte repeatable (tests, examples)."""
    register_fonts()
    sizes = LARGE if large_print else NORMAL
    styles = _styles(sizes)
    buffer = io.BytesIO()
    width, height = A4
    body_width = width - LEFT_MM * MM - (A4[0] / MM - RIGHT_EDGE_MM) * MM
    later = _Frame(LEFT_MM * MM, BOTTOM_MM * MM, body_width, height - (TOP_MM + BOTTOM_MM) * MM, id="later")
    if letter.recipient is not None:
        first_top = FIRST_BODY_TOP_MM
    else:  # a form: the title starts at the top, below the barcode if there is one
        first_top = BARCODE_TOP_MM + BARCODE_HEIGHT_MM + 4 if barcode else TOP_MM
    first = _Frame(LEFT_MM * MM, BOTTOM_MM * MM, body_width, height - (first_top + BOTTOM_MM) * MM, id="first")
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=letter.metadata.title or letter.subject,
        author=letter.metadata.author,
        subject=letter.subject,
        creator="npdrights",
        lang=letter.metadata.language,
        invariant=1 if invariant else 0,
    )
    document.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=partial(_first_page, letter, sizes, barcode, large_print),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [later]),
        ]
    )
    footer = partial(_footer, letter, sizes)
    story = list(_story(letter, styles, body_width, dateline_in_body=large_print))
    document.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer))
    return buffer.getvalue()


def place_address(lines: Sequence[str]) -> list[PlacedLine]:
    """The recipient's address lines, as large as fits (up to 10.5 pt) inside the always-visible window."""
    size = ADDRESS_FONT_MAX
    while not _address_fits(lines, size):
        size -= 0.25
        if size < ADDRESS_FONT_MIN:
            raise AddressTooLong(f"the address ({len(lines)} lines) does not fit in an envelope window")
    ascent = _ascent_mm(size)
    leading = size * LINE_SPACING / MM
    return [
        PlacedLine(text, ADDRESS_BOX.left, ADDRESS_BOX.top + ascent + index * leading, size)
        for index, text in enumerate(lines)
    ]


def _ascent_mm(size: float) -> float:
    return float(pdfmetrics.getAscentDescent(SANS, size)[0]) / MM


def _descent_mm(size: float) -> float:
    """How far letters reach below the baseline, as a positive number."""
    return -float(pdfmetrics.getAscentDescent(SANS, size)[1]) / MM


def _width_mm(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size)) / MM


def _address_fits(lines: Sequence[str], size: float) -> bool:
    height = _ascent_mm(size) + _descent_mm(size) + (len(lines) - 1) * size * LINE_SPACING / MM
    widest = max((_width_mm(line, SANS, size) for line in lines), default=0.0)
    return height <= ADDRESS_BOX.height and widest <= ADDRESS_BOX.width


@cache
def _styles(sizes: Sizes) -> Mapping[str, ParagraphStyle]:
    """The paragraph styles for a print size, made once per process: reportlab reads them and never changes them
    (it changes copies), so every letter can share them (issue 17)."""
    body = ParagraphStyle(
        "body", fontName=SANS, fontSize=sizes.body, leading=sizes.leading, spaceAfter=sizes.body * 0.7
    )
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        spaceAfter=sizes.body * 0.3,
        leftIndent=sizes.body * BULLET_INDENT,
        bulletIndent=0,
        bulletFontName=SANS,
        bulletFontSize=sizes.body,
    )
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "item": ParagraphStyle("item", parent=body, spaceAfter=sizes.body * 0.3),
        # A bullet point: the bullet at the margin, the text indented, as ListFlowable placed them; a list's last
        # point is followed by the list's space.
        "bullet": bullet,
        "bullet_last": ParagraphStyle("bullet_last", parent=bullet, spaceAfter=body.spaceAfter * 0.5),
        "sign": ParagraphStyle("sign", parent=body, spaceBefore=sizes.body * 2.2, spaceAfter=sizes.body * 0.5),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=SANS_BOLD, spaceAfter=0),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=sizes.heading,
            leading=sizes.heading * 1.3,
            spaceBefore=sizes.body * 0.6,
            spaceAfter=sizes.body * 0.4,
            keepWithNext=1,
        ),
        "subject": ParagraphStyle(
            "subject", parent=body, fontName=SANS_BOLD, fontSize=sizes.subject, leading=sizes.subject * 1.3
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=sizes.subject * 1.4, leading=sizes.subject * 1.8
        ),
    }


class _Frame(Frame):  # type: ignore[misc]  # reportlab ships no type hints
    """A page's frame that is cheap to copy. reportlab deep-copies the current frame each time a KeepTogether (a
    heading with what follows it, the signature with the last paragraph) measures its content, so that anything
    the content adds to the frame while measured is thrown away; that was a twentieth of a letter (issue 17). A
    frame holds numbers and names, and a list of backgrounds (and a dict of saved sizes), which the copy gets its
    own copies of: the same frame, without walking every attribute."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        clone = copy.copy(self)
        containers = {name: copy.copy(value) for name, value in vars(self).items() if isinstance(value, list | dict)}
        clone.__dict__.update(containers)
        return clone


class _Paragraph(PdfParagraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph that breaks its lines once per width. reportlab asks most paragraphs two or three times (a heading
    kept with the next paragraph, the signature kept with the last, a table measuring its cells before placing
    them) and the lines can't have changed: breaking them again was a third of a letter's layout (issue 17)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # `split` forgets the lines (del blPara) when the paragraph can't go on this page: then they are broken again.
        if availWidth == self.__dict__.get("_wrapped_width") and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    @classmethod
    def plain(cls, text: str, style: ParagraphStyle, bullet: str | None = None) -> Any:
        """`text` printed as typed: "<b>" or "&" in a name is text, not markup (see fragments.py)."""
        return cls(escape(text), style, bulletText=bullet, frags=plain_fragments(text, style))


class _BulletPoint(_Paragraph):
    """One item of a bulleted list, which goes over a page as a ListFlowable's item did: never leaving its last line
    alone at the top of the next page (the whole item moves on instead)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) > 1 and len(parts[0].blPara.lines) == len(self.blPara.lines) - 1:
            return []
        return parts


def _text(text: str, style: ParagraphStyle) -> PdfParagraph:
    return _Paragraph.plain(text, style)


def _dateline(letter: LetterContent) -> list[str]:
    lines = [long_date(letter.date), f"Our reference: {letter.reference}"]
    return lines + ([f"Your reference: {letter.their_reference}"] if letter.their_reference else [])


def _story(
    letter: LetterContent, styles: Mapping[str, ParagraphStyle], width: float, *, dateline_in_body: bool
) -> Iterator[Flowable]:
    if letter.recipient is None:
        yield _text(letter.metadata.title or letter.subject, styles["title"])
    elif dateline_in_body:  # large print: full size here, where there is room, rather than squeezed beside the window
        yield from (_text(line, styles["cell"]) for line in _dateline(letter))
        yield Spacer(1, styles["body"].fontSize)
    if letter.subject:
        yield _text(letter.subject, styles["subject"])
    blocks = [list(_block(block, styles, width)) for block in letter.blocks]
    # The signature never sits alone on a page: it keeps the letter's last paragraph with it.
    last = blocks.pop() if letter.signature is not None and blocks else []
    for flowables in blocks:
        yield from flowables
    if letter.signature is not None:
        signature = letter.signature
        lines = [
            *last,
            _text(f"{signature.closing},", styles["body"]),
            Spacer(1, 14 * MM),
            _text(signature.name, styles["cell"]),
        ]
        if signature.capacity:
            lines.append(_text(signature.capacity, styles["cell"]))
        yield KeepTogether(lines)
    if letter.enclosures:
        yield Spacer(1, styles["body"].fontSize)
        yield KeepTogether(
            [_text("Enclosed:", styles["heading"]), *_block(BulletList(letter.enclosures), styles, width)]
        )


def _block(block: Block, styles: Mapping[str, ParagraphStyle], width: float) -> Iterator[Flowable]:
    body = styles["body"]
    match block:
        case Heading(text):
            yield _text(text, styles["heading"])
        case Paragraph(text):
            yield _text(text, body)
        case BulletList(items, checkboxes=False):
            yield from _bullet_points(items, styles)
        case BulletList(items, checkboxes=True):
            bullets = ListFlowable(
                [ListItem(_text(item, styles["item"])) for item in items],
                bulletType="bullet",
                start="☐",
                bulletFontName=SANS,
                bulletFontSize=body.fontSize * 1.2,
                leftIndent=body.fontSize * BULLET_INDENT,
            )
            bullets.spaceAfter = body.spaceAfter * 0.5
            yield bullets
        case ContentTable(header, rows):
            yield _table(header, rows, styles, width)
        case SignLine(label):
            yield _Paragraph.plain(f"{label}: {'_' * 40}", styles["sign"])
        case PageBreak():
            yield PdfPageBreak()


def _bullet_points(items: Sequence[str], styles: Mapping[str, ParagraphStyle]) -> Iterator[Flowable]:
    """A bulleted list as paragraphs with reportlab's own bullets: the same page as a ListFlowable (the same
    indents, the same gaps: the last item is followed by the list's space) at a fraction of its layout work (it
    measures each item through a copy of the page's frame), which was a quarter of a letter's time (issue 17).
    A checklist's boxes stay in a ListFlowable: a paragraph's bullet can't be that wide without moving the text."""
    style, last = styles["bullet"], styles["bullet_last"]
    for number, item in enumerate(items, start=1):
        yield _BulletPoint.plain(item, last if number == len(items) else style, bullet="•")


def _table(
    header: tuple[str, ...] | None,
    rows: tuple[tuple[str, ...], ...],
    styles: Mapping[str, ParagraphStyle],
    width: float,
) -> Table:
    columns = len(header or rows[0]) if (header or rows) else 1
    shares = {2: [0.36, 0.64], 3: [0.28, 0.36, 0.36]}.get(columns, [1 / columns] * columns)
    data = [[_text(cell, styles["cell_head"]) for cell in header]] if header else []
    data += [_row(row, styles["cell"]) for row in rows]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    else:  # a list of facts: the labels in the first column stand out
        commands.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")))
    # splitInRow: a long cell (a correction of 2,000 words) goes on over the page, not a failure (issue 11, item 14).
    table = _LongCellTable(
        data,
        colWidths=[share * width for share in shares],
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(TableStyle(commands))
    table.spaceAfter = styles["body"].spaceAfter
    return table


def _row(cells: tuple[str, ...], style: ParagraphStyle) -> list[Flowable | list[Flowable]]:
    """A table row's cells. A long value becomes a list of bounded paragraphs, which reportlab splits over pages
    one piece at a time instead of breaking the whole remainder's lines again at every page (see long_text.py);
    then the row's label says "(continued)" at the top of each page the row goes on to."""
    if all(len(text) <= PIECE_CHARS for text in cells):
        return [_text(text, style) for text in cells]
    label, *values = cells
    return [
        [_RowLabel(label, style)] if len(label) <= PIECE_CHARS else _long_cell(label, style),
        *(_long_cell(text, style) if len(text) > PIECE_CHARS else _text(text, style) for text in values),
    ]


def _long_cell(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [_text(piece, style) for piece in pieces(text)]


class _RowLabel(_Paragraph):
    """The first cell of a row that goes over a page: on the next page it reads "<label> (continued)"."""

    def __init__(self, label: str, style: ParagraphStyle, *, continued: bool = False) -> None:
        text = f"{label} (continued)" if continued else label
        super().__init__(escape(text), style, frags=plain_fragments(text, style))
        self.label = label

    def continued(self) -> _RowLabel:
        return _RowLabel(self.label, self.style, continued=True)


class _LongCellTable(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table whose rows go over pages with their label repeated. reportlab splits a row cell by cell (_splitCell)
    and leaves a label that fitted on the first page out of the rest of the row."""

    def _splitCell(self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float) -> Any:
        parts = super()._splitCell(value, style, oldHeight, newHeight, width)
        label = value[0] if isinstance(value, (list, tuple)) and len(value) == 1 else None
        if parts and isinstance(label, _RowLabel) and parts[0] and not parts[1]:
            return parts[0], (label.continued(),)
        return parts


def _y(mm_from_top: float) -> float:
    return (A4_HEIGHT_MM - mm_from_top) * MM


def _fitted_size(lines: Sequence[str], font: str, size: float, room_mm: float) -> float:
    widest = max((_width_mm(line, font, size) for line in lines), default=0.0)
    return size if widest <= room_mm else size * room_mm / widest


def _right_block(canvas: Canvas, lines: Sequence[str], top_mm: float, size: float, bold_first: bool) -> float:
    """Lines aligned to the right edge, kept clear of the window; returns the MM below the last line."""
    size = _fitted_size(lines, SANS_BOLD if bold_first else SANS, size, RIGHT_EDGE_MM - SENDER_LEFT_LIMIT_MM)
    leading = size * LINE_SPACING / MM
    baseline = top_mm + _ascent_mm(size)
    for index, line in enumerate(lines):
        canvas.setFont(SANS_BOLD if bold_first and index == 0 else SANS, size)
        canvas.drawRightString(RIGHT_EDGE_MM * MM, _y(baseline + index * leading), line)
    return baseline + (len(lines) - 1) * leading + _descent_mm(size)


def _sender_lines(sender: Postal) -> list[str]:
    return [
        sender.name,
        *sender.lines,
        *([sender.email] if sender.email else []),
        *([sender.phone] if sender.phone else []),
    ]


def _first_page(
    letter: LetterContent, sizes: Sizes, barcode: bool, large_print: bool, canvas: Canvas, _document: Any
) -> None:
    canvas.saveState()
    letterhead = letter.letterhead if letter.recipient is not None else None
    if letterhead is not None:
        _letterhead(canvas, letterhead)
    if barcode and letter.reference:
        top = BARCODE_BELOW_LETTERHEAD_MM if letterhead is not None else BARCODE_TOP_MM
        code = Code128(letter.reference, barHeight=BARCODE_HEIGHT_MM * MM, barWidth=0.3 * MM, humanReadable=False)
        code.drawOn(canvas, LEFT_MM * MM - code.lquiet, _y(top + BARCODE_HEIGHT_MM))
    below_sender = SENDER_TOP_MM
    if letter.sender is not None:
        below_sender = _right_block(canvas, _sender_lines(letter.sender), SENDER_TOP_MM, sizes.small, bold_first=True)
    if letter.recipient is not None:
        for line in place_address(letter.recipient.lines):
            canvas.setFont(SANS, line.size)
            canvas.drawString(line.x_mm * MM, _y(line.baseline_mm), line.text)
        if not large_print:
            top = max(ADDRESS_BOX.top + 8, below_sender + 5)
            _right_block(canvas, _dateline(letter), top, sizes.small, bold_first=False)
    canvas.restoreState()


def _letterhead(canvas: Canvas, letterhead: Letterhead) -> float:
    """The logo (if any) and, beside it, the name, address and charity number; returns the mm below them."""
    left, bottom = LEFT_MM, LETTERHEAD_TOP_MM
    if letterhead.logo:
        width, height = logo_size(letterhead.logo)
        scale = min(LOGO_MAX_MM[0] / width, LOGO_MAX_MM[1] / height)
        shown = (width * scale, height * scale)
        canvas.drawImage(
            ImageReader(io.BytesIO(letterhead.logo)),
            left * MM,
            _y(LETTERHEAD_TOP_MM + shown[1]),
            shown[0] * MM,
            shown[1] * MM,
            mask="auto",
        )
        left += shown[0] + LETTERHEAD_GAP_MM
        bottom = LETTERHEAD_TOP_MM + shown[1]
    room = SENDER_LEFT_LIMIT_MM - LETTERHEAD_GAP_MM - left
    baseline = LETTERHEAD_TOP_MM
    for index, line in enumerate(letterhead.lines):
        font = SANS_BOLD if index == 0 else SANS
        size = _fitted_size([line], font, 11.0 if index == 0 else 8.5, room)
        baseline += _ascent_mm(size) if index == 0 else size * LINE_SPACING / MM
        canvas.setFont(font, size)
        canvas.drawString(left * MM, _y(baseline), line)
    return max(bottom, baseline + _descent_mm(8.5))


def _footer(letter: LetterContent, sizes: Sizes, canvas: Canvas, page: int, pages: int) -> None:
    """Reference and date on the left, "Page N of M" on the right, on every page."""
    left = f"{letter.reference}    {day_month_year(letter.date)}"
    right = f"Page {page} of {pages}"
    room = RIGHT_EDGE_MM - LEFT_MM - 10  # at least 10 mm between the two
    size = _fitted_size([left + right], SANS, sizes.small, room)
    canvas.saveState()
    canvas.setFont(SANS, size)
    canvas.setFillColor(colors.HexColor("#333333"))
    baseline = _y(A4_HEIGHT_MM - FOOTER_BASELINE_MM)
    canvas.drawString(LEFT_MM * MM, baseline, left)
    canvas.drawRightString(RIGHT_EDGE_MM * MM, baseline, right)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Holds pages back until the end, so each footer can say "Page N of M"."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, len(self._pages))
            super().showPage()
        super().save()
