"""Daily snapshots, recovery from the newest snapshot that opens, and the whole-vault rollback check."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from npdrights.core.model import Household
from npdrights.storage import keyslots
from npdrights.storage.errors import DamagedDatabase, OlderDatabase
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DAYS = [datetime(2026, 11, day, 9, 0) for day in range(20, 30)]


def _at(folder: Path, when: datetime, keep: int = 7) -> Vault:
    return Vault(folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: when, snapshots_to_keep=keep)


def _households(vault: Vault) -> list[str]:
    return sorted(household.id for household in Repository(vault.database).households())


def _one_session(folder: Path, when: datetime, household: str | None = None, keep: int = 7) -> None:
    vault = _at(folder, when, keep)
    vault.unlock_with_passphrase(PASSPHRASE)
    if household:
        Repository(vault.database).save_household(Household(household, household))
    vault.lock()


def test_a_snapshot_a_day_on_unlock_keeping_the_last_n(vault: Vault) -> None:
    vault.lock()
    for number, day in enumerate(DAYS[:5]):
        _one_session(vault.folder, day, f"h{number}", keep=3)
        _one_session(vault.folder, day.replace(hour=15), keep=3)  # a second unlock that day: no new snapshot
    assert [snapshot.taken for snapshot in list_snapshots(vault.folder)] == [DAYS[4], DAYS[3], DAYS[2]]
    for snapshot in list_snapshots(vault.folder):
        assert snapshot.slot_file.exists()


def test_recovery_uses_the_newest_snapshot_that_opens(vault: Vault) -> None:
    vault.lock()
    for number, day in enumerate(DAYS[:3]):
        _one_session(vault.folder, day, f"h{number}")
    # The snapshot of the 22nd (holding h0, h1) is damaged too, so the 21st's (holding h0) is the one offered.
    newest, middle, _oldest = list_snapshots(vault.folder)
    newest.database.write_bytes(newest.database.read_bytes()[:2048])
    (vault.folder / "cases.db").write_bytes(b"\x00" * 8192)
    later = _at(vault.folder, DAYS[5])
    with pytest.raises(DamagedDatabase) as caught:
        later.unlock_with_passphrase(PASSPHRASE)
    assert caught.value.latest_snapshot == middle.taken
    assert "Saturday 21 November 2026 at 09:00" in caught.value.message
    assert later.restore_latest_snapshot() == middle.taken
    assert list(vault.folder.glob("cases.db.damaged-*"))  # the damaged file is kept, not deleted
    later.unlock_with_passphrase(PASSPHRASE)  # no rollback warning: going back was the user's choice
    assert _households(later) == ["h0"]
    later.lock()


def test_a_missing_database_is_recovered_from_a_snapshot(vault: Vault) -> None:
    vault.lock()
    _one_session(vault.folder, DAYS[0], "h0")
    _one_session(vault.folder, DAYS[1])  # its snapshot holds h0
    (vault.folder / "cases.db").unlink()
    later = _at(vault.folder, DAYS[2])
    with pytest.raises(DamagedDatabase) as caught:
        later.unlock_with_passphrase(PASSPHRASE)
    assert caught.value.missing
    later.restore_latest_snapshot()
    later.unlock_with_passphrase(PASSPHRASE)
    assert _households(later) == ["h0"]
    later.lock()


def _old_copy_put_back(vault: Vault, tmp_path: Path) -> Path:
    vault.lock()
    _one_session(vault.folder, DAYS[0], "h-old")
    copy = tmp_path / "copy-of-cases.db"
    shutil.copyfile(vault.folder / "cases.db", copy)
    _one_session(vault.folder, DAYS[1], "h-new")
    _one_session(vault.folder, DAYS[2])
    shutil.copyfile(copy, vault.folder / "cases.db")
    return copy


def test_an_old_cases_db_put_back_is_detected(vault: Vault, tmp_path: Path) -> None:
    _old_copy_put_back(vault, tmp_path)
    before = (vault.folder / "cases.db").read_bytes()
    later = _at(vault.folder, DAYS[3])
    with pytest.raises(OlderDatabase) as caught:
        later.unlock_with_passphrase(PASSPHRASE)
    assert "old copy of cases.db was put back" in caught.value.message
    assert caught.value.database_generation < caught.value.vault_generation
    assert not later.is_unlocked
    assert (vault.folder / "cases.db").read_bytes() == before  # nothing written to it


def test_the_vault_asks_about_an_older_copy_and_opens_again_itself(vault: Vault, tmp_path: Path) -> None:
    _old_copy_put_back(vault, tmp_path)
    later = _at(vault.folder, DAYS[3])
    asked: list[OlderDatabase] = []
    later.open(later.unwrap_with_passphrase(PASSPHRASE), accept_older_database=lambda error: not asked.append(error))
    assert len(asked) == 1
    assert "old copy of cases.db was put back" in asked[0].message
    assert _households(later) == ["h-old"]  # the key kept for the second opening is the vault's key now
    later.lock()


def test_saying_no_to_an_older_copy_leaves_the_vault_locked_and_unchanged(vault: Vault, tmp_path: Path) -> None:
    _old_copy_put_back(vault, tmp_path)
    before = (vault.folder / "cases.db").read_bytes()
    later = _at(vault.folder, DAYS[3])
    key = later.unwrap_with_passphrase(PASSPHRASE)
    with pytest.raises(OlderDatabase):
        later.open(key, accept_older_database=lambda _error: False)
    assert not later.is_unlocked
    assert (vault.folder / "cases.db").read_bytes() == before


def test_a_vault_that_is_not_older_is_not_asked_about(vault: Vault) -> None:
    vault.lock()
    again = _at(vault.folder, DAYS[3])
    again.open(again.unwrap_with_passphrase(PASSPHRASE), accept_older_database=lambda _error: pytest.fail("asked"))
    assert again.is_unlocked
    again.lock()


def test_carrying_on_with_the_older_copy_resyncs_the_counter(vault: Vault, tmp_path: Path) -> None:
    _old_copy_put_back(vault, tmp_path)
    later = _at(vault.folder, DAYS[3])
    later.open(later.unwrap_with_passphrase(PASSPHRASE), accept_older_database=True)
    assert _households(later) == ["h-old"]
    later.lock()
    _one_session(vault.folder, DAYS[4])  # and from then on it opens without a warning


def test_a_crash_between_the_two_writes_is_not_called_a_rollback(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()

    def power_cut(*_args: object) -> None:
        raise OSError("the power went off")

    monkeypatch.setattr(keyslots, "save_slot_file", power_cut)
    with pytest.raises(OSError, match="power"):
        _at(vault.folder, DAYS[0]).unlock_with_passphrase(PASSPHRASE)  # the database's counter was raised
    monkeypatch.undo()
    _one_session(vault.folder, DAYS[1], "h-after")  # the database is ahead of vault.json: accepted


def test_the_counters_agree_after_unlocking(vault: Vault) -> None:
    vault.lock()
    _one_session(vault.folder, DAYS[0])
    _one_session(vault.folder, DAYS[1])
    reopened = _at(vault.folder, DAYS[2])
    reopened.unlock_with_passphrase(PASSPHRASE)
    (row,) = reopened.database.query("SELECT value FROM meta WHERE key='generation'")
    assert int(row[0]) == keyslots.load_slot_file(vault.folder).generation == 4  # create + three unlocks
    reopened.lock()
