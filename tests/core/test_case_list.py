"""The cases list's one line per case: status, dates, filters and search text, from the rules engine."""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.core.case_list import (
    NEEDS_CHECKING,
    UNKNOWN_PERSON,
    WORKING_OUT,
    CaseSummary,
    Filter,
    body_name,
    deadlines,
    provisional,
    summarise,
    time_left,
)
from npdrights.core.model import Address, CaseEvent, Household, Organisation, Person
from npdrights.core.next_steps import ActionKind
from npdrights.core.status import CaseStatus, case_state
from tests import tracker_fixtures as samples
from tests.core.case_builders import DUE, EMAIL, SENT_2_APRIL, D, K, events, make_case

CHILD = Person(
    "person-zebedee-fictionalson",
    "Zebedee Fictionalson",
    former_names=("Zebedee Oldname",),
    household_id="h1",
)
PARENT = Person("person-marigold-fictionalson", "Marigold Fictionalson", household_id="h1")
PEOPLE = {person.id: person for person in (CHILD, PARENT)}
DFE = Organisation("org-dfe", "Department for Education", Address(("Piccadilly Gate",), "M1 2WD"))
HOUSEHOLDS = {"h1": Household("h1", "Fictionalson family")}


def _summary(case_events: list[CaseEvent], today: date, **options: object) -> CaseSummary:
    return summarise(
        make_case(),
        case_events,
        today,
        people=PEOPLE,
        organisations={DFE.id: DFE},
        households=HOUSEHOLDS,
        **options,  # type: ignore[arg-type]
    )


def test_a_sent_request_waits_with_its_due_date_and_days_left() -> None:
    summary = _summary(events(SENT_2_APRIL), D(2026, 5, 1))
    assert (summary.person, summary.recipient, summary.body) == ("Zebedee Fictionalson", DFE.name, "the DfE")
    assert summary.status is CaseStatus.SENT
    assert (summary.sent, summary.due, summary.due_what) == (D(2026, 4, 2), DUE, "answer")
    assert summary.days_left == 7
    assert summary.time_left == "7 days left"
    assert summary.due_explanation.startswith("The DfE must answer by Friday 8 May 2026")
    assert summary.waiting
    assert not summary.needs_action
    assert not summary.overdue
    assert [summary.matches(which) for which in Filter] == [True, False, True, False, False]


def test_an_overdue_request_needs_action_and_says_so_in_words() -> None:
    summary = _summary(events(SENT_2_APRIL), D(2026, 5, 11))
    assert summary.status is CaseStatus.OVERDUE
    assert summary.overdue
    assert summary.needs_action
    assert not summary.waiting
    assert summary.time_left == "3 days overdue"
    assert summary.status_label == "Overdue"
    assert {action.kind for action in summary.open_actions} >= {ActionKind.REMINDER}
    assert [summary.matches(which) for which in Filter] == [True, True, False, True, False]


def test_a_draft_needs_sending_and_a_closed_case_is_only_closed() -> None:
    draft = _summary(events((K.DRAFTED, D(2026, 4, 1))), D(2026, 4, 2))
    assert draft.status is CaseStatus.DRAFTED
    assert draft.needs_action
    assert not draft.waiting
    assert draft.sent is None
    assert draft.due is None
    assert draft.time_left == ""
    closed = _summary(events(SENT_2_APRIL, (K.ANSWERED_FULL, D(2026, 5, 1)), (K.CLOSED, D(2026, 5, 2))), D(2026, 6, 1))
    assert closed.closed
    assert not closed.waiting
    assert not closed.needs_action
    assert [closed.matches(which) for which in Filter] == [True, False, False, False, True]


def test_after_a_complaint_the_acknowledgement_is_what_is_due() -> None:
    # A complaint emailed on Wednesday 1 July 2026 (after s.164A began): acknowledged within 30 days from the day
    # after, so by Friday 31 July 2026 (docs/law.md §2.1).
    summary = _summary(events(SENT_2_APRIL, (K.COMPLAINT_SENT, D(2026, 7, 1), {"post_method": EMAIL})), D(2026, 7, 20))
    assert summary.status is CaseStatus.COMPLAINED
    assert (summary.due, summary.due_what, summary.days_left) == (D(2026, 7, 31), "acknowledge your complaint", 11)


def test_events_that_cannot_all_be_true_give_the_rules_engines_reason() -> None:
    summary = _summary(events((K.ANSWERED_FULL, D(2026, 4, 1)), SENT_2_APRIL), D(2026, 5, 1))
    assert summary.status is None
    assert summary.status_label == NEEDS_CHECKING
    assert summary.problem == "An answer can't come before the letter was sent. Record when you sent it first."
    assert summary.summary == summary.problem
    assert summary.needs_action
    assert summary.actions == ()


def test_search_text_covers_people_recipient_and_references() -> None:
    summary = _summary(
        events(SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 5, 20), {"reference": "IC-1234-ABCD"})), D(2026, 6, 1)
    )
    for word in (
        "zebedee fictionalson",
        "oldname",
        "marigold",
        "department for education",
        "npd-test-1",
        "ic-1234-abcd",
    ):
        assert word in summary.search_text
    assert "fictionalson family" in summary.search_text


def test_a_case_whose_person_is_gone_still_shows() -> None:
    summary = summarise(make_case(), events(SENT_2_APRIL), D(2026, 5, 1), people={}, organisations={})
    assert (summary.person, summary.household_id, summary.body) == (UNKNOWN_PERSON, None, "the organisation")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Department for Education", "the DfE"),
        ("Learning Records Service", "the LRS"),
        ("Information Commissioner's Office", "the ICO"),
        ("Information Commission (ICO)", "the ICO"),  # law §2.3: its name from 30 September 2026
        ("Fictional Primary School", "Fictional Primary School"),
    ],
)
def test_body_names(name: str, expected: str) -> None:
    assert body_name(Organisation("o", name, Address(()))) == expected
    assert body_name(None) == "the organisation"


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (None, ""),
        (0, "Due today"),
        (1, "1 day left"),
        (12, "12 days left"),
        (-1, "1 day overdue"),
        (-3, "3 days overdue"),
    ],
)
def test_time_left_in_words(days: int | None, text: str) -> None:
    assert time_left(days) == text


def test_the_detail_lists_each_date_with_its_explanation() -> None:
    state = case_state(
        make_case(), events(SENT_2_APRIL, (K.COMPLAINT_SENT, D(2026, 7, 1), {"post_method": EMAIL})), D(2026, 7, 2)
    )
    titles = [title for title, _deadline in deadlines(state)]
    assert titles == [
        "When it got your letter",
        "When it must answer",
        "When it got your complaint",
        "When it must acknowledge your complaint",
    ]
    assert all(deadline.explanation for _title, deadline in deadlines(state))


def test_a_provisional_line_shows_what_needs_no_working_out_and_belongs_to_no_status_group() -> None:
    case, events = samples.SAMPLES[0].case, samples.SAMPLES[0].events
    people = {person.id: person for person in samples.PEOPLE}
    organisations = {organisation.id: organisation for organisation in samples.ORGANISATIONS}
    line = provisional(case, date(2026, 10, 1), people=people, organisations=organisations)
    assert (line.person, line.recipient, line.body, line.sent) == (
        "Zebedee Fictionalson",
        "Department for Education",
        "the DfE",
        date(2026, 10, 1),
    )
    assert line.pending
    assert (line.status, line.due, line.due_explanation, line.days_left, line.actions) == (None, None, "", None, ())
    assert line.status_label == WORKING_OUT
    assert [line.needs_action, line.waiting, line.overdue, line.closed] == [False] * 4
    assert [line.matches(which) for which in Filter] == [True, False, False, False, False]
    assert "npd-sar-20261001-zf01" in line.search_text  # its own reference, and its people
    assert "madeupson" in line.search_text
    assert "dfe-sar-4471" not in line.search_text  # references recorded with events come with the events
    worked_out = summarise(case, events, date(2026, 11, 28), people=people, organisations=organisations)
    assert not worked_out.pending
    assert "dfe-sar-4471" in worked_out.search_text
