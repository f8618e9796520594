"""Export, then import: the whole vault, one case or one household; merge and replace."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from npdrights.core.model import CaseEvent, EventKind, Person
from npdrights.storage.backup_export import Scope, export_backup
from npdrights.storage.backup_import import (
    merge_into,
    open_backup,
    replace_contents,
    restore_as_new_vault,
    verify_backup,
)
from npdrights.storage.errors import BackupError
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import (
    BACKUP_PASSPHRASE,
    DFE,
    FAST_BACKUP_KDF,
    attachment_bytes,
    case,
    dump,
    fill,
)
from tests.storage.test_no_plaintext import _assert_no_plaintext


def _export(vault: Vault, tmp_path: Path, scope: Scope | None = None, name: str = "backup.npdbackup") -> Path:
    out = tmp_path / name
    export_backup(vault, out, BACKUP_PASSPHRASE, scope=scope, kdf=FAST_BACKUP_KDF)
    return out


def _new_vault(tmp_path: Path, name: str) -> Vault:
    return Vault(tmp_path / name, KeyringKeyStore(), kdf=FAST_KDF)


def test_whole_vault_round_trip_is_identical_and_attachments_byte_for_byte(vault: Vault, tmp_path: Path) -> None:
    filled = fill(vault)
    backup = _export(vault, tmp_path)
    other = _new_vault(tmp_path, "restored")
    with open_backup(backup, BACKUP_PASSPHRASE, tmp_path) as staged:
        code, report = restore_as_new_vault(other, staged, "a new vault passphrase")
    assert code
    assert dump(other) == dump(vault)
    assert attachment_bytes(other) == filled["files"]
    assert report.added["cases"] == 4
    assert report.duplicate_cases == []
    assert sorted(c.id for c in Repository(other.database).cases()) == sorted(filled["cases"])
    assert not list((tmp_path / "staging").iterdir())
    other.lock()
    reopened = _new_vault(tmp_path, "restored")
    reopened.unlock_with_passphrase("a new vault passphrase")
    assert attachment_bytes(reopened) == filled["files"]
    reopened.lock()


def test_verify_reports_what_the_backup_holds(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    backup = _export(vault, tmp_path)
    summary = verify_backup(backup, BACKUP_PASSPHRASE, tmp_path)
    assert summary.counts == {
        "settings": 1,
        "households": 2,
        "people": 5,
        "organisations": 1,
        "cases": 4,
        "events": 8,
        "letters": 1,
        "attachments": 3,
    }
    assert summary.manifest.attachment_bytes == 270_001
    assert summary.manifest.scope == "vault"
    assert [reference for _id, reference in summary.cases] == ["NPD-0001", "NPD-0002", "NPD-0003", "NPD-0004"]


def test_no_plaintext_in_the_backup_file(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    raw = _export(vault, tmp_path).read_bytes()
    for needle in (b"Zebedee", b"Fictionalson", b"B801200005001", b"2014-03-07", b"NPD-0001"):
        assert needle not in raw


def test_no_plaintext_anywhere_in_the_data_folder_after_a_restore(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    backup = _export(vault, tmp_path)
    other = _new_vault(tmp_path, "restored")
    with open_backup(backup, BACKUP_PASSPHRASE, other.folder.parent) as staged:
        _assert_no_plaintext(staged.path.parent)  # the staged copy, while it exists
        restore_as_new_vault(other, staged, "a new vault passphrase")
    other.lock()
    _assert_no_plaintext(other.folder)  # cases.db, its snapshots and the attachment files


def test_single_case_round_trips_through_a_merge(vault: Vault, tmp_path: Path) -> None:
    filled = fill(vault)
    backup = _export(vault, tmp_path, Scope.one_case("c1"))
    other = _new_vault(tmp_path, "adviser")
    other.create(PASSPHRASE)
    with open_backup(backup, BACKUP_PASSPHRASE, tmp_path) as staged:
        assert staged.summary.counts["cases"] == 1
        report = merge_into(other, staged)
    theirs = Repository(other.database)
    assert [c.id for c in theirs.cases()] == ["c1"]
    # The child, and the parent who asked on the child's behalf, and their household, come along.
    assert sorted(p.id for p in theirs.people()) == ["p-child", "p-parent"]
    assert [h.id for h in theirs.households()] == ["h1"]
    assert [e.id for e in theirs.events("c1")] == ["e0a", "e0b"]
    assert report.added["letters"] == 1
    c1_files = {a.id for a in vault.attachments().for_case("c1")}
    assert attachment_bytes(other) == {k: v for k, v in filled["files"].items() if k in c1_files}
    assert dump(other)["settings"] == []  # an adviser's own settings stay with them
    other.lock()


def test_single_household_export(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    backup = _export(vault, tmp_path, Scope.one_household("h1"))
    summary = verify_backup(backup, BACKUP_PASSPHRASE, tmp_path)
    assert summary.manifest.scope == "household"
    assert sorted(case_id for case_id, _ref in summary.cases) == ["c1", "c2"]
    assert summary.counts["people"] == 3
    assert summary.counts["households"] == 1


def test_a_scope_with_nothing_in_it_is_refused(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    with pytest.raises(BackupError):
        _export(vault, tmp_path, Scope.one_case("no-such-case"))
    assert not list(tmp_path.glob("*.npdbackup*"))
    assert not list(tmp_path.glob(".npdbackup-*"))


def test_merge_reports_duplicates_and_never_overwrites(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    backup = _export(vault, tmp_path)
    # Change the vault after the backup: a case's reference and a person's name. The merge must keep these.
    repository = Repository(vault.database)
    with vault.database.transaction():
        vault.database.execute("UPDATE cases SET data=json_set(data, '$.reference', 'CHANGED') WHERE id='c1'")
        vault.database.execute("DELETE FROM events WHERE id='e0b'")
    person = repository.person("p-child")
    assert person is not None
    repository.save_person(type(person)(**{**person.__dict__, "full_name": "Zebedee Renamed"}))
    before = dump(vault)
    with open_backup(backup, BACKUP_PASSPHRASE, tmp_path) as staged:
        report = merge_into(vault, staged)
    assert sorted(report.duplicate_cases) == [
        ("c1", "NPD-0001"),
        ("c2", "NPD-0002"),
        ("c3", "NPD-0003"),
        ("c4", "NPD-0004"),
    ]
    assert report.kept_existing["people"] == 1
    assert sum(report.added.values()) == 0
    assert dump(vault) == before


def test_replace_contents_keeps_the_old_vault_aside(vault: Vault, tmp_path: Path) -> None:
    filled = fill(vault)
    backup = _export(vault, tmp_path)
    expected = dump(vault)
    Repository(vault.database).save_person(
        type(Repository(vault.database).people()[0])(id="p-late", full_name="Added Afterwards")
    )
    with vault.database.transaction():
        vault.database.execute("DELETE FROM cases WHERE id='c3'")
    with open_backup(backup, BACKUP_PASSPHRASE, tmp_path) as staged:
        kept, report = replace_contents(vault, staged)
    assert vault.is_unlocked
    assert dump(vault) == expected
    assert attachment_bytes(vault) == filled["files"]  # the same files, reused, not rewritten
    assert report.added["cases"] == 4
    assert kept.exists()
    assert "replaced" in kept.name
    vault.lock()
    again = _new_vault(tmp_path, "data")
    again.unlock_with_passphrase(PASSPHRASE)  # no rollback warning after the swap
    assert dump(again) == expected
    again.lock()


def test_a_failed_import_leaves_the_vault_exactly_as_it_was(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    backup = _export(vault, tmp_path)
    target = _new_vault(tmp_path, "target")
    target.create(PASSPHRASE)
    # A clash only the vault can show: the target already uses one of the backup's event ids elsewhere.
    theirs = Repository(target.database)
    theirs.save_organisation(DFE)
    theirs.save_person(Person(id="p-x", full_name="Xavier Notreal"))
    theirs.add_case(case("x1", "p-x", "X-1"), (CaseEvent("e3b", "x1", EventKind.SENT, date(2026, 1, 1)),))
    before = dump(target)
    with open_backup(backup, BACKUP_PASSPHRASE, tmp_path) as staged, pytest.raises(BackupError) as caught:
        merge_into(target, staged)
    assert "same id" in caught.value.message
    assert dump(target) == before
    assert target.blobs.ids_on_disk() == set()  # the attachment files it had written were removed again
    target.lock()
