"""A writer killed with SIGKILL mid-transaction loses no committed row and never leaves the vault unopenable."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest

from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.crash_writer import PEOPLE_PER_TRANSACTION
from tests.storage.warm_start import WarmWriters

KILLS = 20


def _run_and_kill(writers: WarmWriters, folder: Path, rng: random.Random) -> int:
    """Start a writer, let it commit a random number of transactions, kill it mid-stream. Returns the last
    id it reported as committed."""
    writer = writers.start(folder, PASSPHRASE)
    last = 0
    wanted = rng.randint(1, 25)
    for _ in range(wanted):
        last = int(writers.read_line())
    # A random sub-millisecond-to-few-millisecond delay lands the kill at varying points inside a transaction.
    time.sleep(rng.random() * 0.004)
    writers.kill(writer)
    return last


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_transaction_loses_no_committed_row(data_dir: Path, tmp_path: Path, no_keyring: None) -> None:
    vault = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    vault.lock()
    rng = random.Random(20261128)
    with WarmWriters("tests.storage.crash_writer", tmp_path / "writer-errors.txt") as writers:
        for kill in range(KILLS):
            reported = _run_and_kill(writers, data_dir, rng)
            _assert_whole(data_dir, kill, reported)


def _assert_whole(data_dir: Path, kill: int, reported: int) -> None:
    """The vault opens and checks whole, and holds every transaction reported committed, each whole."""
    reopened = Vault(data_dir, KeyringKeyStore())
    reopened.unlock_with_passphrase(PASSPHRASE)  # opening runs quick_check: damage would raise
    database = reopened.database
    assert database.query("PRAGMA integrity_check") == [("ok",)], f"kill {kill}"
    ids = sorted(int(row[0][1:]) for row in database.query("SELECT id FROM households"))
    assert ids == list(range(1, len(ids) + 1)), f"kill {kill}: a gap means a lost or half commit"
    assert len(ids) >= reported, f"kill {kill}: committed {reported}, found {len(ids)}"
    sizes = database.query("SELECT household_id, COUNT(*) FROM people GROUP BY household_id")
    assert all(count == PEOPLE_PER_TRANSACTION for _id, count in sizes), f"kill {kill}: half a transaction"
    assert len(sizes) == len(ids)
    reopened.lock()
