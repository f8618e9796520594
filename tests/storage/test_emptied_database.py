"""Issue 11, item 1: an emptied (0-byte) or schema-less cases.db is damage, never "an older copy".

The red team emptied cases.db: the app wrote a fresh schema into it while saying nothing had changed, and after
"carry on" the daily snapshots rotated until none held a case. Here: the file is left exactly as found, the
newest snapshot that opens is offered and restores the cases, and rotation keeps the last snapshot with cases.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from npdrights.storage.database import connect
from npdrights.storage.errors import DamagedDatabase
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.snapshots import cases_in_snapshot, list_snapshots, restore_snapshot
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import attachment_bytes, fill

DAYS = [datetime(2026, 11, day, 9, 0) for day in range(1, 30)]


def _at(folder: Path, when: datetime, keep: int = 3) -> Vault:
    return Vault(folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: when, snapshots_to_keep=keep)


def _vault_with_cases_and_snapshots(vault: Vault) -> dict[str, bytes]:
    """Cases and attachments, then two later days' unlocks, so snapshots hold them."""
    fill(vault)
    files = attachment_bytes(vault)
    vault.lock()
    for day in DAYS[:2]:
        session = _at(vault.folder, day)
        session.unlock_with_passphrase(PASSPHRASE)
        session.lock()
    for snapshot in list_snapshots(vault.folder):
        assert cases_in_snapshot(snapshot.database, _db_key(vault.folder)) == 4
    return files


def _db_key(folder: Path) -> bytes:
    probe = _at(folder, DAYS[0])
    key = probe.unwrap_with_passphrase(PASSPHRASE)
    raw = key.subkey(b"db")
    key.wipe()
    return raw


def _schemaless(path: Path, raw_key: bytes) -> None:
    """A well-formed database under the right key that holds no schema: a table made and dropped again."""
    path.unlink()
    connection = connect(path, raw_key)
    connection.execute("CREATE TABLE scratch(x); DROP TABLE scratch;")
    connection.close()


@pytest.mark.parametrize("damage", ["emptied", "schemaless"])
def test_an_emptied_or_schemaless_cases_db_is_damage_and_is_left_untouched(vault: Vault, damage: str) -> None:
    files = _vault_with_cases_and_snapshots(vault)
    live = vault.folder / "cases.db"
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    if damage == "emptied":
        live.write_bytes(b"")
    else:
        _schemaless(live, _db_key(vault.folder))
    before = live.read_bytes()

    later = _at(vault.folder, DAYS[5])
    with pytest.raises(DamagedDatabase) as caught:
        later.unlock_with_passphrase(PASSPHRASE)
    assert "is damaged" in caught.value.message
    assert caught.value.latest_snapshot == DAYS[1]
    assert live.read_bytes() == before  # no schema written into it, no WAL mode set
    assert not later.is_unlocked

    later.restore_latest_snapshot()
    later.unlock_with_passphrase(PASSPHRASE)
    assert later.database.query("SELECT count(*) FROM cases") == [(4,)]
    assert attachment_bytes(later) == files
    later.lock()


def test_the_cli_restores_a_snapshot_over_an_emptied_cases_db(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from npdrights import cli

    _vault_with_cases_and_snapshots(vault)
    (vault.folder / "cases.db").write_bytes(b"")
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--home", str(vault.folder.parent), "vault", "snapshots", "--restore"]) == 0
    assert "now holds the snapshot" in capsys.readouterr().err
    reopened = _at(vault.folder, DAYS[6])
    reopened.unlock_with_passphrase(PASSPHRASE)
    assert reopened.database.query("SELECT count(*) FROM cases") == [(4,)]
    reopened.lock()


def test_rotation_never_drops_the_last_snapshot_with_cases_while_the_live_database_has_none(
    vault: Vault, tmp_path: Path
) -> None:
    """Carrying on with a copy holding no case, then a fortnight of daily unlocks keeping 3 snapshots."""
    vault.lock()
    empty_copy = tmp_path / "empty-cases.db"
    shutil.copyfile(vault.folder / "cases.db", empty_copy)  # made at creation: a schema, no case
    carried_on = _at(vault.folder, DAYS[0])
    carried_on.unlock_with_passphrase(PASSPHRASE)
    files = fill(carried_on)["files"]
    carried_on.lock()
    for day in DAYS[1:4]:
        session = _at(vault.folder, day)
        session.unlock_with_passphrase(PASSPHRASE)
        session.lock()
    live = vault.folder / "cases.db"
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(empty_copy, live)

    older = _at(vault.folder, DAYS[4])
    older.open(older.unwrap_with_passphrase(PASSPHRASE), accept_older_database=True)
    older.lock()
    for day in DAYS[5:20]:
        session = _at(vault.folder, day)
        session.unlock_with_passphrase(PASSPHRASE)
        session.lock()

    raw_key = _db_key(vault.folder)
    snapshots = list_snapshots(vault.folder)
    holding = [snapshot for snapshot in snapshots if cases_in_snapshot(snapshot.database, raw_key) == 4]
    assert len(holding) == 1  # the newest one with cases, kept past the limit of three
    assert len(snapshots) == 4
    # Its attachments were not swept either: going back to it brings everything back.
    restore_snapshot(vault.folder, holding[0], DAYS[21])
    back = _at(vault.folder, DAYS[21])
    back.open(back.unwrap_with_passphrase(PASSPHRASE), accept_older_database=True)
    assert back.database.query("SELECT count(*) FROM cases") == [(4,)]
    assert attachment_bytes(back) == files
    back.lock()
