"""What every npdrights process does first, the GUI and the CLI alike: no core dumps.

A core file would hold the data key and decrypted pages; the red team found one from the CLI that held the
database key as text and opened cases.db (issue 11, item 8; security-design.md §6).
"""

from __future__ import annotations

import sys


def harden_process() -> None:
    """Core dumps off (POSIX), and on Linux the process also made non-dumpable (no ptrace attach, no core).
    Every file the process makes is private to its user (umask 077), whatever the login's umask."""
    if sys.platform == "win32":
        return
    import os
    import resource

    os.umask(0o077)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_dumpable = 4
        ctypes.CDLL(None).prctl(pr_set_dumpable, 0, 0, 0, 0)
