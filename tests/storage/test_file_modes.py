"""Issue 11, item 12: every file npdrights makes is 0600 whatever the umask, and a killed export's .partial
file does not stay behind."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from npdrights.storage.backup_export import export_backup
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF, fill

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def careless_umask() -> Iterator[None]:
    """A login whose umask lets everyone read new files (0o000 here: the worst case)."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def _modes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): stat.S_IMODE(path.stat().st_mode) for path in folder.rglob("*")}


def test_everything_in_the_data_folder_and_the_backup_is_private(
    data_dir: Path, no_keyring: None, careless_umask: None, tmp_path: Path
) -> None:
    vault = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: datetime(2026, 11, 2, 9, 0))
    vault.create(PASSPHRASE)
    fill(vault)
    vault.keep_aside_snapshot("before-test")
    out = tmp_path / "out" / "family.npdbackup"
    out.parent.mkdir()
    export_backup(vault, out, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    wal_seen = (data_dir / "cases.db-wal").exists()  # while the vault is open
    modes = _modes(data_dir)
    vault.lock()

    assert wal_seen
    assert {"cases.db-wal", "blobs", "backups", "vault.json", "vault.json.bak"} <= set(modes)
    loose = {name: oct(mode) for name, mode in modes.items() if mode not in (0o600, 0o700)}
    assert loose == {}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.slow
def test_an_export_killed_part_way_leaves_no_partial_file_after_the_next_one(vault: Vault, tmp_path: Path) -> None:
    fill(vault, attachment_sizes=(300_000,))
    vault.lock()
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.export_victim", str(vault.folder), str(folder / "first.npdbackup")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    assert child.stdout.readline() == "writing\n"
    (partial,) = folder.glob(".npdbackup-*.partial")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert partial.exists()  # nothing can run in a process killed with -9...

    reopened = Vault(vault.folder, KeyringKeyStore(), kdf=FAST_KDF)
    reopened.unlock_with_passphrase(PASSPHRASE)
    export_backup(reopened, folder / "second.npdbackup", BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    reopened.lock()
    assert sorted(path.name for path in folder.iterdir()) == ["second.npdbackup"]  # ...so the next export clears it


def test_a_partial_file_being_written_by_another_process_is_left_alone(tmp_path: Path) -> None:
    from npdrights.storage.atomic import atomic_replacement, sweep_abandoned

    with atomic_replacement(tmp_path / "b.npdbackup", prefix=".npdbackup-", suffix=".partial") as handle:
        handle.write(b"in progress")
        assert sweep_abandoned(tmp_path, ".npdbackup-*.partial") == 0
    assert (tmp_path / "b.npdbackup").read_bytes() == b"in progress"
