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
        _hold_while_open(fd)
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


def _hold_while_open(fd: int) -> None:
    """Lock a temp file while it is written (POSIX; released when closed, or when its writer is killed), so a
    sweep can tell one a live process is writing from one a killed process left behind."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def is_abandoned(path: Path) -> bool:
    """No live process is writing this temp file: its lock can be taken (POSIX). On Windows a file still open
    can't be deleted anyway, so every file is a candidate and the delete decides."""
    if os.name != "posix":
        return True
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # closing also lets go of the lock, if it was taken
    return True


def sweep_abandoned(folder: Path, pattern: str) -> int:
    """Delete temp files matching `pattern` in `folder` that no live process is writing (a killed export's
    .partial file, issue 11 item 12). Returns how many went."""
    removed = 0
    for leftover in folder.glob(pattern):
        if leftover.is_file() and is_abandoned(leftover):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def private_empty_file(path: Path) -> None:
    """Make `path` as a new, empty file readable by this user only (0600 whatever the umask), for SQLite to
    fill: SQLite gives a database's WAL and shared-memory files the database file's own permissions."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """0600 on POSIX, whatever the umask was when the file was made."""
    if os.name == "posix":
        os.chmod(path, 0o600)


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
        if not leftover.is_file() or not is_stale(leftover):  # never a folder someone made with such a name
            continue
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed
