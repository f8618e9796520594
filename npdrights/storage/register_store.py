"""register.sqlite: the releases imported from the DfE's register, outside the vault.

The register is public data about organisations, so it is kept in plain SQLite beside the vault, not in it
(DESIGN §2). Nothing personal goes here: no names of children or families, and never which child a user
compared with a release (that comparison happens in memory). What is stored: releases, the files imported
(by hash, name and date), and the user's corrections of a recipient's type.

An import is one transaction with one `executemany`: a 20,000-row edition is written in a fraction of the
time row-by-row inserts took.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from npdrights.core.register import RecipientType, Release, SheetKind

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    key TEXT PRIMARY KEY,
    sheet TEXT NOT NULL,
    recipient TEXT NOT NULL,
    reference TEXT NOT NULL,
    purpose TEXT NOT NULL,
    approved TEXT,
    date_text TEXT NOT NULL,
    data_from INTEGER,
    data_to INTEGER,
    tier INTEGER,
    identifiable INTEGER,
    datasets TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    type TEXT NOT NULL,
    type_inferred INTEGER NOT NULL,
    type_reason TEXT NOT NULL,
    extra_headers TEXT NOT NULL,
    extra_values TEXT NOT NULL,
    raw TEXT NOT NULL,
    source TEXT NOT NULL,
    checked TEXT NOT NULL
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

_COLUMNS = (
    "key, sheet, recipient, reference, purpose, approved, date_text, data_from, data_to, tier, identifiable, "
    "datasets, legal_basis, type, type_inferred, type_reason, extra_headers, extra_values, raw, source, checked"
)
_UPSERT = (
    f"INSERT INTO releases ({_COLUMNS}) VALUES ({', '.join('?' * 21)}) "
    "ON CONFLICT(key) DO UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in _COLUMNS.split(", ")[1:])
)

CHOSEN_REASON = "You set this type."


def _with_choice(release: Release, chosen: dict[str, RecipientType]) -> Release:
    kind = chosen.get(recipient_key(release.recipient))
    if kind is None:
        return release
    return release._replace(type=kind, type_inferred=False, type_reason=CHOSEN_REASON)


def _rows(columns: Sequence[Sequence[Any]]) -> Iterable[tuple[Any, ...]]:
    """One sheet's releases, given as columns in Release's field order, as SQLite rows: the enums become their
    values and dates ISO text, a column at a time (each distinct date converted once)."""
    if not columns or not columns[0]:
        return []
    converted: list[Any] = list(columns)
    converted[1] = [kind.value for kind in columns[1]]
    days = {day: day.isoformat() if day is not None else None for day in set(columns[5])}
    converted[5] = map(days.__getitem__, columns[5])
    converted[13] = [kind.value for kind in columns[13]]
    return zip(*converted, strict=True)


def _columns_of(releases: Sequence[Release]) -> list[Sequence[Any]]:
    return list(zip(*releases, strict=True)) if releases else []


def recipient_key(name: str) -> str:
    return " ".join(name.lower().split())


class RegisterStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, isolation_level=None)) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
            # Public data that can be imported again: WAL's NORMAL keeps the file whole after a crash, and saves an
            # fsync per import.
            connection.execute("PRAGMA synchronous = NORMAL")
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                connection.executescript(_SCHEMA)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            yield connection

    def has_import(self, digest: str) -> bool:
        with self._connect() as connection:
            return connection.execute("SELECT 1 FROM imports WHERE digest = ?", (digest,)).fetchone() is not None

    def save_import(
        self, digest: str, name: str, sheets: Sequence[Sequence[Sequence[Any]]], report: list[str], when: datetime
    ) -> tuple[int, int]:
        """Add or update every release (each sheet's given as columns in Release's field order), and record the
        file: all or nothing. Returns (added, updated)."""
        count = sum(len(columns[0]) for columns in sheets if columns)
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                before = connection.execute("SELECT count(*) FROM releases").fetchone()[0]
                for columns in sheets:
                    connection.executemany(_UPSERT, _rows(columns))
                after = connection.execute("SELECT count(*) FROM releases").fetchone()[0]
                connection.execute(
                    "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?)",
                    (digest, name, when.isoformat(timespec="seconds"), count, "\n".join(report)),
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        added = after - before
        return added, count - added

    def save_public_record(self, releases: Sequence[Release], version: str) -> None:
        """Replace the built-in public record, unless this version of it is already saved."""
        with self._connect() as connection:
            if connection.execute(
                "SELECT 1 FROM meta WHERE name = 'public-record' AND value = ?", (version,)
            ).fetchone():
                return
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('public-record', ?)", (version,))
            connection.execute("DELETE FROM releases WHERE sheet = ?", (SheetKind.PUBLIC_RECORD.value,))
            connection.executemany(_UPSERT, _rows(_columns_of(releases)))
            connection.execute("COMMIT")

    def releases(self) -> list[Release]:
        """Every release, newest first, with the user's corrections of types applied."""
        with self._connect() as connection:
            chosen = {
                recipient: RecipientType(kind)
                for recipient, kind in connection.execute("SELECT recipient, type FROM type_choices")
            }
            rows = connection.execute(f"SELECT {_COLUMNS} FROM releases ORDER BY approved DESC, recipient").fetchall()
        if not rows:
            return []
        # Column by column, as the import does: tens of thousands of rows reach the explorer's first paint.
        columns: list[Any] = list(zip(*rows, strict=True))
        sheets = {kind.value: kind for kind in SheetKind}
        types = {kind.value: kind for kind in RecipientType}
        days = {text: date.fromisoformat(text) if text else None for text in set(columns[5])}
        columns[1] = list(map(sheets.__getitem__, columns[1]))
        columns[5] = list(map(days.__getitem__, columns[5]))
        columns[10] = [None if value is None else bool(value) for value in columns[10]]
        columns[13] = list(map(types.__getitem__, columns[13]))
        columns[14] = list(map(bool, columns[14]))
        releases = list(map(Release._make, zip(*columns, strict=True)))
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
