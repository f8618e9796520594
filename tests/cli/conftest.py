from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from npdrights import cli
from tests.conftest import FAST_KDF

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None) -> Path:
    monkeypatch.setenv("NPDRIGHTS_HOME", str(tmp_path / "home"))
    for name in (
        "NPDRIGHTS_PASSPHRASE",
        "NPDRIGHTS_NEW_PASSPHRASE",
        "NPDRIGHTS_BACKUP_PASSPHRASE",
        "NPDRIGHTS_ADVISER",
    ):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "home"


class _FakeStdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture
def run_cli(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run npdrights-cli in-process with `stdin` text; returns (exit code, stdout, stderr). Vaults and backups it
    writes use the cheap key derivation, handed to cli.main: the installed command has no way to ask for it."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", _FakeStdin(stdin))
        try:
            code = cli.main(list(argv), kdf=FAST_KDF)
        except SystemExit as stop:  # argparse usage errors
            code = int(stop.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
