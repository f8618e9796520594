"""npdrights-cli stats: the caseload's figures, with no name, pupil number or reference in them.

Counts from 1 to 4 are shown as "fewer than 5" (null in JSON) everywhere the figures leave the computer's
screen: here, in the CSV and in the PDF report.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.commands.common import EXIT_OK, UsageError, add_secret_options, say, unlocked_vault
from npdrights.core.statistics import Statistics, percent
from npdrights.core.statistics_export import ABOUT_SMALL_NUMBERS, as_dict
from npdrights.service.organisation import organisation_name
from npdrights.service.statistics import caseload_figures, csv_bytes
from npdrights.storage.atomic import atomic_write_bytes


def today() -> date:
    """The real date: the command line is a composition root (tests replace this)."""
    return date.today()


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser(
        "stats",
        help="figures about the cases, for funders and campaigns: nobody is named, small numbers are hidden",
        description="Figures about every case in the vault. " + ABOUT_SMALL_NUMBERS,
    )
    stats.add_argument("--json", action="store_true", help="print the figures as a JSON object")
    stats.add_argument("--csv", metavar="FILE.csv", type=Path, help="also save the figures as a CSV file")
    stats.add_argument("--pdf", metavar="FILE.pdf", type=Path, help="also save a PDF report of the figures")
    add_secret_options(stats)
    stats.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    with unlocked_vault(args) as vault:
        figures = caseload_figures(vault.database, today())
        name = organisation_name(vault.database)  # the report's title names the charity, if it set a letterhead
    if args.csv:
        _write("--csv", args.csv, lambda: csv_bytes(figures))
    if args.pdf:
        from npdrights.pdf.statistics_report import render_statistics_report  # reportlab: only when asked for

        _write("--pdf", args.pdf, lambda: render_statistics_report(figures, organisation=name))
    if args.json:
        print(json.dumps(as_dict(figures), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(as_text(figures))
    return EXIT_OK


def _write(option: str, path: Path, make: Callable[[], bytes]) -> None:
    try:
        atomic_write_bytes(path, make())
    except OSError as error:
        raise UsageError(f"{option}: cannot write {path}: {error.strerror or error}") from None
    say(f"Wrote {path}.")


def as_text(figures: Statistics) -> str:
    lines = [f"Figures on {figures.on.isoformat()} from {figures.cases.shown} cases.", ABOUT_SMALL_NUMBERS, ""]
    if figures.not_counted.value:
        lines += [f"Left out because their dates need checking: {figures.not_counted.shown}.", ""]
    for table in figures.tables:
        lines.append(table.title)
        width = max(len(row.label) for row in table.rows)
        for row in (*table.rows,):
            share = percent(row.figure, table.total)
            lines.append(f"  {row.label.ljust(width)}  {row.figure.shown:>13}  {share:>4}".rstrip())
        lines += [f"  {'Total'.ljust(width)}  {table.total.shown:>13}", ""]
    lines += [figures.days_to_answer.sentence, ""]
    return "\n".join(lines)
