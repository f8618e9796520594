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

MIGRATIONS: list[str] = [_V1]
CURRENT_VERSION = len(MIGRATIONS)


def migrate(connection: apsw.Connection, from_version: int) -> None:
    for version in range(from_version, CURRENT_VERSION):
        with connection:
            connection.execute(MIGRATIONS[version])
            connection.execute(f"PRAGMA user_version={version + 1}")
