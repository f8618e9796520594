"""A case's status from its events: every kind of event in a legal place, and in each kind of illegal place.

Dates: see tests/core/case_builders.py. Deadline rules are tested in test_deadlines.py; here they are only the
means by which the status changes (law = docs/law.md).
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npdrights.core.model import CaseKind, EventKind
from npdrights.core.names import event_noun
from npdrights.core.status import (
    CaseStatus,
    ImpossibleSequence,
    case_state,
)
from tests.core.case_builders import DUE, EMAIL, FIRST, RECEIVED, SENT_2_APRIL, D, K, events, make_case

TODAY = D(2026, 4, 20)
SAR = make_case()
OBJECTION = make_case(CaseKind.OBJECTION_DFE)


def state_of(*specs: tuple[Any, ...], today: date = TODAY, case: Any = SAR) -> Any:
    return case_state(case, events(*specs), today, body="the DfE")


# --- Legal sequences -------------------------------------------------------------------------------------------

LEGAL = [
    pytest.param([], TODAY, CaseStatus.DRAFTED, None, id="nothing-yet"),
    pytest.param([(K.DRAFTED, D(2026, 3, 30))], TODAY, CaseStatus.DRAFTED, None, id="drafted"),
    pytest.param([SENT_2_APRIL], TODAY, CaseStatus.SENT, DUE, id="sent-waiting"),
    pytest.param([SENT_2_APRIL], DUE, CaseStatus.SENT, DUE, id="due-today-is-not-overdue"),
    pytest.param([SENT_2_APRIL], D(2026, 5, 9), CaseStatus.OVERDUE, DUE, id="LF-2.1-overdue-the-day-after"),
    pytest.param([SENT_2_APRIL, (K.ACKNOWLEDGED, D(2026, 4, 9))], TODAY, CaseStatus.ACKNOWLEDGED, DUE, id="ack"),
    pytest.param(
        [SENT_2_APRIL, (K.ACKNOWLEDGED, D(2026, 4, 6))],
        TODAY,
        CaseStatus.ACKNOWLEDGED,
        D(2026, 5, 6),
        id="a-reply-before-the-deemed-date-shows-it-arrived-earlier",
    ),
    pytest.param([SENT_2_APRIL, (K.DELIVERED, D(2026, 4, 7))], TODAY, CaseStatus.SENT, D(2026, 5, 7), id="delivered"),
    pytest.param(
        [(K.SENT, D(2026, 4, 2), {"post_method": FIRST, "delivered_on": D(2026, 4, 7)})],
        TODAY,
        CaseStatus.SENT,
        D(2026, 5, 7),
        id="delivered-on-recorded-with-the-letter",
    ),
    pytest.param([SENT_2_APRIL, (K.ID_REQUESTED, D(2026, 4, 10))], TODAY, CaseStatus.WAITING_FOR_ID, None, id="id"),
    pytest.param(
        [SENT_2_APRIL, (K.ID_REQUESTED, D(2026, 4, 10)), (K.ID_PROVIDED, D(2026, 4, 15), {"post_method": EMAIL})],
        TODAY,
        CaseStatus.SENT,
        D(2026, 5, 15),
        id="LF-2.2-id-by-email-restarts-the-month",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ID_REQUESTED, D(2026, 4, 10)), (K.ID_PROVIDED, D(2026, 4, 15), {"post_method": FIRST})],
        TODAY,
        CaseStatus.SENT,
        D(2026, 5, 18),
        id="LF-2.2-id-by-post-deemed-17-april-due-sunday-so-monday",
    ),
    pytest.param(
        [
            SENT_2_APRIL,
            (K.ID_REQUESTED, D(2026, 4, 10)),
            (K.ID_PROVIDED, D(2026, 4, 15), {"post_method": FIRST, "delivered_on": D(2026, 4, 16)}),
        ],
        TODAY,
        CaseStatus.SENT,
        D(2026, 5, 18),
        id="LF-2.2-id-delivered-16-april-due-saturday-so-monday",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.CLARIFICATION_REQUESTED, D(2026, 4, 10))],
        TODAY,
        CaseStatus.WAITING_FOR_CLARIFICATION,
        None,
        id="clarification-asked",
    ),
    pytest.param(
        [
            SENT_2_APRIL,
            (K.CLARIFICATION_REQUESTED, D(2026, 4, 10)),
            (K.CLARIFICATION_PROVIDED, D(2026, 4, 13), {"post_method": EMAIL}),
        ],
        TODAY,
        CaseStatus.SENT,
        D(2026, 5, 12),
        id="s54-3C-four-days-paused",
    ),
    pytest.param(
        [
            SENT_2_APRIL,
            (K.ID_REQUESTED, D(2026, 4, 10)),
            (K.CLARIFICATION_REQUESTED, D(2026, 4, 10)),
            (K.CLARIFICATION_PROVIDED, D(2026, 4, 11), {"post_method": EMAIL}),
        ],
        TODAY,
        CaseStatus.WAITING_FOR_ID,
        None,
        id="id-still-outstanding-after-clarifying",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.EXTENSION_NOTIFIED, D(2026, 4, 20))], TODAY, CaseStatus.EXTENDED, D(2026, 7, 8), id="ext"
    ),
    pytest.param(
        [SENT_2_APRIL, (K.EXTENSION_NOTIFIED, D(2026, 4, 20))],
        D(2026, 7, 9),
        CaseStatus.OVERDUE,
        D(2026, 7, 8),
        id="extended-and-overdue",
    ),
    pytest.param([SENT_2_APRIL, (K.ANSWERED_FULL, D(2026, 5, 1))], D(2026, 6, 1), CaseStatus.ANSWERED, DUE, id="full"),
    pytest.param(
        [SENT_2_APRIL, (K.ID_REQUESTED, D(2026, 4, 10)), (K.ANSWERED_FULL, D(2026, 4, 14))],
        TODAY,
        CaseStatus.ANSWERED,
        DUE,
        id="answered-without-waiting-for-the-id",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ANSWERED_PART, D(2026, 5, 1))], D(2026, 5, 4), CaseStatus.PARTLY_ANSWERED, DUE, id="part"
    ),
    pytest.param([SENT_2_APRIL, (K.REFUSED, D(2026, 5, 1))], TODAY.replace(month=5), CaseStatus.REFUSED, DUE, id="no"),
    pytest.param(
        [SENT_2_APRIL, (K.REMINDER_SENT, D(2026, 5, 11))], D(2026, 5, 12), CaseStatus.OVERDUE, DUE, id="reminded"
    ),
    pytest.param(
        [SENT_2_APRIL, (K.COMPLAINT_SENT, D(2026, 5, 12), {"post_method": EMAIL})],
        D(2026, 5, 13),
        CaseStatus.COMPLAINED,
        DUE,
        id="complained",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.COMPLAINT_SENT, D(2026, 5, 12)), (K.ANSWERED_FULL, D(2026, 5, 20))],
        D(2026, 5, 21),
        CaseStatus.ANSWERED,
        DUE,
        id="answered-after-a-complaint",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ANSWERED_PART, D(2026, 5, 1)), (K.COMPLAINT_SENT, D(2026, 5, 12))],
        D(2026, 5, 21),
        CaseStatus.COMPLAINED,
        DUE,
        id="complained-after-a-part-answer",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 5, 20))], D(2026, 5, 21), CaseStatus.WITH_ICO, DUE, id="ico"
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 5, 20)), (K.ICO_REFERENCE_RECEIVED, D(2026, 5, 27))],
        D(2026, 6, 1),
        CaseStatus.WITH_ICO,
        DUE,
        id="ico-reference",
    ),
    pytest.param(
        [
            SENT_2_APRIL,
            (K.ICO_COMPLAINT_SENT, D(2026, 5, 20)),
            (K.ICO_OUTCOME_RECEIVED, D(2026, 9, 1)),
            (K.ICO_REVIEW_REQUESTED, D(2026, 9, 2)),
        ],
        D(2026, 9, 3),
        CaseStatus.WITH_ICO,
        DUE,
        id="ico-review",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ANSWERED_FULL, D(2026, 5, 1)), (K.CLOSED, D(2026, 5, 2))],
        D(2026, 6, 1),
        CaseStatus.CLOSED,
        DUE,
        id="closed",
    ),
    pytest.param(
        [(K.DRAFTED, D(2026, 4, 2)), SENT_2_APRIL], TODAY, CaseStatus.SENT, DUE, id="drafted-and-sent-same-day"
    ),
]


@pytest.mark.parametrize(("specs", "today", "status", "due"), LEGAL)
def test_status_of_legal_sequences(
    specs: list[tuple[Any, ...]], today: date, status: CaseStatus, due: date | None
) -> None:
    state = state_of(*specs, today=today)
    assert state.status is status
    assert (state.response.due if state.response else None) == due
    assert state.summary
    assert status.label


@pytest.mark.parametrize("kind", [K.OBJECTION_UPHELD, K.OBJECTION_REJECTED])
def test_objection_outcomes(kind: EventKind) -> None:
    state = state_of(SENT_2_APRIL, (kind, D(2026, 4, 15)), case=OBJECTION)
    assert state.status.value == kind.value
    assert state.outcome is not None
    assert state.outcome.kind is kind
    assert not state.overdue


def test_the_request_receipt_is_an_estimate_until_something_shows_when_it_arrived() -> None:
    assert state_of(SENT_2_APRIL).received.estimate is True  # type: ignore[union-attr]
    shown = state_of(SENT_2_APRIL, (K.ACKNOWLEDGED, D(2026, 4, 6))).received
    assert (shown.due, shown.estimate) == (D(2026, 4, 6), False)
    assert shown.explanation == "The DfE had it by Monday 6 April 2026, when it replied to you."


def test_an_unrecorded_post_method_assumes_the_slowest_post() -> None:
    received = state_of((K.SENT, D(2026, 4, 2))).received
    assert received.due == D(2026, 4, 10)  # fourth working day after 2 April, not counting Easter
    assert received.explanation.startswith(
        "You didn't record how you sent it, so this assumes second class post, the slowest. The DfE is treated"
    )


def test_a_part_answer_leaves_the_rest_overdue() -> None:
    state = state_of(SENT_2_APRIL, (K.ANSWERED_PART, D(2026, 5, 1)), today=D(2026, 5, 11))
    assert state.overdue
    assert state.summary == "The DfE answered in part on Friday 1 May 2026. The rest was due by Friday 8 May 2026."


SUMMARIES = [
    pytest.param([], "Not sent yet.", id="nothing"),
    pytest.param([(K.DRAFTED, D(2026, 3, 30))], "Drafted on Monday 30 March 2026. Not sent yet.", id="drafted"),
    pytest.param([SENT_2_APRIL], "Sent on Thursday 2 April 2026. The DfE must answer by Friday 8 May 2026.", id="sent"),
    pytest.param(
        [SENT_2_APRIL, (K.ACKNOWLEDGED, D(2026, 4, 9)), (K.REMINDER_SENT, D(2026, 4, 10))],
        "The DfE acknowledged your letter on Thursday 9 April 2026. It must answer by Friday 8 May 2026.",
        id="acknowledged",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.EXTENSION_NOTIFIED, D(2026, 4, 20))],
        "The DfE extended its deadline on Monday 20 April 2026. It must answer by Wednesday 8 July 2026.",
        id="extended",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ID_REQUESTED, D(2026, 4, 10))],
        "The DfE asked for proof of identity on Friday 10 April 2026. Its month starts again when your proof "
        "reaches it.",
        id="id",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.CLARIFICATION_REQUESTED, D(2026, 4, 10))],
        "The DfE asked you to clarify on Friday 10 April 2026. Its clock is paused until your answer reaches it.",
        id="clarification",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ANSWERED_FULL, D(2026, 4, 17))],
        "The DfE answered in full on Friday 17 April 2026.",
        id="full",
    ),
    pytest.param([SENT_2_APRIL, (K.REFUSED, D(2026, 4, 17))], "The DfE refused on Friday 17 April 2026.", id="refused"),
    pytest.param(
        [SENT_2_APRIL, (K.COMPLAINT_SENT, D(2026, 4, 17), {"post_method": EMAIL})],
        "You complained to the DfE on Friday 17 April 2026.",
        id="complaint-before-the-s164A-duty",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 4, 17))],
        "You complained to the ICO on Friday 17 April 2026.",
        id="ico-complaint",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 4, 17)), (K.ICO_REFERENCE_RECEIVED, D(2026, 4, 18))],
        "The ICO gave your complaint a reference on Saturday 18 April 2026.",
        id="ico-reference",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 4, 17)), (K.ICO_OUTCOME_RECEIVED, D(2026, 4, 18))],
        "The ICO told you its outcome on Saturday 18 April 2026.",
        id="ico-outcome",
    ),
    pytest.param(
        [
            SENT_2_APRIL,
            (K.ICO_COMPLAINT_SENT, D(2026, 4, 17)),
            (K.ICO_OUTCOME_RECEIVED, D(2026, 4, 18)),
            (K.ICO_REVIEW_REQUESTED, D(2026, 4, 19)),
        ],
        "You asked the ICO to review its outcome on Sunday 19 April 2026.",
        id="ico-review",
    ),
    pytest.param([SENT_2_APRIL, (K.CLOSED, D(2026, 4, 19))], "Closed on Sunday 19 April 2026.", id="closed"),
]


@pytest.mark.parametrize(("specs", "summary"), SUMMARIES)
def test_summaries(specs: list[tuple[Any, ...]], summary: str) -> None:
    assert state_of(*specs).summary == summary


def test_overdue_summary() -> None:
    state = state_of(SENT_2_APRIL, today=D(2026, 5, 9))
    assert state.summary == "The DfE's answer was due by Friday 8 May 2026 and hasn't arrived."


def test_a_complaint_after_19_june_2026_must_be_acknowledged() -> None:
    # DPA 2018 s.164A (law §2.1): received by email on Monday 20 July 2026; 30 days from 21 July is 19 August.
    specs = [SENT_2_APRIL, (K.COMPLAINT_SENT, D(2026, 7, 20), {"post_method": EMAIL})]
    state = state_of(*specs, today=D(2026, 7, 21))
    assert state.complaint is not None
    assert state.complaint.acknowledgement.due == D(2026, 8, 19)
    assert state.summary == (
        "You complained to the DfE on Monday 20 July 2026. It must acknowledge your complaint by Wednesday 19 August "
        "2026."
    )
    acknowledged = state_of(*specs, (K.ACKNOWLEDGED, D(2026, 7, 25)), today=D(2026, 7, 26))
    assert acknowledged.complaint is not None
    assert acknowledged.complaint.replied == D(2026, 7, 25)
    assert "must acknowledge" not in acknowledged.summary


def test_last_contact_counts_letters_both_ways_but_not_the_ico() -> None:
    state = state_of(
        SENT_2_APRIL,
        (K.ACKNOWLEDGED, D(2026, 4, 9)),
        (K.REMINDER_SENT, D(2026, 5, 11)),
        (K.ICO_COMPLAINT_SENT, D(2026, 5, 20)),
        today=D(2026, 5, 21),
    )
    assert state.last_contact == D(2026, 5, 11)
    assert state.sent == D(2026, 4, 2)
    assert state.ico_complaint == D(2026, 5, 20)
    assert state_of().last_contact is None


def test_events_in_any_order_give_the_same_state() -> None:
    specs = [
        (K.DRAFTED, D(2026, 4, 2)),
        SENT_2_APRIL,
        (K.DELIVERED, D(2026, 4, 7)),
        (K.ACKNOWLEDGED, D(2026, 4, 7)),
        (K.CLARIFICATION_REQUESTED, D(2026, 4, 9)),
        (K.CLARIFICATION_PROVIDED, D(2026, 4, 9), {"post_method": EMAIL}),
        (K.ID_REQUESTED, D(2026, 4, 14)),
        (K.ID_PROVIDED, D(2026, 4, 14), {"post_method": EMAIL}),
    ]
    expected = case_state(SAR, events(*specs), TODAY)
    assert expected.response is not None
    assert expected.response.due == D(2026, 5, 14)
    for seed in range(20):
        shuffled = events(*specs)
        random.Random(seed).shuffle(shuffled)
        assert case_state(SAR, shuffled, TODAY) == expected


def test_events_from_another_case_are_a_programming_error() -> None:
    stray = events(SENT_2_APRIL)[0]
    with pytest.raises(ValueError, match="belongs to case"):
        case_state(dataclasses.replace(SAR, id="case-other"), [stray], TODAY)


# --- Illegal sequences -----------------------------------------------------------------------------------------

EVERY_KIND_AFTER_SENDING = [kind for kind in EventKind if kind not in (K.DRAFTED, K.SENT)]

# What each kind needs before it, so it can be placed legally after sending.
NEEDS = {
    K.ID_PROVIDED: [(K.ID_REQUESTED, D(2026, 4, 9))],
    K.CLARIFICATION_PROVIDED: [(K.CLARIFICATION_REQUESTED, D(2026, 4, 9))],
    K.ICO_REFERENCE_RECEIVED: [(K.ICO_COMPLAINT_SENT, D(2026, 4, 9))],
    K.ICO_OUTCOME_RECEIVED: [(K.ICO_COMPLAINT_SENT, D(2026, 4, 9))],
    K.ICO_REVIEW_REQUESTED: [(K.ICO_COMPLAINT_SENT, D(2026, 4, 9)), (K.ICO_OUTCOME_RECEIVED, D(2026, 4, 10))],
}


def _case_for(kind: EventKind) -> Any:
    return OBJECTION if kind in (K.OBJECTION_UPHELD, K.OBJECTION_REJECTED) else SAR


@pytest.mark.parametrize("kind", EVERY_KIND_AFTER_SENDING, ids=lambda kind: kind.value)
def test_every_kind_is_accepted_in_its_place(kind: EventKind) -> None:
    state_of(SENT_2_APRIL, *NEEDS.get(kind, []), (kind, D(2026, 4, 15)), case=_case_for(kind))


@pytest.mark.parametrize("kind", EVERY_KIND_AFTER_SENDING, ids=lambda kind: kind.value)
def test_nothing_but_a_draft_comes_before_sending(kind: EventKind) -> None:
    with pytest.raises(ImpossibleSequence) as caught:
        state_of((kind, D(2026, 4, 1)), SENT_2_APRIL, case=_case_for(kind))
    assert (
        caught.value.message
        == f"{event_noun(kind)} can't come before the letter was sent. Record when you sent it first."
    )
    assert caught.value.event.kind is kind


def test_the_issue_example_reads_plainly() -> None:
    with pytest.raises(ImpossibleSequence, match=r"^An answer can't come before the letter was sent\."):
        state_of((K.ANSWERED_FULL, D(2026, 4, 1)), SENT_2_APRIL)


# A second "sent" or "closed" is refused as a repeat (test_once_only_events).
@pytest.mark.parametrize("kind", [k for k in EventKind if k not in (K.SENT, K.CLOSED)], ids=lambda kind: kind.value)
def test_nothing_happens_after_closing(kind: EventKind) -> None:
    with pytest.raises(ImpossibleSequence, match="after the case was closed on Friday 10 April 2026"):
        state_of(
            SENT_2_APRIL, (K.CLOSED, D(2026, 4, 10)), *NEEDS.get(kind, []), (kind, D(2026, 4, 15)), case=_case_for(kind)
        )


@pytest.mark.parametrize("kind", list(EventKind), ids=lambda kind: kind.value)
def test_nothing_is_dated_after_today(kind: EventKind) -> None:
    with pytest.raises(ImpossibleSequence, match="is dated after today"):
        state_of(SENT_2_APRIL, *NEEDS.get(kind, []), (kind, D(2026, 4, 21)), case=_case_for(kind))


@pytest.mark.parametrize("kind", [K.DRAFTED, K.SENT, K.DELIVERED, K.EXTENSION_NOTIFIED, K.CLOSED])
def test_once_only_events(kind: EventKind) -> None:
    twice = [(kind, D(2026, 3, 30)), (kind, D(2026, 3, 31))] if kind is K.DRAFTED else [(kind, D(2026, 4, 12))]
    first = SENT_2_APRIL if kind in (K.SENT, K.DRAFTED) else (kind, D(2026, 4, 9))
    with pytest.raises(ImpossibleSequence, match="can only be recorded once"):
        state_of(SENT_2_APRIL, first, *twice)


ILLEGAL = [
    pytest.param(
        [SENT_2_APRIL, (K.DRAFTED, D(2026, 4, 3))],
        "The letter can't be drafted on Friday 3 April 2026, after it was sent on Thursday 2 April 2026.",
        id="drafted-after-sending",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ID_PROVIDED, D(2026, 4, 10))],
        "You sent proof of identity on Friday 10 April 2026, but the DfE hadn't asked for it. Record its request.",
        id="id-nobody-asked-for",
    ),
    pytest.param(
        [
            SENT_2_APRIL,
            (K.ID_REQUESTED, D(2026, 4, 9)),
            (K.ID_PROVIDED, D(2026, 4, 10)),
            (K.ID_PROVIDED, D(2026, 4, 11)),
        ],
        "You sent proof of identity on Saturday 11 April 2026, but the DfE hadn't asked for it. Record its request.",
        id="id-sent-twice-for-one-request",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.CLARIFICATION_PROVIDED, D(2026, 4, 10))],
        "You sent clarification on Friday 10 April 2026, but the DfE hadn't asked for it. Record its request.",
        id="clarification-nobody-asked-for",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_REFERENCE_RECEIVED, D(2026, 4, 10))],
        "An ICO reference can't come before you complained to the ICO.",
        id="ico-reference-without-a-complaint",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_OUTCOME_RECEIVED, D(2026, 4, 10))],
        "The ICO's outcome can't come before you complained to the ICO.",
        id="ico-outcome-without-a-complaint",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ICO_COMPLAINT_SENT, D(2026, 4, 10)), (K.ICO_REVIEW_REQUESTED, D(2026, 4, 11))],
        "You can only ask the ICO to review its outcome once it has given one.",
        id="ico-review-before-an-outcome",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.OBJECTION_UPHELD, D(2026, 4, 10))],
        "Upholding the objection only happens in an objection, and this case isn't one.",
        id="objection-outcome-in-a-sar",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ACKNOWLEDGED, D(2026, 4, 6)), (K.DELIVERED, D(2026, 4, 7))],
        "The letter can't be delivered on Tuesday 7 April 2026: the DfE had already replied on Monday 6 April 2026.",
        id="delivered-after-a-reply",
    ),
    pytest.param(
        [(K.SENT, D(2026, 4, 2), {"delivered_on": D(2026, 4, 7)}), (K.DELIVERED, D(2026, 4, 8))],
        "The letter can't be delivered on Wednesday 8 April 2026: you recorded it arriving on Tuesday 7 April 2026.",
        id="two-delivery-dates",
    ),
    pytest.param(
        [(K.SENT, D(2026, 4, 2), {"delivered_on": D(2026, 4, 7)}), (K.ACKNOWLEDGED, D(2026, 4, 6))],
        "An acknowledgement on Monday 6 April 2026 can't come before your letter reached the DfE on Tuesday 7 April "
        "2026.",
        id="reply-before-recorded-delivery",
    ),
    pytest.param(
        [(K.SENT, D(2026, 4, 2), {"delivered_on": D(2026, 4, 1)})],
        "Sending the letter can't arrive on Wednesday 1 April 2026, before it was sent on Thursday 2 April 2026.",
        id="arrived-before-sent",
    ),
    pytest.param(
        [(K.SENT, D(2026, 4, 2), {"delivered_on": D(2026, 4, 21)})],
        "Sending the letter is dated after today (Thursday 2 April 2026). Only record things that have happened.",
        id="arrives-after-today",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.ANSWERED_FULL, D(2026, 4, 10)), (K.EXTENSION_NOTIFIED, D(2026, 4, 11))],
        "An extension can't come after the DfE had already given its final answer.",
        id="extension-after-answering",
    ),
    pytest.param(
        [SENT_2_APRIL, (K.REFUSED, D(2026, 4, 10)), (K.ID_REQUESTED, D(2026, 4, 11))],
        "A request for proof of identity can't come after the DfE had already given its final answer.",
        id="id-request-after-refusing",
    ),
]


@pytest.mark.parametrize(("specs", "message"), ILLEGAL)
def test_impossible_sequences_are_refused_with_a_plain_reason(specs: list[tuple[Any, ...]], message: str) -> None:
    with pytest.raises(ImpossibleSequence) as caught:
        state_of(*specs)
    assert caught.value.message == message
    assert str(caught.value) == message


@given(st.permutations(range(6)), st.lists(st.integers(0, 5), min_size=6, max_size=6))
def test_any_order_of_dates_is_either_accepted_or_refused_plainly(order: list[int], offsets: list[int]) -> None:
    """Six events on shuffled days never crash the status: they give a state or a plain refusal."""
    kinds = [K.SENT, K.ACKNOWLEDGED, K.ID_REQUESTED, K.ID_PROVIDED, K.ANSWERED_PART, K.COMPLAINT_SENT]
    specs = [(kinds[i], D(2026, 4, 2 + offsets[i] + position)) for position, i in enumerate(order)]
    try:
        outcome: Any = state_of(*specs)
    except ImpossibleSequence as refusal:
        outcome = refusal.message
    if isinstance(outcome, str):
        assert outcome.endswith(".")
    else:
        assert outcome.status in (CaseStatus.PARTLY_ANSWERED, CaseStatus.COMPLAINED)


def test_the_received_date_comes_from_the_events() -> None:
    state = state_of(SENT_2_APRIL, (K.REMINDER_SENT, D(2026, 4, 10)))
    assert state.received is not None
    assert state.received.due == RECEIVED
    assert state.latest(K.REMINDER_SENT) == state.events[-1]
    assert state.latest(K.CLOSED) is None


def test_the_new_event_kinds_and_delivery_date_survive_the_codec() -> None:
    from npdrights.core.codec import from_json, to_json
    from npdrights.core.model import CaseEvent

    for kind, delivered in ((K.ICO_OUTCOME_RECEIVED, None), (K.ICO_REVIEW_REQUESTED, D(2026, 4, 3))):
        event = CaseEvent(id="e", case_id="c", kind=kind, on=D(2026, 4, 2), post_method=EMAIL, delivered_on=delivered)
        assert from_json(CaseEvent, to_json(event)) == event
