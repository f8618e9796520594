"""The repository's case, event and letter API: one transaction per action, and nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import apsw
import pytest

from npdrights.core.model import (
    Address,
    AnswerCheck,
    Case,
    CaseEvent,
    CaseKind,
    ChecklistItem,
    EventKind,
    Household,
    Organisation,
    Person,
    PostMethod,
    Relationship,
    WrongFact,
)
from npdrights.storage.repository import LetterRecord, PersonName, Repository
from npdrights.storage.vault import Vault

HOUSEHOLD = Household("h1", "The Fictionalsons")
CHILD = Person("p-zeb", "Zebedee Fictionalson", date_of_birth=date(2014, 5, 1), household_id="h1")
PARENT = Person("p-mari", "Marigold Fictionalson", household_id="h1")
DFE = Organisation("org-dfe", "Department for Education", Address(("Piccadilly Gate", "Manchester"), "M1 2WD"))
PDF = b"%PDF-1.7 fictional letter"


def _case(case_id: str = "c1", person: Person = CHILD) -> Case:
    return Case(
        id=case_id,
        kind=CaseKind.SAR_DFE,
        person_id=person.id,
        organisation_id=DFE.id,
        requester_id=PARENT.id,
        relationship=Relationship.PARENT,
        reference=f"NPD-SAR-{case_id}",
        created_on=date(2026, 10, 1),
    )


def _event(event_id: str, kind: EventKind, on: date, case_id: str = "c1", **fields: object) -> CaseEvent:
    return CaseEvent(event_id, case_id, kind, on, **fields)  # type: ignore[arg-type]


def _letter(letter_id: str = "l1", case_id: str = "c1", **fields: object) -> LetterRecord:
    values: dict[str, object] = {
        "id": letter_id,
        "case_id": case_id,
        "kind": "sar-dfe",
        "created_on": date(2026, 10, 1),
        "text": "Dear Data Protection Officer, ...",
        "subject": "Subject access request",
        "reference": "NPD-SAR-c1",
        "answers": {"pupil": {"name": "Zebedee Fictionalson"}},
    }
    values.update(fields)
    return LetterRecord(**values)  # type: ignore[arg-type]


@pytest.fixture
def repository(vault: Vault) -> Repository:
    return Repository(vault.database)


@pytest.fixture
def with_case(repository: Repository) -> Repository:
    repository.create_case(
        _case(),
        households=[HOUSEHOLD],
        people=[CHILD, PARENT],
        organisation=DFE,
        events=[_event("e1", EventKind.DRAFTED, date(2026, 10, 1))],
        letter=_letter(),
        pdf=PDF,
    )
    return repository


def test_create_case_saves_people_case_event_and_letter_together(with_case: Repository) -> None:
    repository = with_case
    assert repository.case("c1") == _case()
    assert repository.households() == [HOUSEHOLD]
    assert {person.id for person in repository.people()} == {CHILD.id, PARENT.id}
    assert repository.organisation(DFE.id) == DFE
    assert [event.kind for event in repository.events("c1")] == [EventKind.DRAFTED]
    assert repository.letters("c1") == [_letter()]
    assert repository.letter_pdf("l1") == PDF


def test_create_case_saves_nothing_if_any_part_fails(with_case: Repository) -> None:
    repository = with_case
    sibling = Person("p-ada", "Ada Fictionalson", household_id="h1")
    # The letter's id is already taken, so the last insert fails: the sibling, case and event must not stay.
    with pytest.raises(apsw.ConstraintError):
        repository.create_case(
            _case("c2", sibling),
            people=[sibling],
            events=[_event("e2", EventKind.DRAFTED, date(2026, 10, 2), "c2")],
            letter=_letter("l1", "c2"),
            pdf=PDF,
        )
    assert repository.case("c2") is None
    assert repository.person("p-ada") is None
    assert repository.event("e2") is None
    assert [letter.case_id for letter in repository.letters("c2")] == []


def test_letters_are_listed_oldest_first_without_their_pdf(with_case: Repository) -> None:
    repository = with_case
    reminder = _letter("l2", kind="reminder", created_on=date(2026, 11, 20), subject="Reminder", answers={})
    repository.add_letter(reminder, b"%PDF reminder")
    assert [letter.id for letter in repository.letters("c1")] == ["l1", "l2"]
    assert repository.letter("l2") == reminder
    assert repository.letter_pdf("l2") == b"%PDF reminder"
    assert repository.letter("missing") is None
    with pytest.raises(KeyError):
        repository.letter_pdf("missing")
    repository.delete_letter("l2")
    assert [letter.id for letter in repository.letters("c1")] == ["l1"]


def test_events_can_be_edited_in_place_and_deleted(with_case: Repository) -> None:
    repository = with_case
    sent = _event("e2", EventKind.SENT, date(2026, 10, 2), post_method=PostMethod.FIRST_CLASS)
    acknowledged = _event("e3", EventKind.ACKNOWLEDGED, date(2026, 10, 2))
    repository.add_event(sent)
    repository.add_event(acknowledged)
    moved = replace(sent, on=date(2026, 10, 1), reference="Proof of posting 1234")
    repository.update_event(moved)
    assert repository.event("e2") == moved
    # Same-day events keep the order they were recorded in, whatever is edited.
    assert [event.id for event in repository.events("c1")] == ["e1", "e2", "e3"]
    repository.delete_event("e3")
    assert [event.id for event in repository.events("c1")] == ["e1", "e2"]
    with pytest.raises(KeyError):
        repository.update_event(acknowledged)


def test_an_answer_keeps_its_checklist_and_an_extension_its_months(with_case: Repository) -> None:
    repository = with_case
    check = AnswerCheck(
        received=(ChecklistItem.COPY, ChecklistItem.PURPOSES),
        wrong_facts=(WrongFact("Date of birth", "2 May 2014", "1 May 2014"),),
    )
    answer = _event("e4", EventKind.ANSWERED_PART, date(2026, 11, 20), check=check)
    extension = _event("e5", EventKind.EXTENSION_NOTIFIED, date(2026, 10, 20), extension_months=2)
    repository.add_event(answer)
    repository.add_event(extension)
    assert repository.event("e4") == answer
    assert repository.event("e5") == extension


def test_events_by_case_reads_every_case_in_one_go(with_case: Repository) -> None:
    repository = with_case
    repository.create_case(_case("c2"), events=[_event("x2", EventKind.SENT, date(2026, 10, 5), "c2")])
    repository.add_event(_event("e2", EventKind.SENT, date(2026, 10, 3)))
    grouped = repository.events_by_case()
    assert {case_id: [event.id for event in events] for case_id, events in grouped.items()} == {
        "c1": ["e1", "e2"],
        "c2": ["x2"],
    }


def test_notes_and_case_details_change_and_deleting_a_case_takes_its_rows(with_case: Repository) -> None:
    repository = with_case
    saved = repository.set_case_notes("c1", "Rang the DfE helpline on 3 October.")
    assert repository.case("c1") == saved
    assert saved.notes == "Rang the DfE helpline on 3 October."
    repository.update_case(replace(saved, reference="NPD-SAR-NEW"))
    assert repository.case("c1").reference == "NPD-SAR-NEW"  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        repository.set_case_notes("nope", "")
    with pytest.raises(KeyError):
        repository.update_case(_case("nope"))
    repository.delete_case("c1")
    assert repository.case("c1") is None
    assert repository.events("c1") == []
    assert repository.letters("c1") == []
    assert repository.person(CHILD.id) == CHILD  # people outlive their cases


def test_deleting_a_household_keeps_its_people_ungrouped(with_case: Repository) -> None:
    repository = with_case
    repository.delete_household("h1")
    assert repository.households() == []
    assert repository.person(CHILD.id) == replace(CHILD, household_id=None)
    assert repository.person(PARENT.id) == replace(PARENT, household_id=None)


def test_what_a_big_list_shows_first_is_read_without_the_events(with_case: Repository, vault: Vault) -> None:
    repository = with_case
    repository.create_case(_case("c2"), events=[_event("x2", EventKind.SENT, date(2026, 10, 5), "c2")])
    repository.create_case(_case("c3"), events=[_event("x3", EventKind.DRAFTED, date(2026, 10, 6), "c3")])
    repository.add_event(_event("e2", EventKind.SENT, date(2026, 10, 3)))
    repository.add_event(_event("e3", EventKind.REMINDER_SENT, date(2026, 11, 9)))  # not the letter's sending
    assert repository.count_cases() == 3
    assert repository.sent_dates() == {"c1": date(2026, 10, 3), "c2": date(2026, 10, 5)}  # c3 isn't sent
    rows = repository.stored_rows(events=False)
    assert (len(rows.cases), rows.events) == (3, [])
    contents = rows.decode()
    assert sorted(contents.people) == ["p-mari", "p-zeb"]
    assert repository.stored_rows(events=False, people=False).people == []  # for naming them by `people_names`
    repository.save_person(replace(CHILD, former_names=("Zebedee Madeupson", "Zeb Oldname")))
    assert repository.people_names() == {  # the names alone, picked out without decoding the people
        "p-zeb": PersonName("Zebedee Fictionalson", ("Zebedee Madeupson", "Zeb Oldname"), "h1"),
        "p-mari": PersonName("Marigold Fictionalson", (), "h1"),
    }
    # Then the events of a part of the list, each case's in the order they happened.
    grouped = repository.events_of(["c1", "c3", "c-none"])
    assert {case_id: [event.id for event in events] for case_id, events in grouped.items()} == {
        "c1": ["e1", "e2", "e3"],
        "c3": ["x3"],
    }


def test_a_reader_is_a_second_connection_that_only_reads(with_case: Repository, vault: Vault) -> None:
    reader = vault.reader()
    try:
        assert Repository(reader).count_cases() == 1
        with_case.create_case(_case("c2"))  # written through the vault's own connection meanwhile
        assert Repository(reader).count_cases() == 2  # seen by the reader
        with pytest.raises(apsw.ReadOnlyError):
            reader.execute("DELETE FROM cases")
    finally:
        reader.close(checkpoint=False)
    assert not reader.is_open
    assert with_case.count_cases() == 2
