"""Schema migrations, counted by SQLite's `user_version`.

MIGRATIONS[i] takes a database from version i to version i+1. Append only: a shipped migration never changes.
Each runs in one transaction with the version bump (a new file's, all of them in one), so a crash leaves the old
version intact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: listing snapshots at start-up loads no database engine
    import apsw

# Rows keep their indexed or joined fields as columns and the rest of the model as JSON in `data`, so the
# model can grow without a migration for every new optional field.
_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE households (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    household_id TEXT REFERENCES households(id) ON DELETE SET NULL,
    data TEXT NOT NULL
) STRICT;
CREATE TABLE organisations (id TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT;
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    organisation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
) STRICT;
CREATE INDEX cases_by_person ON cases(person_id);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL
) STRICT;
CREATE INDEX events_by_case ON events(case_id, on_date, seq);
CREATE TABLE letters (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_on TEXT NOT NULL,
    text TEXT NOT NULL,
    pdf BLOB NOT NULL,
    data TEXT NOT NULL
) STRICT;
CREATE INDEX letters_by_case ON letters(case_id);
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    ciphertext_sha256 TEXT NOT NULL,
    added_on TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_case ON attachments(case_id);
"""

# Each case's line in the cases list, as the rules engine worked it out, kept so the list needn't work out every
# case at each unlock (issue 17). `case_basis` counts the changes that can alter a line (its case, its events, its
# organisation), by triggers, so no write path can forget; a kept line names the count it was worked out from and
# is used only while that is still the count, on the same day and by the same rules (service/summary_cache.py;
# v4 below: on the days it holds for).
# Derived data: never in a backup, worked out again when missing.
_BUMP = "INSERT INTO case_basis(case_id, n) {} ON CONFLICT(case_id) DO UPDATE SET n = n + 1;"
_V2 = f"""
CREATE TABLE case_basis (case_id TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT;
CREATE TABLE case_summaries (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    rules TEXT NOT NULL,
    day TEXT NOT NULL,
    basis INTEGER NOT NULL,
    data TEXT NOT NULL
) STRICT;
CREATE TRIGGER event_added AFTER INSERT ON events BEGIN {_BUMP.format("VALUES(NEW.case_id, 1)")} END;
CREATE TRIGGER event_changed AFTER UPDATE ON events BEGIN
    {_BUMP.format("VALUES(OLD.case_id, 1)")}
    {_BUMP.format("SELECT NEW.case_id, 1 WHERE NEW.case_id <> OLD.case_id")}
END;
CREATE TRIGGER event_removed AFTER DELETE ON events BEGIN {_BUMP.format("VALUES(OLD.case_id, 1)")} END;
CREATE TRIGGER case_changed AFTER UPDATE ON cases BEGIN {_BUMP.format("VALUES(NEW.id, 1)")} END;
CREATE TRIGGER case_removed AFTER DELETE ON cases BEGIN DELETE FROM case_basis WHERE case_id = OLD.id; END;
CREATE TRIGGER organisation_added AFTER INSERT ON organisations BEGIN
    {_BUMP.format("SELECT id, 1 FROM cases WHERE organisation_id = NEW.id")}
END;
CREATE TRIGGER organisation_changed AFTER UPDATE ON organisations BEGIN
    {_BUMP.format("SELECT id, 1 FROM cases WHERE organisation_id IN (OLD.id, NEW.id)")}
END;
CREATE TRIGGER organisation_removed AFTER DELETE ON organisations BEGIN
    {_BUMP.format("SELECT id, 1 FROM cases WHERE organisation_id = OLD.id")}
END;
"""


def _append(kind: str, case_id: str, detail: str, when: str = "") -> str:
    """One audit entry, hash-chained to the one before it (issue 16). `npd_audit_*` are SQL functions every
    connection that writes registers (storage/audit.py): the signed-in adviser, the UTC time, and the hash."""
    return f"""INSERT INTO audit(at, adviser, kind, case_id, detail, prev, hash)
    SELECT at, adviser, kind, case_id, detail, prev, npd_audit_hash(prev, at, adviser, kind, case_id, detail)
    FROM (SELECT npd_audit_now() AS at, npd_audit_adviser() AS adviser, '{kind}' AS kind, {case_id} AS case_id,
                 {detail} AS detail, coalesce((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), '') AS prev)
    {when};"""


# Rows deleted with their case (ON DELETE CASCADE) are not entered one by one: the case's deletion says it all.
_CASE_STILL_THERE = "WHERE EXISTS(SELECT 1 FROM cases WHERE id = OLD.case_id)"
_CHANGED_PARTS = """trim(
    iif(NEW.person_id IS NOT OLD.person_id, 'person ', '') ||
    iif(NEW.organisation_id IS NOT OLD.organisation_id, 'recipient ', '') ||
    iif(NEW.data IS NOT OLD.data, 'details', ''))"""

# Advisers and their roles (their passphrases are key slots in vault.json), and the audit trail: what was done to
# which case, by whom and when, never the case's personal content; append-only, each entry hashing the one before.
_V3 = f"""
CREATE TABLE advisers (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'adviser')),
    added_on TEXT NOT NULL
) STRICT;
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    adviser TEXT NOT NULL,
    kind TEXT NOT NULL,
    case_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_counted AFTER INSERT ON audit BEGIN
    INSERT INTO meta(key, value) VALUES('audit_entries', CAST(NEW.seq AS TEXT))
    ON CONFLICT(key) DO UPDATE SET value = excluded.value;
END;
CREATE TRIGGER audit_case_created AFTER INSERT ON cases BEGIN {_append("case created", "NEW.id", "NEW.kind")} END;
CREATE TRIGGER audit_case_edited AFTER UPDATE ON cases BEGIN
    {_append("case edited", "NEW.id", _CHANGED_PARTS, "WHERE " + _CHANGED_PARTS + " <> ''")}
END;
CREATE TRIGGER audit_case_deleted AFTER DELETE ON cases BEGIN {_append("case deleted", "OLD.id", "OLD.kind")} END;
CREATE TRIGGER audit_event_added AFTER INSERT ON events BEGIN {_append("event added", "NEW.case_id", "NEW.kind")} END;
CREATE TRIGGER audit_event_edited AFTER UPDATE ON events BEGIN
    {_append("event edited", "NEW.case_id", "NEW.kind")}
END;
CREATE TRIGGER audit_event_deleted AFTER DELETE ON events BEGIN
    {_append("event deleted", "OLD.case_id", "OLD.kind", _CASE_STILL_THERE)}
END;
CREATE TRIGGER audit_letter_made AFTER INSERT ON letters BEGIN {_append("letter made", "NEW.case_id", "NEW.kind")} END;
CREATE TRIGGER audit_letter_deleted AFTER DELETE ON letters BEGIN
    {_append("letter deleted", "OLD.case_id", "OLD.kind", _CASE_STILL_THERE)}
END;
CREATE TRIGGER audit_file_attached AFTER INSERT ON attachments BEGIN
    {_append("file attached", "NEW.case_id", "NEW.mime")}
END;
CREATE TRIGGER audit_file_removed AFTER DELETE ON attachments BEGIN
    {_append("file removed", "OLD.case_id", "OLD.mime", _CASE_STILL_THERE)}
END;
"""

# A kept line holds for a span of days, not for one day: the days on which every comparison the rules engine made
# with today answers the same (core/watched_day.py), so a new day's first unlock works out again only the lines
# that can have changed (issue 17). The old lines, each for one day, are derived data: dropped, not converted.
_V4 = """
DROP TABLE case_summaries;
CREATE TABLE case_summaries (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    rules TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    basis INTEGER NOT NULL,
    data TEXT NOT NULL
) STRICT;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4]
CURRENT_VERSION = len(MIGRATIONS)


def migrate(connection: apsw.Connection, from_version: int) -> None:
    """A new file (version 0) takes every step in one transaction: the same statements in the same order, one commit
    instead of one for each step. A crash still leaves either the old version or the new one."""
    if from_version == 0:
        _steps(connection, MIGRATIONS, CURRENT_VERSION)
        return
    for version in range(from_version, CURRENT_VERSION):
        _steps(connection, MIGRATIONS[version : version + 1], version + 1)


def _steps(connection: apsw.Connection, scripts: list[str], to_version: int) -> None:
    with connection:
        for script in scripts:
            connection.execute(script)
        connection.execute(f"PRAGMA user_version={to_version}")
