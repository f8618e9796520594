"""`npdrights --self-test` (issue 14): every check passes on a working install; a failure is plain and exits 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npdrights import selftest
from npdrights.selftest import CHECKS, EXIT_FAILED, EXIT_PASSED, run_self_test
from tests.conftest import FAST_KDF

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The self-test's temporary folder goes here, so a test can see that nothing is left behind."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def run(**options: object) -> tuple[int, str]:
    report = io.StringIO()
    code = run_self_test(report, kdf=FAST_KDF, today=date(2026, 12, 1), **options)  # type: ignore[arg-type]
    return code, report.getvalue()


def test_every_check_passes_and_the_temporary_folder_is_removed(qtbot: QtBot, temp_root: Path) -> None:
    code, report = run()
    assert code == EXIT_PASSED, report
    for name, _check in CHECKS:
        assert f"[ok]     {name}: " in report
    assert "Open the letter as the preview does (QtPdf): " in report
    assert report.rstrip().endswith("The self-test passed: npdrights works on this computer.")
    assert list(temp_root.iterdir()) == []


def test_missing_resources_fail_plainly_and_stop(
    qtbot: QtBot, temp_root: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path_factory.mktemp("no-resources")
    monkeypatch.setattr(selftest, "resource_dir", lambda: empty)
    code, report = run()
    assert code == EXIT_FAILED
    assert f"[FAILED] Letters, fonts and addresses are in place: no fonts in {empty / 'fonts'}" in report
    assert "reinstall it" in report
    assert "[ok]     Make a vault" not in report  # it stopped at the first failure
    assert "Traceback" not in report
    assert "The self-test FAILED." in report
    assert list(temp_root.iterdir()) == []


def test_a_programming_error_is_reported_not_swallowed_and_the_vault_is_locked(qtbot: QtBot, temp_root: Path) -> None:
    made: list[selftest._Run] = []

    def broken(state: selftest._Run) -> str:
        made.append(state)
        raise KeyError("no such column")

    by_name = dict(CHECKS)
    checks = [
        ("Make a vault in a temporary folder", by_name["Make a vault in a temporary folder"]),
        ("Unlock the vault", by_name["Unlock the vault"]),
        ("A check with a bug in it", broken),
        ("Make a case and its letter", by_name["Make a case and its letter"]),
    ]
    code, report = run(checks=checks)
    assert code == EXIT_FAILED
    assert "[ok]     Unlock the vault: a wrong passphrase was refused, the right one opened it" in report
    assert "[FAILED] A check with a bug in it: npdrights itself went wrong (KeyError: 'no such column')" in report
    assert "Make a case and its letter" not in report
    assert made[0].vault is not None
    assert not made[0].vault.is_unlocked
    assert list(temp_root.iterdir()) == []


def test_the_command_runs_offscreen_without_a_screen_and_exits_0(tmp_path: Path) -> None:
    """What CI runs against the frozen build, here against the source: `npdrights --self-test`."""
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "npdrights", "--self-test"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The self-test passed" in result.stdout
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names the Linux keychain backend")
def test_a_frozen_build_without_keychain_support_fails_the_self_test(
    qtbot: QtBot, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_selection: [])  # as if PyInstaller lost them
    code, report = run()
    assert code == EXIT_FAILED
    assert (
        "[FAILED] Keychain support: this copy of npdrights lacks keyring's SecretService backend, so “Remember on "
        "this computer” could not work; reinstall it"
    ) in report
    assert list(temp_root.iterdir()) == []
