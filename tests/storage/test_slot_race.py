"""Issue 11, item 2: a passphrase change is never undone by another process unlocking at the same moment.

Two real processes race over many rounds: one changes the passphrase again and again, the other unlocks with
the recovery code again and again (each unlock raises the rollback counter in vault.json). Before the lock,
the unlocking process wrote back its stale copy of vault.json in 2 of 40 red-team trials.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.slot_race import passphrase

ROUNDS = 60
ROOT = Path(__file__).resolve().parents[2]


def _start(folder: Path, role: str, secret: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.slot_race", str(folder), role, str(ROUNDS)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert child.stdin is not None
    child.stdin.write(secret + "\n")
    child.stdin.close()
    return child


def _finish(child: subprocess.Popen[str]) -> tuple[str, str]:
    assert child.stdout is not None
    assert child.stderr is not None
    out, err = child.stdout.read(), child.stderr.read()
    child.wait(timeout=300)
    return out, err


@pytest.mark.slow
def test_concurrent_unlocks_never_undo_a_passphrase_change(vault: Vault) -> None:
    code = vault.test_recovery_code  # type: ignore[attr-defined]
    vault.lock()
    unlocker = _start(vault.folder, "unlock", code)
    changer = _start(vault.folder, "change", PASSPHRASE)
    changed_out, changed_err = _finish(changer)
    _out, unlock_err = _finish(unlocker)
    assert changer.returncode == 0, changed_err
    assert unlocker.returncode == 0, unlock_err
    assert changed_out.split("\n")[-2] == passphrase(ROUNDS)

    reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    reopened.unlock_with_passphrase(passphrase(ROUNDS))  # the last change stuck
    reopened.lock()
    for stale in (PASSPHRASE, passphrase(ROUNDS - 1)):
        with pytest.raises(Exception, match="doesn't open this vault"):
            reopened.unwrap_with_passphrase(stale)
