"""sqlcipher3 (SQLCipher with OpenSSL, an independent implementation) opens cases.db with the raw key.

This is the escape hatch if apsw-sqlite3mc ever disappears (security-design.md §9).
"""

from __future__ import annotations

import pytest

from npdrights.core.model import Person
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault

sqlcipher = pytest.importorskip("sqlcipher3.dbapi2")


def test_sqlcipher3_reads_our_database_with_the_raw_key(vault: Vault) -> None:
    Repository(vault.database).save_person(Person(id="p1", full_name="Otto Interoperable"))
    raw_key = vault.key.subkey(b"db")
    vault.lock()
    connection = sqlcipher.connect(str(vault.folder / "cases.db"))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        (data,) = connection.execute("SELECT data FROM people WHERE id='p1'").fetchone()
        assert "Otto Interoperable" in data
        assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        connection.close()


def test_sqlcipher3_refuses_a_wrong_key(vault: Vault) -> None:
    vault.lock()
    connection = sqlcipher.connect(str(vault.folder / "cases.db"))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        with pytest.raises(sqlcipher.DatabaseError):
            connection.execute("SELECT COUNT(*) FROM people").fetchall()
    finally:
        connection.close()
