"""Unlocking a big vault leaves little of it decrypted in memory (issue 17: peak memory).

The integrity check and the day's snapshot each read every page once; they do it through a small cache, and the
working cache is back for what the app reads afterwards.
"""

from __future__ import annotations

import apsw

from npdrights.core.model import Person
from npdrights.storage.database import CHECK_CACHE_KIB
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

CHECK_CACHE_BYTES = CHECK_CACHE_KIB * 1024


def _fill(vault: Vault) -> int:
    """About 8 MB of people (four times the small cache), then locked; returns the file's size."""
    repository = Repository(vault.database)
    with vault.database.transaction():
        for number in range(4000):
            notes = f"Testperson Number{number:04d} " + "lorem ipsum " * 160
            repository._put_person(Person(id=f"p{number}", full_name=notes))
    vault.lock()
    return (vault.folder / "cases.db").stat().st_size


def test_the_check_and_the_snapshot_at_unlock_leave_the_file_out_of_memory(vault: Vault) -> None:
    size = _fill(vault)
    assert size > 4 * CHECK_CACHE_BYTES
    for _unlock in range(2):  # the day's first unlock takes a snapshot; the second only checks
        reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
        before = apsw.memory_used()
        reopened.unlock_with_passphrase(PASSPHRASE)
        assert apsw.memory_used() - before < 2 * CHECK_CACHE_BYTES  # not the whole file
        assert list_snapshots(vault.folder)

        # Afterwards the working cache is back: what is read stays at hand.
        assert len(Repository(reopened.database).people()) == 4000
        assert apsw.memory_used() - before > size // 2
        reopened.lock()
