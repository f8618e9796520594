"""vault.json: its spare copy, strict parsing, and tampering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npdrights.storage import keyslots
from npdrights.storage.errors import KeySlotFileError, NewerVersion, WrongSecret
from npdrights.storage.keyslots import SALT_BYTES, SLOT_FILE, SPARE_SLOT_FILE, KdfParams, SlotFile, new_slot_file
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault_settings import RANDOM_SLOT_SALT, TEST_SLOT_SALT


@pytest.fixture
def locked(vault: Vault) -> Vault:
    vault.lock()
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


def _edit(path: Path, change: callable) -> None:  # type: ignore[valid-type]
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def test_both_copies_are_identical(locked: Vault) -> None:
    assert (locked.folder / SLOT_FILE).read_bytes() == (locked.folder / SPARE_SLOT_FILE).read_bytes()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete", "empty"])
def test_damaged_main_copy_falls_back_to_the_spare(locked: Vault, damage: str) -> None:
    main = locked.folder / SLOT_FILE
    if damage == "truncate":
        main.write_bytes(main.read_bytes()[: len(main.read_bytes()) // 2])
    elif damage == "garbage":
        main.write_bytes(b"\x00\xff" * 100)
    elif damage == "delete":
        main.unlink()
    else:
        main.write_bytes(b"")
    locked.unlock_with_passphrase(PASSPHRASE)
    assert locked.is_unlocked
    locked.lock()


def test_both_copies_damaged_is_a_plain_error(locked: Vault) -> None:
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        (locked.folder / name).write_bytes(b"{")
    with pytest.raises(KeySlotFileError) as caught:
        locked.unlock_with_passphrase(PASSPHRASE)
    assert "vault.json" in caught.value.message


def test_weakened_kdf_settings_break_the_slot_instead_of_weakening_it(locked: Vault) -> None:
    """The KDF settings are in the slot's associated data: changing them makes the slot unopenable."""
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        _edit(locked.folder / name, lambda doc: doc["slots"][0]["kdf"].update(m_kib=9 * 1024))
    with pytest.raises(WrongSecret):
        locked.unlock_with_passphrase(PASSPHRASE)


@pytest.mark.parametrize(
    ("field", "value"),
    [("m_kib", 32 * 1024 * 1024), ("t", 10_000), ("p", 0), ("m_kib", 1), ("t", "3"), ("alg", "scrypt")],
)
def test_absurd_kdf_settings_are_refused_before_any_derivation(locked: Vault, field: str, value: object) -> None:
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        _edit(locked.folder / name, lambda doc: doc["slots"][0]["kdf"].update({field: value}))
    with pytest.raises(KeySlotFileError):
        locked.unlock_with_passphrase(PASSPHRASE)


def test_a_newer_format_version_asks_for_a_newer_app(locked: Vault) -> None:
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        _edit(locked.folder / name, lambda doc: doc.update(version=3))
    with pytest.raises(NewerVersion) as caught:
        locked.unlock_with_passphrase(PASSPHRASE)
    assert "newer version" in caught.value.message


@pytest.mark.parametrize(
    "change",
    [
        lambda doc: doc.update(format="something-else"),
        lambda doc: doc.update(vault_id="short"),
        lambda doc: doc.update(slots=[]),
        lambda doc: doc["slots"][0].update(nonce="!!notbase64"),
        lambda doc: doc["slots"][0].update(wrapped="AAAA"),
        lambda doc: doc["slots"][0].update(type="unknown"),
        lambda doc: doc.update(slots=[doc["slots"][0], doc["slots"][0]]),
    ],
)
def test_malformed_slot_files_are_rejected(locked: Vault, change: object) -> None:
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        _edit(locked.folder / name, change)  # type: ignore[arg-type]
    with pytest.raises(KeySlotFileError):
        locked.unlock_with_passphrase(PASSPHRASE)


def test_changing_the_vault_id_breaks_every_slot(locked: Vault) -> None:
    for name in (SLOT_FILE, SPARE_SLOT_FILE):
        _edit(locked.folder / name, lambda doc: doc.update(vault_id="0" * 32))
    with pytest.raises(WrongSecret):
        locked.unlock_with_passphrase(PASSPHRASE)


def test_oversized_slot_file_is_rejected_unparsed() -> None:
    with pytest.raises(KeySlotFileError):
        SlotFile.from_bytes(b" " * (65 * 1024))


def test_default_kdf_is_rfc9106_second_recommendation() -> None:
    default = KdfParams()
    assert (default.t, default.m_kib, default.p) == (3, 64 * 1024, 4)


def test_the_app_gives_every_new_slot_a_salt_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test run gives every slot one salt (tests/conftest.py); the app's own salts are random, slot by slot."""
    monkeypatch.setattr(keyslots, "new_salt", RANDOM_SLOT_SALT)
    key = bytes(32)
    salts: list[bytes] = []
    for _ in range(2):
        file = new_slot_file()
        file.set_passphrase(key, PASSPHRASE, FAST_KDF)
        salts.append(file.slots[0].salt)
        file.set_adviser(key, "Ada Example", PASSPHRASE, FAST_KDF)  # an organisation's: replaces the passphrase slot
        salts.append(file.slots[-1].salt)
    assert len(set(salts)) == len(salts) == 4
    assert all(len(salt) == SALT_BYTES for salt in salts)
    assert TEST_SLOT_SALT not in salts
