"""Issue 11, item 17: twelve processes unlocking and writing at once all succeed, and nothing is lost.

The red team ran 12 writers together: 6 crashed (SQLite's BusyError, and a key file's temp file swept by
another process's unlock). Here each is a real process; every one must finish and every row must be there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WRITERS = 12
EACH = 25
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_twelve_writers_at_once_all_finish_and_lose_nothing(vault: Vault) -> None:
    vault.lock()
    children = []
    for number in range(WRITERS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.busy_writer", str(vault.folder), f"w{number:02d}", str(EACH)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        children.append(child)
    for child in children:
        assert child.stdin is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.close()
    failures = []
    for child in children:
        assert child.stderr is not None
        err = child.stderr.read()
        if child.wait(timeout=300) != 0:
            failures.append(err[-600:])
    assert failures == []

    reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    reopened.unlock_with_passphrase(PASSPHRASE)
    assert len(Repository(reopened.database).households()) == WRITERS * EACH
    reopened.lock()
