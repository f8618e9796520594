"""Issue 11, item 11: with "remember on this computer", the rollback counter is kept in the OS keychain too, so
an old copy of the WHOLE data folder put back (cases.db and vault.json agreeing with each other) is noticed.
security-design: cases.db and vault.json alone can't see it; the keychain lives outside the folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest

from npdrights.core.model import Household
from npdrights.storage import generation_witness
from npdrights.storage.errors import OlderDatabase
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, InMemoryKeyring


def _vault(folder: Path) -> Vault:
    return Vault(folder, KeyringKeyStore(), kdf=FAST_KDF)


def _households(vault: Vault) -> list[str]:
    return sorted(household.id for household in Repository(vault.database).households())


def _session(folder: Path, household: str | None = None) -> None:
    vault = _vault(folder)
    vault.unlock_with_keychain()
    if household is not None:
        Repository(vault.database).save_household(Household(household, household))
    vault.lock()


def _remembered_with_old_copy(data_dir: Path, tmp_path: Path) -> Path:
    """A remembered vault, a copy of its whole folder taken, then two more sessions. Returns the copy."""
    vault = _vault(data_dir)
    vault.create(PASSPHRASE)
    vault.enable_keychain()
    Repository(vault.database).save_household(Household("h-old", "h-old"))
    vault.lock()
    copy = tmp_path / "copy-of-the-folder"
    shutil.copytree(data_dir, copy)
    _session(data_dir, "h-new")
    _session(data_dir)
    return copy


def _put_back(copy: Path, data_dir: Path) -> None:
    shutil.rmtree(data_dir)
    shutil.copytree(copy, data_dir)


def test_an_old_copy_of_the_whole_folder_put_back_is_noticed(
    data_dir: Path, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    _put_back(_remembered_with_old_copy(data_dir, tmp_path), data_dir)
    before = (data_dir / "cases.db").read_bytes()
    later = _vault(data_dir)
    with pytest.raises(OlderDatabase) as caught:
        later.unlock_with_keychain()
    assert caught.value.whole_folder
    assert "old copy of the whole npdrights data folder was put back" in caught.value.message
    assert not later.is_unlocked
    assert (data_dir / "cases.db").read_bytes() == before  # nothing written to it
    with pytest.raises(OlderDatabase):
        later.unlock_with_passphrase(PASSPHRASE)  # the passphrase opens the same vault: the same check


def test_carrying_on_with_the_old_folder_resyncs_the_keychain_counter(
    data_dir: Path, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    _put_back(_remembered_with_old_copy(data_dir, tmp_path), data_dir)
    later = _vault(data_dir)
    later.open(later.unwrap_with_keychain(), accept_older_database=True)
    assert _households(later) == ["h-old"]
    later.lock()
    _session(data_dir)  # from then on it opens without a warning


def test_the_current_folder_opens_and_the_keychain_keeps_its_counter(
    data_dir: Path, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    _remembered_with_old_copy(data_dir, tmp_path)
    vault = _vault(data_dir)
    vault.unlock_with_keychain()
    assert _households(vault) == ["h-new", "h-old"]
    (row,) = vault.database.query("SELECT value FROM meta WHERE key='generation'")
    assert generation_witness.read(vault.keystore, vault.slots().vault_id) == int(row[0])
    vault.lock()


def test_a_keychain_that_stops_answering_skips_the_check_and_loses_nothing(
    data_dir: Path, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    _put_back(_remembered_with_old_copy(data_dir, tmp_path), data_dir)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        vault = _vault(data_dir)
        vault.unlock_with_passphrase(PASSPHRASE)  # no keychain: no third copy to compare with
        assert _households(vault) == ["h-old"]
        vault.lock()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("stored", ["not a number", "-3", "\u00e9"])
def test_a_garbled_keychain_counter_is_ignored(data_dir: Path, memory_keyring: InMemoryKeyring, stored: str) -> None:
    vault = _vault(data_dir)
    vault.create(PASSPHRASE)
    vault.enable_keychain()
    vault.lock()
    vault_id = vault.slots().vault_id
    KeyringKeyStore().put(f"{vault_id}.generation", stored.encode())
    assert generation_witness.read(KeyringKeyStore(), vault_id) is None
    _session(data_dir)
    assert generation_witness.read(KeyringKeyStore(), vault_id) is not None  # written again at the unlock


def test_forgetting_on_this_computer_removes_the_counter_too(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    vault = _vault(data_dir)
    vault.create(PASSPHRASE)
    vault.enable_keychain()
    assert generation_witness.read(vault.keystore, vault.slots().vault_id) is not None
    vault.disable_keychain()
    assert memory_keyring.store == {}
    vault.lock()


def test_going_back_to_a_snapshot_on_purpose_is_not_called_a_rollback(
    data_dir: Path, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    vault = _vault(data_dir)
    vault.create(PASSPHRASE)
    vault.enable_keychain()
    vault.lock()
    _session(data_dir, "h-later")
    (data_dir / "cases.db").write_bytes(b"damaged")
    again = _vault(data_dir)
    again.restore_latest_snapshot()
    again.unlock_with_keychain()  # the older snapshot was the user's choice: no warning
    again.lock()
