"""npdrights-cli vault init | status | change-passphrase: output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from npdrights.storage import recovery_code
from tests.cli.conftest import RunCli

PASSPHRASE = "kettle orange bicycle meadow"


def test_init_prints_only_the_recovery_code_on_stdout(run_cli: RunCli, home: Path) -> None:
    code, out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0
    assert len(recovery_code.decode(out.strip())) == 32
    assert "recovery code" in err
    assert (home / "data" / "vault.json").exists()


def test_init_twice_is_refused(run_cli: RunCli) -> None:
    run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 2
    assert "already exists" in err


def test_init_refuses_a_short_passphrase(run_cli: RunCli) -> None:
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin="short\n")
    assert code == 2
    assert "at least 10 characters" in err


def test_passphrase_from_the_environment(run_cli: RunCli, monkeypatch: object) -> None:
    monkeypatch.setenv("NPDRIGHTS_PASSPHRASE", PASSPHRASE)  # type: ignore[attr-defined]
    code, out, _err = run_cli("vault", "init")
    assert code == 0
    assert out.strip()


def test_no_secret_and_no_terminal_is_a_usage_error(run_cli: RunCli) -> None:
    code, _out, err = run_cli("vault", "init")
    assert code == 2
    assert "--passphrase-stdin" in err


def test_status_before_and_after_init(run_cli: RunCli) -> None:
    code, out, _ = run_cli("vault", "status", "--json")
    assert code == 0
    assert json.loads(out)["exists"] is False
    run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    code, out, _ = run_cli("vault", "status", "--json")
    report = json.loads(out)
    assert report["exists"] is True
    assert report["unlock_with"] == ["passphrase", "recovery"]


def test_change_passphrase_wrong_old_exits_3_then_right_old_exits_0(run_cli: RunCli) -> None:
    run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    code, _out, err = run_cli(
        "vault", "change-passphrase", "--passphrase-stdin", stdin="wrong passphrase\nnew long passphrase\n"
    )
    assert code == 3
    assert "doesn't open this vault" in err
    code, _out, _err = run_cli(
        "vault", "change-passphrase", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nnew long passphrase\n"
    )
    assert code == 0
    code, _out, _err = run_cli(
        "vault", "change-passphrase", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nthird long passphrase\n"
    )
    assert code == 3


def test_damaged_vault_exits_4(run_cli: RunCli, home: Path) -> None:
    run_cli("vault", "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    for name in ("vault.json", "vault.json.bak"):
        (home / "data" / name).write_text("{ damaged")
    code, _out, err = run_cli(
        "vault", "change-passphrase", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nnew long passphrase\n"
    )
    assert code == 4
    assert "damaged" in err


def test_missing_vault_exits_4(run_cli: RunCli) -> None:
    code, _out, err = run_cli(
        "vault", "change-passphrase", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nnew long passphrase\n"
    )
    assert code == 4
    assert "no vault" in err.lower()


def test_unknown_action_is_a_usage_error(run_cli: RunCli) -> None:
    code, _out, err = run_cli("vault", "explode")
    assert code == 2
    assert "invalid choice" in err


def test_a_real_process_reports_errors_without_a_traceback(home: Path, tmp_path: Path) -> None:
    env = {
        "NPDRIGHTS_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "npdrights.cli", "vault", "change-passphrase", "--passphrase-stdin"],
        input="a\nb\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert result.returncode == 4
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_output_cut_short_by_the_reader_is_not_a_traceback(tmp_path: Path) -> None:
    """`npdrights-cli letter --list | head -1`: the reader closes the pipe early."""
    env = {
        "NPDRIGHTS_HOME": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PATH": "/usr/bin:/bin",
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "npdrights.cli", "letter", "--list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()  # at once: the child is still importing, so its first write finds the pipe gone
    error = child.stderr.read().decode()
    child.wait(timeout=30)
    assert "Traceback" not in error
    assert child.returncode in (0, 141)
