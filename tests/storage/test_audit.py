"""The audit trail (issue 16, item 2): each kind of change is entered, and tampering is found by `verify`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import apsw
import pytest

from npdrights.core.model import EventKind
from npdrights.storage import audit, schema
from npdrights.storage.advisers import Advisers
from npdrights.storage.backup_export import Scope, export_backup
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF
from tests.storage.older_vault import made_at_version, unlocked_by_this_version
from tests.storage.test_repository import CHILD, DFE, HOUSEHOLD, PARENT, PDF, _case, _event, _letter

ADA = "Ada Fictionalson"


def _kinds(vault: Vault) -> list[str]:
    return [entry.kind for entry in reversed(audit.entries(vault.database.connection))]


def _a_case_with_everything(vault: Vault, tmp_path: Path) -> None:
    repository = Repository(vault.database)
    repository.create_case(_case(), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    repository.add_event(_event("e1", EventKind.SENT, date(2026, 10, 2)))
    repository.update_event(_event("e1", EventKind.SENT, date(2026, 10, 3)))
    repository.add_event(_event("e2", EventKind.REMINDER_SENT, date(2026, 11, 4)))
    repository.delete_event("e2")
    repository.update_case(replace(_case(), notes="Phoned the DfE"))
    repository.add_letter(_letter(), PDF)
    repository.record_letter_copied(_letter(), printed=False)
    repository.record_letter_copied(_letter(), printed=True)
    attachments = vault.attachments()
    scan = attachments.add("c1", "scan.pdf", "application/pdf", b"%PDF fictional scan")
    attachments.record_export(scan)
    export_backup(
        vault, tmp_path / "one case.npdbackup", "a backup test passphrase", scope=Scope.one_case("c1"), kdf=FAST_KDF
    )
    repository.delete_case("c1")


def test_each_kind_of_change_is_entered_in_order(vault: Vault, tmp_path: Path) -> None:
    _a_case_with_everything(vault, tmp_path)
    assert _kinds(vault) == [
        audit.CASE_CREATED,
        audit.EVENT_ADDED,
        audit.EVENT_EDITED,
        audit.EVENT_ADDED,
        audit.EVENT_DELETED,
        audit.CASE_EDITED,
        audit.LETTER_MADE,
        audit.LETTER_SAVED,
        audit.LETTER_PRINTED,
        audit.FILE_ATTACHED,
        audit.FILE_EXPORTED,
        audit.CASE_EXPORTED,
        audit.CASE_DELETED,  # its events, letter and file went with it: no entry each
    ]
    assert audit.verify(vault.database.connection).intact


def test_entries_name_the_adviser_and_hold_no_personal_content(vault: Vault, tmp_path: Path) -> None:
    Advisers(vault).start_organisation(ADA, "ada's long test passphrase")
    _a_case_with_everything(vault, tmp_path)
    rows = vault.database.query("SELECT * FROM audit")
    assert {entry.adviser for entry in audit.entries(vault.database.connection)} == {ADA}
    written = repr(rows)
    for personal in ("Zebedee", "Fictionalsons", "Marigold", "NPD-SAR", "Phoned", "scan.pdf"):
        assert personal not in written
    edited = next(e for e in audit.entries(vault.database.connection) if e.kind == audit.CASE_EDITED)
    assert edited.detail == "details"


def test_the_trail_cant_be_changed_or_shortened_through_sql(vault: Vault, tmp_path: Path) -> None:
    _a_case_with_everything(vault, tmp_path)
    for sql in ("UPDATE audit SET adviser = 'someone else'", "DELETE FROM audit WHERE seq = 3"):
        with pytest.raises(apsw.ConstraintError, match="append-only"):
            vault.database.execute(sql)


def _tamper(vault: Vault, *statements: str) -> audit.Check:
    """What someone holding the key could still do: drop the guard triggers, change the table, put them back."""
    connection = vault.database.connection
    with vault.database.transaction():
        connection.execute("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete")
        for statement in statements:
            connection.execute(statement)
    return audit.verify(connection)


@pytest.mark.parametrize(
    ("statements", "broken_at"),
    [
        pytest.param(["UPDATE audit SET adviser = 'Eve Notreal' WHERE seq = 4"], 4, id="an entry altered"),
        pytest.param(["UPDATE audit SET kind = 'event added' WHERE seq = 5"], 5, id="a kind changed"),
        pytest.param(["DELETE FROM audit WHERE seq = 6"], 6, id="an entry removed"),
        pytest.param(
            ["DELETE FROM audit WHERE seq = 6", "UPDATE audit SET seq = seq - 1 WHERE seq > 6"], 6, id="renumbered"
        ),
        pytest.param(["DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"], 13, id="the last entry removed"),
    ],
)
def test_verify_finds_an_altered_or_deleted_entry(
    vault: Vault, tmp_path: Path, statements: list[str], broken_at: int
) -> None:
    _a_case_with_everything(vault, tmp_path)
    check = _tamper(vault, *statements)
    assert check.broken_at == broken_at
    assert f"entry {broken_at}" in check.describe()


def test_a_whole_vault_backup_is_one_entry(vault: Vault, tmp_path: Path) -> None:
    Repository(vault.database).create_case(_case(), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    export_backup(vault, tmp_path / "all.npdbackup", "a backup test passphrase", kdf=FAST_KDF)
    last = audit.entries(vault.database.connection, limit=1)[0]
    assert (last.kind, last.case_id) == (audit.CASE_EXPORTED, "")


def test_a_vault_from_before_the_audit_trail_is_upgraded_after_a_snapshot(data_dir: Path, no_keyring: None) -> None:
    with made_at_version(data_dir, 2) as old:
        Repository(old.database).create_case(_case(), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    upgraded = unlocked_by_this_version(data_dir)
    assert upgraded.database.user_version() == schema.CURRENT_VERSION
    assert len(list_snapshots(upgraded.folder)) == 1  # the version-2 vault, kept before the upgrade
    Repository(upgraded.database).delete_case("c1")
    assert _kinds(upgraded) == [audit.CASE_DELETED]  # the trail starts at the upgrade
    upgraded.lock()
