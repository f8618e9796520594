"""SQL over the unlocked vault: the only module that knows how the model is laid out in tables.

Each public method that writes is one transaction. Rows carry the model as JSON (see schema.py).
"""

from __future__ import annotations

import json
from typing import Any

from npdrights.core.codec import from_json, to_json
from npdrights.core.model import Case, CaseEvent, Household, Organisation, Person
from npdrights.storage.database import Database


def _dump(value: Any) -> str:
    return json.dumps(to_json(value), ensure_ascii=False, separators=(",", ":"))


class Repository:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- people and households ------------------------------------------------------------------

    def save_household(self, household: Household) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO households(id, name) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET name=excluded.name",
                (household.id, household.name),
            )

    def households(self) -> list[Household]:
        return [Household(id=row[0], name=row[1]) for row in self.db.query("SELECT id, name FROM households")]

    def save_person(self, person: Person) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO people(id, household_id, data) VALUES(?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET household_id=excluded.household_id, data=excluded.data",
                (person.id, person.household_id, _dump(person)),
            )

    def person(self, person_id: str) -> Person | None:
        rows = self.db.query("SELECT data FROM people WHERE id=?", (person_id,))
        return from_json(Person, json.loads(rows[0][0])) if rows else None

    def people(self) -> list[Person]:
        return [from_json(Person, json.loads(row[0])) for row in self.db.query("SELECT data FROM people")]

    # -- organisations --------------------------------------------------------------------------

    def save_organisation(self, organisation: Organisation) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO organisations(id, data) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data",
                (organisation.id, _dump(organisation)),
            )

    def organisations(self) -> list[Organisation]:
        return [from_json(Organisation, json.loads(row[0])) for row in self.db.query("SELECT data FROM organisations")]

    # -- cases and events -----------------------------------------------------------------------

    def add_case(self, case: Case, events: tuple[CaseEvent, ...] = ()) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO cases(id, person_id, organisation_id, kind, data) VALUES(?, ?, ?, ?, ?)",
                (case.id, case.person_id, case.organisation_id, case.kind.value, _dump(case)),
            )
            for event in events:
                self._insert_event(event)

    def cases(self) -> list[Case]:
        return [from_json(Case, json.loads(row[0])) for row in self.db.query("SELECT data FROM cases")]

    def add_event(self, event: CaseEvent) -> None:
        with self.db.transaction():
            self._insert_event(event)

    def events(self, case_id: str) -> list[CaseEvent]:
        rows = self.db.query("SELECT data FROM events WHERE case_id=? ORDER BY on_date, seq", (case_id,))
        return [from_json(CaseEvent, json.loads(row[0])) for row in rows]

    def _insert_event(self, event: CaseEvent) -> None:
        # seq keeps same-day events in the order they were recorded.
        self.db.execute(
            "INSERT INTO events(id, case_id, kind, on_date, seq, data) VALUES(?, ?, ?, ?, "
            "(SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE case_id=?), ?)",
            (event.id, event.case_id, event.kind.value, event.on.isoformat(), event.case_id, _dump(event)),
        )
