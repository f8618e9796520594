"""Checking an answer against Art 15 (docs/law.md §3.1): what is missing, and the wrong facts noted."""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.core.answer_checklist import (
    ITEMS,
    corrections,
    describe,
    is_complete,
    latest_check,
    missing_items,
    missing_note,
)
from npdrights.core.letters.answers import Correction
from npdrights.core.model import (
    AnswerCheck,
    Case,
    CaseEvent,
    CaseKind,
    ChecklistItem,
    EventKind,
    PostMethod,
    Relationship,
    WrongFact,
)
from npdrights.core.wizard_flow import Draft, FollowUp, follow_up_draft, history_from_case

C = ChecklistItem


@pytest.mark.parametrize(
    ("item", "article"),
    [
        # docs/law.md §3.1: Art 15(1) copy, (a) purposes, (b) categories, (c) recipients, (d) retention, (e)+(f)
        # rights, (g) source, (h) automated decisions, 15(2) transfer safeguards, 12(4) reasons for withholding.
        # The releases record is asked for, not required: 15(1)(c) allows categories of recipient.
        (C.COPY, "Article 15(1) and 15(3)"),
        (C.PURPOSES, "Article 15(1)(a)"),
        (C.CATEGORIES, "Article 15(1)(b)"),
        (C.RECIPIENTS, "Article 15(1)(c)"),
        (C.RELEASES, "asked for in the letter: Article 15(1)(c) requires only recipients or categories of recipient"),
        (C.RETENTION, "Article 15(1)(d)"),
        (C.SOURCE, "Article 15(1)(g)"),
        (C.RIGHTS, "Article 15(1)(e) and (f)"),
        (C.AUTOMATED_DECISIONS, "Article 15(1)(h)"),
        (C.TRANSFER_SAFEGUARDS, "Article 15(2)"),
        (C.REASONS_WITHHELD, "Article 12(4)"),
    ],
)
def test_each_item_cites_the_law(item: ChecklistItem, article: str) -> None:
    assert ITEMS[item].article == article
    assert ITEMS[item].label
    assert ITEMS[item].help
    assert ITEMS[item].asked_for


def test_the_checklist_covers_every_item_the_issue_lists() -> None:
    assert set(ITEMS) == set(ChecklistItem)
    assert len(ITEMS) == 11
    assert [item for item, info in ITEMS.items() if not info.required] == [C.RELEASES]


def test_missing_items_are_the_unticked_ones_in_the_laws_order() -> None:
    check = AnswerCheck(
        received=(C.SOURCE, C.COPY, C.RIGHTS, C.PURPOSES, C.CATEGORIES, C.RETENTION, C.AUTOMATED_DECISIONS)
    )
    assert missing_items(check) == (C.RECIPIENTS, C.RELEASES, C.TRANSFER_SAFEGUARDS, C.REASONS_WITHHELD)
    assert not is_complete(check)
    assert describe(check) == (
        "3 of the 10 things the law lists missing. Not included, though asked for: the record of releases to others."
    )
    note = missing_note(missing_items(check))
    assert note == (
        "It did not include the recipients, or categories of recipient, of the data (Article 15(1)(c)), the record "
        "of which third parties the data was released to, and when, which I asked for, the safeguards for any "
        "transfer of the data outside the UK (Article 15(2)) and the reasons for anything withheld, and which "
        "exemption was relied on (Article 12(4))"
    )


def test_everything_the_law_lists_is_said_only_when_it_was_included() -> None:
    # law §3.1: without Article 15(1)(b) or the reasons for what was withheld (Article 12(4)) it is not complete.
    required_but_those = tuple(item for item in ChecklistItem if item not in (C.CATEGORIES, C.REASONS_WITHHELD))
    assert describe(AnswerCheck(received=required_but_those)) == "2 of the 10 things the law lists missing."
    # Only the record of releases, which the law doesn't require, left out: the law's list is complete.
    everything_required = tuple(item for item in ChecklistItem if item is not C.RELEASES)
    assert describe(AnswerCheck(received=everything_required)) == (
        "Everything the law lists was included. Not included, though asked for: the record of releases to others."
    )


def test_a_complete_answer_has_nothing_missing() -> None:
    check = AnswerCheck(received=tuple(ChecklistItem))
    assert missing_items(check) == ()
    assert is_complete(check)
    assert missing_note(()) == ""
    assert describe(check) == "Everything the law lists was included."


def test_only_fully_filled_wrong_facts_become_corrections() -> None:
    right = WrongFact("Date of birth", "2 May 2014", "1 May 2014")
    check = AnswerCheck(
        received=tuple(ChecklistItem),
        wrong_facts=(right, WrongFact("School", "", "Fictional Primary"), WrongFact(" ", "x", "y")),
    )
    assert corrections(check) == (right,)
    assert describe(check) == "Everything the law lists was included. 3 wrong facts noted."


# -- what a checked answer pre-fills in the follow-up journeys (core.wizard_flow) ------------------------------


def _checked_case() -> tuple[Case, list[CaseEvent]]:
    case = Case("c1", CaseKind.SAR_DFE, "p1", "dfe", "p1", Relationship.SELF, "NPD-SAR-1", date(2026, 9, 1))
    check = AnswerCheck(
        received=tuple(item for item in ChecklistItem if item is not C.RETENTION),
        wrong_facts=(WrongFact("Surname", "Fictionalsen", "Fictionalson"), WrongFact("School", "", "")),
    )
    events = [
        CaseEvent("e1", "c1", EventKind.SENT, date(2026, 9, 1), post_method=PostMethod.FIRST_CLASS),
        CaseEvent("e2", "c1", EventKind.ANSWERED_PART, date(2026, 9, 30), note="Sent a partial extract.", check=check),
    ]
    return case, events


def _draft(follow_up: FollowUp) -> Draft:
    case, events = _checked_case()
    return follow_up_draft(
        case=case,
        events=events,
        follow_up=follow_up,
        requester=None,
        pupil=None,
        organisation=None,
        first_answers=None,
        today=date(2026, 11, 28),
    )


def test_a_reminder_carries_exactly_the_missing_items_in_its_timeline() -> None:
    case, events = _checked_case()
    history = history_from_case(case, events)
    assert history is not None
    (answer,) = history.events
    assert answer.note == (
        "Sent a partial extract. It did not include how long the data will be kept, or the criteria used to decide "
        "that (Article 15(1)(d))."
    )
    draft = _draft(FollowUp.REMINDER)
    assert draft.corrections == ()
    assert draft.complaint == ""


def test_a_request_for_corrections_starts_from_the_wrong_facts() -> None:
    assert _draft(FollowUp.CORRECTION).corrections == (Correction("Surname", "Fictionalsen", "Fictionalson"),)


def test_a_complaint_starts_from_what_was_missing() -> None:
    complaint = _draft(FollowUp.COMPLAINT).complaint
    assert complaint.startswith("Your answer of 30 September 2026 did not include how long the data will be kept")


def test_latest_check_is_the_latest_checked_answer() -> None:
    _case, events = _checked_case()
    unchecked = CaseEvent("e3", "c1", EventKind.ANSWERED_FULL, date(2026, 10, 5))
    assert latest_check([*events, unchecked]) == events[1]
    assert latest_check(events[:1]) is None
