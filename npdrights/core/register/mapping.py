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
from npdrights.core.register.model import SEPARATOR, SheetKind
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
    """What a file gave. The releases are kept as columns (one list per Release field, for each sheet), as the
    store writes them; `Release._make` over `zip(*columns)` gives the releases themselves."""

    source: str
    sheets: list[SheetReport] = field(default_factory=list)
    columns: list[list[Sequence[Any]]] = field(default_factory=list)

    @property
    def release_count(self) -> int:
        return sum(sheet.releases for sheet in self.sheets)

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
        return tier in (1, 2, 4)  # tier 3 is aggregated; 1, 2 and 4 are individual and identifiable (law.md §10.2)
    return None


def row_key(sheet: SheetKind, reference: str, recipient: str, approved: str, purpose: str) -> str:
    """A release's identity across editions: its reference, else a digest of what defines it."""
    if reference:
        return f"{sheet.value}:{reference.upper()}"
    digest = hashlib.blake2b(f"{recipient}\x1f{approved}\x1f{purpose}".encode(), digest_size=10).hexdigest()
    return f"{sheet.value}:#{digest}"


def map_sheets(sheets: Iterable[tuple[str, Sequence[Sequence[Any]]]], source: str) -> ImportReport:
    """Releases from every sheet of a register file, with the report of what was read."""
    report = ImportReport(source)
    for name, rows in sheets:
        report.sheets.append(map_sheet(name, rows, source, report.columns))
    return report


def map_sheet(name: str, rows: Sequence[Sequence[Any]], source: str, into: list[list[Sequence[Any]]]) -> SheetReport:
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


def _texts(column: Sequence[Any]) -> list[str]:
    """A column's cells as text. Most columns are all text already: then one strip each, in C."""
    if set(map(type, column)) == {str}:
        return list(map(str.strip, column))
    return _cached(_text, column)  # dates and numbers: each distinct value turned into text once


def _cached(function: Callable[[Any], Any], column: Sequence[Any]) -> list[Any]:
    """`function` of each cell, worked out once per distinct value: registers repeat dates, names and tiers."""
    results = {value: function(value) for value in set(column)}
    return list(map(results.__getitem__, column))


def _map_rows(
    rows: Sequence[Sequence[Any]],
    header: Header,
    kind: SheetKind,
    source: str,
    report: SheetReport,
    into: list[list[Sequence[Any]]],
    implied: str,
) -> None:
    """Column by column, not cell by cell: each step is a C-level map over a column, with Python only once
    per distinct value. Cell-by-cell Python (and building each release field by field) made the first import
    several times slower than calamine's read; see bench/register.py."""
    width = header.width
    body = rows[header.row + 1 :]
    if not body:
        return
    try:
        # calamine's rows all have the sheet's width: transpose them as they are and keep the header's columns.
        values = list(zip(*body, strict=True))[:width]
    except ValueError:  # rows of different lengths (a CSV file): pad the short ones
        body = [[*row[:width], *[""] * (width - len(row))] for row in body]
        values = list(zip(*body, strict=True))
    if len(values) < width:  # every row shorter than the header
        values += [("",) * len(body)] * (width - len(values))
    texts = [_texts(column) for column in values]
    raw = list(map(SEPARATOR.join, zip(*texts, strict=True)))  # each row's cells as read, joined in C
    if max(map(len, raw)) > CELL_LIMIT:  # only a row this long can hold a cell too long to keep
        for column in texts:
            for index, cell in enumerate(column):
                if len(cell) > CELL_LIMIT:
                    column[index] = cell[:CELL_LIMIT] + "…"
                    report.cells_cut += 1
        raw = list(map(SEPARATOR.join, zip(*texts, strict=True)))
    empty = [""] * len(body)
    at = header.fields

    def text_of(name: Field) -> list[str]:
        return texts[at[name]] if name in at else empty

    references, recipients = list(text_of(Field.REFERENCE)), list(text_of(Field.RECIPIENT))
    date_values = values[at[Field.DATE]] if Field.DATE in at else tuple(empty)
    approved_all = _cached(parse_date, date_values)
    if all(recipients):
        keep = list(range(len(body)))  # the usual case: every row names its recipient
    else:
        keep = []
        blank = SEPARATOR * (width - 1)
        for index, (reference, recipient) in enumerate(zip(references, recipients, strict=True)):
            if not recipient and " " in reference:
                references[index] = reference = ""  # "Total requests: 4" below the table: a note, not a reference
            if not recipient and implied and approved_all[index] is not None:
                recipients[index] = recipient = implied  # a month's row on the Home Office sheet
            if reference or recipient:
                keep.append(index)
            elif raw[index] != blank:
                report.skipped_no_recipient += 1
            else:
                report.skipped_blank += 1
    if not keep:
        return

    def kept(column: Sequence[Any]) -> list[Any]:
        return column if len(keep) == len(column) else [column[index] for index in keep]  # type: ignore[return-value]

    references, recipients = kept(references), kept(recipients)
    approved, date_texts = kept(approved_all), kept(text_of(Field.DATE))
    unreadable = [text for day, text in zip(approved, date_texts, strict=True) if day is None and text]
    report.unreadable_dates += len(unreadable)
    report.date_examples.extend(f"“{text[:40]}”" for text in unreadable[: EXAMPLES_KEPT - len(report.date_examples)])
    years = _cached(parse_years, kept(values[at[Field.DATA_YEARS]])) if Field.DATA_YEARS in at else [None] * len(keep)
    tiers = _cached(_tier, kept(text_of(Field.TIER)))
    identifiable = _cached(_identifiable_pair, list(zip(kept(text_of(Field.IDENTIFIABLE)), tiers, strict=True)))
    purposes = kept(text_of(Field.PURPOSE))
    pairs = list(zip(recipients, kept(text_of(Field.RECIPIENT_TYPE)), strict=True))
    classes = _cached(lambda pair: classify(pair[0], kind, pair[1]), pairs)
    unknown = [column for column, _text in header.unknown]
    count = len(keep)
    # A release's key is its reference (most rows have one); only rows without get a digest.
    keys = list(map(f"{kind.value}:".__add__, map(str.upper, references)))
    for index, reference in enumerate(references):
        if not reference:
            keys[index] = row_key(kind, "", recipients[index], date_texts[index], purposes[index])
    columns: list[Sequence[Any]] = [
        keys,
        [kind] * count,
        recipients,
        references,
        purposes,
        approved,
        date_texts,
        [span[0] if span else None for span in years],
        [span[1] if span else None for span in years],
        tiers,
        identifiable,
        kept(text_of(Field.DATASETS)),
        kept(text_of(Field.LEGAL_BASIS)),
        [found.type for found in classes],
        [found.inferred for found in classes],
        [found.reason for found in classes],
        [SEPARATOR.join(text for _column, text in header.unknown)] * count,
        list(map(SEPARATOR.join, zip(*(kept(texts[column]) for column in unknown), strict=True)))
        if unknown
        else [""] * count,
        kept(raw),
        [source] * count,
        [""] * count,
    ]
    into.append(columns)
    report.releases += count


def _identifiable_pair(pair: tuple[str, int | None]) -> bool | None:
    return _identifiable(*pair)
