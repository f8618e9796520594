"""The unlock's integrity check run beside the first paint (issue 17): the vault opens for reading at once, and
nothing is written to it (not a row, not the rollback counter, not a snapshot) until the check has passed."""

from __future__ import annotations

import os
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from npdrights.core.model import Case, CaseKind, Person, Relationship
from npdrights.storage import database as database_module
from npdrights.storage import generation, schema
from npdrights.storage.errors import DamagedDatabase
from npdrights.storage.integrity import BESIDE_NICENESS
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.damaged_pages import flip_a_byte_in_table, folder_state, hold_the_check
from tests.storage.watched_lock import watch_lock


def _with_a_case(vault: Vault) -> None:
    repository = Repository(vault.database)
    repository.save_person(Person(id="p1", full_name="Zebedee Fictionalson"))
    repository.add_case(
        Case("c1", CaseKind.SAR_DFE, "p1", "dfe", "p1", Relationship.SELF, "NPD-0001", date(2026, 11, 28))
    )


def _locked_copy(vault: Vault) -> Vault:
    return Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)


def _opened_later(vault: Vault) -> Vault:
    """The vault opened as the window opens it: the integrity check left to run beside the first paint."""
    fresh = _locked_copy(vault)
    fresh.open(fresh.unwrap_with_passphrase(PASSPHRASE), check_later=True)
    return fresh


@pytest.fixture
def damaged(vault: Vault) -> Vault:
    """A vault with a snapshot of its good state, then one flipped byte in the audit trail, which the cases list
    never reads: only the integrity check finds it."""
    _with_a_case(vault)
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)  # the day's snapshot, of the good file
    flip_a_byte_in_table(vault, "audit")
    return vault


def test_damage_the_list_does_not_read_is_found_by_the_check_and_nothing_is_written(damaged: Vault) -> None:
    before = folder_state(damaged.folder)
    fresh = _opened_later(damaged)
    check = fresh.database.integrity
    assert not check.done
    assert [row[0] for row in fresh.database.query("SELECT id FROM cases")] == ["c1"]  # reads work
    assert check.run() is False
    with pytest.raises(DamagedDatabase) as caught:
        fresh.finish_check(check)
    assert caught.value.latest_snapshot is not None  # the same offer as damage found at the unlock itself
    assert "damaged" in caught.value.message
    assert not fresh.is_unlocked
    assert folder_state(damaged.folder) == before  # no row, no counter, no snapshot rotated, no key file change


def test_a_write_before_the_check_found_damage_is_refused_and_writes_nothing(damaged: Vault) -> None:
    before = folder_state(damaged.folder)
    fresh = _opened_later(damaged)
    with pytest.raises(DamagedDatabase):  # this write runs the check itself: nobody had started it
        Repository(fresh.database).save_person(Person(id="p2", full_name="Yolanda Testcase"))
    with pytest.raises(DamagedDatabase):
        fresh.finish_check(fresh.database.integrity)
    assert folder_state(damaged.folder) == before


def test_a_write_waits_for_the_check_under_way_then_succeeds(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Waiting, the write leaves the connection to other threads: a backup started just after unlocking once
    waited inside SQLite, keeping the connection busy, and the window's thread was refused ("Connection is busy in
    another thread")."""
    _with_a_case(vault)
    vault.lock()
    may_finish = hold_the_check(monkeypatch)
    fresh = _opened_later(vault)
    check = fresh.database.integrity
    answer = watch_lock(check, "_lock", monkeypatch)  # held while the check runs; an asker waits for it
    checker = threading.Thread(target=check.run)
    checker.start()
    assert answer.taken.wait(10)  # the check is under way
    writer = threading.Thread(
        target=lambda: Repository(fresh.database).save_person(Person(id="p2", full_name="Yolanda Testcase"))
    )
    writer.start()
    assert answer.someone_waits.wait(10)
    assert writer.is_alive()  # waiting for the check's answer
    assert fresh.database.query("SELECT COUNT(*) FROM people")[0][0] == 1  # this thread still reads meanwhile
    peek = fresh.reader()
    assert peek.query("SELECT COUNT(*) FROM people")[0][0] == 1  # and nothing written meanwhile
    peek.close(checkpoint=False)
    may_finish.set()
    writer.join(10)
    checker.join(10)
    assert check.passed
    assert [row[0] for row in fresh.database.query("SELECT id FROM people ORDER BY id")] == ["p1", "p2"]
    fresh.finish_check(check)
    fresh.lock()


def test_a_job_off_the_windows_thread_makes_the_unlocks_writes_first(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup started in the first moment after unlocking used the connection on its own thread while the window's
    thread made the unlock's writes when the check answered: one connection, two threads at once."""
    _with_a_case(vault)
    vault.lock()
    may_finish = hold_the_check(monkeypatch)
    fresh = _opened_later(vault)
    check = fresh.database.integrity  # the window's thread: nothing waits
    answer = watch_lock(check, "_lock", monkeypatch)  # held while the check runs; an asker waits for it
    counter = fresh.slots().generation
    checker = threading.Thread(target=check.run)
    checker.start()
    assert answer.taken.wait(10)  # the check is under way
    seen: list[int] = []
    job = threading.Thread(target=lambda: seen.append(fresh.database.query("SELECT COUNT(*) FROM people")[0][0]))
    job.start()
    assert answer.someone_waits.wait(10)
    assert job.is_alive()  # the job waits for the check before it touches the connection

    may_finish.set()
    job.join(10)
    checker.join(10)

    assert seen == [1]
    assert fresh.slots().generation == counter + 1  # the unlock's writes, made by the job's thread first
    fresh.finish_check(check)  # the window's thread, when it hears the check's answer: nothing left to do
    assert fresh.slots().generation == counter + 1
    fresh.lock()


def test_the_unlocks_own_writes_wait_for_the_check(vault: Vault) -> None:
    _with_a_case(vault)
    vault.lock()  # made today, never unlocked since: this unlock takes the day's snapshot
    counter_before = _locked_copy(vault).slots().generation
    fresh = _opened_later(vault)
    assert list_snapshots(vault.folder) == []
    assert generation.of_database(fresh.database) == counter_before
    check = fresh.database.integrity
    assert check.run() is True
    fresh.finish_check(check)
    assert len(list_snapshots(vault.folder)) == 1
    assert generation.of_database(fresh.database) == counter_before + 1
    assert fresh.slots().generation == counter_before + 1
    fresh.finish_check(check)  # a second answer changes nothing
    assert len(list_snapshots(vault.folder)) == 1
    fresh.lock()


def test_locking_before_the_check_answers_writes_nothing(damaged: Vault) -> None:
    before = folder_state(damaged.folder)
    fresh = _opened_later(damaged)
    check = fresh.database.integrity
    fresh.lock()  # no WAL checkpoint into a file not yet checked
    fresh.finish_check(check)  # the answer comes to a locked vault: nothing to do
    assert folder_state(damaged.folder) == before


def test_a_migration_still_checks_first(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE t2(x TEXT) STRICT;"])
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    fresh = _opened_later(vault)
    assert fresh.database.integrity.passed  # checked before the migration wrote, as before
    assert fresh.database.user_version() == schema.CURRENT_VERSION
    fresh.lock()


def test_the_command_lines_unlock_checks_at_once(damaged: Vault) -> None:
    """npdrights-cli opens without `check_later`: damage is found before anything is read."""
    command_line = _locked_copy(damaged)
    with pytest.raises(DamagedDatabase):
        command_line.unlock_with_passphrase(PASSPHRASE)
    command_line.restore_latest_snapshot()
    command_line.unlock_with_passphrase(PASSPHRASE)
    assert command_line.database.integrity.passed
    command_line.lock()


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux gives each thread its own niceness")
def test_the_check_beside_the_paint_gives_way_but_the_window_thread_never_does(vault: Vault) -> None:
    fresh = _opened_later(vault)
    check = fresh.database.integrity
    niceness: list[int] = []

    def beside() -> None:
        check.run_beside()
        niceness.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    main_thread_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = threading.Thread(target=beside)
    thread.start()
    thread.join(10)
    assert check.passed
    assert niceness[0] >= BESIDE_NICENESS
    check.run_beside()  # on the main thread (a test, the command line): its priority is left alone
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_thread_before
    fresh.lock()


def test_a_check_not_started_before_the_lock_never_reads_the_file(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.lock()
    checks: list[Path] = []
    monkeypatch.setattr(database_module, "_copy_is_whole", lambda path, raw_key: bool(checks.append(path)) or True)
    fresh = _opened_later(vault)
    check = fresh.database.integrity
    fresh.lock()
    assert check.run() is False  # e.g. its thread started late: it does not open the locked vault again
    assert checks == []
