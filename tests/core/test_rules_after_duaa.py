"""The rules the Data (Use and Access) Act 2025 changed, as tables of dates (law = docs/law.md).

- law §1.5: a clarification pauses the clock for an access request (Article 15) only; for an objection,
  rectification, erasure or restriction it does not move the date.
- law §1.5: a request for proof of identity made after the month ran out restarts the month, and is a point the
  user can raise.
- law §1.4: "the extension does not apply" only when the day of receipt is recorded or the margin is clear.
"""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.core.deadlines import DeadlineInputError, extension_clearly_late, response_due
from npdrights.core.model import CaseKind
from npdrights.core.next_steps import ActionKind, next_steps
from npdrights.core.status import CaseStatus, case_state
from tests.core.case_builders import EMAIL, K, events, make_case

D = date

# The legal update's example (law §1.5): an objection received Monday 2 March 2026, clarification asked on
# Tuesday 10 March and given on Friday 20 March. Not an access request, so still due Thursday 2 April 2026; an
# access request with the same dates pauses for 11 days (10 to 20 March, both included): Monday 13 April 2026.
RECEIVED = D(2026, 3, 2)
ASKED, ANSWERED = D(2026, 3, 10), D(2026, 3, 20)


@pytest.mark.parametrize(
    ("access", "due"),
    [
        pytest.param(True, D(2026, 4, 13), id="access-request-pauses"),
        pytest.param(False, D(2026, 4, 2), id="objection-does-not-pause"),
    ],
)
def test_only_an_access_request_pauses_for_clarification(access: bool, due: date) -> None:
    deadline = response_due(RECEIVED, clarification=[(ASKED, ANSWERED)], access=access)
    assert deadline.due == due
    if not access:
        assert "the law pauses the clock only for access requests" in deadline.explanation
        assert "waited for your clarification" not in deadline.explanation


@pytest.mark.parametrize(
    ("kind", "status", "due"),
    [
        (CaseKind.SAR_DFE, CaseStatus.WAITING_FOR_CLARIFICATION, None),
        (CaseKind.OBJECTION_DFE, CaseStatus.SENT, D(2026, 4, 2)),
        (CaseKind.RECTIFICATION, CaseStatus.SENT, D(2026, 4, 2)),
        (CaseKind.ERASURE, CaseStatus.SENT, D(2026, 4, 2)),
        (CaseKind.RESTRICTION, CaseStatus.SENT, D(2026, 4, 2)),
    ],
)
def test_a_question_outstanding_stops_the_clock_for_access_requests_only(
    kind: CaseKind, status: CaseStatus, due: date | None
) -> None:
    # Emailed on 2 March (received that day); asked to clarify on 10 March and not yet answered on 25 March.
    case = make_case(kind)
    history = events((K.SENT, RECEIVED, {"post_method": EMAIL}), (K.CLARIFICATION_REQUESTED, ASKED))
    state = case_state(case, history, D(2026, 3, 25))
    assert state.status is status
    assert (state.response.due if state.response else None) == due
    replies = [action for action in next_steps(case, history, D(2026, 3, 25)) if action.kind is ActionKind.REPLY]
    assert len(replies) == 1
    if kind is not CaseKind.SAR_DFE:
        assert "That doesn't give it more time: its answer is still due by Thursday 2 April 2026" in replies[0].reason


def test_an_answered_clarification_leaves_an_objection_due_on_the_same_day() -> None:
    case = make_case(CaseKind.OBJECTION_DFE)
    history = events(
        (K.SENT, RECEIVED, {"post_method": EMAIL}),
        (K.CLARIFICATION_REQUESTED, ASKED),
        (K.CLARIFICATION_PROVIDED, ANSWERED, {"post_method": EMAIL}),
    )
    state = case_state(case, history, D(2026, 4, 3))
    assert state.response is not None
    assert state.response.due == D(2026, 4, 2)
    assert state.status is CaseStatus.OVERDUE
    assert not [action for action in next_steps(case, history, D(2026, 4, 3)) if action.kind is ActionKind.REPLY]


@pytest.mark.parametrize(
    ("id_requested", "late"),
    [
        pytest.param(D(2026, 3, 20), False, id="asked-within-the-month"),
        pytest.param(D(2026, 4, 2), False, id="asked-on-the-last-day"),
        pytest.param(D(2026, 4, 7), True, id="asked-after-the-month"),
    ],
)
def test_a_request_for_id_after_the_month_is_a_point_to_raise(id_requested: date, late: bool) -> None:
    # Received Monday 2 March 2026: due Thursday 2 April. The proof arrives on Friday 10 April: the month starts
    # again then, so due Monday 11 May 2026 (10 May is a Sunday) either way.
    deadline = response_due(RECEIVED, id_requested=id_requested, id_received=D(2026, 4, 10))
    assert deadline.due == D(2026, 5, 11)
    assert any("after its time to answer had run out on Thursday 2 April 2026" in p for p in deadline.points) is late


def test_a_late_id_request_in_a_case_is_a_point_too() -> None:
    case = make_case(CaseKind.SAR_DFE)
    history = events(
        (K.SENT, RECEIVED, {"post_method": EMAIL}),
        (K.ID_REQUESTED, D(2026, 4, 7)),
        (K.ID_PROVIDED, D(2026, 4, 10), {"post_method": EMAIL}),
    )
    state = case_state(case, history, D(2026, 4, 20))
    assert state.response is not None
    assert state.response.due == D(2026, 5, 11)
    assert any("should have asked within the month" in point for point in state.response.points)


@pytest.mark.parametrize("id_requested", [D(2026, 3, 1), D(2026, 4, 11)], ids=["before-receipt", "after-proof"])
def test_an_id_request_outside_receipt_and_proof_is_refused(id_requested: date) -> None:
    with pytest.raises(DeadlineInputError) as refused:
        response_due(RECEIVED, id_requested=id_requested, id_received=D(2026, 4, 10))
    assert refused.value.field == "id_requested"


# law §1.4: first deadline Thursday 2 April 2026. Ten working days later (Good Friday 3 April and Easter Monday
# 6 April skipped) is Monday 20 April.
@pytest.mark.parametrize(
    ("notified", "estimated", "clearly"),
    [
        pytest.param(D(2026, 4, 2), False, False, id="in-time"),
        pytest.param(D(2026, 4, 7), False, True, id="late-receipt-recorded"),
        pytest.param(D(2026, 4, 7), True, False, id="late-by-days-receipt-estimated"),
        pytest.param(D(2026, 4, 20), True, False, id="ten-working-days-is-not-yet-clear"),
        pytest.param(D(2026, 4, 21), True, True, id="more-than-ten-working-days-is-clear"),
    ],
)
def test_the_extension_is_said_not_to_apply_only_when_that_is_clear(
    notified: date, estimated: bool, clearly: bool
) -> None:
    assert extension_clearly_late(D(2026, 4, 2), notified, estimated) is clearly
    deadline = response_due(RECEIVED, extension_notified=notified, receipt_estimated=estimated)
    says_it = any("so you can say the extension doesn't apply" in point for point in deadline.points)
    asks_date = any("Ask it the date it received your request" in point for point in deadline.points)
    assert says_it is clearly
    assert asks_date is (notified > D(2026, 4, 2) and not clearly)
