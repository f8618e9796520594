"""register.sqlite: the releases imported from the DfE's register, outside the vault.

The register is public data about organisations, so it is kept in plain SQLite beside the vault, not in it
(DESIGN §2). Nothing personal goes here: no names of children or families, and never which child a user
compared with a release (that comparison happens in memory). What is stored: releases, the files imported
(by hash, name and date), and the user's corrections of a recipient's type.

An import is one transaction with one `executemany`: a 20,000-row edition is written in a fraction of the
time row-by-row inserts took.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path

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
    extra TEXT NOT NULL,
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
CREATE TABLE IF NOT EXISTS type_choices (
    recipient TEXT PRIMARY KEY,
    type TEXT NOT NULL
);
"""

_COLUMNS = (
    "key, sheet, recipient, reference, purpose, approved, date_text, data_from, data_to, tier, identifiable, "
    "datasets, legal_basis, type, type_inferred, type_reason, extra, raw, source, checked"
)
_UPSERT = (
    f"INSERT INTO releases ({_COLUMNS}) VALUES ({', '.join('?' * 20)}) "
    "ON CONFLICT(key) DO UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in _COLUMNS.split(", ")[1:])
)

CHOSEN_REASON = "You set this type."


def _row(release: Release) -> tuple[object, ...]:
    return (
        release.key,
        release.sheet.value,
        release.recipient,
        release.reference,
        release.purpose,
        release.approved.isoformat() if release.approved else None,
        release.date_text,
        release.data_from,
        release.data_to,
        release.tier,
        None if release.identifiable is None else int(release.identifiable),
        release.datasets,
        release.legal_basis,
        release.type.value,
        int(release.type_inferred),
        release.type_reason,
        json.dumps(release.extra, ensure_ascii=False) if release.extra else "",
        json.dumps(release.raw, ensure_ascii=False),
        release.source,
        release.checked,
    )


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
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                connection.executescript(_SCHEMA)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            yield connection

    def has_import(self, digest: str) -> bool:
        with self._connect() as connection:
            return connection.execute("SELECT 1 FROM imports WHERE digest = ?", (digest,)).fetchone() is not None

    def save_import(
        self, digest: str, name: str, releases: Iterable[Release], report: list[str], when: datetime
    ) -> tuple[int, int]:
        """Add or update every release, and record the file: all or nothing. Returns (added, updated)."""
        rows = [_row(release) for release in releases]
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                before = connection.execute("SELECT count(*) FROM releases").fetchone()[0]
                connection.executemany(_UPSERT, rows)
                after = connection.execute("SELECT count(*) FROM releases").fetchone()[0]
                connection.execute(
                    "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?)",
                    (digest, name, when.isoformat(timespec="seconds"), len(rows), "\n".join(report)),
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        added = after - before
        return added, len(rows) - added

    def save_public_record(self, releases: Iterable[Release]) -> None:
        rows = [_row(release) for release in releases]
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("DELETE FROM releases WHERE sheet = ?", (SheetKind.PUBLIC_RECORD.value,))
            connection.executemany(_UPSERT, rows)
            connection.execute("COMMIT")

    def releases(self) -> list[Release]:
        with self._connect() as connection:
            chosen = {
                recipient: RecipientType(kind)
                for recipient, kind in connection.execute("SELECT recipient, type FROM type_choices")
            }
            rows = connection.execute(f"SELECT {_COLUMNS} FROM releases ORDER BY approved DESC, recipient").fetchall()
        sheets = {kind.value: kind for kind in SheetKind}
        types = {kind.value: kind for kind in RecipientType}
        dates: dict[str, date] = {}
        releases = []
        for row in rows:
            (key, sheet, recipient, reference, purpose, approved, date_text, data_from, data_to, tier, identifiable,
             datasets, legal_basis, kind, inferred, reason, extra, raw, source, checked) = row  # fmt: skip
            choice = chosen.get(recipient_key(recipient)) if chosen else None
            if approved is not None:
                day = dates.get(approved)
                if day is None:
                    day = dates[approved] = date.fromisoformat(approved)
            releases.append(
                Release(
                    key=key,
                    sheet=sheets[sheet],
                    recipient=recipient,
                    reference=reference,
                    purpose=purpose,
                    approved=day if approved is not None else None,
                    date_text=date_text,
                    data_from=data_from,
                    data_to=data_to,
                    tier=tier,
                    identifiable=None if identifiable is None else bool(identifiable),
                    datasets=datasets,
                    legal_basis=legal_basis,
                    type=choice or types[kind],
                    type_inferred=False if choice else bool(inferred),
                    type_reason=CHOSEN_REASON if choice else reason,
                    extra=tuple(tuple(pair) for pair in json.loads(extra)) if extra else (),
                    raw=tuple(json.loads(raw)),
                    source=source,
                    checked=checked,
                )
            )
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
