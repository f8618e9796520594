"""Issue 11, items 16-18: faults of the computer's reach the user as one plain sentence and an exit code.

Each is made for real: a vault kept busy by another connection, a folder where cases.db should be. Never a
traceback; nothing changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from npdrights.commands.common import EXIT_ENVIRONMENT
from npdrights.storage import database as database_module
from npdrights.storage.database import connect
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE


@pytest.fixture
def made(run_cli: RunCli, home: Path) -> Path:
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    return home / "data"


def test_a_vault_busy_in_another_window_is_said_plainly(
    run_cli: RunCli, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault(made, KeyringKeyStore())
    key = vault.unwrap_with_passphrase(PASSPHRASE)
    other_window = connect(made / "cases.db", key.subkey(b"db"))
    other_window.execute("BEGIN EXCLUSIVE")  # another window in the middle of a long write
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    try:
        code, _out, err = run_cli("case", "list", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    finally:
        other_window.execute("ROLLBACK")
        other_window.close()
    assert code == EXIT_ENVIRONMENT
    assert "The vault is open in another window or program that is busy with it" in err
    assert "Traceback" not in err


def test_a_folder_where_cases_db_should_be_is_said_plainly(run_cli: RunCli, made: Path) -> None:
    for name in ("cases.db", "cases.db-wal", "cases.db-shm"):
        (made / name).unlink(missing_ok=True)
    (made / "cases.db").mkdir()
    code, _out, err = run_cli("case", "list", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == EXIT_ENVIRONMENT, err
    assert "There is a folder, or something else that is not a file, where npdrights keeps cases.db" in err
    assert "Traceback" not in err
    assert (made / "cases.db").is_dir()  # nothing changed
