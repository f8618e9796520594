"""Where pytest makes the tests' temporary folders: in memory (Linux's /dev/shm) when it has room to spare.

The suite makes thousands of small vaults, and npdrights syncs every commit and key file to disk, as it should.
On a real disk those syncs are waits, not work, and a large part of the suite's wall time (issue 12, item 5). The
files, their contents and what survives a killed process are the same in memory; the power-cut tests simulate
their cuts in a recording layer, never by relying on the disk.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

MEMORY_FOLDER = Path("/dev/shm")
# The largest test writes about 600 MB (a 200 MB vault, its backup and the restored copy); leave the machine room.
ROOM_NEEDED = 2 * 1024**3
TEMP_ROOT_VARIABLE = "PYTEST_DEBUG_TEMPROOT"  # pytest's own setting for where tmp_path folders go


def keep_temp_folders_in_memory() -> None:
    """Point pytest's temporary folders at /dev/shm, unless the person running the tests chose a place, or there
    is no such folder (Windows, macOS) or it is too small (a container's 64 MB default)."""
    if os.environ.get(TEMP_ROOT_VARIABLE):
        return
    try:
        free = shutil.disk_usage(MEMORY_FOLDER).free
    except OSError:
        return
    if free >= ROOM_NEEDED and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        os.environ[TEMP_ROOT_VARIABLE] = str(MEMORY_FOLDER)
