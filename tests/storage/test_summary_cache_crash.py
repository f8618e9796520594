"""Keeping the list's lines (service/summary_cache.py) killed with SIGKILL mid-write: the vault opens, nothing of
the cases is touched, and the kept lines are one whole day's, never half of one (issue 17)."""

from __future__ import annotations

import random
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from npdrights.core.model import Case, CaseKind, Person, Relationship
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.keep_writer import FIRST_DAY
from tests.storage.warm_start import WarmWriters
from tests.tracker_fixtures import DFE

CASES = 400  # enough that a keep takes a while, so kills land inside one
KILLS = 12


def _kill_mid_keep(writers: WarmWriters, folder: Path, rng: random.Random) -> int:
    writer = writers.start(folder, PASSPHRASE)
    last = 0
    for _ in range(rng.randint(1, 3)):
        last = int(writers.read_line())
    time.sleep(rng.random() * 0.1)  # somewhere in the next day's working out or its keep
    writers.kill(writer)
    return last


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_keep_killed_mid_write_leaves_whole_days_and_every_case(
    data_dir: Path, tmp_path: Path, no_keyring: None
) -> None:
    vault = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    repository = Repository(vault.database)
    repository.save_organisation(DFE)
    with vault.database.transaction():
        for number in range(CASES):
            person = Person(f"p{number}", f"Crashtest Pupil {number}")
            case = Case(
                f"c{number}", CaseKind.SAR_DFE, person.id, DFE.id, person.id, Relationship.SELF, f"R{number}", FIRST_DAY
            )
            repository.create_case(case, people=[person])
    vault.lock()
    rng = random.Random(20261206)
    with WarmWriters("tests.storage.keep_writer", tmp_path / "writer-errors.txt") as writers:
        for kill in range(KILLS):
            reported = _kill_mid_keep(writers, data_dir, rng)
            _assert_whole_days(data_dir, kill, reported)


def _assert_whole_days(data_dir: Path, kill: int, reported: int) -> None:
    """The vault opens and checks whole, every case is there, and the kept lines are all of one day, at least
    the last one reported kept."""
    reopened = Vault(data_dir, KeyringKeyStore())
    reopened.unlock_with_passphrase(PASSPHRASE)  # opening runs quick_check: damage would raise
    database = reopened.database
    assert database.query("PRAGMA integrity_check") == [("ok",)], f"kill {kill}"
    assert database.query("SELECT COUNT(*) FROM cases") == [(CASES,)]
    days = database.query("SELECT first_day, COUNT(*) FROM case_summaries GROUP BY first_day")
    assert len(days) == 1, f"kill {kill}: lines of two days mean half a keep: {days}"
    ((day, count),) = days
    assert count == CASES, f"kill {kill}: {count} lines"
    assert day >= (FIRST_DAY + timedelta(days=reported)).isoformat(), f"kill {kill}: a committed keep was lost"
    reopened.lock()
