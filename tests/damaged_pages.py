"""Damage for tests: one flipped byte in a page of a chosen table, the vault folder's state to compare, and an
integrity check held back until the test lets it answer."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from npdrights.storage import database as database_module
from npdrights.storage.vault import Vault

# SQLite's own files beside cases.db: made and removed by opening and closing, whether or not anything is written.
_SQLITE_COMPANIONS = ("-wal", "-shm")


def flip_a_byte_in_table(vault: Vault, table: str) -> Path:
    """Lock the (unlocked) vault, then flip one byte in the middle of a page that holds `table`'s rows: the page's
    MAC no longer matches, so reading that table (or checking the file) finds damage, and reading others does not."""
    database = vault.database
    (page,) = database.query("SELECT pageno FROM dbstat WHERE name=? ORDER BY pageno LIMIT 1", (table,))[0]
    (page_size,) = database.query("PRAGMA page_size")[0]
    vault.lock()
    path = vault.folder / "cases.db"
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size + page_size // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under the vault's folder (snapshots, key files, attachments) with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(_SQLITE_COMPANIONS)
    }


def hold_the_check(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every integrity check started from now waits (at most 10 s) until the returned event is set, then answers
    as usual: for tests of what happens while the check is still under way."""
    may_finish = threading.Event()
    real_check = database_module._copy_is_whole

    def held_check(path: Path, raw_key: bytes) -> bool:
        may_finish.wait(10)
        return real_check(path, raw_key)

    monkeypatch.setattr(database_module, "_copy_is_whole", held_check)
    return may_finish
