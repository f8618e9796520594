"""SQL over the unlocked vault: the only module that knows how the model is laid out in tables.

Each public method that writes is one transaction, so a user action is saved completely or not at all. Rows
carry the model as JSON (see schema.py), with the fields that are indexed or joined on as columns.

Checking that a case's events make sense is the rules engine's job (core.status), done by the caller before it
writes; this module stores what it is given.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, NamedTuple

from npdrights.core.codec import CodecError, from_json, to_json
from npdrights.core.model import Case, CaseEvent, EventKind, Household, Organisation, Person
from npdrights.core.shallow_json import loads_shallow
from npdrights.storage import audit
from npdrights.storage.database import Database
from npdrights.storage.stored_json import loads_stored


def _dump(value: Any) -> str:
    return json.dumps(to_json(value), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class LetterRecord:
    """A letter kept with its case: its plain text, what it was built from, and (stored apart) its PDF.

    `kind` is a letter kind's name ("sar-dfe", "reminder", "complaint-ico", ...). `answers` is the answers JSON
    it was built from, so a follow-up letter can start from the same details.
    """

    id: str
    case_id: str
    kind: str
    created_on: date
    text: str
    subject: str = ""
    reference: str = ""
    answers: Mapping[str, Any] = field(default_factory=dict)


def _letter_details(letter: LetterRecord) -> str:
    details = {"subject": letter.subject, "reference": letter.reference, "answers": dict(letter.answers)}
    return json.dumps(details, ensure_ascii=False, separators=(",", ":"))


def letter_from_row(row: tuple[Any, ...]) -> LetterRecord:
    """The one decoder of a stored letter (id, case_id, kind, created_on, text, data), used when reading the vault
    and, strictly, on every letter a backup brings in: what an import lets in, the app can read back.
    Raises CodecError naming the field at fault."""
    letter_id, case_id, kind, created_on, text, data = row
    try:
        made_on = date.fromisoformat(created_on)
    except (TypeError, ValueError):
        raise CodecError(f"Letter.created_on: {created_on!r} is not a date") from None
    try:
        details = loads_shallow(data)
    except (TypeError, ValueError):
        raise CodecError("Letter.data: not valid JSON") from None
    if not isinstance(details, dict) or not set(details) <= {"subject", "reference", "answers"}:
        raise CodecError("Letter.data: not the letter's details")
    subject, reference, answers = details.get("subject", ""), details.get("reference", ""), details.get("answers")
    if not isinstance(subject, str) or not isinstance(reference, str):
        raise CodecError("Letter.data: its subject and reference must be text")
    if answers is not None and not isinstance(answers, dict):
        raise CodecError("Letter.data: its answers must be a JSON object")
    return LetterRecord(
        id=letter_id,
        case_id=case_id,
        kind=kind,
        created_on=made_on,
        text=text,
        subject=subject,
        reference=reference,
        answers=dict(answers or {}),
    )


_LETTER_COLUMNS = "id, case_id, kind, created_on, text, data"

# Unfinished journeys kept across a lock live in the vault's own key-value table, one row each under this prefix:
# no new table, so the layout version stays and every backup file made before keeps opening (backup_format).
_DRAFT_KEY = "draft:"

# A kept line of the cases list that is still good: by the same rules (the first parameter), kept for the day asked
# about among others (the second, ISO: ISO dates compare as text), and worked out from the case's latest count of
# changes.
_STILL_GOOD = "s.rules=? AND ? BETWEEN s.first_day AND s.last_day AND s.basis=COALESCE(b.n, 0)"


@dataclass(frozen=True)
class DraftRecord:
    """An unfinished letter kept across a lock: when it was kept, and its answers as JSON (core.kept_drafts)."""

    id: str
    kept_at: datetime
    answers: Mapping[str, Any]


def _draft(draft_id: str, value: str) -> DraftRecord | None:
    try:
        document = loads_shallow(value)  # a hand-made backup's draft may be nested past the recursion limit
        kept_at = datetime.fromisoformat(document["kept_at"])
        answers = document["answers"]
    except (ValueError, TypeError, KeyError):
        return None  # e.g. put there by a hand-made backup: not offered, and harmless where it is
    return DraftRecord(draft_id, kept_at, answers) if isinstance(answers, dict) else None


class PersonName(NamedTuple):
    """What a line in the cases list needs of a person, read without decoding the rest of them."""

    full_name: str
    former_names: tuple[str, ...]
    household_id: str | None


@dataclass(frozen=True)
class VaultContents:
    """Everything the cases list needs, as model objects."""

    cases: list[Case]
    events: dict[str, list[CaseEvent]]  # by case id, each in the order the events happened
    people: dict[str, Person]
    organisations: dict[str, Organisation]
    households: dict[str, Household]


@dataclass(frozen=True)
class StoredRows:
    """The rows behind the cases list, read in a few queries. `decode` turns them into model objects: pure work,
    so it can run off the GUI thread without touching the database."""

    cases: list[str]
    events: list[tuple[str, str]]  # (case id, event JSON)
    people: list[str]
    organisations: list[str]
    households: list[tuple[str, str]]

    def decode(self) -> VaultContents:
        events: dict[str, list[CaseEvent]] = defaultdict(list)
        for case_id, data in self.events:
            events[case_id].append(from_json(CaseEvent, json.loads(data)))
        people = (from_json(Person, json.loads(data)) for data in self.people)
        organisations = (from_json(Organisation, json.loads(data)) for data in self.organisations)
        return VaultContents(
            cases=_decode_cases(self.cases),
            events=dict(events),
            people={person.id: person for person in people},
            organisations={organisation.id: organisation for organisation in organisations},
            households={row[0]: Household(id=row[0], name=row[1]) for row in self.households},
        )


def _decode_cases(rows: list[str]) -> list[Case]:
    """The cases, each organisation's id held once however many cases name it, and a requester who is the person
    the case is about by the same string: a big list keeps every case (issue 17: memory, about 1.5 MB a 10,000)."""
    organisations: dict[str, str] = {}
    cases = []
    for data in rows:
        record = loads_stored(data)
        try:
            organisation = record["organisation_id"]
            record["organisation_id"] = organisations.setdefault(organisation, organisation)
            if record["requester_id"] == record["person_id"]:
                record["requester_id"] = record["person_id"]
        except (KeyError, TypeError):
            pass  # not a case as stored: from_json says what is wrong with it
        cases.append(from_json(Case, record))
    return cases


class Repository:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- people and households ------------------------------------------------------------------

    def save_household(self, household: Household) -> None:
        with self.db.transaction():
            self._put_household(household)

    def households(self) -> list[Household]:
        rows = self.db.query("SELECT id, name FROM households ORDER BY name, id")
        return [Household(id=row[0], name=row[1]) for row in rows]

    def delete_household(self, household_id: str) -> None:
        """Its people stay, no longer grouped (the schema sets their household to none)."""
        with self.db.transaction():
            for person in self._people_in(household_id):
                self._put_person(replace(person, household_id=None))
            self.db.execute("DELETE FROM households WHERE id=?", (household_id,))

    def save_person(self, person: Person) -> None:
        """Add or change a person. Every later letter uses the new details; sent letters keep their text."""
        with self.db.transaction():
            self._put_person(person)

    def person(self, person_id: str) -> Person | None:
        rows = self.db.query("SELECT data FROM people WHERE id=?", (person_id,))
        return from_json(Person, json.loads(rows[0][0])) if rows else None

    def people(self) -> list[Person]:
        return [from_json(Person, json.loads(row[0])) for row in self.db.query("SELECT data FROM people")]

    def _people_in(self, household_id: str) -> list[Person]:
        rows = self.db.query("SELECT data FROM people WHERE household_id=?", (household_id,))
        return [from_json(Person, json.loads(row[0])) for row in rows]

    def _put_household(self, household: Household) -> None:
        self.db.execute(
            "INSERT INTO households(id, name) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET name=excluded.name",
            (household.id, household.name),
        )

    def _put_person(self, person: Person) -> None:
        self.db.execute(
            "INSERT INTO people(id, household_id, data) VALUES(?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET household_id=excluded.household_id, data=excluded.data",
            (person.id, person.household_id, _dump(person)),
        )

    # -- organisations --------------------------------------------------------------------------

    def save_organisation(self, organisation: Organisation) -> None:
        with self.db.transaction():
            self._put_organisation(organisation)

    def organisation(self, organisation_id: str) -> Organisation | None:
        rows = self.db.query("SELECT data FROM organisations WHERE id=?", (organisation_id,))
        return from_json(Organisation, json.loads(rows[0][0])) if rows else None

    def organisations(self) -> list[Organisation]:
        return [from_json(Organisation, json.loads(row[0])) for row in self.db.query("SELECT data FROM organisations")]

    def _put_organisation(self, organisation: Organisation) -> None:
        self.db.execute(
            "INSERT INTO organisations(id, data) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data",
            (organisation.id, _dump(organisation)),
        )

    # -- cases ----------------------------------------------------------------------------------

    def create_case(
        self,
        case: Case,
        *,
        households: Iterable[Household] = (),
        people: Iterable[Person] = (),
        organisation: Organisation | None = None,
        events: Iterable[CaseEvent] = (),
        letter: LetterRecord | None = None,
        pdf: bytes = b"",
    ) -> None:
        """A new case with everything it needs, in ONE transaction: all of it is saved, or none of it.

        `households`, `people` and `organisation` are added or updated first (the case refers to them), then the
        case, its events (e.g. DRAFTED, and SENT if it went at once) and its first letter with its PDF.
        """
        with self.db.transaction():
            for household in households:
                self._put_household(household)
            for person in people:
                self._put_person(person)
            if organisation is not None:
                self._put_organisation(organisation)
            self.db.execute(
                "INSERT INTO cases(id, person_id, organisation_id, kind, data) VALUES(?, ?, ?, ?, ?)",
                (case.id, case.person_id, case.organisation_id, case.kind.value, _dump(case)),
            )
            for event in events:
                self._insert_event(event)
            if letter is not None:
                self._insert_letter(letter, pdf)

    def add_case(self, case: Case, events: tuple[CaseEvent, ...] = ()) -> None:
        self.create_case(case, events=events)

    def case(self, case_id: str) -> Case | None:
        rows = self.db.query("SELECT data FROM cases WHERE id=?", (case_id,))
        return from_json(Case, json.loads(rows[0][0])) if rows else None

    def cases(self) -> list[Case]:
        return [from_json(Case, json.loads(row[0])) for row in self.db.query("SELECT data FROM cases")]

    def update_case(self, case: Case) -> None:
        """Change a case's details (its reference, notes, person or recipient). Its kind never changes."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE cases SET person_id=?, organisation_id=?, data=? WHERE id=? AND kind=?",
                (case.person_id, case.organisation_id, _dump(case), case.id, case.kind.value),
            )
            self._require_changed("case", case.id)

    def set_case_notes(self, case_id: str, notes: str) -> Case:
        """Replace a case's notes; returns the case as saved."""
        with self.db.transaction():
            case = self.case(case_id)
            if case is None:
                raise KeyError(case_id)
            case = replace(case, notes=notes)
            self.db.execute("UPDATE cases SET data=? WHERE id=?", (_dump(case), case_id))
        return case

    def delete_case(self, case_id: str) -> None:
        """The case with its events, letters and attachment rows. Attachment files are removed by the sweep at
        the next unlock, once no snapshot refers to them (see storage.attachments)."""
        with self.db.transaction():
            self.db.execute("DELETE FROM cases WHERE id=?", (case_id,))

    # -- events ---------------------------------------------------------------------------------

    def add_event(self, event: CaseEvent) -> None:
        with self.db.transaction():
            self._insert_event(event)

    def update_event(self, event: CaseEvent) -> None:
        """Change an event's date or details in place; it keeps its place among same-day events."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE events SET kind=?, on_date=?, data=? WHERE id=? AND case_id=?",
                (event.kind.value, event.on.isoformat(), _dump(event), event.id, event.case_id),
            )
            self._require_changed("event", event.id)

    def delete_event(self, event_id: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM events WHERE id=?", (event_id,))

    def event(self, event_id: str) -> CaseEvent | None:
        rows = self.db.query("SELECT data FROM events WHERE id=?", (event_id,))
        return from_json(CaseEvent, json.loads(rows[0][0])) if rows else None

    def events(self, case_id: str) -> list[CaseEvent]:
        rows = self.db.query("SELECT data FROM events WHERE case_id=? ORDER BY on_date, seq", (case_id,))
        return [from_json(CaseEvent, json.loads(row[0])) for row in rows]

    def events_by_case(self) -> dict[str, list[CaseEvent]]:
        """Every case's events in one query, each case's in the order they happened."""
        return StoredRows([], self._event_rows(), [], [], []).decode().events

    def _event_rows(self) -> list[tuple[str, str]]:
        rows = self.db.query("SELECT case_id, data FROM events ORDER BY case_id, on_date, seq")
        return [(row[0], row[1]) for row in rows]

    def events_of(self, case_ids: Iterable[str]) -> dict[str, list[CaseEvent]]:
        """The events of these cases (each in the order they happened), in one query: for working a big list out
        in parts. A case with no events has no entry."""
        ids = list(case_ids)
        rows = self.db.query(
            f"SELECT case_id, data FROM events WHERE case_id IN ({','.join('?' * len(ids))}) "
            "ORDER BY case_id, on_date, seq",
            tuple(ids),
        )
        return StoredRows([], [(row[0], row[1]) for row in rows], [], [], []).decode().events

    # -- kept lines of the cases list (schema v2, v4; see service/summary_cache.py) ------------------------------

    def summary_bases(self, case_ids: Iterable[str]) -> dict[str, int]:
        """How many times each case, its events or its organisation have changed (0 if never): a kept line is
        good only while this count is the one it was worked out from."""
        ids = list(case_ids)
        rows = self.db.query(
            f"SELECT case_id, n FROM case_basis WHERE case_id IN ({','.join('?' * len(ids))})", tuple(ids)
        )
        return {row[0]: row[1] for row in rows}

    def kept_summaries(self, case_ids: Iterable[str], rules: str, day: date) -> dict[str, str]:
        """The kept lines of these cases (JSON) that are still good: same rules, kept for `day` among others, nothing
        changed since."""
        ids = list(case_ids)
        rows = self.db.query(
            "SELECT s.case_id, s.data FROM case_summaries s LEFT JOIN case_basis b ON b.case_id = s.case_id "
            f"WHERE s.case_id IN ({','.join('?' * len(ids))}) AND {_STILL_GOOD}",
            (*ids, rules, day.isoformat()),
        )
        return {row[0]: row[1] for row in rows}

    def each_kept_summary(self, rules: str, day: date) -> Iterator[tuple[str, str]]:
        """`kept_summaries` for every case at once, in one query: for a whole list, faster than naming each case.
        One (case id, JSON) at a time, so a big list's lines are never all held as text at once."""
        return self.db.each_row(
            "SELECT s.case_id, s.data FROM case_summaries s LEFT JOIN case_basis b ON b.case_id = s.case_id "
            f"WHERE {_STILL_GOOD}",
            (rules, day.isoformat()),
        )

    def keep_summaries(self, rules: str, lines: Iterable[tuple[str, int, tuple[date, date], str]]) -> None:
        """Keep worked-out lines: (case id, the count it was worked out from, the first and last day it holds for,
        JSON). A case deleted since is skipped; one changed since is kept with its old count, so it is never used."""
        with self.db.transaction():
            for case_id, basis, (first_day, last_day), data in lines:
                self.db.execute(
                    "INSERT INTO case_summaries(case_id, rules, first_day, last_day, basis, data) "
                    "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM cases WHERE id=?) "
                    "ON CONFLICT(case_id) DO UPDATE SET rules=excluded.rules, first_day=excluded.first_day, "
                    "last_day=excluded.last_day, basis=excluded.basis, data=excluded.data",
                    (case_id, rules, first_day.isoformat(), last_day.isoformat(), basis, data, case_id),
                )

    def sent_dates(self) -> dict[str, date]:
        """When each case's letter was sent, from the SENT events' dates alone (nothing decoded), so a big list
        can show it at once. The rules engine has the last word: it finds no date where the events conflict."""
        rows = self.db.query(
            "SELECT case_id, MAX(on_date) FROM events WHERE kind=? GROUP BY case_id", (EventKind.SENT.value,)
        )
        return {row[0]: date.fromisoformat(row[1]) for row in rows}

    def people_names(self) -> dict[str, PersonName]:
        """Every person's names and household, picked out of the stored JSON by SQLite: for showing a big list at
        once, before the people are decoded."""
        rows = self.db.each_row(  # one at a time: 10,000 rows at once were a few MB at the list's peak (issue 17)
            "SELECT id, household_id, json_extract(data, '$.full_name'), json_extract(data, '$.former_names') "
            "FROM people"
        )
        households: dict[str, str] = {}  # one copy of each household's id, shared by its people
        return {
            person_id: PersonName(
                name,
                tuple(json.loads(former)) if former not in (None, "[]") else (),
                households.setdefault(household_id, household_id) if household_id is not None else None,
            )
            for person_id, household_id, name, former in rows
        }

    def count_cases(self) -> int:
        (count,) = self.db.query("SELECT count(*) FROM cases")[0]
        return int(count)

    def stored_rows(self, *, events: bool = True, people: bool = True) -> StoredRows:
        """Every case, event, person, organisation and household, undecoded: one query per table.
        `events=False` leaves the events out (the slowest part), for showing a big list before working it out;
        `people=False` leaves the people out, for a list that names them from `people_names` alone."""
        return StoredRows(
            cases=[row[0] for row in self.db.query("SELECT data FROM cases")],
            events=self._event_rows() if events else [],
            people=[row[0] for row in self.db.query("SELECT data FROM people")] if people else [],
            organisations=[row[0] for row in self.db.query("SELECT data FROM organisations")],
            households=[(row[0], row[1]) for row in self.db.query("SELECT id, name FROM households")],
        )

    def contents(self) -> VaultContents:
        return self.stored_rows().decode()

    def _insert_event(self, event: CaseEvent) -> None:
        # seq keeps same-day events in the order they were recorded.
        self.db.execute(
            "INSERT INTO events(id, case_id, kind, on_date, seq, data) VALUES(?, ?, ?, ?, "
            "(SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE case_id=?), ?)",
            (event.id, event.case_id, event.kind.value, event.on.isoformat(), event.case_id, _dump(event)),
        )

    # -- letters --------------------------------------------------------------------------------

    def add_letter(self, letter: LetterRecord, pdf: bytes) -> None:
        """Keep a letter (e.g. a reminder) with its case."""
        with self.db.transaction():
            self._insert_letter(letter, pdf)

    def letters(self, case_id: str) -> list[LetterRecord]:
        """A case's letters, oldest first, without their PDFs (see `letter_pdf`)."""
        rows = self.db.query(
            f"SELECT {_LETTER_COLUMNS} FROM letters WHERE case_id=? ORDER BY created_on, rowid", (case_id,)
        )
        return [letter_from_row(row) for row in rows]

    def letter(self, letter_id: str) -> LetterRecord | None:
        rows = self.db.query(f"SELECT {_LETTER_COLUMNS} FROM letters WHERE id=?", (letter_id,))
        return letter_from_row(rows[0]) if rows else None

    def letter_pdf(self, letter_id: str) -> bytes:
        """The letter's PDF, in memory (to show, print or save where the user chooses)."""
        rows = self.db.query("SELECT pdf FROM letters WHERE id=?", (letter_id,))
        if not rows:
            raise KeyError(letter_id)
        return bytes(rows[0][0])

    def record_letter_copied(self, letter: LetterRecord, *, printed: bool) -> None:
        """A copy of the letter left the vault, saved where the user chose or printed (on paper or to a PDF):
        entered in the audit trail by the letter's kind only."""
        kind = audit.LETTER_PRINTED if printed else audit.LETTER_SAVED
        with self.db.transaction() as connection:
            audit.record(connection, kind, letter.case_id, letter.kind)

    def delete_letter(self, letter_id: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM letters WHERE id=?", (letter_id,))

    def _insert_letter(self, letter: LetterRecord, pdf: bytes) -> None:
        self.db.execute(
            "INSERT INTO letters(id, case_id, kind, created_on, text, pdf, data) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (
                letter.id,
                letter.case_id,
                letter.kind,
                letter.created_on.isoformat(),
                letter.text,
                pdf,
                _letter_details(letter),
            ),
        )

    # -- unfinished letters kept across a lock ------------------------------------------------------

    def save_draft(self, draft: DraftRecord) -> None:
        value = json.dumps(
            {"kept_at": draft.kept_at.isoformat(timespec="seconds"), "answers": dict(draft.answers)},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (_DRAFT_KEY + draft.id, value),
            )

    def drafts(self) -> list[DraftRecord]:
        """Every kept draft, most recently kept first. A row that isn't a draft's shape is skipped."""
        rows = self.db.query("SELECT key, value FROM settings WHERE key LIKE ?", (_DRAFT_KEY + "%",))
        found = [record for key, value in rows if (record := _draft(key.removeprefix(_DRAFT_KEY), value))]
        return sorted(found, key=lambda record: record.kept_at, reverse=True)

    def delete_draft(self, draft_id: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM settings WHERE key=?", (_DRAFT_KEY + draft_id,))

    # -- helpers --------------------------------------------------------------------------------

    def _require_changed(self, what: str, row_id: str) -> None:
        if self.db.connection.changes() == 0:
            raise KeyError(f"no {what} {row_id}")
