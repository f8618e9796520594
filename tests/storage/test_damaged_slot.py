"""Issue 11, item 11 (part): a damaged passphrase slot is not "a wrong passphrase": the spare copy is tried,
opens the vault, and is put back in place of the damaged one."""

from __future__ import annotations

import base64
import json

import pytest

from npdrights.storage.errors import WrongSecret
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _damage_passphrase_slot(vault: Vault) -> None:
    main = vault.folder / "vault.json"
    document = json.loads(main.read_text())
    slot = next(slot for slot in document["slots"] if slot["type"] == "passphrase")
    wrapped = bytearray(base64.b64decode(slot["wrapped"]))
    wrapped[3] ^= 0x01  # well-formed, but it no longer decrypts: a bit flipped on the disk
    slot["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    main.write_text(json.dumps(document))


def test_the_spare_copy_opens_the_vault_and_replaces_the_damaged_one(vault: Vault) -> None:
    vault.lock()
    spare = (vault.folder / "vault.json.bak").read_bytes()
    _damage_passphrase_slot(vault)
    again = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    again.unlock_with_passphrase(PASSPHRASE)
    assert again.key_file_notice is not None
    assert "its spare copy did" in again.key_file_notice
    again.lock()
    assert json.loads((vault.folder / "vault.json").read_bytes())["slots"] == json.loads(spare)["slots"]


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(vault: Vault) -> None:
    vault.lock()
    _damage_passphrase_slot(vault)
    again = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    with pytest.raises(WrongSecret):
        again.unlock_with_passphrase("not the passphrase at all")
    assert again.key_file_notice is None
