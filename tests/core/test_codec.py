from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npdrights.core.codec import CodecError, from_json, to_json
from npdrights.core.model import (
    Address,
    AnswerCheck,
    Case,
    CaseEvent,
    CaseKind,
    ChecklistItem,
    EventKind,
    Person,
    PostMethod,
    PupilIdentifiers,
    Relationship,
    School,
    WrongFact,
)

text = st.text(max_size=30)
people = st.builds(
    Person,
    id=text,
    full_name=text,
    date_of_birth=st.none() | st.dates(),
    former_names=st.tuples(text) | st.just(()),
    identifiers=st.builds(PupilIdentifiers, upn=text, former_upns=st.tuples(text, text), uln=text),
    schools=st.tuples(
        st.builds(
            School,
            name=text,
            from_year=st.none() | st.integers(1990, 2030),
            to_year=st.none() | st.integers(1990, 2030),
            local_authority=text,
        )
    ),
    address=st.none() | st.builds(Address, lines=st.tuples(text, text), postcode=text),
    email=text,
    household_id=st.none() | text,
)


@given(people)
def test_people_round_trip(person: Person) -> None:
    assert from_json(Person, to_json(person)) == person


def test_enums_and_dates_are_stored_as_plain_values() -> None:
    event = CaseEvent(
        id="e1", case_id="c1", kind=EventKind.SENT, on=date(2026, 12, 1), post_method=PostMethod.SECOND_CLASS
    )
    assert to_json(event)["kind"] == "sent"
    assert to_json(event)["on"] == "2026-12-01"
    assert to_json(event)["post_method"] == "second"
    assert from_json(CaseEvent, to_json(event)) == event


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"id": "c", "kind": "sar-nowhere"}, "Case.kind: 'sar-nowhere' is not one of"),
        (
            {
                "id": "c",
                "kind": "sar-dfe",
                "person_id": "p",
                "organisation_id": "o",
                "requester_id": "p",
                "relationship": "self",
                "reference": "r",
                "created_on": "2026-02-30",
            },
            "Case.created_on: '2026-02-30' is not a date",
        ),
        ({"id": 5}, "Case.id: expected text"),
        ({"id": "c", "surprise": 1}, "unexpected field 'surprise'"),
        (
            {
                "id": "c",
                "kind": "sar-dfe",
                "person_id": "p",
                "organisation_id": "o",
                "requester_id": "p",
                "relationship": "self",
                "reference": "r",
            },
            "Case.created_on: missing",
        ),
    ],
)
def test_bad_data_names_the_field(data: dict[str, object], message: str) -> None:
    with pytest.raises(CodecError, match=message.replace("(", r"\(").replace("[", r"\[")):
        from_json(Case, data)


def test_a_whole_case_round_trips() -> None:
    case = Case(
        id="c1",
        kind=CaseKind.OBJECTION_DFE,
        person_id="p1",
        organisation_id="dfe",
        requester_id="p2",
        relationship=Relationship.PARENT,
        reference="NPD-2026-0001",
        created_on=date(2026, 11, 28),
    )
    assert from_json(Case, to_json(case)) == case


def test_nested_problems_are_named_even_past_the_fast_decoder() -> None:
    """Decoding tries a fast path first; a failure there must still end in the careful path's message."""
    event = CaseEvent(
        "e1",
        "c1",
        EventKind.ANSWERED_PART,
        date(2026, 11, 20),
        check=AnswerCheck((ChecklistItem.COPY,), (WrongFact("School", "A", "B"),)),
    )
    data = to_json(event)
    assert from_json(CaseEvent, data) == event
    data["check"]["received"] = ["copy", "bogus"]
    with pytest.raises(CodecError, match=r"CaseEvent\.check\.received\[1\]: 'bogus' is not one of"):
        from_json(CaseEvent, data)
    data["check"]["received"] = ["copy"]
    data["check"]["wrong_facts"][0]["item"] = 7
    with pytest.raises(CodecError, match=r"CaseEvent\.check\.wrong_facts\[0\]\.item: expected text"):
        from_json(CaseEvent, data)
