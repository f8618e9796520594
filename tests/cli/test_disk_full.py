"""Issue 11, item 18: on a really full disk (an 8 MiB tmpfs, filled), every command says so plainly, reading
still works, and nothing is lost. Needs permission to mount a tmpfs (root on Linux); skipped otherwise.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from npdrights.commands import case as case_command
from npdrights.commands.common import EXIT_ENVIRONMENT
from tests.cli.conftest import RunCli
from tests.cli.test_case_cli import TODAY
from tests.conftest import PASSPHRASE
from tests.letter_fixtures import full_data

P = PASSPHRASE + "\n"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("needs Linux's mount")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if made.returncode != 0:
        pytest.skip("no permission to mount a tmpfs")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def _fill_leaving(disk: Path, free_kib: int) -> None:
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    room = shutil.disk_usage(disk).free // 1024
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, room - free_kib) * 1024)


@pytest.mark.slow
@pytest.mark.parametrize("free_kib", [0, 20])
def test_a_full_disk_is_said_plainly_reading_works_and_nothing_is_lost(
    run_cli: RunCli, small_disk: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, free_kib: int
) -> None:
    monkeypatch.setenv("NPDRIGHTS_HOME", str(small_disk / "home"))
    monkeypatch.setattr(case_command, "today", lambda: TODAY)
    answers = tmp_path / "answers.json"
    data = full_data("sar-dfe")
    data.pop("date")
    answers.write_text(json.dumps(data), encoding="utf-8")
    assert run_cli("vault", "init", "--passphrase-stdin", stdin=P)[0] == 0
    code, made, err = run_cli("case", "new", "sar-dfe", "--answers", str(answers), "--passphrase-stdin", stdin=P)
    assert code == 0, err

    _fill_leaving(small_disk, free_kib)
    code, out, err = run_cli("case", "list", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    assert made.strip() in out
    assert "Your disk is full" in err
    code, _out, err = run_cli("case", "new", "sar-dfe", "--answers", str(answers), "--passphrase-stdin", stdin=P)
    assert code == EXIT_ENVIRONMENT, err
    assert "Your disk is full, so npdrights could not save." in err
    code, _out, err = run_cli(
        "vault",
        "export",
        "--out",
        str(small_disk / "b.npdbackup"),
        "--passphrase-stdin",
        "--backup-passphrase-stdin",
        stdin=P + "a backup passphrase here\n",
    )
    assert code != 0
    assert "no space left on device" in err
    for line in err.splitlines():
        assert "Traceback" not in line

    (small_disk / "filler").unlink()
    code, out, err = run_cli("case", "list", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    assert made.strip() in out
    assert "disk is full" not in err
    code, _out, err = run_cli("case", "new", "sar-dfe", "--answers", str(answers), "--passphrase-stdin", stdin=P)
    assert code == 0, err
    assert not list(small_disk.glob(".npdbackup-*"))
