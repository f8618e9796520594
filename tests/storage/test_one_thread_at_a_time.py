"""The vault's one connection is used by one thread at a time, and others wait their turn (storage/database.py).

Without a turn, a transaction begun while another thread's statement runs is refused at once ("Connection is busy in
another thread"), and a statement from another thread while a transaction is open simply joins that transaction (and
is rolled back with it). Seen in the suite: the window's thread taking the unlock's snapshot while a job on another
thread added an adviser, and one of them failed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from npdrights.storage.database import Database
from npdrights.storage.vault import Vault
from tests.storage.watched_lock import watch_lock


def _started(errors: list[BaseException], work: Callable[[], object]) -> threading.Thread:
    def run() -> None:
        try:
            work()
        except BaseException as error:  # handed to the test, which fails on it
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _write_in_a_transaction(database: Database) -> None:
    with database.transaction():
        database.execute("INSERT INTO meta(key, value) VALUES('second', 'waiter')")


def _write_alone(database: Database) -> None:
    database.execute("INSERT INTO meta(key, value) VALUES('second', 'waiter')")


@pytest.mark.parametrize("waiter_writes", [_write_in_a_transaction, _write_alone], ids=["transaction", "statement"])
def test_a_transaction_keeps_other_threads_out_until_it_ends(
    vault: Vault, waiter_writes: Callable[[Database], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = vault.database
    turn = watch_lock(database, "_turn", monkeypatch)
    inside, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def holding() -> None:
        with database.transaction():
            database.execute("INSERT INTO meta(key, value) VALUES('first', 'holder')")
            inside.set()
            assert release.wait(10)

    holder = _started(errors, holding)
    assert inside.wait(10)
    waiter = _started(errors, lambda: waiter_writes(database))
    assert turn.someone_waits.wait(10)
    assert waiter.is_alive()  # without a turn its write went into the holder's open transaction and returned
    release.set()
    holder.join(10)
    waiter.join(10)
    assert errors == []
    rows = database.query("SELECT key, value FROM meta WHERE key IN ('first', 'second') ORDER BY key")
    assert rows == [("first", "holder"), ("second", "waiter")]


def test_a_transaction_waits_while_another_thread_runs_a_statement(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = vault.database
    turn = watch_lock(database, "_turn", monkeypatch)
    inside, release = threading.Event(), threading.Event()

    def slow_sql_function() -> int:  # runs inside SQLite: the connection is in use meanwhile
        inside.set()
        assert release.wait(10)
        return 1

    database.connection.create_scalar_function("slow_sql_function", slow_sql_function)
    errors: list[BaseException] = []
    running = _started(errors, lambda: database.query("SELECT slow_sql_function()"))
    assert inside.wait(10)
    other = _started(errors, lambda: _write_in_a_transaction(database))
    assert turn.someone_waits.wait(10)
    assert other.is_alive()  # without a turn to wait for, apsw refused it at once: busy in another thread
    release.set()
    running.join(10)
    other.join(10)
    assert errors == []
    assert database.query("SELECT value FROM meta WHERE key='second'") == [("waiter",)]
