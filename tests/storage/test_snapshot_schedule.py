"""Issue 11, item 6: daily snapshots don't depend on file names or times anyone can set, and a stop is reported.

A file in backups/ named for a future date used to count as "today's snapshot is already taken" for ever, and
to be offered first when cases.db was damaged. Now the day of the last snapshot is kept inside cases.db, the
snapshots are ordered by what they hold, and an unlock whose snapshot fails says so.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import apsw
import pytest

from npdrights.core.model import Household
from npdrights.storage.database import Database
from npdrights.storage.errors import DamagedDatabase
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DAYS = [datetime(2026, 11, day, 9, 0) for day in range(1, 20)]


def _at(folder: Path, when: datetime, keep: int = 7) -> Vault:
    return Vault(folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: when, snapshots_to_keep=keep)


def _session(folder: Path, when: datetime, household: str | None = None) -> Vault:
    vault = _at(folder, when)
    vault.unlock_with_passphrase(PASSPHRASE)
    if household:
        Repository(vault.database).save_household(Household(household, household))
    vault.lock()
    return vault


def test_a_future_dated_file_in_backups_neither_stops_snapshots_nor_is_offered_first(vault: Vault) -> None:
    vault.lock()
    _session(vault.folder, DAYS[0], "h-first")
    _session(vault.folder, DAYS[1])  # a snapshot holding h-first
    (oldest,) = [s for s in list_snapshots(vault.folder) if s.taken == DAYS[1]]
    planted = vault.folder / "backups" / "cases-20991231-235959.db"
    shutil.copyfile(vault.folder / "cases.db", planted)  # a real, older copy, named for 2099
    shutil.copyfile(oldest.slot_file, planted.with_name("vault-20991231-235959.json"))
    for number, day in enumerate(DAYS[2:5]):
        _session(vault.folder, day, f"h-later-{number}")
    taken = {snapshot.taken for snapshot in list_snapshots(vault.folder)}
    assert {DAYS[2], DAYS[3], DAYS[4]} <= taken  # a snapshot each day despite the "2099" one

    (vault.folder / "cases.db").write_bytes(b"\x00" * 4096)
    rescuer = _at(vault.folder, DAYS[6])
    with pytest.raises(DamagedDatabase) as caught:
        rescuer.unlock_with_passphrase(PASSPHRASE)
    assert caught.value.latest_snapshot == DAYS[4]  # the newest by contents, not the one named 2099
    rescuer.restore_latest_snapshot()
    rescuer.unlock_with_passphrase(PASSPHRASE)
    assert "h-later-1" in {h.id for h in Repository(rescuer.database).households()}
    rescuer.lock()


def test_rotation_keeps_the_newest_by_contents_and_drops_a_misnamed_old_copy(vault: Vault) -> None:
    vault.lock()
    _session(vault.folder, DAYS[0])
    planted = vault.folder / "backups" / "cases-20991231-235959.db"
    shutil.copyfile(vault.folder / "cases.db", planted)
    for day in DAYS[1:6]:
        _at(vault.folder, day, keep=3).unlock_with_passphrase(PASSPHRASE)
    assert not planted.exists()  # the oldest by what it holds, whatever its name says
    assert [s.taken for s in list_snapshots(vault.folder)] == [DAYS[5], DAYS[4], DAYS[3]]


def test_a_snapshot_that_cannot_be_taken_is_reported_on_unlock(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    _session(vault.folder, DAYS[0])

    def disk_full(_database: Database, target: Path) -> None:
        target.write_bytes(b"half a snapshot")
        raise apsw.FullError("database or disk is full")

    monkeypatch.setattr(Database, "snapshot_to", disk_full)
    later = _at(vault.folder, DAYS[1])
    later.unlock_with_passphrase(PASSPHRASE)  # the cases still open
    assert later.snapshot_problem is not None
    assert [s.taken for s in list_snapshots(vault.folder)] == [DAYS[0]]  # the half-written one is gone
    assert "could not be taken: your disk is full" in later.snapshot_problem
    assert "2026-11-01" in later.snapshot_problem
    later.lock()
    monkeypatch.undo()
    again = _at(vault.folder, DAYS[1].replace(hour=15))
    again.unlock_with_passphrase(PASSPHRASE)  # tried again at the next unlock, the same day, and now it works
    assert again.snapshot_problem is None
    assert DAYS[1].replace(hour=15) in {s.taken for s in list_snapshots(vault.folder)}
    again.lock()


def test_the_cli_reports_a_snapshot_that_could_not_be_taken(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from npdrights import cli

    vault.lock()

    def disk_full(_database: Database, _target: Path) -> None:
        raise apsw.FullError("database or disk is full")

    monkeypatch.setattr(Database, "snapshot_to", disk_full)
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--home", str(vault.folder.parent), "case", "list"]) == 0
    err = capsys.readouterr().err
    assert "Today's snapshot of your cases could not be taken: your disk is full." in err
    assert "Traceback" not in err
