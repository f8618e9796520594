"""register.sqlite: the releases imported from the DfE's register, outside the vault.

The register is public data about organisations, so it is kept in plain SQLite beside the vault, not in it
(DESIGN §2). Nothing personal goes here: no names of children or families, and never which child a user
compared with a release (that comparison happens in memory). What is stored: the releases, the files imported
(by hash, name and date, with their import reports), and the user's corrections of a recipient's type.

The releases are kept as one document of columns (the current register: the public record plus every edition
imported, later editions replacing earlier rows with the same key), not as one SQLite row per release. The
explorer filters and sorts in memory anyway, and a 20,000-row edition written as 20,000 indexed rows cost as
much as reading the file (bench/register.py). The document is written with `marshal`: only strings, numbers,
None and tuples, no code, and a text shared by many rows (a reason, a file name) is stored once; it was four
times faster than JSON both ways. Each import replaces the document in one transaction: all of an edition, or
none of it. A document this Python cannot read (marshal's format may change with Python) is reported as
`RegisterStoreDamaged`, and the register is rebuilt from the public record: it is public data, imported again
in seconds.
"""

from __future__ import annotations

import marshal
import operator
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from npdrights.core.register import RecipientType, Release, SheetKind

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format TEXT NOT NULL,  -- the marshal version and the Python that wrote it
    rows BLOB NOT NULL  -- marshal: a list of columns, one per Release field in order (enums as values, dates ISO)
);
CREATE TABLE IF NOT EXISTS imports (
    digest TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    releases INTEGER NOT NULL,
    report TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS type_choices (
    recipient TEXT PRIMARY KEY,
    type TEXT NOT NULL
);
"""

CHOSEN_REASON = "You set this type."
FORMAT = f"marshal-{marshal.version}-py{sys.version_info[0]}.{sys.version_info[1]}"


class RegisterStoreDamaged(Exception):
    """The saved releases cannot be read: written by another Python, or the file was damaged."""


_SHEET, _APPROVED, _TYPE, _INFERRED, _REASON = 1, 5, 13, 14, 15  # positions in Release


# An enum's value read in C: `kind.value` is a Python-level property, and an enum as a dictionary key is hashed
# by Python code, each 20,000 times per column.
_VALUE = operator.attrgetter("_value_")


def recipient_key(name: str) -> str:
    return " ".join(name.lower().split())


FIELDS = len(Release._fields)
Columns = list[list[Any]]  # one list per Release field, in Release's order


def _stored(columns: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
    """Columns of releases as they are saved: the enums become their values and dates ISO text, a column at a
    time (each distinct date converted once)."""
    if not columns or not columns[0]:
        return [[] for _ in range(FIELDS)]
    # The mapping made these lists for this import; they are only read from here on, so they are not copied.
    stored: list[Sequence[Any]] = list(columns)
    stored[_SHEET] = list(map(_VALUE, columns[_SHEET]))
    days = {day: day.isoformat() if day is not None else None for day in set(columns[_APPROVED])}
    stored[_APPROVED] = list(map(days.__getitem__, columns[_APPROVED]))
    stored[_TYPE] = list(map(_VALUE, columns[_TYPE]))
    return stored


def _merge(current: Columns, new: Sequence[Sequence[Any]]) -> tuple[int, int]:
    """Add `new` to `current` in place: a release whose key is already there replaces it (a newer edition),
    the rest are appended a column at a time. Returns (added, updated)."""
    position = {key: index for index, key in enumerate(current[0])}
    if position.keys().isdisjoint(new[0]):  # the usual first import: nothing to replace
        for field, values in enumerate(new):
            current[field].extend(values)
        return len(new[0]), 0
    added = updated = 0
    for row, key in enumerate(new[0]):
        index = position.get(key)
        if index is None:
            position[key] = len(current[0])
            for field in range(FIELDS):
                current[field].append(new[field][row])
            added += 1
        else:
            for field in range(FIELDS):
                current[field][index] = new[field][row]
            updated += 1
    return added, updated


class RegisterStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            with closing(sqlite3.connect(self.path, isolation_level=None)) as connection:
                # A rollback journal, not WAL: the document is replaced whole, and WAL wrote it twice (log, then
                # the checkpoint with its fsync): 0.05 s against 0.02 s for 20,000 releases. NORMAL syncs at commit.
                connection.execute("PRAGMA journal_mode = DELETE")
                connection.execute("PRAGMA synchronous = NORMAL")
                if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    connection.executescript(_SCHEMA)
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                yield connection
        except (sqlite3.OperationalError, sqlite3.IntegrityError):
            raise  # locked, or a full disk: not damage, and not for this class to hide
        except sqlite3.DatabaseError as error:  # "file is not a database", "database disk image is malformed"
            raise RegisterStoreDamaged(str(error)) from None

    @staticmethod
    def _saved(connection: sqlite3.Connection) -> Columns:
        found = connection.execute("SELECT format, rows FROM releases WHERE id = 1").fetchone()
        if not found:
            return [[] for _ in range(FIELDS)]
        if found[0] != FORMAT:
            raise RegisterStoreDamaged(f"written as {found[0]}, this npdrights reads {FORMAT}")
        try:
            columns = marshal.loads(found[1])
        except (ValueError, EOFError, TypeError) as error:
            raise RegisterStoreDamaged(str(error)) from None
        if not (
            isinstance(columns, list)
            and len(columns) == FIELDS
            and all(isinstance(column, list) and len(column) == len(columns[0]) for column in columns)
        ):
            raise RegisterStoreDamaged("not the columns of the releases")
        return columns

    @staticmethod
    def _write(connection: sqlite3.Connection, columns: Columns) -> None:
        connection.execute("INSERT OR REPLACE INTO releases VALUES (1, ?, ?)", (FORMAT, marshal.dumps(columns)))

    def start_again(self) -> None:
        """After damage: forget every saved release and import. If the file itself is damaged it is kept aside
        as register.sqlite.damaged and a new one is made (the user's type corrections go with it)."""
        try:
            with self._connect() as connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("DELETE FROM releases")
                connection.execute("DELETE FROM imports")
                connection.execute("DELETE FROM meta WHERE name = 'public-record'")
                connection.execute("COMMIT")
        except RegisterStoreDamaged:
            for suffix in ("-journal", "-wal", "-shm"):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            self.path.replace(self.path.with_name(self.path.name + ".damaged"))

    def has_import(self, digest: str) -> bool:
        with self._connect() as connection:
            return connection.execute("SELECT 1 FROM imports WHERE digest = ?", (digest,)).fetchone() is not None

    def save_import(
        self, digest: str, name: str, sheets: Sequence[Sequence[Sequence[Any]]], report: list[str], when: datetime
    ) -> tuple[int, int]:
        """Add or update every release (each sheet's given as columns in Release's field order), and record the
        file: all or nothing. Returns (added, updated)."""
        new = [_stored(columns) for columns in sheets if columns and columns[0]]
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                current = self._saved(connection)
                added = updated = 0
                for columns in new:
                    more, changed = _merge(current, columns)
                    added, updated = added + more, updated + changed
                self._write(connection, current)
                connection.execute(
                    "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?)",
                    (digest, name, when.isoformat(timespec="seconds"), added + updated, "\n".join(report)),
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return added, updated

    def public_record_version(self) -> str:
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE name = 'public-record'").fetchone()
        return str(found[0]) if found else ""

    def save_public_record(self, releases: Sequence[Release], version: str) -> None:
        """Replace the built-in public record with this version of it."""
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                public = SheetKind.PUBLIC_RECORD.value
                saved = self._saved(connection)
                keep = [row for row, sheet in enumerate(saved[_SHEET]) if sheet != public]
                current = [[column[row] for row in keep] for column in saved]
                _merge(current, _stored(list(zip(*releases, strict=True)) if releases else []))
                self._write(connection, current)
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('public-record', ?)", (version,))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def releases(self) -> list[Release]:
        """Every release (in no set order), with the user's corrections of types applied."""
        with self._connect() as connection:
            columns: list[Any] = self._saved(connection)
            chosen = {
                recipient: RecipientType(kind)
                for recipient, kind in connection.execute("SELECT recipient, type FROM type_choices")
            }
        if not columns[0]:
            return []
        # Column by column, as the import does: tens of thousands of rows reach the explorer's first paint.
        sheets = {kind.value: kind for kind in SheetKind}
        types = {kind.value: kind for kind in RecipientType}
        days = {text: date.fromisoformat(text) if text else None for text in set(columns[_APPROVED])}
        columns[_SHEET] = map(sheets.__getitem__, columns[_SHEET])
        columns[_APPROVED] = map(days.__getitem__, columns[_APPROVED])
        columns[_TYPE] = map(types.__getitem__, columns[_TYPE])
        try:
            releases = list(map(Release._make, zip(*columns, strict=True)))
        except (TypeError, ValueError, KeyError) as error:  # rows of the wrong shape
            raise RegisterStoreDamaged(str(error)) from None
        if chosen:
            releases = [_with_choice(release, chosen) for release in releases]
        return releases

    def choose_type(self, recipient: str, kind: RecipientType | None) -> None:
        """The user's correction for every release to this recipient; None goes back to the inferred type."""
        with self._connect() as connection:
            if kind is None:
                connection.execute("DELETE FROM type_choices WHERE recipient = ?", (recipient_key(recipient),))
            else:
                connection.execute(
                    "INSERT OR REPLACE INTO type_choices VALUES (?, ?)", (recipient_key(recipient), kind.value)
                )

    def imports(self) -> list[tuple[str, str, int]]:
        """(file name, imported at, releases) of every file imported, newest first."""
        with self._connect() as connection:
            return connection.execute(
                "SELECT name, imported_at, releases FROM imports ORDER BY imported_at DESC"
            ).fetchall()


def _with_choice(release: Release, chosen: dict[str, RecipientType]) -> Release:
    kind = chosen.get(recipient_key(release.recipient))
    if kind is None:
        return release
    return release._replace(type=kind, type_inferred=False, type_reason=CHOSEN_REASON)
