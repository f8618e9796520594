"""Issue 11, item 4: `kill -9` while restoring a backup into an empty folder leaves no half-made vault.

The red team killed the restore part-way: a vault was left whose recovery code had never been shown, and
restoring again was refused because "a vault already exists". The new vault is now built in staging/ and moved
into place last, so after the kill the folder holds no vault and the same restore simply runs again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_import import open_backup, restore_as_new_vault
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF, attachment_bytes, dump, fill

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "a brand new vault passphrase"


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_kill_9_mid_restore_leaves_no_vault_and_the_restore_runs_again(vault: Vault, tmp_path: Path) -> None:
    filled = fill(vault)
    expected_rows, expected_files = dump(vault), attachment_bytes(vault)
    backup = tmp_path / "family.npdbackup"
    export_backup(vault, backup, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    target = tmp_path / "new-computer"

    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.restore_victim", str(target), str(backup)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(f"{NEW_PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    child.stdin.close()
    assert child.stdout.readline() == "writing\n", child.stderr.read() if child.stderr else ""
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    again = Vault(target, KeyringKeyStore(), kdf=FAST_KDF)
    assert not again.exists()
    assert not (target / "cases.db").exists()
    with open_backup(backup, BACKUP_PASSPHRASE, target) as staged:
        code, report = restore_as_new_vault(again, staged, NEW_PASSPHRASE)
    assert report.added["cases"] == len(filled["cases"])
    again.lock()

    recovered = Vault(target, KeyringKeyStore(), kdf=FAST_KDF)
    recovered.unlock_with_recovery_code(code, "yet another passphrase")  # the code shown is the one that works
    assert dump(recovered) == expected_rows
    assert attachment_bytes(recovered) == expected_files
    recovered.lock()
