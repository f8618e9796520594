"""From a register file's sheets of cells to releases, with a report of everything read and not understood.

Nothing is dropped silently: every row below a header is either a release or counted as skipped with its
reason; every column npdrights does not know is kept with each release and listed in the report; every date
that could not be read is counted with examples. The per-row work is kept small (columns located once per
sheet, dates and recipients classified once per distinct value), as a 20,000-row edition must import in
about the time calamine takes to read it (bench/register.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from npdrights.core.register.classify import classify
from npdrights.core.register.dates import parse_date, parse_years
from npdrights.core.register.headers import Field, Header, find_header
from npdrights.core.register.model import Release, SheetKind
from npdrights.core.register.sheets import sheet_kind

EXAMPLES_KEPT = 5  # how many unreadable dates the report quotes
CELL_LIMIT = 2_000
# Sheets about one kind of recipient, whose rows may not name it (the Home Office sheet lists months).
IMPLIED_RECIPIENT = {
    SheetKind.HOME_OFFICE: "Home Office",
    SheetKind.POLICE: "Police (force not named)",
    SheetKind.COURT: "Court order (court not named)",
}  # characters kept of one cell; the rest is cut (and counted): a register cell is a sentence


@dataclass
class SheetReport:
    name: str
    kind: SheetKind
    rows: int = 0  # rows in the sheet, including notes and the header
    releases: int = 0
    header_row: int | None = None  # 1-based, as a spreadsheet shows it
    skipped_blank: int = 0
    skipped_no_recipient: int = 0  # rows with cells but neither a recipient nor a reference (notes, totals)
    unknown_columns: list[str] = field(default_factory=list)
    unreadable_dates: int = 0
    date_examples: list[str] = field(default_factory=list)
    cells_cut: int = 0
    note: str = ""  # why a whole sheet was not read

    def lines(self) -> list[str]:
        """The report in plain English, one line each."""
        lines = [
            f"{self.name}: {_count(self.releases, 'release')} from {_count(self.rows, 'row')} ({self.kind.label})."
        ]
        if self.note:
            lines.append(f"  {self.note}")
        if self.skipped_blank:
            lines.append(f"  {_count(self.skipped_blank, 'empty row')} skipped.")
        if self.skipped_no_recipient:
            lines.append(
                f"  {_count(self.skipped_no_recipient, 'row')} with no organisation or reference (notes or totals)."
            )
        if self.unknown_columns:
            lines.append(f"  Columns kept as they are: {', '.join(self.unknown_columns)}.")
        if self.unreadable_dates:
            lines.append(
                f"  {_count(self.unreadable_dates, 'date')} could not be read, for example: "
                f"{', '.join(self.date_examples)}."
            )
        if self.cells_cut:
            lines.append(f"  {_count(self.cells_cut, 'very long cell')} cut to {CELL_LIMIT:,} characters.")
        return lines


@dataclass
class ImportReport:
    source: str
    sheets: list[SheetReport] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)

    @property
    def release_count(self) -> int:
        return len(self.releases)

    def lines(self) -> list[str]:
        return [line for sheet in self.sheets for line in sheet.lines()]


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _tier(value: str) -> int | None:
    for character in value:
        if character in "1234":
            return int(character)
    return None


def _identifiable(value: str, tier: int | None) -> bool | None:
    text = value.lower()
    if text:
        if "pseudonym" in text or "aggregat" in text or "non-identif" in text or "not identif" in text:
            return False
        if "identif" in text or text in ("yes", "y", "personal"):
            return True
        if text in ("no", "n"):
            return False
    if tier is not None:
        return tier in (1, 2, 4)  # tier 3 is aggregated; 1, 2 and 4 are individual and identifiable
    return None


def row_key(sheet: SheetKind, reference: str, recipient: str, approved: str, purpose: str) -> str:
    """A release's identity across editions: its reference, else a digest of what defines it."""
    if reference:
        return f"{sheet.value}:{reference.upper()}"
    digest = hashlib.blake2b(f"{recipient}\x1f{approved}\x1f{purpose}".encode(), digest_size=10).hexdigest()
    return f"{sheet.value}:#{digest}"


def map_sheets(
    sheets: Iterable[tuple[str, Sequence[Sequence[Any]]]],
    source: str,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Releases from every sheet of a register file. `progress(rows)` is told the rows done so far."""
    report = ImportReport(source)
    done = 0
    for name, rows in sheets:
        sheet = map_sheet(name, rows, source, report.releases)
        report.sheets.append(sheet)
        done += sheet.rows
        if progress is not None:
            progress(done)
    return report


def map_sheet(name: str, rows: Sequence[Sequence[Any]], source: str, into: list[Release]) -> SheetReport:
    kind = sheet_kind(name, rows)
    report = SheetReport(name, kind, rows=len(rows))
    if kind is SheetKind.TIERS:
        report.note = "An explanation of the data, not a list of releases: nothing to import."
        return report
    implied = IMPLIED_RECIPIENT.get(kind, "")
    header = find_header(rows, recipient_implied=bool(implied))
    if header is None:
        report.note = "No header row with an organisation or reference column was found, so no rows were read."
        report.skipped_no_recipient = sum(1 for row in rows if any(_text(cell) for cell in row))
        return report
    report.header_row = header.row + 1
    report.unknown_columns = [text for _column, text in header.unknown]
    _map_rows(rows, header, kind, source, report, into, implied)
    return report


def _map_rows(
    rows: Sequence[Sequence[Any]],
    header: Header,
    kind: SheetKind,
    source: str,
    report: SheetReport,
    into: list[Release],
    implied: str,
) -> None:
    columns = header.fields
    width = header.width
    reference_at = columns.get(Field.REFERENCE)
    recipient_at = columns.get(Field.RECIPIENT)
    purpose_at = columns.get(Field.PURPOSE)
    date_at = columns.get(Field.DATE)
    years_at = columns.get(Field.DATA_YEARS)
    tier_at = columns.get(Field.TIER)
    identifiable_at = columns.get(Field.IDENTIFIABLE)
    datasets_at = columns.get(Field.DATASETS)
    legal_at = columns.get(Field.LEGAL_BASIS)
    type_at = columns.get(Field.RECIPIENT_TYPE)
    unknown = header.unknown
    append = into.append
    for row in rows[header.row + 1 :]:
        # Most cells are already text: only the others go through _text.
        cells = [cell.strip() if cell.__class__ is str else _text(cell) for cell in row[:width]]
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        if not any(cells):
            report.skipped_blank += 1
            continue
        if max(map(len, cells)) > CELL_LIMIT:
            for index, cell in enumerate(cells):
                if len(cell) > CELL_LIMIT:
                    cells[index] = cell[:CELL_LIMIT] + "…"
                    report.cells_cut += 1
        reference = cells[reference_at] if reference_at is not None else ""
        recipient = cells[recipient_at] if recipient_at is not None else ""
        if (
            not recipient
            and implied
            and date_at is not None
            and parse_date(row[date_at] if date_at < len(row) else None)
        ):
            recipient = implied  # a month's row on the Home Office sheet; a note below the table has no date
        if not recipient and " " in reference:
            reference = ""  # "Total requests: 4" below the table: a note, not a reference
        if not (reference or recipient):
            report.skipped_no_recipient += 1
            continue
        purpose = cells[purpose_at] if purpose_at is not None else ""
        approved: date | None = None
        date_text = ""
        if date_at is not None:
            date_cell = row[date_at] if date_at < len(row) else None
            approved = parse_date(date_cell)
            date_text = cells[date_at]
            if approved is None and date_text:
                report.unreadable_dates += 1
                if len(report.date_examples) < EXAMPLES_KEPT:
                    report.date_examples.append(f"“{date_text[:40]}”")
        years = parse_years(row[years_at] if years_at < len(row) else None) if years_at is not None else None
        tier = _tier(cells[tier_at]) if tier_at is not None else None
        identifiable = _identifiable(cells[identifiable_at] if identifiable_at is not None else "", tier)
        classification = classify(recipient, kind, cells[type_at] if type_at is not None else "")
        append(
            Release(
                key=row_key(kind, reference, recipient, date_text, purpose),
                sheet=kind,
                recipient=recipient,
                reference=reference,
                purpose=purpose,
                approved=approved,
                date_text=date_text,
                data_from=years[0] if years else None,
                data_to=years[1] if years else None,
                tier=tier,
                identifiable=identifiable,
                datasets=cells[datasets_at] if datasets_at is not None else "",
                legal_basis=cells[legal_at] if legal_at is not None else "",
                type=classification.type,
                type_inferred=classification.inferred,
                type_reason=classification.reason,
                extra=tuple((text, cells[column]) for column, text in unknown if cells[column]),
                raw=tuple(cells),
                source=source,
            )
        )
        report.releases += 1
