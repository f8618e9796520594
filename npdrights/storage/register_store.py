"""register.sqlite: the releases imported from the DfE's register, outside the vault.

The register is public data about organisations, so it is kept in plain SQLite beside the vault, not in it
(DESIGN §2). Nothing personal goes here: no names of children or families, and never which child a user
compared with a release (that comparison happens in memory). What is stored: the releases, the files imported
(by hash, name and date, with their import reports), and the user's corrections of a recipient's type.

The releases are kept as one document of rows (the current register: the public record plus every edition
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
    rows BLOB NOT NULL  -- marshal: a list of tuples, each the Release fields in order (enums as values, dates ISO)
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


# Enum to value by dictionary: `kind.value` is a Python-level property, looked up 20,000 times per column.
_SHEET_VALUES = {kind: kind.value for kind in SheetKind}
_TYPE_VALUES = {kind: kind.value for kind in RecipientType}


def recipient_key(name: str) -> str:
    return " ".join(name.lower().split())


def _rows(columns: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """One sheet's releases, given as columns in Release's field order, as JSON-ready rows: the enums become
    their values and dates ISO text, a column at a time (each distinct date converted once)."""
    if not columns or not columns[0]:
        return []
    converted: list[Any] = list(columns)
    converted[_SHEET] = map(_SHEET_VALUES.__getitem__, columns[_SHEET])
    days = {day: day.isoformat() if day is not None else None for day in set(columns[_APPROVED])}
    converted[_APPROVED] = map(days.__getitem__, columns[_APPROVED])
    converted[_TYPE] = map(_TYPE_VALUES.__getitem__, columns[_TYPE])
    return list(zip(*converted, strict=True))


class RegisterStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, isolation_level=None)) as connection:
            # A rollback journal, not WAL: the document is replaced whole, and WAL wrote it twice (log, then the
            # checkpoint with its fsync): 0.05 s against 0.02 s for 20,000 releases. NORMAL still syncs at commit.
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA synchronous = NORMAL")
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                connection.executescript(_SCHEMA)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            yield connection

    @staticmethod
    def _saved_rows(connection: sqlite3.Connection) -> list[Sequence[Any]]:
        found = connection.execute("SELECT format, rows FROM releases WHERE id = 1").fetchone()
        if not found:
            return []
        if found[0] != FORMAT:
            raise RegisterStoreDamaged(f"written as {found[0]}, this npdrights reads {FORMAT}")
        try:
            rows = marshal.loads(found[1])
        except (ValueError, EOFError, TypeError) as error:
            raise RegisterStoreDamaged(str(error)) from None
        if not isinstance(rows, list):
            raise RegisterStoreDamaged("not a list of releases")
        return rows

    def _current(self, connection: sqlite3.Connection) -> dict[str, Sequence[Any]]:
        return {row[0]: row for row in self._saved_rows(connection)}

    @staticmethod
    def _write(connection: sqlite3.Connection, current: dict[str, Sequence[Any]]) -> None:
        rows = list(current.values())  # in no particular order: the explorer and the CLI sort what they show
        connection.execute("INSERT OR REPLACE INTO releases VALUES (1, ?, ?)", (FORMAT, marshal.dumps(rows)))

    def start_again(self) -> None:
        """Forget every saved release and import (kept: the user's type corrections), after damage."""
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("DELETE FROM releases")
            connection.execute("DELETE FROM imports")
            connection.execute("DELETE FROM meta WHERE name = 'public-record'")
            connection.execute("COMMIT")

    def has_import(self, digest: str) -> bool:
        with self._connect() as connection:
            return connection.execute("SELECT 1 FROM imports WHERE digest = ?", (digest,)).fetchone() is not None

    def save_import(
        self, digest: str, name: str, sheets: Sequence[Sequence[Sequence[Any]]], report: list[str], when: datetime
    ) -> tuple[int, int]:
        """Add or update every release (each sheet's given as columns in Release's field order), and record the
        file: all or nothing. Returns (added, updated)."""
        new = [row for columns in sheets for row in _rows(columns)]
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                current = self._current(connection)
                before = len(current)
                current.update(zip((row[0] for row in new), new, strict=True))
                self._write(connection, current)
                connection.execute(
                    "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?)",
                    (digest, name, when.isoformat(timespec="seconds"), len(new), "\n".join(report)),
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        added = len(current) - before
        return added, len(new) - added

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
                current = {key: row for key, row in self._current(connection).items() if row[_SHEET] != public}
                for row in _rows(list(zip(*releases, strict=True)) if releases else []):
                    current[row[0]] = row
                self._write(connection, current)
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('public-record', ?)", (version,))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def releases(self) -> list[Release]:
        """Every release (in no set order), with the user's corrections of types applied."""
        with self._connect() as connection:
            rows = self._saved_rows(connection)
            chosen = {
                recipient: RecipientType(kind)
                for recipient, kind in connection.execute("SELECT recipient, type FROM type_choices")
            }
        if not rows:
            return []
        # Column by column, as the import does: tens of thousands of rows reach the explorer's first paint.
        columns: list[Any] = list(zip(*rows, strict=True))
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
