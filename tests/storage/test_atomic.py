from __future__ import annotations

from pathlib import Path

import pytest

from npdrights.storage import atomic


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


def test_sweep_removes_leftover_temp_files(tmp_path: Path) -> None:
    (tmp_path / ".tmp-abc").write_bytes(b"half")
    (tmp_path / "keep.json").write_bytes(b"{}")
    assert atomic.sweep_temp_files(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]
