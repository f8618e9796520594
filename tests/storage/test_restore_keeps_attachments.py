"""Issue 11, item 3: going back to a snapshot never deletes an attachment the kept-aside damaged file refers to.

An attachment added after the last snapshot is named only in the damaged cases.db, which the restore keeps
beside the vault. The next unlock's sweep used to count the snapshots and the live database as holders and not
the damaged file, so the attachment file went for good.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import apsw
import pytest

from npdrights.storage.database import connect_readonly
from npdrights.storage.errors import DamagedDatabase
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.snapshots import damaged_databases
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import fill

DAYS = [datetime(2026, 11, day, 9, 0) for day in range(1, 10)]


def _at(folder: Path, when: datetime) -> Vault:
    return Vault(folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: when)


def _passes_check(connection: apsw.Connection) -> bool:
    try:
        return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except apsw.Error:
        return False


def _damage_keeping_attachments_readable(database: Path, raw_key: bytes) -> None:
    """Flip one byte, from the end backwards, until the file fails its check but its attachments still list:
    the damage a person would hope to rescue rows from."""
    original = database.read_bytes()
    for offset in range(len(original) - 100, 4096, -4096):
        damaged = bytearray(original)
        damaged[offset] ^= 0x01
        database.write_bytes(bytes(damaged))
        connection = connect_readonly(database, raw_key)
        try:
            if _passes_check(connection):
                continue
            connection.execute("SELECT id FROM attachments").fetchall()
            return
        except apsw.Error:
            continue
        finally:
            connection.close()
    raise AssertionError("no damage left the attachments table readable")


def test_restoring_a_snapshot_keeps_attachments_only_the_damaged_file_names(vault: Vault) -> None:
    fill(vault, attachment_sizes=(1_000,))
    vault.lock()
    session = _at(vault.folder, DAYS[1])  # its daily snapshot holds the first attachment
    session.unlock_with_passphrase(PASSPHRASE)
    late = session.attachments().add("c3", "late-reply.pdf", "application/pdf", b"%PDF added after the snapshot")
    raw_key = session.key.subkey(b"db")
    session.lock()
    _damage_keeping_attachments_readable(vault.folder / "cases.db", raw_key)

    rescuer = _at(vault.folder, DAYS[2])
    with pytest.raises(DamagedDatabase):
        rescuer.unlock_with_passphrase(PASSPHRASE)
    rescuer.restore_latest_snapshot()
    rescuer.unlock_with_passphrase(PASSPHRASE)  # sweeps attachment files nothing refers to
    assert rescuer.attachments().get(late.id) is None  # not in the snapshot...
    assert rescuer.blobs.exists(late.id)  # ...but its file is kept for the damaged copy
    rescuer.lock()
    (aside,) = damaged_databases(vault.folder)
    connection = connect_readonly(aside, raw_key)
    assert (late.id,) in connection.execute("SELECT id FROM attachments").fetchall()
    connection.close()
