from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from npdrights.storage import atomic
from npdrights.storage.staging import new_staging_file, sweep_staging


def test_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(b"old")
    atomic.atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert not list(tmp_path.glob(".tmp-*"))


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(b"old")

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(".tmp-*"))


def _age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_sweep_removes_leftover_temp_files(tmp_path: Path) -> None:
    (tmp_path / ".tmp-abc").write_bytes(b"half")
    _age(tmp_path / ".tmp-abc", atomic.STALE_AFTER_SECONDS + 60)
    (tmp_path / "keep.json").write_bytes(b"{}")
    assert atomic.sweep_temp_files(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_sweep_leaves_a_temp_file_another_process_may_be_writing(tmp_path: Path) -> None:
    """Issue 11, item 17: another window's unlock swept a key file's temp file mid-write."""
    (tmp_path / ".tmp-being-written").write_bytes(b"half")
    _age(tmp_path / ".tmp-being-written", atomic.STALE_AFTER_SECONDS - 60)
    assert atomic.sweep_temp_files(tmp_path) == 0
    assert (tmp_path / ".tmp-being-written").read_bytes() == b"half"


def test_staging_keeps_a_file_an_import_in_another_window_is_using(tmp_path: Path) -> None:
    busy = new_staging_file(tmp_path, "import")
    left = new_staging_file(tmp_path, "import")
    _age(left, atomic.STALE_AFTER_SECONDS + 60)
    assert sweep_staging(tmp_path) == 1
    assert busy.exists()
    assert not left.exists()
