"""Find the header row of a register sheet and map its columns to what they mean.

The DfE's sheets put notes and merged titles above the header, rename columns between editions and leave
empty columns at the end. Headers are normalised (lower case, punctuation to spaces) and looked up in a table
of aliases; a header not in the table is matched by its key words; anything left is kept as an unknown column.
The one header confirmed from a 2018 edition is in the table as written (docs/law.md §10.1, not confirmed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

# Only this many rows from the top are searched for a header: notes and titles are short, and scanning a whole
# 20,000-row sheet for a header would cost more than reading it.
HEADER_SEARCH_ROWS = 40


class Field(Enum):
    REFERENCE = "reference"
    RECIPIENT = "recipient"
    PURPOSE = "purpose"
    DATE = "date"
    DATA_YEARS = "data_years"
    TIER = "tier"
    IDENTIFIABLE = "identifiable"
    DATASETS = "datasets"
    LEGAL_BASIS = "legal_basis"
    RECIPIENT_TYPE = "recipient_type"


_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.REFERENCE: (
        "reference",
        "ref",
        "request reference",
        "dsap reference",
        "data share reference",
        "request id",
        "application reference",
        "urn",
        "unique reference",
        "reference number",
        "share reference",
        "dr number",
    ),
    Field.RECIPIENT: (
        "organisation",
        "organisation name",
        "requestor organisation",
        "requesting organisation",
        "recipient",
        "data recipient",
        "third party",
        "third party organisation",
        "name of organisation",
        "requestor",
        "external organisation",
        "organisation requesting data",
        "recipient organisation",
        "data controller",
        "court",
        "police force",
        "force",
    ),
    Field.PURPOSE: (
        "purpose",
        "project title",
        "project name",
        "purpose of data share",
        "purpose of request",
        "title",
        "project description",
        "description",
        "reason for request",
        "purpose of share",
        "project",
    ),
    Field.DATE: (
        "date first extract sent date permission for re use granted date application rejected",
        "date approved",
        "approval date",
        "date of approval",
        "date data shared",
        "date of share",
        "date",
        "date request approved",
        "date of request",
        "date request received",
        "date agreement signed",
        "date data sent",
        "date extract sent",
        "month",
        "month of request",
    ),
    Field.DATA_YEARS: (
        "years of data",
        "data years",
        "years covered",
        "time period",
        "period of data",
        "academic years",
        "years requested",
        "years of data requested",
        "data period",
        "period covered",
        "timeframe",
    ),
    Field.TIER: ("tier", "data tier", "highest tier", "tier of data", "tier level", "highest tier of data"),
    Field.IDENTIFIABLE: (
        "identifiable",
        "level of data",
        "type of data",
        "data type",
        "pseudonymised",
        "identifiable data",
        "personal data",
        "data level",
        "level of identification",
    ),
    Field.DATASETS: (
        "datasets",
        "dataset",
        "data requested",
        "data sources",
        "datasets shared",
        "data items",
        "data shared",
        "datasets requested",
        "npd datasets",
        "data",
    ),
    Field.LEGAL_BASIS: (
        "legal basis",
        "legal gateway",
        "lawful basis",
        "legislation",
        "legal gateway for sharing",
        "legal basis for sharing",
        "lawful basis for processing",
        "legal power",
    ),
    Field.RECIPIENT_TYPE: (
        "organisation type",
        "type of organisation",
        "sector",
        "requestor type",
        "organisation category",
        "recipient type",
    ),
}

# Key words for headers not in the table (a renamed column), tried in this order.
_KEY_WORDS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.RECIPIENT_TYPE, ("organisation type", "type of organisation", "sector")),
    (Field.REFERENCE, ("reference", " ref")),
    (Field.DATA_YEARS, ("years", "period")),
    (Field.DATE, ("date", "month")),
    (Field.TIER, ("tier",)),
    (Field.LEGAL_BASIS, ("legal", "lawful", "legislation")),
    (Field.IDENTIFIABLE, ("identif", "pseudonym")),
    (Field.DATASETS, ("dataset",)),
    (Field.PURPOSE, ("purpose", "project")),
    (Field.RECIPIENT, ("organisation", "recipient", "requestor", "requester", "company")),
)

# Words that make a header something else than the field its other words suggest.
_NOT_A_FIELD = (" end ", "expir", "destr", "delet", "review", "renewal", " until ")

_LOOKUP: dict[str, Field] = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def normalise(header: Any) -> str:
    """'Date first Extract sent / Date permission…' -> 'date first extract sent date permission …'."""
    if header is None:
        return ""
    return _NOT_WORD.sub(" ", str(header).lower()).strip()


def field_for(header: Any) -> Field | None:
    text = normalise(header)
    if not text:
        return None
    exact = _LOOKUP.get(text)
    if exact is not None:
        return exact
    padded = f" {text} "
    if any(word in padded for word in _NOT_A_FIELD):
        return None  # "Agreement end date", "Date data destroyed": kept as they are, never the release's date
    for name, words in _KEY_WORDS:
        if any(word in padded for word in words):
            return name
    return None


@dataclass(frozen=True)
class Header:
    row: int  # index of the header row in the sheet
    fields: dict[Field, int]  # each known field's column (the first, if two columns mean the same)
    unknown: tuple[tuple[int, str], ...]  # (column, header text) of columns kept as they are
    width: int  # columns up to the last non-empty header cell: trailing empty columns are ignored


def find_header(rows: Sequence[Sequence[Any]], *, recipient_implied: bool = False) -> Header | None:
    """The first row near the top that names a recipient or a reference and at least one other known field.

    On a sheet that is about one recipient (the Home Office sheet lists months and counts), a row naming a
    date column and one other column will do."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[Field, int] = {}
        unknown: list[tuple[int, str]] = []
        width = 0
        for column, cell in enumerate(row):
            text = str(cell).strip() if cell is not None else ""
            if not text:
                continue
            width = column + 1
            name = field_for(text)
            if name is None or name in found:
                unknown.append((column, text))
            else:
                found[name] = column
        names_row = Field.RECIPIENT in found or Field.REFERENCE in found
        dated_row = recipient_implied and Field.DATE in found and len(found) + len(unknown) >= 2
        if (names_row and len(found) >= 2) or dated_row:
            if len(text_cells(row)) > 1.5 * len(found) + 6:
                continue  # a paragraph of notes that happens to mention a few header words
            return Header(index, found, tuple(unknown), width)
    return None


def text_cells(row: Sequence[Any]) -> list[str]:
    return [str(cell) for cell in row if cell is not None and str(cell).strip()]
