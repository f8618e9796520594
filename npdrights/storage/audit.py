"""The audit trail (issue 16, item 2): who did what to which case, and when, kept inside cases.db.

Entries are written by SQL triggers (storage/schema.py, version 3), so no write path can forget one; the few
actions that change nothing in the database (a case, a file or a letter saved elsewhere, a letter printed) are
entered with `record`. Each entry holds the SHA-256 of the entry before it and of itself, so `verify` finds one altered,
removed or inserted.
Triggers refuse UPDATE and DELETE on the table. Nobody holding the key is stopped from rewriting the whole
chain: the chain shows that something changed, it doesn't make a change impossible.

Entries name a case by its random id and say what kind of thing changed (an event's kind, a file's type),
never a name, a pupil number, a reference or a note.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import apsw

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage.errors import AuditError

# The kinds of entry, as the triggers and `record` write them: kept in the trail in English (its hashes cover them),
# and translated only where shown. Printing to PDF from the print dialog counts as printed: a copy left the vault.
CASE_CREATED = QT_TRANSLATE_NOOP("AuditKinds", "case created")
CASE_EDITED = QT_TRANSLATE_NOOP("AuditKinds", "case edited")
CASE_DELETED = QT_TRANSLATE_NOOP("AuditKinds", "case deleted")
EVENT_ADDED = QT_TRANSLATE_NOOP("AuditKinds", "event added")
EVENT_EDITED = QT_TRANSLATE_NOOP("AuditKinds", "event edited")
EVENT_DELETED = QT_TRANSLATE_NOOP("AuditKinds", "event deleted")
LETTER_MADE = QT_TRANSLATE_NOOP("AuditKinds", "letter made")
FILE_ATTACHED = QT_TRANSLATE_NOOP("AuditKinds", "file attached")
FILE_EXPORTED = QT_TRANSLATE_NOOP("AuditKinds", "file exported")
LETTER_SAVED = QT_TRANSLATE_NOOP("AuditKinds", "letter saved to a file")
LETTER_PRINTED = QT_TRANSLATE_NOOP(
    "AuditKinds", "letter printed"
)  # the print dialog's "print to PDF" too: a copy out of the vault either way
CASE_EXPORTED = QT_TRANSLATE_NOOP("AuditKinds", "case exported")
DELETED_BY_POLICY = QT_TRANSLATE_NOOP("AuditKinds", "deleted under the retention policy")

COUNT_KEY = "audit_entries"  # in meta, kept by a trigger: the last entry removed is noticed too
_FLAGS = apsw.SQLITE_INNOCUOUS  # the schema's triggers call these, and trusted_schema is off


def entry_hash(prev: str, at: str, adviser: str, kind: str, case_id: str, detail: str) -> str:
    """The SHA-256 of the previous entry's hash and this entry, written canonically (a JSON array)."""
    import hashlib  # loads OpenSSL: not before the Unlock screen, which only reads vault.json (issue 17)

    canonical = json.dumps([prev, at, adviser, kind, case_id, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def install(connection: apsw.Connection, adviser: Callable[[], str], now: Callable[[], str] = utc_now) -> None:
    """Register the SQL functions the audit triggers call, on a connection that may write."""

    def hash_of(*fields: apsw.SQLiteValue) -> str:
        return entry_hash(*(str(field) for field in fields))

    def adviser_now(*_none: apsw.SQLiteValue) -> str:
        return adviser()

    def time_now(*_none: apsw.SQLiteValue) -> str:
        return now()

    connection.create_scalar_function("npd_audit_hash", hash_of, 6, deterministic=True, flags=_FLAGS)
    connection.create_scalar_function("npd_audit_adviser", adviser_now, 0, flags=_FLAGS)
    connection.create_scalar_function("npd_audit_now", time_now, 0, flags=_FLAGS)


def record(connection: apsw.Connection, kind: str, case_id: str, detail: str = "") -> None:
    """Enter something the triggers can't see (an export). Runs inside the caller's transaction, if any."""
    connection.execute(
        "INSERT INTO audit(at, adviser, kind, case_id, detail, prev, hash) "
        "SELECT at, adviser, :kind, :case, :detail, prev, npd_audit_hash(prev, at, adviser, :kind, :case, :detail) "
        "FROM (SELECT npd_audit_now() AS at, npd_audit_adviser() AS adviser, "
        "coalesce((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), '') AS prev)",
        {"kind": kind, "case": case_id, "detail": detail},
    )


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    adviser: str
    kind: str
    case_id: str
    detail: str
    prev: str
    hash: str


def _entry(row: tuple[Any, ...]) -> Entry:
    seq, *texts = row
    if type(seq) is not int or not all(isinstance(text, str) for text in texts):
        raise AuditError(
            QT_TRANSLATE_NOOP(
                "VaultError", "An entry of the audit trail is not in the form npdrights writes. It has been changed."
            )
        )
    return Entry(seq, *texts)


_COLUMNS = "seq, at, adviser, kind, case_id, detail, prev, hash"


def entries(connection: apsw.Connection, *, case_id: str | None = None, limit: int | None = None) -> list[Entry]:
    """Newest first."""
    where = "WHERE case_id = ?" if case_id else ""
    sql = f"SELECT {_COLUMNS} FROM audit {where} ORDER BY seq DESC" + (f" LIMIT {int(limit)}" if limit else "")
    try:
        rows = connection.execute(sql, (case_id,) if case_id else ()).fetchall()
        return [_entry(row) for row in rows]
    except (apsw.SQLError, TypeError) as error:
        raise AuditError(
            QT_TRANSLATE_NOOP("VaultError", "The audit trail could not be read ({error})."), error=str(error)
        ) from None


def count(connection: apsw.Connection) -> int:
    """How many entries there are, for saying how many a screen of the newest leaves out."""
    try:
        (total,) = connection.execute("SELECT count(*) FROM audit").fetchall()[0]
    except apsw.SQLError as error:
        raise AuditError(
            QT_TRANSLATE_NOOP("VaultError", "The audit trail could not be read ({error})."), error=str(error)
        ) from None
    return cast(int, total)  # count(*) is always an integer


@dataclass(frozen=True)
class Check:
    entries: int
    broken_at: int | None  # the first entry that doesn't check out
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None

    def describe(self) -> str:
        if self.intact:
            return f"The audit trail checks out: {self.entries} entries, none altered, removed or added."
        return (
            f"The audit trail has been changed at entry {self.broken_at}: {self.reason} Entries from there on can't "
            "be trusted. The vault's snapshots and backups hold earlier copies to compare with."
        )


def verify(connection: apsw.Connection) -> Check:
    """Walk the chain oldest first, recomputing each hash. Numbers must run 1, 2, 3... with no gap."""
    previous = ""
    count = 0
    expected_seq = 1
    cursor = connection.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq")
    for row in cursor:
        entry = _entry(row)
        count += 1
        if entry.seq != expected_seq:
            return Check(count, expected_seq, QT_TRANSLATE_NOOP("AuditCheck", "an entry is missing here."))
        if entry.prev != previous:
            return Check(
                count, entry.seq, QT_TRANSLATE_NOOP("AuditCheck", "it doesn't follow on from the entry before it.")
            )
        fields = (entry.prev, entry.at, entry.adviser, entry.kind, entry.case_id, entry.detail)
        if entry_hash(*fields) != entry.hash:
            return Check(count, entry.seq, QT_TRANSLATE_NOOP("AuditCheck", "its content doesn't match its hash."))
        previous = entry.hash
        expected_seq += 1
    counted = connection.execute("SELECT value FROM meta WHERE key = ?", (COUNT_KEY,)).fetchall()
    if counted and counted[0][0] != str(count):
        return Check(count, count + 1, f"the vault counted {counted[0][0]} entries, and {count} are there.")
    return Check(count, None)
