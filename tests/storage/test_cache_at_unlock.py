"""Unlocking a big vault leaves little of it decrypted in memory (issue 17: peak memory).

The integrity check and the day's snapshot each read the whole file; its pages are given back once they are done,
before the cases list is read on top, and what the app reads afterwards is kept at hand again.
"""

from __future__ import annotations

import apsw

from npdrights.core.model import Person
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _fill(vault: Vault) -> int:
    """About 8 MB of people, then locked; returns the file's size."""
    repository = Repository(vault.database)
    with vault.database.transaction():
        for number in range(4000):
            notes = f"Testperson Number{number:04d} " + "lorem ipsum " * 160
            repository._put_person(Person(id=f"p{number}", full_name=notes))
    vault.lock()
    return (vault.folder / "cases.db").stat().st_size


def test_the_check_and_the_snapshot_at_unlock_leave_the_file_out_of_memory(vault: Vault) -> None:
    size = _fill(vault)
    for _unlock in range(2):  # the day's first unlock takes a snapshot; the second only checks
        reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
        before = apsw.memory_used()
        reopened.unlock_with_passphrase(PASSPHRASE)
        assert apsw.memory_used() - before < size // 4  # not the whole file
        assert list_snapshots(vault.folder)

        # Afterwards the working cache is back: what is read stays at hand.
        assert len(Repository(reopened.database).people()) == 4000
        assert apsw.memory_used() - before > size // 2
        reopened.lock()
