"""Importing the DfE's register: every layout in every format, re-imports, newer editions and hostile files.

The files are made by tests/register_files.py (fictional rows, messy as the real ones are).
"""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from npdrights.core.register import RecipientType, SheetKind
from npdrights.service.register import RegisterService
from npdrights.storage.register_reader import Limits, RegisterFileError, read_register_file
from tests.register_files import FORMATS, LAYOUTS, Layout, big_sheet, expected_releases, write_layout, write_xlsx

NOW = datetime(2026, 12, 6, 10, 0)


def service(tmp_path: Path, limits: Limits | None = None) -> RegisterService:
    return RegisterService(tmp_path / "register", now=lambda: NOW, **({"limits": limits} if limits else {}))


def imported(svc: RegisterService) -> list:
    return [release for release in svc.releases() if release.sheet is not SheetKind.PUBLIC_RECORD]


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_each_layout_imports_with_the_expected_counts_and_types(
    tmp_path: Path, layout: Layout, file_format: str
) -> None:
    svc = service(tmp_path)
    for path in write_layout(layout, file_format, tmp_path / "files"):
        if path.stem.endswith(("Tier of data", "Classification of data")):  # a CSV of the explanation sheet alone
            assert "found no releases" in refused_import(svc, path)
            continue
        outcome = svc.import_file(path)
        assert not outcome.already_imported
        assert outcome.report, "every import says what it read"
    releases = imported(svc)
    # The Home Office and police sheets appear in both workbooks of a layout only once; counts are per sheet.
    assert len(releases) == expected_releases(layout)
    for sheets in layout.workbooks.values():
        for spec in sheets:
            mine = [release for release in releases if release.sheet is spec.kind]
            for kind, count in spec.types.items():
                assert Counter(release.type for release in mine)[kind] >= count, (spec.name, kind)


@pytest.mark.parametrize("file_format", FORMATS)
def test_dates_serials_text_and_unknown_columns_survive(tmp_path: Path, file_format: str) -> None:
    svc = service(tmp_path)
    for path in write_layout(LAYOUTS[1], file_format, tmp_path / "files")[-6:]:  # not the explanation sheet
        svc.import_file(path)
    by_reference = {release.reference: release for release in imported(svc)}
    analytics = by_reference["DS99001"]
    assert analytics.approved is not None
    assert analytics.approved.isoformat() == "2019-03-14"
    assert (analytics.data_from, analytics.data_to) == (2015, 2019)
    assert analytics.identifiable is True
    assert analytics.type is RecipientType.COMMERCIAL
    assert analytics.type_inferred
    assert "Ltd" in analytics.type_reason
    assert by_reference["DS99002"].approved.isoformat() == "2019-03-14"  # the same day, typed as text
    assert by_reference["DS99002"].identifiable is False  # pseudonymised
    think_tank = by_reference["DS99005"]
    assert think_tank.approved is None
    assert think_tank.date_text == "sometime in 2020"
    assert "sometime in 2020" in think_tank.cells
    home_office = [release for release in imported(svc) if release.sheet is SheetKind.HOME_OFFICE]
    assert len(home_office) == 2
    assert dict(home_office[0].extra).keys() == {"Number of individuals requested", "Number of individuals matched"}


def test_the_report_lists_what_was_not_understood(tmp_path: Path) -> None:
    svc = service(tmp_path)
    outcome = svc.import_file(write_layout(LAYOUTS[0], "xlsx", tmp_path / "files")[0])
    text = "\n".join(outcome.report)
    assert "Requests completed: 4 releases from 11 rows" in text
    assert "1 empty row skipped" in text
    assert "1 row with no organisation or reference" in text  # the totals line
    assert "Columns kept as they are: Security review" in text
    assert "Tier of data: 0 releases" in text
    assert "not a list of releases" in text


def test_importing_the_same_file_again_changes_nothing(tmp_path: Path) -> None:
    svc = service(tmp_path)
    path = write_layout(LAYOUTS[1], "ods", tmp_path / "files")[0]
    first = svc.import_file(path)
    before = svc.releases()
    again = svc.import_file(path)
    assert again.already_imported
    assert "nothing has changed" in again.summary()
    assert svc.releases() == before
    assert first.added == 13  # 5 DSAP, 2 regular, 2 before 2018, 2 Home Office, 1 police, 1 court
    assert first.updated == 0


def test_a_newer_edition_adds_and_updates(tmp_path: Path) -> None:
    svc = service(tmp_path)
    older = big_sheet(10)
    newer = big_sheet(12)  # the same ten releases, and two more
    write_xlsx(tmp_path / "older.xlsx", [older])
    write_xlsx(tmp_path / "newer.xlsx", [newer])
    assert svc.import_file(tmp_path / "older.xlsx").added == 10
    outcome = svc.import_file(tmp_path / "newer.xlsx")
    assert (outcome.added, outcome.updated) == (2, 10)
    assert len(imported(svc)) == 12


def test_the_public_record_is_there_before_any_import(tmp_path: Path) -> None:
    releases = service(tmp_path).releases()
    assert releases
    assert all(release.sheet is SheetKind.PUBLIC_RECORD for release in releases)
    assert all(release.source.startswith("https://") and release.checked for release in releases)
    assert {RecipientType.PRESS, RecipientType.COMMERCIAL} <= {release.type for release in releases}


def test_a_correction_of_a_type_applies_to_every_release_to_that_recipient(tmp_path: Path) -> None:
    svc = service(tmp_path)
    svc.import_file(write_layout(LAYOUTS[1], "csv", tmp_path / "files")[1])  # the DSAP sheet
    svc.choose_type("made-up think tank", RecipientType.RESEARCH)
    think_tank = next(release for release in svc.releases() if release.recipient == "Made-up Think Tank")
    assert (think_tank.type, think_tank.type_inferred, think_tank.type_reason) == (
        RecipientType.RESEARCH,
        False,
        "You set this type.",
    )
    svc.choose_type("Made-up Think Tank", None)
    think_tank = next(release for release in svc.releases() if release.recipient == "Made-up Think Tank")
    assert think_tank.type is RecipientType.OTHER
    assert think_tank.type_inferred


def refused_import(svc: RegisterService, path: Path) -> str:
    with pytest.raises(RegisterFileError) as caught:
        svc.import_file(path)
    return caught.value.message


# -- hostile files -----------------------------------------------------------------------------------------


def refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(RegisterFileError) as caught:
        read_register_file(path, limits or Limits())
    message = caught.value.message
    assert "Traceback" not in message
    assert len(message) < 400
    return message


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "photo.ods"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert "not a spreadsheet" in refused(path)


def test_an_empty_file_and_a_folder(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert "is empty" in refused(tmp_path / "empty.xlsx")
    (tmp_path / "folder.ods").mkdir()
    assert "folder" in refused(tmp_path / "folder.ods")


def test_a_truncated_spreadsheet(tmp_path: Path) -> None:
    path = write_layout(LAYOUTS[1], "xlsx", tmp_path)[0]
    path.write_bytes(path.read_bytes()[:2000])
    assert "damaged" in refused(path)


def test_a_zip_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "files.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "unpack it first" in refused(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):  # 64 MB of zeros packs to about 64 KB
                entry.write(chunk)
    assert path.stat().st_size < 1_000_000
    message = refused(path, Limits(unpacked_bytes=32 * 1024 * 1024))
    assert "fill the computer's memory" in message


def test_too_many_rows_is_refused_with_a_message(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "big.xlsx", [big_sheet(300)])
    assert "more than 200 rows" in refused(tmp_path / "big.xlsx", Limits(rows=200))


def test_a_file_too_big_to_be_the_register(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("a,b\n" * 1000)
    assert "too big" in refused(path, Limits(file_bytes=1000))


def test_100000_rows_import_with_a_report(tmp_path: Path) -> None:
    from tests.register_files import write_csv

    write_csv(tmp_path / "DSAP approved shares.csv", big_sheet(100_000))
    outcome = service(tmp_path).import_file(tmp_path / "DSAP approved shares.csv")
    assert outcome.added == 100_000
    assert "100,000 releases" in outcome.report[0]


def test_formulas_give_their_saved_result_never_run(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "DSAP approved shares"
    sheet.append(["DSAP Reference", "Organisation", "Purpose", "Date approved"])
    sheet.append(["DS99100", '=HYPERLINK("http://example.invalid","Example Ltd")', "=1+1", "=TODAY()"])
    sheet.append(["DS99101", "Example Ltd", "Maps", "01/01/2020"])
    book.save(tmp_path / "formulas.xlsx")
    svc = service(tmp_path)
    svc.import_file(tmp_path / "formulas.xlsx")
    by_reference = {release.reference: release for release in imported(svc)}
    assert set(by_reference) == {"DS99100", "DS99101"}
    assert by_reference["DS99100"].approved is None  # no saved result: nothing, not today's date


def test_huge_cells_are_cut_and_reported(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "DSAP approved shares"
    sheet.append(["DSAP Reference", "Organisation", "Purpose", "Date approved"])
    sheet.append(["DS99200", "Example Ltd", "x" * 30_000, "01/01/2020"])
    book.save(tmp_path / "huge-cell.xlsx")
    outcome = service(tmp_path).import_file(tmp_path / "huge-cell.xlsx")
    assert any("1 very long cell cut" in line for line in outcome.report)


def test_a_csv_with_a_cell_over_the_csv_limit(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text('Reference,Organisation\nDS1,"' + "y" * 200_000 + '"\n')
    assert "could not read this CSV file" in refused(path)


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE releases SET rows = x'00ff00ff'",  # flipped bytes
        "UPDATE releases SET format = 'marshal-9-py9.9'",  # written by another Python
        "UPDATE releases SET rows = substr(rows, 1, 100)",  # cut short
    ],
)
def test_a_damaged_register_is_rebuilt_and_says_so(tmp_path: Path, damage: str) -> None:
    import sqlite3

    svc = service(tmp_path)
    path = write_layout(LAYOUTS[1], "xlsx", tmp_path / "files")[0]
    svc.import_file(path)
    with sqlite3.connect(tmp_path / "register" / "register.sqlite") as connection:
        connection.execute(damage)
    again = service(tmp_path)
    releases = again.releases()
    assert releases
    assert all(release.sheet is SheetKind.PUBLIC_RECORD for release in releases)
    assert "Import the DfE's register file again" in again.notice
    assert again.import_file(path).added == 13  # the same file can be imported again


@pytest.mark.parametrize("damage", ["truncate", "flip", "not-sqlite"])
def test_a_damaged_register_file_is_put_aside_and_rebuilt(tmp_path: Path, damage: str) -> None:
    svc = service(tmp_path)
    path = write_layout(LAYOUTS[1], "xlsx", tmp_path / "files")[0]
    svc.import_file(path)
    database = tmp_path / "register" / "register.sqlite"
    data = bytearray(database.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 3]
    elif damage == "flip":
        for offset in range(0, 100):  # the header: SQLite can no longer trust the file
            data[offset] ^= 0xFF
    else:
        data = bytearray(b"this is not a database at all" * 100)
    database.write_bytes(bytes(data))
    again = service(tmp_path)
    releases = again.releases()
    assert {release.sheet for release in releases} == {SheetKind.PUBLIC_RECORD}
    assert "Import the DfE's register file again" in again.notice
    assert (tmp_path / "register" / "register.sqlite.damaged").exists()  # kept aside, not deleted
    assert again.import_file(path).added == 13


def test_a_process_killed_mid_import_leaves_the_previous_register(tmp_path: Path) -> None:
    """The import is one transaction: killed before its commit, the register is as it was before."""
    import multiprocessing
    import os
    import signal

    svc = service(tmp_path)
    first = write_layout(LAYOUTS[0], "xlsx", tmp_path / "first")[0]
    svc.import_file(first)
    before = svc.releases()
    second = write_layout(LAYOUTS[1], "xlsx", tmp_path / "second")[0]
    context = multiprocessing.get_context("fork")
    child = context.Process(target=_import_and_die_before_commit, args=(tmp_path, second))
    child.start()
    child.join(30)
    assert child.exitcode == -signal.SIGKILL
    after = service(tmp_path)
    assert sorted(after.releases()) == sorted(before)
    assert not after.notice
    assert after.import_file(second).added == 13
    assert os.path.exists(tmp_path / "register" / "register.sqlite")


def _import_and_die_before_commit(tmp_path: Path, path: Path) -> None:
    import os
    import signal
    import sqlite3

    from npdrights.storage import register_store

    real_write = register_store.RegisterStore._write

    def write_then_die(connection: sqlite3.Connection, columns: list) -> None:
        real_write(connection, columns)
        os.kill(os.getpid(), signal.SIGKILL)  # after the document is written, before COMMIT

    register_store.RegisterStore._write = staticmethod(write_then_die)  # type: ignore[method-assign]
    service(tmp_path).import_file(path)


def test_a_zip_bomb_that_lies_about_its_sizes_is_refused(tmp_path: Path) -> None:
    """Declared sizes small, real contents large: the unpacker stops at the declared size and the file fails."""
    import io
    import struct

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            row = b"<row><c t='inlineStr'><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>" * 50
            for _ in range(8_000):  # about 20 MB unpacked
                entry.write(row)
    data = bytearray(buffer.getvalue())
    sheet = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, sheet.header_offset + 22, 1000)  # the local header's unpacked size
    central = data.find(b"PK\x01\x02" + data[sheet.header_offset + 4 : sheet.header_offset + 6], sheet.header_offset)
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, central + 24, 1000)  # and the central directory's
        central = data.find(b"PK\x01\x02", central + 4)
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))
    assert "damaged or not really a spreadsheet" in refused(path)
