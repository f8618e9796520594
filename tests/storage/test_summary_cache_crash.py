"""Keeping the list's lines (service/summary_cache.py) killed with SIGKILL mid-write: the vault opens, nothing of
the cases is touched, and the kept lines are one whole day's, never half of one (issue 17)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
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
from tests.tracker_fixtures import DFE

REPO = Path(__file__).resolve().parents[2]
CASES = 400  # enough that a keep takes a while, so kills land inside one
KILLS = 12


def _kill_mid_keep(folder: Path, rng: random.Random) -> int:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.keep_writer", str(folder)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    last = 0
    for _ in range(rng.randint(1, 3)):
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"writer stopped early: {child.stderr.read() if child.stderr else ''}")
        last = int(line)
    time.sleep(rng.random() * 0.1)  # somewhere in the next day's working out or its keep
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    if child.stderr:
        child.stderr.close()
    return last


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_keep_killed_mid_write_leaves_whole_days_and_every_case(data_dir: Path, no_keyring: None) -> None:
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
    for kill in range(KILLS):
        reported = _kill_mid_keep(data_dir, rng)
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
