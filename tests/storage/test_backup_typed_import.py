"""Issue 11, item 13: backups that authenticate and parse but would break a case are refused, whole, naming
the table and the field; the vault is unchanged.

Each input is one the red team got through the strict import: a letter dated "not-a-date", letter answers of
the wrong JSON type, an event numbered 2^63-1, notes of megabytes that froze the window, 300,000 settings.
The import now decodes every row with the app's own typed decoders and applies the app's own limits.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npdrights.storage.backup_import import merge_into, open_backup
from npdrights.storage.errors import BackupRejected
from npdrights.storage.vault import Vault
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, encrypt_as_backup
from tests.storage.test_backup_hostile import (
    _join,
    _records_of,
    _replace_row,
    _unchanged_after,
    filled,
    filled_template,
)

__all__ = ["filled", "filled_template"]  # the fixtures, shared with the hostile-backup tests


def _model_change(records: list[tuple[bytes, str, bytes]], table: str, change: dict[str, object]) -> None:
    """Change fields inside the first row's model JSON (its `data` column)."""
    row = next(json.loads(data) for kind, name, data in records if kind == b"R" and name == table)
    _replace_row(records, table, {"data": json.dumps({**json.loads(row["data"]), **change})})


def _letter_details(records: list[tuple[bytes, str, bytes]], details: str) -> None:
    _replace_row(records, "letters", {"data": details})


def _many_settings(records: list[tuple[bytes, str, bytes]]) -> None:
    manifest = json.loads(records[0][2])
    manifest["counts"]["settings"] = 300_000
    records[0] = (b"M", "", json.dumps(manifest).encode())


CASES = {
    "letter-date-not-a-date": (
        lambda r: _replace_row(r, "letters", {"created_on": "not-a-date"}),
        "Letter.created_on: 'not-a-date' is not a date",
    ),
    "letter-date-year-9999": (
        lambda r: _replace_row(r, "letters", {"created_on": "9999-12-31"}),
        "in letters, Letter.created_on",
    ),
    "letter-answers-a-list": (
        lambda r: _letter_details(r, json.dumps({"answers": [1, 2, 3]})),
        "answers must be a JSON object",
    ),
    "letter-subject-a-number": (lambda r: _letter_details(r, json.dumps({"subject": 7})), "must be text"),
    "letter-details-a-string": (lambda r: _letter_details(r, json.dumps("hello")), "not the letter's details"),
    "letter-answers-nested-100000-deep": (
        lambda r: _letter_details(r, '{"answers": {"a": ' + "[" * 100_000 + "]" * 100_000 + "}}"),
        "nested too deeply",
    ),
    "event-number-2-63-minus-1": (lambda r: _replace_row(r, "events", {"seq": 2**63 - 1}), "in events, seq"),
    "event-in-year-0001": (
        lambda r: (
            _model_change(r, "events", {"on": "0001-01-01"}),
            _replace_row(r, "events", {"on_date": "0001-01-01"}),
        ),
        "CaseEvent.on",
    ),
    "notes-of-200-kb": (lambda r: _model_change(r, "cases", {"notes": "n" * 200_000}), "Case.notes"),
    "notes-of-8-mb": (lambda r: _model_change(r, "cases", {"notes": "n" * 8_000_000}), "a row of cases has a data"),
    "a-name-of-5-kb": (lambda r: _model_change(r, "people", {"full_name": "x" * 5_000}), "Person.full_name"),
    "300000-settings-rows": (_many_settings, "it holds 300,000 settings, and the most npdrights takes is 1,000"),
    "case-notes-a-number": (lambda r: _model_change(r, "cases", {"notes": 12}), "Case.notes"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_row_the_app_could_not_use_is_refused_naming_table_and_field(
    filled: tuple[Vault, Path], tmp_path: Path, case: str
) -> None:
    vault, backup = filled
    change, reason = CASES[case]
    records = _records_of(backup)
    change(records)
    hostile = tmp_path / "hostile.npdbackup"
    encrypt_as_backup(hostile, _join(records))
    message = _unchanged_after(vault, hostile, BackupRejected)
    assert reason in message
    assert "none of it was used" in message


def test_notes_within_the_limit_come_in_and_read_back(filled: tuple[Vault, Path], tmp_path: Path) -> None:
    vault, backup = filled
    records = _records_of(backup)
    _model_change(records, "cases", {"notes": "n" * 100_000, "id": "c-new", "reference": "NPD-0099"})
    _replace_row(records, "cases", {"id": "c-new"})
    manifest = json.loads(records[0][2])
    records = [r for r in records if not (r[0] == b"R" and r[1] in ("events", "letters", "attachments"))]
    records = [r for r in records if r[0] != b"A"]
    manifest["counts"].update(events=0, letters=0, attachments=0)
    manifest["attachment_bytes"] = 0
    records[0] = (b"M", "", json.dumps(manifest).encode())
    records[-1] = (b"E", "", json.dumps({"records": len(records)}).encode())
    good = tmp_path / "long-notes.npdbackup"
    encrypt_as_backup(good, _join(records))
    with open_backup(good, BACKUP_PASSPHRASE, vault.folder) as staged:
        merge_into(vault, staged)
    (row,) = vault.database.query("SELECT data FROM cases WHERE id='c-new'")
    assert len(json.loads(row[0])["notes"]) == 100_000
