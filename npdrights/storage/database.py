"""Opening `cases.db`: SQLite3 Multiple Ciphers, SQLCipher-4 scheme, raw 256-bit key, WAL, synchronous=FULL.

The order of the PRAGMAs matters (cipher, then legacy, then key), and "ok" from `PRAGMA key` does not mean the
key is right: reading `user_version` is what checks it. See security-design.md §1.4 and §5.1.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import apsw

from npdrights.storage import audit, schema
from npdrights.storage.atomic import private_empty_file
from npdrights.storage.errors import DamagedDatabase, NewerVersion, NotAFile
from npdrights.storage.integrity import IntegrityCheck
from npdrights.storage.vault_files import DB_FILE

# Another window or a CLI run writing at the same moment: wait for it (writes take milliseconds) rather than fail
# at once; past this, the user is told the vault is busy in another window (issue 11, item 17).
BUSY_TIMEOUT_MS = 15_000

ROWS_AT_A_TIME = 200  # see `Database.each_row`

# SQLite's own default page cache, in KiB (negative: a size, not a count of pages).
DEFAULT_CACHE = -2000
CHECK_CACHE = -256  # for the integrity check's own connection: see `_copy_is_whole`

# The two errors SQLite gives for a page that fails its MAC or a file that is not a database at all.
DAMAGE_ERRORS = (apsw.NotADBError, apsw.CorruptError)


def _key_pragmas(raw_key: bytes) -> list[str]:
    hex_key = raw_key.hex()
    try:
        return ["PRAGMA cipher='sqlcipher'", "PRAGMA legacy=4", f"PRAGMA key=\"x'{hex_key}'\""]
    finally:
        scrub(hex_key)


def _apply_key(connection: apsw.Connection, raw_key: bytes) -> None:
    """Key the connection, then overwrite the text copies of the key that made it (issue 11, item 9): SQLite takes
    the key as text, and a Python string would otherwise stay in memory, readable, long after the vault locks.
    Kept out of apsw's statement cache, which held the text until the connection closed (then freed, not cleared)."""
    pragmas = _key_pragmas(raw_key)
    try:
        for pragma in pragmas:
            connection.execute(pragma, can_cache=False)
    finally:
        for pragma in pragmas:
            scrub(pragma)


def scrub(text: str) -> None:
    """Overwrite the characters of a str this module made, in place, before it is freed.

    CPython only, and only for compact ASCII strings (what `bytes.hex()` and f-strings of it are); anything else
    is left as it is. Python gives no way to promise no other copy exists: see the README, "What stays in memory".
    """
    if sys.implementation.name != "cpython" or not text.isascii() or sys.getrefcount(text) > _REFS_OF_OUR_OWN:
        return
    import ctypes  # here, not at the top: opening the Unlock screen needs none of it (issue 17)

    ctypes.memset(id(text) + sys.getsizeof(text) - len(text) - 1, 0, len(text))


# The most references a string of ours has while scrub() looks at it: the caller's list and loop variable, the
# argument, and getrefcount's own. More means someone else holds it too (a literal in code): left alone.
_REFS_OF_OUR_OWN = 4


WAL_MODE = "PRAGMA journal_mode=WAL"


def _durability_pragmas(synchronous: str, *, wal: bool) -> list[str]:
    return [
        *([WAL_MODE] if wal else []),
        f"PRAGMA synchronous={synchronous}",
        "PRAGMA fullfsync=1",  # macOS: fsync alone does not flush the drive cache
        "PRAGMA checkpoint_fullfsync=1",
        "PRAGMA temp_store=MEMORY",  # temp files are not encrypted by SQLite3MC
        "PRAGMA secure_delete=1",
        "PRAGMA foreign_keys=1",
        "PRAGMA trusted_schema=0",
    ]


# Below this, what SQLite frees is not worth a walk through the heap (six cases read back free about 160 KB; the
# unlock check's pages in a vault of 10,000 cases are 58 MB). Python's own freed memory from building a big list is
# given back with a big read's pages, as before.
WORTH_GIVING_BACK = 1024 * 1024


def _give_freed_memory_back() -> None:
    """Hand memory just freed back to the system. glibc keeps it for its own later use, which Python's objects
    (allocated apart, in arenas of their own) never make: the 58 MB the unlock check left stayed in the process,
    under the cases list (issue 17: peak memory). malloc_trim returns it (about 8 ms); other C libraries (macOS,
    Windows, musl) have no such call, and nothing is done there."""
    import ctypes  # here, not at the top: opening the Unlock screen needs none of it (issue 17)

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):
        return
    trim(0)


class Database:
    """One open, keyed connection. Every user action is one transaction (`with db.transaction():`)."""

    def __init__(self, connection: apsw.Connection, path: Path, integrity: IntegrityCheck | None = None) -> None:
        self._connection: apsw.Connection | None = connection
        self.path = path
        # One thread at a time: apsw refuses a second thread outright ("Connection is busy in another thread")
        # instead of making it wait, e.g. the window's thread taking the unlock's snapshot while a job adds an
        # adviser. Every use below takes this turn; a transaction holds it from BEGIN to COMMIT.
        self._turn = threading.RLock()
        # Whether the file has been checked whole. Until it has, every write waits for the check (integrity.py).
        self.integrity = integrity or IntegrityCheck.already_passed()
        if not self.integrity.passed:
            connection.authorizer = self.integrity.authorize
        # Who the audit trail names for changes made through this connection: the signed-in adviser, or "" in a
        # parent's vault (storage/audit.py).
        self.adviser = ""
        audit.install(connection, lambda: self.adviser)
        # Opened on a full disk (see open_database): readable, and every write is refused as "disk full".
        self.short_of_space = False

    @property
    def connection(self) -> apsw.Connection:
        if self._connection is None:
            raise RuntimeError("the database is closed (the vault is locked)")
        return self._connection

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[apsw.Connection]:
        if not self.integrity.passed:
            # Wait for the check here, before SQLite is entered: a thread waiting in the authorizer keeps the
            # connection busy, and any other thread using it meanwhile is refused ("Connection is busy in another
            # thread": a backup started just after unlocking failed so). If damage was found, the authorizer
            # refuses the write as before.
            self.integrity.run()
        with self._turn, self.connection:
            yield self.connection

    @contextlib.contextmanager
    def exclusive_use(self) -> Iterator[apsw.Connection]:
        """The connection, for this thread alone until the block ends: for work on it beyond one call of the
        methods here (a transaction begun by hand, a walk through the audit trail)."""
        with self._turn:
            yield self.connection

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        with self._turn:
            return list(self.connection.execute(sql, params))

    def each_row(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows a few hundred at a time, for results too big to hold at once (issue 17: the cases list's peak
        memory); fetched one by one, reading 10,000 kept lines took about 5 ms longer. Read them all before the next
        statement on this connection."""
        with self._turn:
            cursor = self.connection.execute(sql, params)
        while True:
            with self._turn:  # taken for each few hundred, not held while the caller works on them
                rows = list(itertools.islice(cursor, ROWS_AT_A_TIME))
            if not rows:
                return
            yield from rows

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> None:
        with self._turn:
            self.connection.execute(sql, params)

    def release_memory(self) -> None:
        """Free the decrypted pages SQLite keeps in memory (up to 64 MiB, see `connect`): e.g. the whole file the
        integrity check at unlock leaves there, before a big list is read on top of it, and that list's pages once it
        is read. Pages read later are kept again as usual."""
        with self._turn:
            held = apsw.memory_used()
            self.connection.execute("PRAGMA shrink_memory")
            freed = held - apsw.memory_used()
        # Handing memory back walks the C library's whole heap: worth it after a big read, not after a small one.
        if freed >= WORTH_GIVING_BACK:
            _give_freed_memory_back()

    def user_version(self) -> int:
        with self._turn:
            return _version(self.connection)

    def snapshot_to(self, target: Path) -> None:
        """A consistent, compact copy that stays encrypted with the same key, readable by this user only."""
        private_empty_file(target)  # VACUUM INTO fills an empty file, keeping its permissions
        with self._turn:
            self.connection.execute("VACUUM INTO ?", (str(target),))

    def close(self, checkpoint: bool = True) -> None:
        """Close and free SQLite's cache of decrypted pages."""
        with self._turn:  # not while another thread is using it
            if self._connection is None:
                return
            connection, self._connection = self._connection, None
            if checkpoint and self.integrity.passed:  # a checkpoint writes to the file: not before it is known whole
                with contextlib.suppress(apsw.Error):
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()


class SchemaMissing(Exception):
    """An existing cases.db that holds no schema (0 bytes, or `user_version` 0): damage, not a new vault."""


def connect(
    path: Path,
    raw_key: bytes,
    *,
    vfs: str | None = None,
    synchronous: str = "FULL",
    require_schema: bool = False,
    exclusive: bool = False,
    wal: bool = True,
) -> apsw.Connection:
    """Open and key a connection. Raises apsw's damage errors if the key or the file is wrong.

    `require_schema` raises SchemaMissing for a file without one, before anything (even WAL mode) is written to it.
    `exclusive` keeps the WAL index in this process's memory (no -shm file, no other connection meanwhile).
    `wal=False` leaves SQLite's rollback journal, for a new file until its schema is made (see open_database).
    """
    flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
    connection = apsw.Connection(str(path), flags=flags, vfs=vfs) if vfs else apsw.Connection(str(path), flags=flags)
    connection.set_busy_timeout(BUSY_TIMEOUT_MS)
    try:
        _apply_key(connection, raw_key)
        if exclusive:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE").fetchall()  # before the first read, or too late
        (version,) = connection.execute("PRAGMA user_version").fetchone() or (0,)  # this read checks the key
        if require_schema and version == 0:
            raise SchemaMissing()
        connection.config(apsw.SQLITE_DBCONFIG_DEFENSIVE, 1)
        for pragma in _durability_pragmas(synchronous, wal=wal):
            connection.execute(pragma).fetchall()
        # Keep up to 64 MiB of decrypted pages (SQLite's default is 2 MiB): the integrity check made on this connection
        # (the command line's unlock, a migration's) reads most pages twice, and in a cache smaller than the file took
        # half as long again (0.72 s against 0.45 s, 10,000 cases). `release_memory` gives them back when memory
        # matters more; they are freed on close. A vault opened with `check_later` goes back to the default.
        connection.execute("PRAGMA cache_size=-65536")
    except BaseException:
        connection.close()
        raise
    return connection


def is_whole(connection: apsw.Connection) -> bool:
    """quick_check reads every page, so a flipped byte anywhere is found now, not halfway through a letter."""
    return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]


def _copy_is_whole(path: Path, raw_key: bytes) -> bool:
    """The check on a read-only connection of its own, so the vault's connection can read meanwhile."""
    try:
        connection = connect_readonly(path, raw_key)
    except DAMAGE_ERRORS:
        return False
    try:
        # quick_check reads each page about once, so SQLite's usual 2 MB of cached pages only add to the window's
        # peak while the check runs beside the first paint: 256 KiB checks 10,000 cases as fast (0.35 s), with
        # 1.7 MB less at the peak (issue 17).
        connection.execute(f"PRAGMA cache_size={CHECK_CACHE}")
        return is_whole(connection)
    except DAMAGE_ERRORS:
        return False
    finally:
        connection.close()


def connect_readonly(path: Path, raw_key: bytes) -> apsw.Connection:
    """Open a snapshot (or another copy) read-only: nothing about it is changed, not even its journal mode."""
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    connection.set_busy_timeout(BUSY_TIMEOUT_MS)
    try:
        _apply_key(connection, raw_key)
        connection.execute("PRAGMA user_version").fetchall()
        connection.execute("PRAGMA temp_store=MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


# Below this much free space the disk is treated as full: SQLite's WAL index alone needs 32 KiB.
LOW_SPACE_BYTES = 1024 * 1024


def disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


SnapshotHook = Callable[["Database"], object]


def _version(connection: apsw.Connection) -> int:
    (version,) = connection.execute("PRAGMA user_version").fetchone() or (0,)
    return int(version)


def open_database(
    folder: Path,
    raw_key: bytes,
    *,
    before_migration: SnapshotHook,
    latest_snapshot: Callable[[], datetime | None],
    create: bool = False,
    check_integrity: bool = True,
    check_later: bool = False,
) -> Database:
    """Open `cases.db`, check it, and bring its schema up to date.

    `before_migration` is called (with the database open at its old version) before any migration runs, so a
    snapshot of the old data always exists. Damage is reported as `DamagedDatabase`, naming the latest
    snapshot; nothing is written to a damaged file.

    `check_later` leaves the integrity check out of the opening when no migration is due (and the disk has room):
    the caller runs `database.integrity` (on another thread), and every write waits for it (integrity.py).
    """
    path = folder / DB_FILE
    for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
        if (folder / name).exists() and not (folder / name).is_file():  # a folder or a FIFO: SQLite would fail
            raise NotAFile(name)  # obscurely, or hang
    # A new file's schema is made before WAL is turned on: written straight into the file, its pages are not written
    # again from the WAL at the first checkpoint. Making a vault took a third less CPU (issue 12, item 5).
    new_file = create and not path.exists()
    if new_file:
        private_empty_file(path)
    if not create and not path.exists():
        raise DamagedDatabase(latest_snapshot(), missing=True)
    if not create and path.stat().st_size == 0:
        # An emptied file (a full disk, a sync tool) is damage: making a fresh schema in it would hide the loss.
        raise DamagedDatabase(latest_snapshot())
    connection: apsw.Connection | None = None
    short_of_space = False
    deferred = False
    try:
        try:
            connection = connect(path, raw_key, require_schema=not create, wal=not new_file)
        except (apsw.IOError, apsw.FullError):
            if create or not disk_nearly_full(folder):
                raise
            # No room for the shared-memory index a WAL database needs (issue 11, item 18): keep it in memory
            # instead, so the cases can still be read; every write will say the disk is full.
            connection = connect(path, raw_key, require_schema=True, exclusive=True)
            short_of_space = True
        deferred = check_later and not short_of_space and _version(connection) == schema.CURRENT_VERSION
        healthy = deferred or not check_integrity or is_whole(connection)
    except (*DAMAGE_ERRORS, SchemaMissing):
        healthy = False
    if not healthy:
        if connection is not None:
            connection.close()
        raise DamagedDatabase(latest_snapshot())
    assert connection is not None
    integrity = None
    if deferred:
        # No check on this connection, so SQLite's usual small cache will do: in the big one the check needs, the
        # pages the first paint reads raised the window's peak memory by 8 MB (issue 17).
        connection.execute(f"PRAGMA cache_size={DEFAULT_CACHE}")
        integrity = IntegrityCheck(lambda: _copy_is_whole(path, raw_key), lambda: DamagedDatabase(latest_snapshot()))
    database = Database(connection, path, integrity)
    database.short_of_space = short_of_space
    try:
        version = database.user_version()
        if version > schema.CURRENT_VERSION:
            raise NewerVersion()
        if version < schema.CURRENT_VERSION:
            if version > 0:
                before_migration(database)
            schema.migrate(database.connection, version)
        if new_file:
            database.query(WAL_MODE)
    except BaseException:
        database.close(checkpoint=False)
        raise
    return database
