"""Which statements wait for the unlock's integrity check (storage/integrity.py): every one that would change a
file, and none that only reads."""

from __future__ import annotations

from pathlib import Path

import apsw
import pytest

from npdrights.storage.errors import DamagedDatabase, VaultError
from npdrights.storage.integrity import IntegrityCheck

READING = [
    "SELECT a FROM t",
    "PRAGMA user_version",
    "PRAGMA shrink_memory",
    "CREATE TEMP TABLE scratch(x)",  # temporary tables are kept in memory
]
WRITING = [
    "INSERT INTO t VALUES (2)",
    "UPDATE t SET a = 3",
    "DELETE FROM t",
    "CREATE TABLE u(b)",
    "CREATE INDEX t_by_a ON t(a)",
    "DROP TABLE t",
    "PRAGMA user_version = 7",
    "PRAGMA wal_checkpoint",
    "VACUUM INTO '{copy}'",  # how a snapshot is taken
]


def _gated(tmp_path: Path, healthy: bool) -> tuple[apsw.Connection, IntegrityCheck, list[str]]:
    connection = apsw.Connection(str(tmp_path / "gated.db"))
    connection.execute("PRAGMA journal_mode=WAL").fetchall()
    connection.execute("CREATE TABLE t(a); INSERT INTO t VALUES (1)")
    asked: list[str] = []

    def check() -> bool:
        asked.append("checked")
        return healthy

    gate = IntegrityCheck(check, lambda: DamagedDatabase(None))
    connection.authorizer = gate.authorize
    return connection, gate, asked


@pytest.mark.parametrize("sql", READING)
def test_a_reading_statement_does_not_wait_for_the_check(tmp_path: Path, sql: str) -> None:
    connection, gate, asked = _gated(tmp_path, healthy=True)
    connection.execute(sql).fetchall()
    assert asked == []
    assert not gate.done


@pytest.mark.parametrize("sql", WRITING)
def test_a_writing_statement_waits_for_the_check_then_runs(tmp_path: Path, sql: str) -> None:
    connection, gate, asked = _gated(tmp_path, healthy=True)
    connection.execute(sql.format(copy=tmp_path / "copy.db")).fetchall()
    assert asked == ["checked"]
    assert gate.passed


@pytest.mark.parametrize("sql", WRITING)
def test_a_writing_statement_is_refused_once_damage_is_found(tmp_path: Path, sql: str) -> None:
    connection, gate, asked = _gated(tmp_path, healthy=False)
    with pytest.raises(VaultError):
        connection.execute(sql.format(copy=tmp_path / "copy.db")).fetchall()
    assert not (tmp_path / "copy.db").exists()
    assert connection.execute("SELECT a FROM t").fetchall() == [(1,)]  # reading still works, nothing changed
    assert asked == ["checked"]  # asked once; its answer is kept
    assert gate.done
    assert not gate.passed


def test_an_error_reading_the_file_counts_as_damage() -> None:
    def unreadable() -> bool:
        raise apsw.IOError("disk gone")

    gate = IntegrityCheck(unreadable, VaultError)
    assert gate.run() is False
    assert gate.done
    assert not gate.passed
