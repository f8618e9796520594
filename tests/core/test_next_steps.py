"""What the user can do next: the full journey of a late subject access request, then each other situation.

Sources (law = docs/law.md): §1.3 the month and when an answer is late; §2.2 the ICO expects a
complaint to the organisation first, 30 days for a reply, and a complaint within three months of the last
contact; §2.4 compelling legitimate grounds; §2.6 rectification; ICO case reviews within three months of its
outcome (ico.org.uk, "Complain about us").
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from npdrights.core.model import CaseKind
from npdrights.core.next_steps import (
    Action,
    ActionKind,
    next_steps,
    organisation_had_its_chance,
    recommend,
    steps_for,
)
from npdrights.core.status import case_state
from tests.core.case_builders import DUE, EMAIL, FIRST, D, K, events, make_case

A = ActionKind
SAR = make_case()

# The journey: drafted on Monday 30 March 2026; posted first class on Thursday 2 April (deemed received Wednesday
# 8 April, after Easter); answer due Friday 8 May; nothing arrives; a reminder, a complaint, then the ICO.
JOURNEY: list[tuple[Any, ...]] = [
    (K.DRAFTED, D(2026, 3, 30)),
    (K.SENT, D(2026, 4, 2), {"post_method": FIRST}),
    (K.REMINDER_SENT, D(2026, 5, 11), {"post_method": EMAIL}),
    (K.COMPLAINT_SENT, D(2026, 5, 26), {"post_method": EMAIL}),
    (K.ICO_COMPLAINT_SENT, D(2026, 6, 29)),
    (K.ICO_REFERENCE_RECEIVED, D(2026, 7, 6)),
    (K.ICO_OUTCOME_RECEIVED, D(2026, 11, 2)),
    (K.ICO_REVIEW_REQUESTED, D(2026, 11, 10)),
    (K.CLOSED, D(2026, 12, 1)),
]

# (events so far, today, [(action, opens, expires, open today)])
JOURNEY_STEPS = [
    pytest.param(1, D(2026, 4, 1), [(A.SEND_OR_MARK_SENT, D(2026, 4, 6), None, False)], id="drafted"),
    pytest.param(1, D(2026, 4, 6), [(A.SEND_OR_MARK_SENT, D(2026, 4, 6), None, True)], id="unsent-for-7-days"),
    pytest.param(
        2,
        D(2026, 4, 10),
        [
            (A.REMINDER, D(2026, 5, 9), None, False),
            (A.COMPLAIN_TO_ORGANISATION, D(2026, 5, 9), None, False),
            # law §2.2: three months after the last contact, the letter of 2 April.
            (A.COMPLAIN_TO_ICO, D(2026, 5, 9), D(2026, 7, 2), False),
        ],
        id="sent-waiting",
    ),
    pytest.param(
        2,
        DUE,
        [
            (A.REMINDER, D(2026, 5, 9), None, False),
            (A.COMPLAIN_TO_ORGANISATION, D(2026, 5, 9), None, False),
            (A.COMPLAIN_TO_ICO, D(2026, 5, 9), D(2026, 7, 2), False),
        ],
        id="LF-2.1-due-today-nothing-open-yet",
    ),
    pytest.param(
        2,
        D(2026, 5, 9),
        [
            (A.REMINDER, D(2026, 5, 9), None, True),
            (A.COMPLAIN_TO_ORGANISATION, D(2026, 5, 9), None, True),
            (A.COMPLAIN_TO_ICO, D(2026, 5, 9), D(2026, 7, 2), True),
        ],
        id="LF-2.1-late-the-day-after",
    ),
    pytest.param(
        3,
        D(2026, 5, 12),
        # law §2.2: the reminder of Monday 11 May asked for a reply within ten working days, by Tuesday 26 May
        # (Monday 25 May is a bank holiday), so the complaint to the DfE waits until Wednesday 27 May.
        [
            (A.COMPLAIN_TO_ICO, D(2026, 5, 9), D(2026, 8, 11), True),
            (A.COMPLAIN_TO_ORGANISATION, D(2026, 5, 27), None, False),
        ],
        id="law-2.2-reminded-complaint-waits-for-the-reply-by-date",
    ),
    # law §2.2: complained to the DfE on Tuesday 26 May (email): the ICO once 30 days from the day after have passed
    # with no reply, from Friday 26 June 2026.
    pytest.param(4, D(2026, 5, 27), [(A.COMPLAIN_TO_ICO, D(2026, 6, 26), D(2026, 8, 26), False)], id="complained"),
    pytest.param(5, D(2026, 6, 30), [], id="with-the-ico"),
    pytest.param(6, D(2026, 7, 7), [], id="ico-reference"),
    pytest.param(
        7,
        D(2026, 11, 3),
        [(A.ICO_REVIEW, D(2026, 11, 2), D(2027, 2, 2), True), (A.CLOSE, D(2026, 11, 2), None, True)],
        id="ico-outcome-review-within-three-months",
    ),
    pytest.param(8, D(2026, 11, 11), [(A.CLOSE, D(2026, 11, 2), None, True)], id="review-asked-for"),
    pytest.param(9, D(2026, 12, 1), [], id="closed"),
]


def summary(actions: tuple[Action, ...], today: date) -> list[tuple[ActionKind, date, date | None, bool]]:
    return [(action.kind, action.opens, action.expires, action.is_open(today)) for action in actions]


@pytest.mark.parametrize(("count", "today", "expected"), JOURNEY_STEPS)
def test_the_journey_of_a_late_subject_access_request(count: int, today: date, expected: list[Any]) -> None:
    actions = next_steps(SAR, events(*JOURNEY[:count]), today, body="the DfE")
    assert summary(actions, today) == expected
    assert all(action.reason for action in actions)


def test_the_late_answer_reasons_name_the_body_and_the_date() -> None:
    actions = {a.kind: a for a in next_steps(SAR, events(*JOURNEY[:2]), D(2026, 5, 9), body="the DfE")}
    assert actions[A.REMINDER].reason == (
        "The DfE's answer was due on Friday 8 May 2026 and hasn't arrived. Send a reminder first: it gives the DfE a "
        "last chance, with a date to reply by."
    )
    assert actions[A.COMPLAIN_TO_ORGANISATION].reason == (
        "The DfE's answer was due on Friday 8 May 2026 and hasn't arrived. You can also complain to the DfE. Under "
        "section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then "
        "tell you the outcome."
    )
    assert actions[A.COMPLAIN_TO_ICO].reason == (
        "The DfE's answer was due on Friday 8 May 2026. If it still hasn't arrived, you can complain to the ICO. It "
        "expects complaints within three months of your last contact with the DfE, so by Thursday 2 July 2026. It "
        "normally expects you to complain to the DfE first."  # law §2.2
    )


def test_before_the_deadline_the_reasons_look_ahead() -> None:
    actions = {a.kind: a for a in next_steps(SAR, events(*JOURNEY[:2]), D(2026, 4, 10), body="the DfE")}
    assert actions[A.REMINDER].reason == (
        "The DfE's answer is due by Friday 8 May 2026. If it hasn't arrived by then, from Saturday 9 May 2026 you "
        "can send a reminder."
    )
    assert actions[A.COMPLAIN_TO_ICO].reason.startswith(
        "The DfE's answer is due by Friday 8 May 2026. If it hasn't arrived by then, you can complain to the ICO."
    )


@pytest.mark.parametrize(
    ("today", "says"),
    [
        (D(2026, 5, 12), "If none comes, from Wednesday 27 May 2026 you can complain to the DfE."),
        (D(2026, 5, 27), "It hasn't replied, so you can now complain to the DfE."),
    ],
)
def test_after_a_reminder_the_complaint_waits_for_its_reply_by_date(today: date, says: str) -> None:
    (_ico, complaint) = next_steps(SAR, events(*JOURNEY[:3]), today, body="the DfE")
    assert complaint.kind is A.COMPLAIN_TO_ORGANISATION
    assert "Your reminder of Monday 11 May 2026 asked for a reply by Tuesday 26 May 2026." in complaint.reason
    assert says in complaint.reason


def test_once_the_ico_window_has_passed_it_says_a_late_complaint_may_still_be_looked_at() -> None:
    (_reminder, _complaint, ico) = next_steps(SAR, events(*JOURNEY[:2]), D(2026, 7, 3))
    assert not ico.is_open(D(2026, 7, 3))
    assert "That date has passed, but the ICO can still look at a late complaint if you explain why." in ico.reason


def test_a_draft_without_a_drafted_event_counts_from_the_case_creation() -> None:
    (nudge,) = next_steps(SAR, [], D(2026, 4, 6))
    assert (nudge.kind, nudge.opens) == (A.SEND_OR_MARK_SENT, D(2026, 4, 6))
    assert nudge.reason.startswith("You drafted this letter on Monday 30 March 2026 but haven't marked it as sent.")


SENT = (K.SENT, D(2026, 4, 2), {"post_method": FIRST})


@pytest.mark.parametrize(
    ("asked", "reason"),
    [
        pytest.param(
            K.ID_REQUESTED,
            "The DfE asked for proof of identity on Friday 10 April 2026. Its month to answer starts again when your "
            "proof reaches it, so send it soon.",
            id="LF-2.2-id",
        ),
        pytest.param(
            K.CLARIFICATION_REQUESTED,
            "The DfE asked you to clarify your request on Friday 10 April 2026. Its clock is paused until your answer "
            "reaches it, so reply soon.",
            id="LF-2.2-clarification",
        ),
    ],
)
def test_a_question_from_the_organisation_needs_a_reply(asked: Any, reason: str) -> None:
    (reply,) = next_steps(SAR, events(SENT, (asked, D(2026, 4, 10))), D(2026, 4, 11), body="the DfE")
    assert (reply.kind, reply.opens, reply.expires, reply.reason) == (A.REPLY, D(2026, 4, 10), None, reason)


OUTCOMES = [
    # (case kind, outcome, answered on, today, expected kinds)
    pytest.param(
        CaseKind.SAR_DFE, K.ANSWERED_FULL, D(2026, 5, 1), [A.RECTIFICATION, A.CLOSE], id="LF-2.6-full-answer-on-time"
    ),
    pytest.param(
        CaseKind.SAR_DFE,
        K.ANSWERED_FULL,
        D(2026, 5, 20),
        [A.COMPLAIN_TO_ICO, A.RECTIFICATION, A.COMPLAIN_TO_ORGANISATION, A.CLOSE],
        id="LF-2.8-full-answer-late",
    ),
    pytest.param(
        CaseKind.SAR_DFE,
        K.ANSWERED_PART,
        D(2026, 5, 1),
        [A.RECTIFICATION, A.COMPLAIN_TO_ORGANISATION, A.CLOSE],
        id="LF-2.8-part-answer-complain-first",
    ),
    pytest.param(
        CaseKind.SAR_DFE, K.REFUSED, D(2026, 5, 1), [A.COMPLAIN_TO_ORGANISATION, A.CLOSE], id="LF-2.8-sar-refused"
    ),
    pytest.param(
        CaseKind.OBJECTION_DFE,
        K.OBJECTION_REJECTED,
        D(2026, 5, 1),
        [A.OBJECTION_FOLLOW_UP, A.COMPLAIN_TO_ORGANISATION, A.CLOSE],
        id="LF-2.4-objection-rejected",
    ),
    pytest.param(
        CaseKind.OBJECTION_DFE,
        K.REFUSED,
        D(2026, 5, 1),
        [A.OBJECTION_FOLLOW_UP, A.COMPLAIN_TO_ORGANISATION, A.CLOSE],
        id="LF-2.4-objection-refused",
    ),
    pytest.param(CaseKind.OBJECTION_DFE, K.OBJECTION_UPHELD, D(2026, 5, 1), [A.CLOSE], id="objection-upheld"),
    pytest.param(CaseKind.RECTIFICATION, K.ANSWERED_FULL, D(2026, 5, 1), [A.CLOSE], id="rectification-done"),
]


@pytest.mark.parametrize(("case_kind", "outcome", "on", "expected"), OUTCOMES)
def test_actions_after_an_outcome(case_kind: CaseKind, outcome: Any, on: date, expected: list[ActionKind]) -> None:
    case = make_case(case_kind)
    actions = next_steps(case, events(SENT, (outcome, on)), D(2026, 6, 1), body="the DfE")
    assert [action.kind for action in actions] == expected
    assert all(action.is_open(D(2026, 6, 1)) for action in actions)


def test_reasons_after_outcomes() -> None:
    def reasons(case_kind: CaseKind, outcome: Any, on: date) -> dict[ActionKind, str]:
        actions = next_steps(make_case(case_kind), events(SENT, (outcome, on)), D(2026, 6, 1), body="the DfE")
        return {action.kind: action.reason for action in actions}

    full = reasons(CaseKind.SAR_DFE, K.ANSWERED_FULL, D(2026, 5, 1))
    assert full[A.RECTIFICATION] == (
        "The DfE answered in full on Friday 1 May 2026. If anything in what it sent is wrong or incomplete, you can "
        "ask it to correct it."
    )
    assert full[A.CLOSE] == "The DfE answered in full on Friday 1 May 2026. If you're content, you can close the case."
    late = reasons(CaseKind.SAR_DFE, K.ANSWERED_FULL, D(2026, 5, 20))
    assert "That was after its deadline of Friday 8 May 2026, so you can complain" in late[A.COMPLAIN_TO_ORGANISATION]
    assert late[A.COMPLAIN_TO_ICO].startswith(
        "The DfE answered on Wednesday 20 May 2026, after its deadline of Friday 8 May 2026. If you want to complain "
        "about the delay, you can complain to the ICO."
    )
    part = reasons(CaseKind.SAR_DFE, K.ANSWERED_PART, D(2026, 5, 1))
    assert part[A.COMPLAIN_TO_ORGANISATION].endswith("about what is missing or wrong.")
    assert part[A.CLOSE].endswith("If you don't want to take it further, you can close the case.")
    rejected = reasons(CaseKind.OBJECTION_DFE, K.OBJECTION_REJECTED, D(2026, 5, 1))
    assert rejected[A.OBJECTION_FOLLOW_UP] == (
        "The DfE rejected your objection on Friday 1 May 2026. You can ask it to set out the compelling legitimate "
        "grounds it relies on: the law says it must stop unless it can show them."
    )


def test_after_complaining_about_a_part_answer_the_ico_opens_after_30_days_of_silence() -> None:
    # Complaint emailed on Monday 20 July 2026: 30 days from 21 July end on Wednesday 19 August (s.164A), so the ICO
    # makes sense from Thursday 20 August; it expects the complaint by 20 October, three months after it (law §2.2).
    specs = [SENT, (K.ANSWERED_PART, D(2026, 5, 1)), (K.COMPLAINT_SENT, D(2026, 7, 20), {"post_method": EMAIL})]
    actions = next_steps(SAR, events(*specs), D(2026, 7, 21), body="the DfE")
    assert summary(actions, D(2026, 7, 21)) == [
        (A.RECTIFICATION, D(2026, 5, 1), None, True),
        (A.CLOSE, D(2026, 5, 1), None, True),
        (A.COMPLAIN_TO_ICO, D(2026, 8, 20), D(2026, 10, 20), False),
    ]
    assert actions[-1].reason.startswith(
        "You complained to the DfE on Monday 20 July 2026. If it hasn't replied within 30 days (by Wednesday 19 "
        "August 2026), you can complain to the ICO."
    )


def test_after_the_organisation_replies_to_a_complaint_the_ico_opens_at_once() -> None:
    specs = [
        SENT,
        (K.ANSWERED_PART, D(2026, 5, 1)),
        (K.COMPLAINT_SENT, D(2026, 7, 20), {"post_method": EMAIL}),
        (K.ACKNOWLEDGED, D(2026, 7, 24)),
    ]
    ico = next_steps(SAR, events(*specs), D(2026, 7, 25), body="the DfE")[-1]
    assert (ico.kind, ico.opens, ico.expires) == (A.COMPLAIN_TO_ICO, D(2026, 7, 24), D(2026, 10, 24))
    assert ico.reason.startswith(
        "The DfE replied on Friday 24 July 2026 to your complaint of Monday 20 July 2026. If you're not satisfied, "
        "you can complain to the ICO."
    )


def test_a_new_answer_after_a_complaint_offers_a_new_complaint() -> None:
    specs = [SENT, (K.COMPLAINT_SENT, D(2026, 5, 12)), (K.ANSWERED_PART, D(2026, 5, 20))]
    kinds = [action.kind for action in next_steps(SAR, events(*specs), D(2026, 5, 21))]
    assert A.COMPLAIN_TO_ORGANISATION in kinds
    specs_after = [SENT, (K.ANSWERED_PART, D(2026, 5, 1)), (K.COMPLAINT_SENT, D(2026, 5, 12))]
    assert A.COMPLAIN_TO_ORGANISATION not in [a.kind for a in next_steps(SAR, events(*specs_after), D(2026, 5, 21))]


def test_an_ico_outcome_without_a_review_offers_one_until_three_months_pass() -> None:
    specs = [SENT, (K.ICO_COMPLAINT_SENT, D(2026, 5, 20)), (K.ICO_OUTCOME_RECEIVED, D(2026, 11, 30))]
    review = next_steps(SAR, events(*specs), D(2027, 3, 1))[0]
    assert (review.kind, review.expires) == (A.ICO_REVIEW, D(2027, 2, 28))
    assert not review.is_open(D(2027, 3, 1))
    assert review.is_open(D(2027, 2, 28))


def test_steps_for_an_existing_state_match_next_steps() -> None:
    the_events = events(*JOURNEY[:3])
    state = case_state(SAR, the_events, D(2026, 5, 12))
    assert steps_for(SAR, state) == next_steps(SAR, the_events, D(2026, 5, 12))


def test_every_action_kind_has_a_title() -> None:
    assert all(kind.title for kind in ActionKind)
    assert dataclasses.is_dataclass(Action)


# law §2.2: one recommended step at a time, in the order the ICO expects: a reminder; once the reminder's reply-by
# date has passed, a complaint to the organisation; the ICO only once the organisation has had its chance (it
# replied to the complaint, 30 days passed without a reply, or it refused). The rest are "also possible".
RECOMMENDED = [
    pytest.param(
        2, D(2026, 4, 10), A.REMINDER, [A.REMINDER, A.COMPLAIN_TO_ORGANISATION, A.COMPLAIN_TO_ICO], id="before-due"
    ),
    pytest.param(2, D(2026, 5, 9), A.REMINDER, [A.COMPLAIN_TO_ORGANISATION, A.COMPLAIN_TO_ICO], id="late"),
    # Reminded on 11 May, reply by Tuesday 26 May: nothing is recommended before then but the complaint, from 27 May.
    pytest.param(3, D(2026, 5, 12), A.COMPLAIN_TO_ORGANISATION, [A.COMPLAIN_TO_ICO], id="reminded"),
    pytest.param(3, D(2026, 5, 27), A.COMPLAIN_TO_ORGANISATION, [A.COMPLAIN_TO_ICO], id="reminder-unanswered"),
    # Complained on Tuesday 26 May by email: 30 days from the day after, Thursday 25 June; the ICO from 26 June.
    pytest.param(4, D(2026, 6, 1), A.COMPLAIN_TO_ICO, [], id="complained-waiting"),
    pytest.param(4, D(2026, 6, 26), A.COMPLAIN_TO_ICO, [], id="complaint-ignored"),
]


@pytest.mark.parametrize(("count", "today", "recommended", "others"), RECOMMENDED)
def test_one_step_is_recommended_at_a_time(
    count: int, today: date, recommended: ActionKind, others: list[ActionKind]
) -> None:
    history = events(*JOURNEY[:count])
    state = case_state(SAR, history, today, body="the DfE")
    step = recommend(steps_for(SAR, state, body="the DfE"), state)
    assert step.recommended is not None
    assert step.recommended.kind is recommended
    assert [action.kind for action in step.also] == [kind for kind in others if kind is not recommended]


def test_the_ico_is_recommended_only_once_the_organisation_has_had_its_chance() -> None:
    # Late and reminded, the ICO is open (the ICO accepts complaints at any time) but only "also possible".
    history = events(*JOURNEY[:3])
    state = case_state(SAR, history, D(2026, 5, 12), body="the DfE")
    assert not organisation_had_its_chance(state)
    step = recommend(steps_for(SAR, state, body="the DfE"), state)
    ico = next(action for action in step.also if action.kind is A.COMPLAIN_TO_ICO)
    assert ico.is_open(D(2026, 5, 12))
    # Complained on 26 May: not before the 30 days are up (25 June) unless it replies.
    complained = case_state(SAR, events(*JOURNEY[:4]), D(2026, 6, 1), body="the DfE")
    assert not organisation_had_its_chance(complained)
    step = recommend(steps_for(SAR, complained, body="the DfE"), complained)
    assert step.recommended is not None
    assert step.recommended.opens == D(2026, 6, 26)  # the next to open, with its date
    replied = case_state(SAR, events(*JOURNEY[:4], (K.ACKNOWLEDGED, D(2026, 6, 2))), D(2026, 6, 3), body="the DfE")
    assert organisation_had_its_chance(replied)


def test_a_refusal_gives_the_organisation_its_chance() -> None:
    history = events(*JOURNEY[:2], (K.REFUSED, D(2026, 4, 20)))
    state = case_state(SAR, history, D(2026, 4, 21), body="the DfE")
    assert organisation_had_its_chance(state)
    step = recommend(steps_for(SAR, state, body="the DfE"), state)
    assert step.recommended is not None
    assert step.recommended.kind is A.COMPLAIN_TO_ORGANISATION  # still first in the ICO's order


def test_without_a_state_nothing_is_recommended() -> None:
    step = recommend((), None)
    assert (step.recommended, step.also) == (None, ())
