"""A damaged cases.db gives a clear error, changes nothing, and offers the latest snapshot."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from npdrights.core.model import Person
from npdrights.storage import schema
from npdrights.storage.errors import DamagedDatabase
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _filled(vault: Vault, people: int = 200) -> Path:
    repository = Repository(vault.database)
    for number in range(people):
        repository.save_person(Person(id=f"p{number}", full_name=f"Testperson Number{number:04d}"))
    vault.lock()
    return vault.folder / "cases.db"


def _locked_copy(vault: Vault) -> Vault:
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


@pytest.mark.parametrize("position", [0.0, 0.1, 0.35, 0.5, 0.75, 0.99])
def test_a_flipped_byte_anywhere_is_reported_as_damage(vault: Vault, position: float) -> None:
    db = _filled(vault)
    data = bytearray(db.read_bytes())
    offset = int(len(data) * position)
    data[offset] ^= 0x01
    db.write_bytes(bytes(data))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabase) as caught:
        _locked_copy(vault).unlock_with_passphrase(PASSPHRASE)
    assert "damaged" in caught.value.message
    assert "Nothing has been changed" in caught.value.message
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_database_is_reported_as_damage(vault: Vault, keep: float) -> None:
    db = _filled(vault)
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(DamagedDatabase):
        _locked_copy(vault).unlock_with_passphrase(PASSPHRASE)


def test_a_truncated_by_a_few_bytes_database_is_reported_as_damage(vault: Vault) -> None:
    db = _filled(vault)
    data = db.read_bytes()
    db.write_bytes(data[:-100])
    with pytest.raises(DamagedDatabase):
        _locked_copy(vault).unlock_with_passphrase(PASSPHRASE)


def test_a_missing_database_is_not_silently_recreated(vault: Vault) -> None:
    db = _filled(vault)
    db.unlink()
    with pytest.raises(DamagedDatabase) as caught:
        _locked_copy(vault).unlock_with_passphrase(PASSPHRASE)
    assert caught.value.missing
    assert "missing" in caught.value.message
    assert not db.exists()


def _add_a_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE future_thing(x TEXT) STRICT;"])
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))


def test_a_snapshot_is_taken_before_a_migration(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(vault, people=3)
    _add_a_migration(monkeypatch)
    upgraded = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: datetime(2026, 11, 28, 9, 30))
    upgraded.unlock_with_passphrase(PASSPHRASE)
    assert upgraded.database.user_version() == len(schema.MIGRATIONS)  # the added one ran
    upgraded.lock()
    (snapshot,) = list_snapshots(vault.folder)
    assert snapshot.taken == datetime(2026, 11, 28, 9, 30)
    assert snapshot.slot_file.exists()
    assert b"Testperson" not in snapshot.database.read_bytes()


def test_damage_offers_the_latest_snapshot_and_restoring_it_recovers(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _filled(vault, people=3)
    _add_a_migration(monkeypatch)
    upgraded = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: datetime(2026, 11, 28, 9, 30))
    upgraded.unlock_with_passphrase(PASSPHRASE)
    upgraded.lock()
    db.write_bytes(db.read_bytes()[:1000])
    with pytest.raises(DamagedDatabase) as caught:
        upgraded.unlock_with_passphrase(PASSPHRASE)
    assert caught.value.latest_snapshot == datetime(2026, 11, 28, 9, 30)
    assert "Saturday 28 November 2026 at 09:30" in caught.value.message
    upgraded.restore_latest_snapshot()
    assert list(vault.folder.glob("cases.db.damaged-*"))
    upgraded.unlock_with_passphrase(PASSPHRASE)  # the snapshot is at v1 and is migrated again
    assert len(Repository(upgraded.database).people()) == 3
    upgraded.lock()
