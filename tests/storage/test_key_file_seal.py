"""Issue 11, item 11: vault.json is authenticated as a whole (a MAC under a key derived from the data key,
over its slots, KDF settings and rollback counter), checked after every unlock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npdrights.storage import keyslots
from npdrights.storage.errors import KeyFileChanged
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _again(vault: Vault) -> Vault:
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


def _edit(path: Path, change: dict[str, object]) -> None:
    path.write_text(json.dumps({**json.loads(path.read_text()), **change}))


def test_every_unlock_leaves_vault_json_sealed(vault: Vault) -> None:
    raw = bytes(vault.key.raw)
    assert keyslots.load_slot_file(vault.folder).is_sealed_by(raw)
    vault.change_passphrase(PASSPHRASE, "another passphrase entirely")
    assert keyslots.load_slot_file(vault.folder).is_sealed_by(raw)


def test_a_lowered_rollback_counter_is_noticed(vault: Vault) -> None:
    vault.lock()
    for name in ("vault.json", "vault.json.bak"):
        _edit(vault.folder / name, {"generation": 0})  # hides that an old cases.db was put back
    before = (vault.folder / "vault.json").read_bytes()
    again = _again(vault)
    with pytest.raises(KeyFileChanged, match="changed by something other than npdrights"):
        again.unlock_with_passphrase(PASSPHRASE)
    assert not again.is_unlocked
    assert (vault.folder / "vault.json").read_bytes() == before


def test_a_changed_main_copy_gives_way_to_a_sealed_spare(vault: Vault) -> None:
    vault.lock()
    _edit(vault.folder / "vault.json", {"generation": 0})
    again = _again(vault)
    again.unlock_with_passphrase(PASSPHRASE)
    assert again.key_file_notice is not None
    assert keyslots.load_slot_file(vault.folder).is_sealed_by(bytes(again.key.raw))
    again.lock()


def test_a_file_from_before_seals_is_sealed_at_its_next_unlock(vault: Vault) -> None:
    vault.lock()
    for name in ("vault.json", "vault.json.bak"):
        document = json.loads((vault.folder / name).read_text())
        document.pop("mac")
        (vault.folder / name).write_text(json.dumps(document))
    again = _again(vault)
    again.unlock_with_passphrase(PASSPHRASE)
    assert keyslots.load_slot_file(vault.folder).is_sealed_by(bytes(again.key.raw))
    again.lock()
