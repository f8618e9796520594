"""Which sheet is which: found by what it holds (its name, else its title lines), never by its position.

The layouts (docs/law.md §10.1): 2017 to early 2020, two workbooks ("National pupil
database third-party requests": tier of data, completed, open, live; "External organisation data shares":
agreements, Home Office, police, court orders); from June 2020 one workbook of seven sheets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from npdrights.core.register.headers import normalise
from npdrights.core.register.model import SheetKind

# Tried in order: the first rule whose words all appear wins. Home Office, police and courts come first, as
# their sheets' titles can also say "data shares".
_RULES: tuple[tuple[SheetKind, tuple[str, ...]], ...] = (
    (SheetKind.HOME_OFFICE, ("home office",)),
    (SheetKind.POLICE, ("police",)),
    (SheetKind.POLICE, ("criminal",)),
    (SheetKind.COURT, ("court",)),
    (SheetKind.TIERS, ("classification",)),
    (SheetKind.TIERS, ("tier",)),
    (SheetKind.DSAP, ("dsap",)),
    (SheetKind.DSAP, ("approvals panel",)),
    (SheetKind.NPD_BEFORE_2018, ("prior to",)),
    (SheetKind.NPD_BEFORE_2018, ("before",)),
    (SheetKind.NPD_BEFORE_2018, ("pre 2018",)),
    (SheetKind.NPD_OPEN, ("open",)),
    (SheetKind.NPD_LIVE, ("live",)),
    (SheetKind.NPD_COMPLETED, ("complete",)),
    (SheetKind.AGREEMENTS, ("regular",)),
    (SheetKind.AGREEMENTS, ("agreement",)),
    (SheetKind.NPD_COMPLETED, ("request",)),
)

TITLE_ROWS = 5  # a sheet with an unhelpful name ("Sheet1") is recognised by its first few lines


def kind_of(text: str) -> SheetKind:
    padded = f" {normalise(text)} "
    for kind, words in _RULES:
        if all(word in padded for word in words):
            return kind
    return SheetKind.UNKNOWN


def sheet_kind(name: str, rows: Sequence[Sequence[Any]]) -> SheetKind:
    by_name = kind_of(name)
    if by_name is not SheetKind.UNKNOWN:
        return by_name
    for row in rows[:TITLE_ROWS]:
        titles = [str(cell) for cell in row if isinstance(cell, str) and cell.strip()]
        if len(titles) == 1:  # a title line, not a header row
            by_title = kind_of(titles[0])
            if by_title is not SheetKind.UNKNOWN:
                return by_title
    return SheetKind.UNKNOWN
