"""Figures for the audit trail (issue 16): what its triggers cost a write, and how long `audit verify` takes.

Run from the repository root:  python bench/audit.py [--events 4000] [--entries 12000]

Writes: the same events added one transaction each (as the app does), to a vault with the audit triggers and to
one with them dropped, alternating in the same run; the ratio is what the trail adds to a write.
Verify: the chain of about 12,000 entries walked and every hash recomputed, against reading the same rows
without hashing. The last line reads `audit write_ratio: W verify_s: V verify_ratio: R`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from npdrights.core.model import CaseEvent, EventKind  # noqa: E402
from npdrights.storage import audit  # noqa: E402
from npdrights.storage.keystore import KeyringKeyStore  # noqa: E402
from npdrights.storage.repository import Repository  # noqa: E402
from npdrights.storage.vault import Vault  # noqa: E402
from tests.conftest import FAST_KDF, PASSPHRASE  # noqa: E402
from tests.storage.test_repository import CHILD, DFE, HOUSEHOLD, PARENT, _case  # noqa: E402

# The triggers that write entries (the ones guarding the audit table itself stay).
WRITERS = "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit%' AND tbl_name <> 'audit'"


def new_vault(folder: Path, *, audited: bool) -> Vault:
    vault = Vault(folder, KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    Repository(vault.database).create_case(_case(), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    if not audited:
        with vault.database.transaction():
            for (name,) in vault.database.query(WRITERS):
                vault.database.execute(f"DROP TRIGGER {name}")
    return vault


def add_events(vault: Vault, start: int, count: int) -> float:
    repository = Repository(vault.database)
    began = time.perf_counter()
    for number in range(start, start + count):
        day = date(2026, 1, 1) + timedelta(days=number % 300)
        repository.add_event(CaseEvent(f"e{number}", "c1", EventKind.REMINDER_SENT, day))
    return time.perf_counter() - began


def writes(folder: Path, events: int) -> float:
    audited, plain = new_vault(folder / "audited", audited=True), new_vault(folder / "plain", audited=False)
    times = {"audited": 0.0, "plain": 0.0}
    rounds = 4
    for round_number in range(rounds):  # alternate, so the machine's other load falls on both alike
        start = round_number * (events // rounds)
        times["audited"] += add_events(audited, start, events // rounds)
        times["plain"] += add_events(plain, start, events // rounds)
    for vault in (audited, plain):
        vault.lock()
    print(
        f"{events} events, one transaction each: with the audit trail {times['audited']:.2f} s, "
        f"without {times['plain']:.2f} s"
    )
    return times["audited"] / times["plain"]


def verify(folder: Path, entries: int) -> tuple[float, float]:
    vault = new_vault(folder / "verify", audited=True)
    with vault.database.transaction() as connection:
        for number in range(entries - 1):
            audit.record(connection, audit.FILE_EXPORTED, "c1", "application/pdf" if number % 2 else "image/jpeg")
    connection = vault.database.connection
    began = time.perf_counter()
    check = audit.verify(connection)
    verify_seconds = time.perf_counter() - began
    assert check.intact, check.describe()
    assert check.entries == entries
    began = time.perf_counter()
    rows = connection.execute("SELECT seq, at, adviser, kind, case_id, detail, prev, hash FROM audit").fetchall()
    read_seconds = time.perf_counter() - began
    assert len(rows) == entries
    vault.lock()
    print(f"verify {entries} entries: {verify_seconds:.3f} s (reading them without hashing: {read_seconds:.3f} s)")
    return verify_seconds, verify_seconds / read_seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=4000)
    parser.add_argument("--entries", type=int, default=12000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ratio = writes(Path(folder), args.events)
        verify_seconds, verify_ratio = verify(Path(folder), args.entries)
    print(f"audit write_ratio: {ratio:.2f} verify_s: {verify_seconds:.3f} verify_ratio: {verify_ratio:.1f}")


if __name__ == "__main__":
    main()
