"""Backups and the organisation's vault (issue 16): old backups still restore, and replacing the cases keeps who
the advisers are and the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from npdrights.storage import audit, backup_export, schema
from npdrights.storage.advisers import Advisers
from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_import import open_backup, replace_contents, restore_as_new_vault
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF, dump, fill
from tests.storage.older_vault import made_at_version

ADA, ADA_PASS = "Ada Fictionalson", "ada's long test passphrase"


def test_a_backup_from_before_the_audit_trail_restores(tmp_path: Path, no_keyring: None) -> None:
    with made_at_version(tmp_path / "old", 2) as old, pytest.MonkeyPatch.context() as before:
        before.setattr(backup_export, "_enter_in_audit_trail", lambda *_args: None)  # that app had no trail
        fill(old)
        export_backup(old, tmp_path / "old.npdbackup", BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
        old_contents = dump(old)
    new = Vault(tmp_path / "new", KeyringKeyStore(), kdf=FAST_KDF)
    with open_backup(tmp_path / "old.npdbackup", BACKUP_PASSPHRASE, tmp_path) as staged:
        restore_as_new_vault(new, staged, "a new vault passphrase")
    assert new.database.user_version() == schema.CURRENT_VERSION
    assert dump(new) == old_contents
    assert {entry.kind for entry in audit.entries(new.database.connection)} >= {audit.CASE_CREATED}
    new.lock()


def test_replacing_the_cases_keeps_the_advisers_and_carries_the_audit_trail_on(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    export_backup(vault, tmp_path / "all.npdbackup", BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    Advisers(vault).start_organisation(ADA, ADA_PASS)
    Repository(vault.database).delete_case(Repository(vault.database).cases()[0].id)
    before = audit.entries(vault.database.connection)
    with open_backup(tmp_path / "all.npdbackup", BACKUP_PASSPHRASE, tmp_path) as staged:
        replace_contents(vault, staged)
    assert vault.signed_in_as == ADA
    assert [adviser.name for adviser in Advisers(vault).list()] == [ADA]
    after = audit.entries(vault.database.connection)
    assert after[len(after) - len(before) :] == before  # the old trail, unchanged, at the start
    assert {entry.adviser for entry in after[: len(after) - len(before)]} == {ADA}
    assert audit.verify(vault.database.connection).intact
