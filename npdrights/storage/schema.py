"""Schema migrations, counted by SQLite's `user_version`.

MIGRATIONS[i] takes a database from version i to version i+1. Append only: a shipped migration never changes.
Each runs in one transaction with the version bump, so a crash leaves the old version intact.
"""

from __future__ import annotations

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
# is used only while that is still the count, on the same day and by the same rules (service/summary_cache.py).
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

MIGRATIONS: list[str] = [_V1, _V2]
CURRENT_VERSION = len(MIGRATIONS)


def migrate(connection: apsw.Connection, from_version: int) -> None:
    for version in range(from_version, CURRENT_VERSION):
        with connection:
            connection.execute(MIGRATIONS[version])
            connection.execute(f"PRAGMA user_version={version + 1}")
