"""Synthetic copies of the DfE's register of data shares, in every layout, as ODS, XLSX and CSV (issue 15).

Every organisation here is fictional. The files are messy on purpose, as the real ones are: notes above the
header, a merged title, trailing empty columns, dates as real dates, as serial numbers and as text, and a
renamed column. `LAYOUTS` says what each sheet should import as, so tests check counts and types.

Run as a script to write them all to a folder:  python -m tests.register_files OUT_DIR
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.core.register import RecipientType, SheetKind


@dataclass(frozen=True)
class SheetSpec:
    name: str
    kind: SheetKind
    title: str  # merged across the header's width
    notes: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    expected: int  # releases it should give
    types: dict[RecipientType, int] = field(default_factory=dict)  # expected count of each type, where checked


@dataclass(frozen=True)
class Layout:
    name: str
    workbooks: dict[str, tuple[SheetSpec, ...]]  # file stem -> its sheets


SERIAL_2019_03_14 = 43538  # a date typed as a number: 14 March 2019
TIERS = SheetSpec(
    "Tier of data",
    SheetKind.TIERS,
    "Tiers of data",
    (),
    ("Tier", "Description"),
    (("1", "Individual, identifiable, highly sensitive"), ("2", "Individual, identifiable, sensitive")),
    0,
)

# 2017 to early 2020: the NPD requests workbook. The 2018 header for the date is the confirmed one.
NPD_COMPLETED = SheetSpec(
    "Requests completed",
    SheetKind.NPD_COMPLETED,
    "National pupil database: third-party requests completed in the period",
    ("These data are published quarterly.", "Requests are listed by the date the first extract was sent."),
    (
        "DR Number",
        "Requestor Organisation",
        "Project Title",
        "Date first Extract sent / Date permission for re-use granted/ Date Application Rejected",
        "Highest Tier of data",
        "Years of data requested",
        "Security review",  # a column npdrights does not know: kept
    ),
    (
        (
            "DR170221.99",
            "Example Analytics Ltd",
            "School league tables for parents",
            "21/02/2017",
            "Tier 2",
            "2012/13 to 2015/16",
            "Passed",
        ),
        (
            "DR170518.99",
            "Fictional Newspapers Ltd",
            "Stories about schools",
            date(2017, 9, 12),
            "Tier 1",
            "2014-2016",
            "Passed",
        ),
        ("DR170601.98", "University of Nowhere", "Attainment gaps", "1 June 2017", "Tier 4", "2010", ""),
        ("", "", "", "", "", "", ""),
        ("DR170702.97", "Department for Imaginary Affairs", "Policy analysis", "Jul-17", "Tier 3", "", ""),
        ("Total requests: 4", "", "", "", "", "", ""),  # a total in the reference column, no organisation
    ),
    4,
    {RecipientType.COMMERCIAL: 1, RecipientType.PRESS: 1, RecipientType.RESEARCH: 1, RecipientType.GOVERNMENT: 1},
)
NPD_OPEN = SheetSpec(
    "Open requests",
    SheetKind.NPD_OPEN,
    "Requests still being considered",
    (),
    ("DR Number", "Requestor Organisation", "Project Title", "Date request received"),
    (("DR171001.01", "Pretend Consulting LLP", "Benchmarking", "2017-10-01"),),
    1,
    {RecipientType.COMMERCIAL: 1},
)
AGREEMENTS_2017 = SheetSpec(
    "Agreements",
    SheetKind.AGREEMENTS,
    "External organisation data shares: agreements",
    ("Shares under a data sharing agreement.",),
    ("Reference", "Organisation", "Purpose", "Date agreement signed", "Legal gateway"),
    (
        ("A0001", "Made-up Exams Board Ltd", "Results matching", "03/04/2017", "Education Act 1996 s537A"),
        ("A0002", "Borough Council of Nowhere", "Admissions", "12.05.2017", "Education Act 1996 s537A"),
    ),
    2,
    {RecipientType.COMMERCIAL: 1, RecipientType.GOVERNMENT: 1},
)
HOME_OFFICE = SheetSpec(
    "Home Office",
    SheetKind.HOME_OFFICE,
    "Data shares with the Home Office",
    ("Monthly figures.",),
    ("Month", "Number of individuals requested", "Number of individuals matched"),
    (("Jan-19", 200, 60), ("Feb-19", 180, 55), ("Source: invented for tests", "", "")),
    2,
    {RecipientType.HOME_OFFICE: 2},
)
POLICE = SheetSpec(
    "Police",
    SheetKind.POLICE,
    "Data shares with police and criminal investigation authorities",
    (),
    ("Requesting organisation", "Date of request", "Outcome"),
    (("Imaginary Constabulary", SERIAL_2019_03_14, "Data supplied"),),
    1,
    {RecipientType.POLICE: 1},
)
COURT = SheetSpec(
    "Court orders",
    SheetKind.COURT,
    "Data shares through court orders",
    (),
    ("Court", "Date of order"),
    (("Fictional County Court", "05/06/2019"),),
    1,
    {RecipientType.COURT: 1},
)

# From June 2020: one workbook, seven sheets.
DSAP = SheetSpec(
    "DSAP approved shares",
    SheetKind.DSAP,
    "DfE external third-party data shares approved by DSAP from May 2018",
    ("Note: DSAP is the Data Sharing Approvals Panel.", "Shares are listed by the date approved."),
    (
        "DSAP Reference",
        "Organisation requesting access",  # renamed from "Organisation"
        "Purpose of data share",
        "Date of DSAP decision",
        "Legal basis",
        "Datasets shared",
        "Level of data",
        "Years covered",
    ),
    (
        (
            "DS99001",
            "Example Analytics Ltd",
            "School comparison website",
            SERIAL_2019_03_14,
            "Article 6(1)(e)",
            "NPD, school census",
            "Identifiable",
            "2015/16 to 2018/19",
        ),
        (
            "DS99002",
            "Pretend News Group",
            "Reporting on exclusions",
            "14/03/2019",
            "Article 6(1)(e)",
            "NPD exclusions",
            "Pseudonymised",
            "2016-2018",
        ),
        (
            "DS99003",
            "University of Nowhere",
            "Research on absence",
            date(2020, 1, 15),
            "Article 6(1)(e)",
            "NPD absence",
            "Pseudonymised",
            "2010/11 to 2017/18",
        ),
        (
            "DS99004",
            "Fictional Property Search plc",
            "Catchment maps",
            "2 March 2020",
            "Article 6(1)(e)",
            "School census addresses",
            "Identifiable",
            "2019",
        ),
        ("DS99005", "Made-up Think Tank", "Social mobility", "sometime in 2020", "Article 6(1)(e)", "NPD", "", ""),
    ),
    5,
    {RecipientType.COMMERCIAL: 2, RecipientType.PRESS: 1, RecipientType.RESEARCH: 1, RecipientType.OTHER: 1},
)
REGULAR = SheetSpec(
    "Regular shares",
    SheetKind.AGREEMENTS,
    "Regular DfE external third-party data shares supported by data sharing agreements",
    (),
    ("Reference", "Organisation", "Purpose", "Date agreement signed", "Sector"),
    (
        ("R9901", "Imaginary Accountants LLP", "Audit", "01/09/2019", "Private sector"),
        ("R9902", "Office of Made-up Statistics", "Official statistics", "01/10/2019", "Public sector"),
    ),
    2,
    {RecipientType.COMMERCIAL: 1, RecipientType.GOVERNMENT: 1},
)
BEFORE_2018 = SheetSpec(
    "NPD requests prior to 2018",
    SheetKind.NPD_BEFORE_2018,
    "Third-party requests for data from the NPD approved prior to April 2018 where data is still held",
    (),
    ("DR Number", "Requestor Organisation", "Project Title", "Date approved", "Tier"),
    (
        ("DR160101.99", "Fictional Newspapers Ltd", "League tables", "01/01/2016", "2"),
        ("DR161212.99", "Example Analytics Ltd", "Dashboards", "12/12/2016", "1"),
    ),
    2,
    {RecipientType.PRESS: 1, RecipientType.COMMERCIAL: 1},
)
CLASSIFICATION = SheetSpec(
    "Classification of data",
    SheetKind.TIERS,
    "Classification of data: understanding the data we share",
    (),
    ("Term", "Meaning"),
    (("Identifiable", "Data that could identify a person"),),
    0,
)

LAYOUTS = (
    Layout(
        "2017",
        {
            "National pupil database third-party requests": (TIERS, NPD_COMPLETED, NPD_OPEN),
            "External organisation data shares": (AGREEMENTS_2017, HOME_OFFICE, POLICE, COURT),
        },
    ),
    Layout(
        "2020",
        {"DfE external data shares": (CLASSIFICATION, DSAP, REGULAR, BEFORE_2018, HOME_OFFICE, POLICE, COURT)},
    ),
)
FORMATS = ("ods", "xlsx", "csv")
TRAILING_EMPTY = 3  # empty columns after the table, as spreadsheets that were once wider have


def sheet_cells(spec: SheetSpec) -> list[list[Any]]:
    """The sheet as a grid: title, notes, a blank row, the header, the rows; every row padded with empties."""
    width = len(spec.header) + TRAILING_EMPTY
    grid: list[list[Any]] = [
        [spec.title],
        *[[note] for note in spec.notes],
        [],
        list(spec.header),
        *map(list, spec.rows),
    ]
    return [row + [None] * (width - len(row)) for row in grid]


def write_xlsx(path: Path, sheets: Sequence[SheetSpec]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        sheet = book.create_sheet(spec.name[:31])
        for row in sheet_cells(spec):
            sheet.append(row)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(spec.header))
        # A formatted but empty cell to the right widens the used range: trailing empty columns.
        sheet.cell(row=len(spec.notes) + 3, column=len(spec.header) + TRAILING_EMPTY).number_format = "0.00"
    book.save(path)


def write_ods(path: Path, sheets: Sequence[SheetSpec]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for spec in sheets:
        table = Table(name=spec.name)
        for index, row in enumerate(sheet_cells(spec)):
            table_row = TableRow()
            for column, value in enumerate(row):
                cell = _ods_cell(TableCell, value)
                if index == 0 and column == 0:
                    cell.setAttribute("numbercolumnsspanned", str(len(spec.header)))  # the merged title
                if value is not None:
                    cell.addElement(P(text=value.isoformat() if isinstance(value, date) else str(value)))
                table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def _ods_cell(make: Any, value: Any) -> Any:
    if isinstance(value, date):
        return make(valuetype="date", datevalue=value.isoformat())
    if isinstance(value, int | float):
        return make(valuetype="float", value=value)
    if value is None:
        return make()
    return make(valuetype="string")


def write_csv(path: Path, spec: SheetSpec) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in sheet_cells(spec):
            writer.writerow(
                ["" if cell is None else cell.strftime("%d/%m/%Y") if isinstance(cell, date) else cell for cell in row]
            )


def write_layout(layout: Layout, kind: str, folder: Path) -> list[Path]:
    """The layout's files in one format; CSV has one file per sheet, named after it (as Save As CSV does)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, sheets in layout.workbooks.items():
        if kind == "csv":
            for spec in sheets:
                path = folder / f"{layout.name} {stem} - {spec.name}.csv"
                write_csv(path, spec)
                written.append(path)
            continue
        path = folder / f"{layout.name} {stem}.{kind}"
        (write_ods if kind == "ods" else write_xlsx)(path, sheets)
        written.append(path)
    return written


def expected_releases(layout: Layout) -> int:
    return sum(spec.expected for sheets in layout.workbooks.values() for spec in sheets)


# -- big files, for the 100,000-row test and the benchmark ------------------------------------------------

BIG_HEADER = DSAP.header


def big_rows(count: int) -> list[tuple[Any, ...]]:
    """`count` fictional DSAP rows: a few hundred recipients, dates as real dates, serials and text."""
    names = [f"Example Company {index} Ltd" for index in range(150)] + [
        f"Pretend Gazette {index} News" for index in range(30)
    ]
    names += [f"University of Nowhere {index}" for index in range(60)]
    rows = []
    for index in range(count):
        year = 2018 + index % 8
        when: Any = date(year, 1 + index % 12, 1 + index % 28)
        if index % 3 == 1:
            when = (when - date(1899, 12, 30)).days  # a serial number
        elif index % 3 == 2:
            when = when.strftime("%d/%m/%Y")
        level = "Identifiable" if index % 2 else "Pseudonymised"
        years = f"{year - 5}/{(year - 4) % 100:02d} to {year - 1}"
        rows.append(
            (
                f"DS{index:07d}",
                names[index % len(names)],
                f"Project {index}",
                when,
                "Article 6(1)(e)",
                "NPD",
                level,
                years,
            )
        )
    return rows


def big_sheet(count: int) -> SheetSpec:
    return SheetSpec(DSAP.name, DSAP.kind, DSAP.title, DSAP.notes, BIG_HEADER, tuple(big_rows(count)), count)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "register-samples")
    for each in LAYOUTS:
        for each_format in FORMATS:
            for written_path in write_layout(each, each_format, out / each_format):
                print(written_path)
