"""The opt-in "remember on this computer" slot, with an in-memory keychain and with none at all."""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import pytest

from npdrights.storage.errors import KeychainUnavailable, WrongSecret
from npdrights.storage.keyslots import SLOT_FILE
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, InMemoryKeyring


def _new_vault(data_dir: Path) -> Vault:
    vault = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    return vault


def _key_entry(keychain: InMemoryKeyring) -> tuple[str, str]:
    """The keychain item holding the slot's key (the other one keeps the rollback counter: test_keychain_counter)."""
    (entry,) = (entry for entry in keychain.store if not entry[1].endswith(".generation"))
    return entry


def test_keychain_slot_unlocks_without_the_passphrase(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    vault = _new_vault(data_dir)
    assert vault.keychain_available()
    vault.enable_keychain()
    vault.lock()
    assert vault.has_keychain_slot()
    stored = memory_keyring.store[_key_entry(memory_keyring)]
    assert all(PASSPHRASE not in value for value in memory_keyring.store.values())
    assert PASSPHRASE not in stored
    vault.unlock_with_keychain()
    assert vault.is_unlocked
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)  # the passphrase slot is still there
    vault.lock()


def test_a_keychain_value_that_no_longer_matches_is_a_wrong_secret(
    data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    vault = _new_vault(data_dir)
    vault.enable_keychain()
    vault.lock()
    account = _key_entry(memory_keyring)
    memory_keyring.store[account] = base64.b64encode(bytes(32)).decode()
    with pytest.raises(WrongSecret):
        vault.unlock_with_keychain()


def test_emptied_keychain_falls_back_to_the_passphrase(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    vault = _new_vault(data_dir)
    vault.enable_keychain()
    vault.lock()
    memory_keyring.store.clear()
    with pytest.raises(KeychainUnavailable):
        vault.unlock_with_keychain()
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.lock()


def test_disabling_removes_both_the_slot_and_the_keychain_item(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    vault = _new_vault(data_dir)
    vault.enable_keychain()
    vault.disable_keychain()
    assert not vault.has_keychain_slot()
    assert memory_keyring.store == {}
    vault.lock()


def test_no_keychain_backend_is_reported_unavailable_and_leaves_no_half_slot(data_dir: Path, no_keyring: None) -> None:
    vault = _new_vault(data_dir)
    assert not vault.keychain_available()
    before = (data_dir / SLOT_FILE).read_bytes()
    with pytest.raises(KeychainUnavailable) as caught:
        vault.enable_keychain()
    assert "passphrase" in caught.value.message
    assert (data_dir / SLOT_FILE).read_bytes() == before
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.lock()


def test_a_locked_keychain_falls_back_to_the_passphrase(
    data_dir: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring.errors

    vault = _new_vault(data_dir)
    vault.enable_keychain()
    vault.lock()

    def locked(*_args: object) -> None:
        raise keyring.errors.KeyringLocked("the user dismissed the unlock prompt")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(KeychainUnavailable):
        vault.unlock_with_keychain()
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.lock()


@pytest.mark.parametrize(
    ("platform", "backend"), [("linux", "SecretService"), ("win32", "Windows"), ("darwin", "macOS")]
)
def test_missing_keychain_support_names_the_systems_backend(
    monkeypatch: pytest.MonkeyPatch, platform: str, backend: str
) -> None:
    import importlib.metadata

    from npdrights.storage.keystore import missing_keychain_support

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_selection: [])
    assert missing_keychain_support(platform) == f"keyring's {backend} backend"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="secretstorage is a dependency on Linux only")
def test_keychain_support_is_complete_in_this_install_and_unknown_systems_need_none() -> None:
    from npdrights.storage.keystore import missing_keychain_support

    assert missing_keychain_support("linux") is None  # keyring and secretstorage are dependencies of the app
    assert missing_keychain_support("sunos5") is None
