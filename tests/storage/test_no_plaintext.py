"""After writing fictional people, no file under the data folder holds their names, birth dates or UPNs."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from npdrights.core.model import Address, Person, PupilIdentifiers, School
from npdrights.storage import schema
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FICTIONAL = [
    Person(
        id="p1",
        full_name="Zebedee Fictionalson",
        date_of_birth=date(2014, 3, 7),
        identifiers=PupilIdentifiers(upn="B801200005001", uln="9999999999"),
        schools=(School("Nowhere Primary School", 2018, 2025, "Imaginary Borough"),),
        address=Address(("1 Pretend Lane", "Notatown"), "ZZ99 9ZZ"),
    ),
    Person(
        id="p2",
        full_name="Łukasz Wymyślony",
        date_of_birth=date(2011, 12, 25),
        identifiers=PupilIdentifiers(upn="A123456789012"),
    ),
]
NEEDLES = [
    "Zebedee",
    "Fictionalson",
    "2014-03-07",
    "B801200005001",
    "9999999999",
    "Pretend Lane",
    "ZZ99 9ZZ",
    "Wymyślony",
    "2011-12-25",
    "A123456789012",
]


def _every_file(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _assert_no_plaintext(folder: Path) -> None:
    files = _every_file(folder)
    assert files
    for path in files:
        raw = path.read_bytes()
        for needle in NEEDLES:
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in raw, f"{needle!r} found in {path.name}"
        assert b"SQLite format 3" not in raw[:16], f"{path.name} is an unencrypted SQLite file"


def test_no_plaintext_while_unlocked_including_the_wal(vault: Vault) -> None:
    repository = Repository(vault.database)
    for person in FICTIONAL:
        repository.save_person(person)
    assert (vault.folder / "cases.db-wal").stat().st_size > 0
    _assert_no_plaintext(vault.folder)


def test_no_plaintext_after_lock_and_in_snapshots(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    repository = Repository(vault.database)
    for person in FICTIONAL:
        repository.save_person(person)
    vault.lock()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE later(x TEXT) STRICT;"])
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    upgraded = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: datetime(2026, 11, 28, 9, 0))
    upgraded.unlock_with_passphrase(PASSPHRASE)
    upgraded.lock()
    assert list((vault.folder / "backups").glob("cases-*.db"))
    _assert_no_plaintext(vault.folder)
