"""Crash-safe replacement of small files: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".tmp-"


def full_fsync(fd: int) -> None:
    if sys.platform == "darwin":
        import fcntl

        # On macOS plain fsync does not flush the drive's cache.
        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    else:
        os.fsync(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink inside `folder` durable. Windows has no directory fsync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_replacement(
    path: Path, *, prefix: str = TEMP_PREFIX, suffix: str = "", mode: int = 0o600
) -> Iterator[BinaryIO]:
    """Write `path` through a temp file in the same folder, renamed over it only once complete and on disk.

    A crash or an exception inside the block leaves the old file (or none) and no temp file behind; never half
    of the new one. On success the rename itself is made durable by syncing the folder.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            full_fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(folder)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, never half of one."""
    with atomic_replacement(path, mode=mode) as handle:
        handle.write(data)


# A temp file or staging file untouched for this long was left by a crash: a process writing one (a key file in
# milliseconds, a large import in minutes) changes it far more often than this, so another window's unlock never
# sweeps a file still being written (issue 11, item 17).
STALE_AFTER_SECONDS = 60 * 60


def is_stale(path: Path, now: float | None = None) -> bool:
    """Untouched for STALE_AFTER_SECONDS (False if it has gone already)."""
    try:
        modified = path.stat().st_mtime
    except FileNotFoundError:
        return False
    return (time.time() if now is None else now) - modified > STALE_AFTER_SECONDS


def sweep_temp_files(folder: Path) -> int:
    """Delete temp files left by a crash during `atomic_write_bytes`. Returns how many were removed."""
    removed = 0
    for leftover in folder.glob(TEMP_PREFIX + "*"):
        if not is_stale(leftover):
            continue
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed
