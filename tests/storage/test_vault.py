"""Creating, locking and unlocking the vault, and every way a user can get a secret wrong."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from npdrights.core.model import Person
from npdrights.storage import recovery_code, schema
from npdrights.storage.database import connect
from npdrights.storage.errors import (
    MistypedRecoveryCode,
    NoVault,
    VaultExists,
    WeakPassphrase,
    WrongRecoveryCode,
    WrongSecret,
)
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _reopen(vault: Vault) -> Vault:
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


def test_create_lock_unlock_keeps_rows(vault: Vault) -> None:
    Repository(vault.database).save_person(Person(id="p1", full_name="Primrose Testperson"))
    vault.lock()
    assert not vault.is_unlocked
    again = _reopen(vault)
    again.unlock_with_passphrase(PASSPHRASE)
    assert [p.full_name for p in Repository(again.database).people()] == ["Primrose Testperson"]
    again.lock()


def test_lock_wipes_the_key_and_closes_the_database(vault: Vault) -> None:
    key = vault.key
    database = vault.database
    vault.lock()
    assert key.wiped
    assert not database.is_open
    with pytest.raises(RuntimeError):
        _ = vault.database


def test_wrong_passphrase_is_a_typed_error_with_a_plain_message(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(WrongSecret) as caught:
        vault.unlock_with_passphrase("not the passphrase at all")
    assert "That passphrase doesn't open this vault" in caught.value.message
    assert not vault.is_unlocked


def test_passphrase_is_normalised_so_composed_and_decomposed_accents_match(data_dir: Path, no_keyring: None) -> None:
    composed = "café crème brûlée forever"
    decomposed = "cafe\u0301 cre\u0300me bru\u0302le\u0301e forever"
    created = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF)
    created.create(composed)
    created.lock()
    created.unlock_with_passphrase(decomposed)
    assert created.is_unlocked
    created.lock()


def test_recovery_code_opens_and_forces_a_new_passphrase(vault: Vault) -> None:
    code: str = vault.test_recovery_code  # type: ignore[attr-defined]
    vault.lock()
    with pytest.raises(WeakPassphrase):
        vault.unlock_with_recovery_code(code, "short")
    assert not vault.is_unlocked
    vault.unlock_with_recovery_code(code.lower().replace("-", " "), "a brand new passphrase")
    assert vault.is_unlocked
    vault.lock()
    with pytest.raises(WrongSecret):
        vault.unlock_with_passphrase(PASSPHRASE)
    vault.unlock_with_passphrase("a brand new passphrase")
    assert vault.is_unlocked


def test_recovery_code_typo_is_caught_before_any_key_is_tried(vault: Vault) -> None:
    code: str = vault.test_recovery_code  # type: ignore[attr-defined]
    vault.lock()
    first = code[0]
    typo = ("B" if first != "B" else "C") + code[1:]
    with pytest.raises(MistypedRecoveryCode):
        vault.unlock_with_recovery_code(typo, "a brand new passphrase")


def test_another_vaults_recovery_code_is_wrong_not_mistyped(vault: Vault) -> None:
    vault.lock()
    other = recovery_code.encode(bytes(32))
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(other, "a brand new passphrase")


def test_passphrase_change_leaves_the_database_bytes_unchanged(vault: Vault) -> None:
    Repository(vault.database).save_person(Person(id="p1", full_name="Primrose Testperson"))
    vault.lock()  # checkpoints the WAL into cases.db
    db = vault.folder / "cases.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    slots_before = (vault.folder / "vault.json").read_bytes()
    changer = _reopen(vault)
    changer.unwrap_with_passphrase(PASSPHRASE)  # proves the old one first, without opening the database
    changer.change_passphrase(PASSPHRASE, "completely different words")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert (vault.folder / "vault.json").read_bytes() != slots_before
    with pytest.raises(WrongSecret):
        changer.unwrap_with_passphrase(PASSPHRASE)
    changer.unlock_with_passphrase("completely different words")
    assert [p.full_name for p in Repository(changer.database).people()] == ["Primrose Testperson"]
    changer.lock()


def test_change_passphrase_needs_the_old_one(vault: Vault) -> None:
    with pytest.raises(WrongSecret):
        vault.change_passphrase("not the old one", "completely different words")


def test_recovery_code_still_works_after_a_passphrase_change(vault: Vault) -> None:
    code: str = vault.test_recovery_code  # type: ignore[attr-defined]
    vault.change_passphrase(PASSPHRASE, "completely different words")
    vault.lock()
    vault.unlock_with_recovery_code(code, "yet another passphrase")
    assert vault.is_unlocked


def test_a_new_recovery_code_replaces_the_old(vault: Vault) -> None:
    old: str = vault.test_recovery_code  # type: ignore[attr-defined]
    new = vault.new_recovery_code()
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(old, "a brand new passphrase")
    vault.unlock_with_recovery_code(new, "a brand new passphrase")


def test_cannot_create_over_an_existing_vault(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        _reopen(vault).create("another long passphrase")


def test_unlocking_an_empty_folder_says_there_is_no_vault(data_dir: Path) -> None:
    with pytest.raises(NoVault):
        Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF).unlock_with_passphrase(PASSPHRASE)


def test_short_passphrase_is_refused_at_creation(data_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF).create("too short")
    assert not data_dir.exists() or not any(data_dir.iterdir())


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="Unix permissions")
def test_data_folder_and_key_files_are_private(vault: Vault) -> None:
    assert vault.folder.stat().st_mode & 0o777 == 0o700
    for name in ("vault.json", "vault.json.bak"):
        assert (vault.folder / name).stat().st_mode & 0o777 == 0o600


def test_database_settings_are_wal_and_full_sync(vault: Vault) -> None:
    assert vault.database.query("PRAGMA journal_mode") == [("wal",)]
    assert vault.database.query("PRAGMA synchronous") == [(2,)]  # 2 = FULL
    assert vault.database.query("PRAGMA temp_store") == [(2,)]  # 2 = MEMORY


def test_a_new_vault_has_the_schema_its_migrations_give_one_at_a_time(vault: Vault, tmp_path: Path) -> None:
    """A new file takes every migration in one transaction: it must end exactly as one upgraded step by step."""
    stepwise = connect(tmp_path / "stepwise.db", bytes(range(32)))
    with stepwise:
        stepwise.execute(schema.MIGRATIONS[0])
        stepwise.execute("PRAGMA user_version=1")
    schema.migrate(stepwise, 1)  # from version 1: each later step in a transaction of its own
    shape = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
    assert vault.database.query(shape) == list(stepwise.execute(shape))
    assert vault.database.user_version() == stepwise.execute("PRAGMA user_version").fetchall()[0][0]
    assert vault.database.user_version() == schema.CURRENT_VERSION
    stepwise.close()
