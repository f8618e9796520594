"""Giving back SQLite's cache returns the memory to the system, not only to the C library (issue 17: peak memory).

glibc keeps freed memory for its own reuse, which Python's objects never make: without handing it back, the pages
the unlock check left stayed in the process under everything read next.
"""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from npdrights.core.model import Person
from npdrights.storage import database
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.tracker_fixtures import fill


def _resident_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_the_pages_the_unlock_check_left_leave_the_process(vault: Vault) -> None:
    repository = Repository(vault.database)
    with vault.database.transaction():
        for number in range(4000):
            name = f"Testperson Number{number:04d} " + "lorem ipsum " * 160
            repository._put_person(Person(id=f"p{number}", full_name=name))
    vault.lock()
    size = (vault.folder / "cases.db").stat().st_size
    reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    reopened.unlock_with_passphrase(PASSPHRASE)
    before = _resident_bytes()
    reopened.database.release_memory()
    assert before - _resident_bytes() > size // 2
    reopened.lock()


def test_a_small_release_is_not_worth_a_walk_through_the_heap(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few cases' pages (about 160 KB for six): SQLite frees them, but the heap is not walked for so little."""
    walks: list[None] = []
    monkeypatch.setattr(database, "_give_freed_memory_back", lambda: walks.append(None))
    repository = Repository(vault.database)
    fill(repository)
    repository.people()
    repository.cases()
    vault.database.release_memory()
    assert walks == []
