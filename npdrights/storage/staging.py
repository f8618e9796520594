"""`staging/`: scratch space for imports, in the data folder so it is on the same disk as the vault.

Only ciphertext ever lands here, under keys that live in memory for one import; whatever a crash leaves is
unreadable and is emptied at the next unlock.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from npdrights.storage.atomic import is_stale

STAGING_DIR = "staging"


def staging_folder(data_dir: Path) -> Path:
    folder = data_dir / STAGING_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def new_staging_file(data_dir: Path, purpose: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f"{purpose}-", dir=staging_folder(data_dir))
    os.close(fd)
    return Path(name)


def new_staging_folder(data_dir: Path, purpose: str) -> Path:
    """A private folder in staging/, e.g. a new vault being built before it is moved into place."""
    return Path(tempfile.mkdtemp(prefix=f"{purpose}-", dir=staging_folder(data_dir)))


def sweep_staging(data_dir: Path) -> int:
    folder = data_dir / STAGING_DIR
    if not folder.is_dir():
        return 0
    removed = 0
    for leftover in folder.iterdir():
        if not is_stale(leftover):  # perhaps an import running in another window right now
            continue
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
            removed += 1
    return removed
