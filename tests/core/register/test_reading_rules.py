"""The register's reading rules, table-driven: dates, years, headers, sheets and recipient types.

Source of the layouts and the one confirmed header: docs/law.md ("The DfE's register of data shares"), from
docs/law.md §10. The recipients here are fictional, except the public-record names in
resources/register/public-record.toml.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from npdrights.core.register import RecipientType, SheetKind, classify
from npdrights.core.register.dates import parse_date, parse_years
from npdrights.core.register.headers import Field, field_for, find_header
from npdrights.core.register.sheets import sheet_kind


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (date(2017, 9, 12), date(2017, 9, 12)),
        (datetime(2017, 9, 12, 14, 30), date(2017, 9, 12)),
        (43538, date(2019, 3, 14)),  # a serial number (Excel's 1900 system)
        (43538.0, date(2019, 3, 14)),
        ("43538", date(2019, 3, 14)),  # a serial typed as text
        ("12/09/2017", date(2017, 9, 12)),  # day first, as in England
        ("12.09.17", date(2017, 9, 12)),
        ("2017-09-12", date(2017, 9, 12)),
        ("12 September 2017", date(2017, 9, 12)),
        ("12th Sept 2017", date(2017, 9, 12)),
        ("Jul-17", date(2017, 7, 1)),  # a month: its first day
        ("01/06/2019 to 30/06/2019", date(2019, 6, 1)),  # a range: its first date
        ("31/02/2017", None),  # no such day
        ("sometime in 2020", None),
        ("", None),
        (None, None),
        (12, None),  # a number too small to be a date
        (True, None),
    ],
)
def test_dates(cell: object, expected: date | None) -> None:
    assert parse_date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2012/13 to 2015/16", (2012, 2016)),  # academic years touch two calendar years each
        ("2014-2016", (2014, 2016)),
        ("2010", (2010, 2010)),
        (2019, (2019, 2019)),
        (date(2018, 5, 1), (2018, 2018)),
        ("KS4 results 2015/16", (2015, 2016)),
        ("not said", None),
        ("", None),
    ],
)
def test_years(cell: object, expected: tuple[int, int] | None) -> None:
    assert parse_years(cell) == expected


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # The one header confirmed from a 2018 edition (docs/law.md §10.1), as written there.
        ("Date first Extract sent / Date permission for re-use granted/ Date Application Rejected", Field.DATE),
        ("DR Number", Field.REFERENCE),
        ("DSAP Reference", Field.REFERENCE),
        ("Requestor Organisation", Field.RECIPIENT),
        ("Organisation requesting access", Field.RECIPIENT),  # renamed: matched by its key word
        ("Purpose of data share", Field.PURPOSE),
        ("Highest Tier of data", Field.TIER),
        ("Years of data requested", Field.DATA_YEARS),
        ("Legal gateway", Field.LEGAL_BASIS),
        ("Type of organisation", Field.RECIPIENT_TYPE),
        ("  LEVEL OF DATA ", Field.IDENTIFIABLE),
        ("Security review", None),
        ("Agreement end date", None),  # a date, but not the date of the release
        ("Date data destroyed", None),
        ("Date approved by DSAP", Field.DATE),
        ("", None),
    ],
)
def test_headers(header: str, field: Field | None) -> None:
    assert field_for(header) is field


def test_the_header_is_found_below_notes_and_a_title() -> None:
    rows = [
        ["DfE external data shares"],
        ["Note: figures are published quarterly and cover every request approved."],
        [],
        ["Reference", "Organisation", "Purpose", "Date approved", None, None],
        ["DS99001", "Example Analytics Ltd", "Maps", "01/02/2019", None, None],
    ]
    header = find_header(rows)
    assert header is not None
    assert header.row == 3
    assert header.fields[Field.RECIPIENT] == 1
    assert header.width == 4  # the empty columns after the table are not part of it


def test_no_header_in_a_sheet_of_notes() -> None:
    assert find_header([["About this data"], ["Organisations are listed by date."]]) is None


@pytest.mark.parametrize(
    ("name", "title", "kind"),
    [
        ("DSAP approved shares", "", SheetKind.DSAP),
        ("Sheet2", "Third-party data shares approved by the Data Sharing Approvals Panel", SheetKind.DSAP),
        ("NPD requests prior to 2018", "", SheetKind.NPD_BEFORE_2018),
        ("Regular shares", "", SheetKind.AGREEMENTS),
        ("Home Office", "", SheetKind.HOME_OFFICE),
        ("Police", "", SheetKind.POLICE),
        ("Sheet7", "Data shares with police and criminal investigation authorities", SheetKind.POLICE),
        ("Court orders", "", SheetKind.COURT),
        ("Classification of data", "", SheetKind.TIERS),
        ("Tier of data", "", SheetKind.TIERS),
        ("Requests completed", "", SheetKind.NPD_COMPLETED),
        ("Open requests", "", SheetKind.NPD_OPEN),
        ("Live cases", "", SheetKind.NPD_LIVE),
        ("Sheet1", "", SheetKind.UNKNOWN),
    ],
)
def test_sheets_are_found_by_what_they_hold(name: str, title: str, kind: SheetKind) -> None:
    assert sheet_kind(name, [[title]] if title else []) is kind


@pytest.mark.parametrize(
    ("recipient", "sheet", "stated", "kind", "inferred"),
    [
        ("Daily Telegraph", SheetKind.DSAP, "", RecipientType.PRESS, True),
        ("Times Newspapers Ltd", SheetKind.DSAP, "", RecipientType.PRESS, True),  # press before the suffix
        ("BBC Newsnight", SheetKind.DSAP, "", RecipientType.PRESS, True),
        ("Example Analytics Ltd", SheetKind.DSAP, "", RecipientType.COMMERCIAL, True),
        ("Fictional Property Search plc", SheetKind.DSAP, "", RecipientType.COMMERCIAL, True),
        ("Imaginary Accountants LLP", SheetKind.DSAP, "", RecipientType.COMMERCIAL, True),
        ("KPMG", SheetKind.AGREEMENTS, "", RecipientType.COMMERCIAL, True),
        ("University of Nowhere", SheetKind.DSAP, "", RecipientType.RESEARCH, True),
        ("Department for Imaginary Affairs", SheetKind.DSAP, "", RecipientType.GOVERNMENT, True),
        ("Borough Council of Nowhere", SheetKind.AGREEMENTS, "", RecipientType.GOVERNMENT, True),
        ("Independent Schools Council", SheetKind.DSAP, "", RecipientType.OTHER, True),  # no newspaper, no council
        ("Made-up Think Tank", SheetKind.DSAP, "", RecipientType.OTHER, True),
        ("Anyone at all", SheetKind.HOME_OFFICE, "", RecipientType.HOME_OFFICE, False),
        ("Imaginary Constabulary", SheetKind.POLICE, "", RecipientType.POLICE, False),
        ("Fictional County Court", SheetKind.COURT, "", RecipientType.COURT, False),
        ("Made-up Think Tank", SheetKind.AGREEMENTS, "Private sector", RecipientType.COMMERCIAL, False),
        ("Office of Made-up Statistics", SheetKind.AGREEMENTS, "Public sector", RecipientType.GOVERNMENT, False),
    ],
)
def test_recipient_types(recipient: str, sheet: SheetKind, stated: str, kind: RecipientType, inferred: bool) -> None:
    found = classify(recipient, sheet, stated)
    assert (found.type, found.inferred) == (kind, inferred)
    assert found.reason  # every type says why, inferred or not


def test_every_public_record_row_has_its_source_and_check_date() -> None:
    from pathlib import Path

    from npdrights.core.register.public_record import parse_public_record

    text = (Path(__file__).resolve().parents[3] / "resources" / "register" / "public-record.toml").read_text()
    releases = parse_public_record(text)
    assert releases
    for release in releases:
        assert release.source.startswith("https://"), release.recipient
        assert release.checked, release.recipient
        assert not release.type_inferred
    kinds = [release.type for release in releases]
    assert kinds[:3] == [RecipientType.PRESS] * 3  # press first, then commercial (issue 15, item 2)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ('recipient = "X"\ntype = "press"\nchecked = 2026-12-06', "needs its source"),
        (
            'recipient = "X"\ntype = "press"\nsource = "http://insecure.example"\nchecked = 2026-12-06',
            "needs its source",
        ),
        ('recipient = "X"\ntype = "press"\nsource = "https://example.org"', "date its source was checked"),
        ('recipient = "X"\ntype = "tabloid"\nsource = "https://example.org"\nchecked = 2026-12-06', "type must be"),
    ],
)
def test_a_public_record_row_without_a_source_is_refused(row: str, problem: str) -> None:
    from npdrights.core.register.public_record import PublicRecordError, parse_public_record

    with pytest.raises(PublicRecordError, match=problem):
        parse_public_record(f"[[release]]\n{row}\n")
