"""The caseload's figures from the vault, and their CSV: what the Statistics screen and `npdrights-cli stats` share.

Only counts, days and months leave here in CSV, JSON or PDF (core.statistics_export, pdf.statistics_report).
"""

from __future__ import annotations

import csv
import io
from datetime import date

from npdrights.core.statistics import Statistics, statistics
from npdrights.core.statistics_export import csv_rows
from npdrights.storage.database import Database
from npdrights.storage.repository import Repository, StoredRows


def caseload_figures(database: Database, on: date, *, hide_small: bool = True) -> Statistics:
    """The figures for every case in the vault on `on`. `hide_small=False` only for the screen of a person
    looking at their own cases: every export hides small numbers."""
    return figures_from(read_caseload(database), on, hide_small=hide_small)


def read_caseload(database: Database) -> StoredRows:
    """The rows the figures are worked out from: a few queries, quick enough for the GUI thread."""
    return Repository(database).stored_rows()


def figures_from(rows: StoredRows, on: date, *, hide_small: bool = True) -> Statistics:
    """The figures from rows already read: pure work (decoding, the rules engine), so it can run off the GUI
    thread. About 2 seconds for 10,000 cases (bench/figures.py)."""
    contents = rows.decode()
    return statistics(contents.cases, contents.events, contents.organisations, on, hide_small=hide_small)


def csv_bytes(figures: Statistics) -> bytes:
    """The figures as a CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read "fewer than 5" and
    any accent right)."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(csv_rows(figures))
    return out.getvalue().encode("utf-8-sig")
