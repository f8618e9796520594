"""The printable recovery-code sheet offered when a vault is created."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from npdrights.core.dates import long_date
from npdrights.pdf.fonts import MONO, SANS, SANS_BOLD, register_fonts


def render_recovery_sheet(code: str, vault_id: str, made_on: date) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=12, leading=17, spaceAfter=8)
    title = ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=20, leading=26, spaceAfter=14)
    groups = code.split("-")
    rows = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    grid = Table(rows, colWidths=[32 * mm] * 4, rowHeights=14 * mm)
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), MONO, 20),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1, "black"),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, "grey"),
            ]
        )
    )
    story = [
        Paragraph("Your npdrights recovery code", title),
        Paragraph(f"Made on {long_date(made_on)} for vault {vault_id[:8]}.", body),
        Spacer(1, 6 * mm),
        grid,
        Spacer(1, 8 * mm),
        Paragraph(
            "<b>What this is for.</b> If you forget your passphrase, this code is the only other way to "
            "open your cases. On the unlock screen choose <i>I've forgotten my passphrase</i>, type the code, "
            "and then choose a new passphrase.",
            body,
        ),
        Paragraph(
            "<b>Keep it safe.</b> Store this sheet away from the computer, for example with other "
            "important papers. Anyone who has this code and a copy of your vault folder can read your "
            "cases.",
            body,
        ),
        Paragraph(
            "<b>If you lose both</b> the passphrase and this code, nobody can open your cases: not you, "
            "not us, not anyone. There is no back door.",
            body,
        ),
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
        title="npdrights recovery code",
        author="npdrights",
        subject="Vault recovery code",
        lang="en-GB",
    )
    document.build(story)
    return buffer.getvalue()
