"""The unlock's integrity check of cases.db, run beside the first paint, and the gate that holds writes until it passes.

`PRAGMA quick_check` reads every page: 0.25-0.45 s for 10,000 cases, half of the wait for the cases list when it
ran before the list was read (issue 17). When no migration is due the vault now opens without it; the list is read
and painted while the check runs on a read-only connection of its own, on another thread (apsw lets go of the GIL
while SQLite works).

A damaged file must never be written to: a write could spread the damage, and an automatic snapshot of it could
rotate a good snapshot out. So the vault's own connection gets an SQLite authorizer (`authorize`), the one place
every statement passes: a statement that would write waits for the check's answer, and is refused if it found
damage. Reads go straight through. A write that comes before anyone has started the check runs it itself, so
nothing waits for a check that never comes.

Run beside the paint (`run_beside`), the check's thread gives way to the window's: on a busy computer the two
otherwise share the CPU the process gets, and the first paint took twice as long as with the check giving way.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable

import apsw

from npdrights.storage.errors import VaultError

# What SQLite asks the authorizer about that changes a file: rows, the schema, and ATTACH (how VACUUM INTO, the
# snapshots' copy, begins). A PRAGMA given a value (user_version=, wal_checkpoint(...)) may write too, and so does a
# checkpoint given none; the few that only read with a value (table_info(t)) merely wait. Temporary tables are kept
# in memory (database.py), so changing them is not writing.
_WRITING_ACTIONS = frozenset(
    {
        apsw.SQLITE_INSERT,
        apsw.SQLITE_UPDATE,
        apsw.SQLITE_DELETE,
        apsw.SQLITE_CREATE_INDEX,
        apsw.SQLITE_CREATE_TABLE,
        apsw.SQLITE_CREATE_TRIGGER,
        apsw.SQLITE_CREATE_VIEW,
        apsw.SQLITE_CREATE_VTABLE,
        apsw.SQLITE_DROP_INDEX,
        apsw.SQLITE_DROP_TABLE,
        apsw.SQLITE_DROP_TRIGGER,
        apsw.SQLITE_DROP_VIEW,
        apsw.SQLITE_DROP_VTABLE,
        apsw.SQLITE_ALTER_TABLE,
        apsw.SQLITE_REINDEX,
        apsw.SQLITE_ANALYZE,
        apsw.SQLITE_ATTACH,
        apsw.SQLITE_DETACH,
    }
)


# The niceness of a thread checking beside the first paint: it gets the CPU the window's thread leaves. Measured on
# a loaded two-core machine (load average 6-7), the cases view's first paint of 10,000 cases took 0.45-0.68 s with
# it and 1.04-1.49 s without; 19 did no better than 10, and 10 leaves the check more when a write waits for it.
BESIDE_NICENESS = 10


def _give_way_to_other_threads() -> None:
    """Lower this thread's priority, never the main thread's (a raised niceness can't be lowered again). Linux only:
    there each thread has its own niceness; elsewhere setpriority given a thread's id would name a process."""
    if sys.platform != "linux" or threading.current_thread() is threading.main_thread():
        return
    thread = threading.get_native_id()
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, thread, max(os.getpriority(os.PRIO_PROCESS, thread), BESIDE_NICENESS))


def writes(action: int, name: str | None, value: str | None, database: str | None) -> bool:
    """Whether one action of a statement, as SQLite asks the authorizer about it, would change a file."""
    if database == "temp":
        return False
    if action == apsw.SQLITE_PRAGMA:
        return value is not None or name == "wal_checkpoint"
    return action in _WRITING_ACTIONS


class IntegrityCheck:
    """One cases.db's check, run once whoever asks first (a background thread, or a write that can't wait), and its
    answer, which every later asker gets at once. Safe to use from several threads."""

    def __init__(self, check: Callable[[], bool], refusal: Callable[[], VaultError]) -> None:
        """`check` says whether the file is whole (on a connection of its own); `refusal` is the error a write
        gets once damage is found (the unlock's own damaged-vault message)."""
        self._check: Callable[[], bool] | None = check
        self._refusal = refusal
        self._healthy: bool | None = None
        self._lock = threading.Lock()

    @classmethod
    def already_passed(cls) -> IntegrityCheck:
        """For a vault checked as it opened (a migration, the CLI) or just made: nothing to wait for."""
        check = cls(lambda: True, VaultError)
        check.run()
        return check

    @property
    def done(self) -> bool:
        return self._healthy is not None

    @property
    def passed(self) -> bool:
        return self._healthy is True

    def run(self) -> bool:
        """Check now, or wait for the check already under way; then say whether the file is whole. An error reading
        the file counts as damage: a file that could not be read through is not written to. (A programming error is
        raised, and the check is not run again: the file then counts as not known whole.)"""
        with self._lock:
            if self._healthy is None:
                check, self._check = self._check, None  # holds the key: not kept once it has run
                healthy = False  # unless it says so: e.g. if it raises
                if check is not None:
                    with contextlib.suppress(apsw.Error, OSError):
                        healthy = check()
                self._healthy = healthy
                return healthy
            return self._healthy

    def abandon(self) -> None:
        """The vault locked before the check started: it never starts, nor reads the file with the key it holds."""
        self._check = None

    def run_beside(self) -> bool:
        """`run`, from a thread started for it beside the first paint (that thread is left giving way)."""
        _give_way_to_other_threads()
        return self.run()

    def authorize(self, action: int, name: str | None, value: str | None, database: str | None, via: str | None) -> int:
        """The vault connection's SQLite authorizer (apsw's signature): reads pass; a write waits for the check,
        and is refused with the damaged-vault error if the check found damage."""
        if self._healthy is True or not writes(action, name, value, database):
            return apsw.SQLITE_OK
        if not self.run():
            raise self._refusal()
        return apsw.SQLITE_OK
