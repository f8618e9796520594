"""Issue 12, item 5: tests get the cheap key derivation by handing it to cli.main in-process. Nothing a user
can set, in the environment or on the command line, makes the installed command write a weaker vault or backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights import cli
from npdrights.storage.backup_format import OuterHeader
from npdrights.storage.keyslots import KdfParams, load_slot_file
from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE

# RFC 9106's second recommendation, spelled out rather than imported: a weakened default must fail here too.
FULL_STRENGTH = KdfParams(t=3, m_kib=64 * 1024, p=4)

# Names someone might guess would switch to test settings. The app reads none of them; this keeps it so.
TEMPTING_SWITCHES = {
    "NPDRIGHTS_KDF": "t=1,m_kib=8192,p=1",
    "NPDRIGHTS_FAST_KDF": "1",
    "NPDRIGHTS_TESTING": "1",
    "NPDRIGHTS_ARGON2_T": "1",
    "NPDRIGHTS_ARGON2_M_KIB": "8192",
    "NPDRIGHTS_ARGON2_P": "1",
    "PYTEST_CURRENT_TEST": "tests/cli/test_full_key_derivation.py::pretend (call)",
    "PYTEST_VERSION": "8.0.0",
    "CI": "true",
}


def test_the_installed_command_writes_a_full_strength_vault_whatever_the_environment(tmp_path: Path) -> None:
    # A separate process, like the installed command: nothing of this test run (pytest in sys.modules, a
    # patched default) can leak into it.
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "NPDRIGHTS_HOME": str(tmp_path),
        **TEMPTING_SWITCHES,
    }
    result = subprocess.run(
        [sys.executable, "-m", "npdrights.cli", "vault", "init", "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    [passphrase_slot] = [slot for slot in load_slot_file(tmp_path / "data").slots if slot.type == "passphrase"]
    assert passphrase_slot.kdf == FULL_STRENGTH


def test_a_backup_made_without_the_test_seam_is_full_strength(
    run_cli: RunCli, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault is made cheaply through the seam; the export goes through cli.main as console_main calls it."""
    assert run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")[0] == 0
    for name, value in TEMPTING_SWITCHES.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("NPDRIGHTS_BACKUP_PASSPHRASE", "a different long backup passphrase")
    out = tmp_path / "family.npdbackup"
    assert cli.main(["vault", "export", "--out", str(out)]) == 0
    with out.open("rb") as backup:
        assert OuterHeader.read_from(backup).kdf == FULL_STRENGTH


def test_no_option_on_the_command_line_names_the_key_derivation(run_cli: RunCli) -> None:
    for option in ("--kdf", "--fast-kdf"):
        code, _out, err = run_cli(option, "1", "vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert code == 2
        assert "unrecognized arguments" in err or "invalid choice" in err
