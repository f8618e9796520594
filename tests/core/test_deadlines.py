"""The deadline rules, checked against tables of dates whose source is named in each row's id.

law = docs/law.md. Bank holiday dates are the England and Wales list (GOV.UK); every
expected date below was worked out by hand from a calendar, not by calling the code under test.
"""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npdrights.core.deadlines import (
    COMPLAINT_DUTY_STARTS,
    Deadline,
    DeadlineInputError,
    add_months,
    add_working_days,
    arrival_rule,
    bank_holiday,
    bank_holiday_in,
    complaint_acknowledgement_due,
    complaint_silence_ends,
    deemed_receipt,
    ico_complaint_window,
    is_working_day,
    next_working_day,
    response_due,
    school_record_due,
)
from npdrights.core.model import PostMethod

D = date


# --- The calendar ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "name"),
    [
        pytest.param(D(2026, 1, 1), "New Year's Day", id="new-year"),
        pytest.param(D(2028, 1, 3), "substitute day for New Year's Day", id="new-year-substitute-2028"),
        pytest.param(D(2026, 4, 3), "Good Friday", id="good-friday"),
        pytest.param(D(2026, 4, 6), "Easter Monday", id="easter-monday"),
        pytest.param(D(2026, 5, 4), "May Day", id="early-may"),
        pytest.param(D(2026, 5, 25), "Spring Bank Holiday", id="spring"),
        pytest.param(D(2026, 8, 31), "Late Summer Bank Holiday", id="late-summer"),
        pytest.param(D(2025, 12, 25), "Christmas Day", id="christmas"),
        pytest.param(D(2025, 12, 26), "Boxing Day", id="boxing-day"),
        pytest.param(D(2026, 12, 28), "substitute day for Boxing Day", id="boxing-day-substitute-2026"),
        pytest.param(D(2027, 12, 27), "substitute day for Christmas Day", id="christmas-substitute-2027"),
        pytest.param(D(2027, 12, 28), "substitute day for Boxing Day", id="boxing-substitute-2027"),
        pytest.param(D(2023, 5, 8), "Coronation of Charles III", id="one-off-coronation-2023"),
        pytest.param(D(2022, 9, 19), "State Funeral of Queen Elizabeth II", id="one-off-funeral-2022"),
    ],
)
def test_bank_holidays_are_named(day: date, name: str) -> None:
    assert bank_holiday(day) == name
    assert not is_working_day(day)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        pytest.param(D(2026, 3, 2), True, id="monday"),
        pytest.param(D(2026, 3, 6), True, id="friday"),
        pytest.param(D(2026, 3, 7), False, id="saturday"),
        pytest.param(D(2026, 3, 8), False, id="sunday"),
        pytest.param(D(2027, 12, 25), False, id="christmas-on-saturday"),
        pytest.param(D(2026, 3, 17), True, id="st-patricks-day-is-not-an-england-holiday"),
        pytest.param(D(2026, 8, 3), True, id="scottish-summer-holiday-is-not-an-england-holiday"),
    ],
)
def test_working_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_next_working_day_keeps_a_working_day_and_skips_the_rest() -> None:
    assert next_working_day(D(2026, 3, 2)) == D(2026, 3, 2)
    assert next_working_day(D(2027, 12, 24)) == D(2027, 12, 24)
    assert next_working_day(D(2027, 12, 25)) == D(2027, 12, 29)  # Sat, Sun, two substitute days


@pytest.mark.parametrize(
    ("day", "count", "expected"),
    [
        pytest.param(D(2026, 3, 2), 0, D(2026, 3, 2), id="none"),
        pytest.param(D(2026, 3, 6), 1, D(2026, 3, 9), id="over-a-weekend"),
        pytest.param(D(2026, 4, 2), 2, D(2026, 4, 8), id="over-easter"),
        pytest.param(D(2026, 3, 7), 1, D(2026, 3, 9), id="from-a-saturday"),
    ],
)
def test_add_working_days(day: date, count: int, expected: date) -> None:
    assert add_working_days(day, count) == expected


def test_add_working_days_refuses_to_count_backwards() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_working_days(D(2026, 3, 2), -1)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        pytest.param(D(2025, 9, 3), 1, D(2025, 10, 3), id="ICO-3-Sep-to-3-Oct"),
        pytest.param(D(2025, 1, 31), 1, D(2025, 2, 28), id="LF-2.1-31-Jan-common-year"),
        pytest.param(D(2024, 1, 31), 1, D(2024, 2, 29), id="LF-2.1-31-Jan-leap-year"),
        pytest.param(D(2026, 11, 30), 3, D(2027, 2, 28), id="three-months-over-a-year-end"),
        pytest.param(D(2026, 12, 15), 1, D(2027, 1, 15), id="december-to-january"),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


# --- One calendar month to answer (law §1.3) -----------------------------------------------------------------------

MONTH_TABLE = [
    # The ICO's own worked examples (law §1.3: ICO SME checklist; schoolspeople.co.uk).
    pytest.param(D(2025, 9, 3), D(2025, 10, 3), id="ICO-example-3-Sep-to-3-Oct"),
    pytest.param(D(2025, 1, 31), D(2025, 2, 28), id="ICO-example-31-Jan-to-28-Feb-common-year"),
    pytest.param(D(2024, 1, 31), D(2024, 2, 29), id="ICO-example-31-Jan-to-29-Feb-leap-year"),
    pytest.param(D(2028, 1, 31), D(2028, 2, 29), id="LF-2.1-31-Jan-leap-year-2028"),
    pytest.param(D(2026, 1, 30), D(2026, 3, 2), id="LF-2.1-30-Jan-to-28-Feb-a-Saturday-then-Monday"),
    # Weekends (law §1.3: a weekend due date moves to the next working day).
    pytest.param(D(2026, 9, 3), D(2026, 10, 5), id="LF-2.1-due-on-saturday"),
    pytest.param(D(2026, 9, 4), D(2026, 10, 5), id="LF-2.1-due-on-sunday"),
    pytest.param(D(2026, 5, 3), D(2026, 6, 3), id="LF-2.1-received-on-a-sunday-counts-as-day-1"),
    # Every kind of England and Wales bank holiday (law §1.3).
    pytest.param(D(2025, 12, 1), D(2026, 1, 2), id="LF-2.1-new-years-day"),
    pytest.param(D(2027, 12, 3), D(2028, 1, 4), id="LF-2.1-new-year-substitute-monday-2028"),
    pytest.param(D(2026, 3, 3), D(2026, 4, 7), id="LF-2.1-good-friday-weekend-and-easter-monday"),
    pytest.param(D(2026, 3, 6), D(2026, 4, 7), id="LF-2.1-easter-monday"),
    pytest.param(D(2026, 4, 3), D(2026, 5, 5), id="LF-2.1-early-may"),
    pytest.param(D(2026, 4, 25), D(2026, 5, 26), id="LF-2.1-spring-bank-holiday"),
    pytest.param(D(2026, 7, 31), D(2026, 9, 1), id="LF-2.1-late-summer-bank-holiday"),
    pytest.param(D(2025, 11, 25), D(2025, 12, 29), id="LF-2.1-christmas-boxing-day-and-weekend"),
    pytest.param(D(2028, 11, 26), D(2028, 12, 27), id="LF-2.1-boxing-day-on-tuesday"),
    pytest.param(D(2026, 11, 28), D(2026, 12, 29), id="LF-2.1-boxing-day-substitute-2026"),
    pytest.param(D(2027, 11, 27), D(2027, 12, 29), id="LF-2.1-christmas-and-boxing-substitutes-2027"),
    pytest.param(D(2023, 4, 8), D(2023, 5, 9), id="LF-2.1-one-off-coronation-bank-holiday"),
    pytest.param(D(2022, 8, 19), D(2022, 9, 20), id="LF-2.1-one-off-state-funeral-bank-holiday"),
    # Receipt on a bank holiday: still day 1 (law §1.3, "whether or not day 1 is a working day").
    pytest.param(D(2026, 5, 4), D(2026, 6, 4), id="LF-2.1-received-on-may-day"),
    pytest.param(D(2026, 12, 25), D(2027, 1, 25), id="LF-2.1-received-on-christmas-day"),
]


@pytest.mark.parametrize(("received", "due"), MONTH_TABLE)
def test_one_calendar_month(received: date, due: date) -> None:
    deadline = response_due(received)
    assert deadline.due == due
    assert deadline.start == received
    assert not deadline.estimate
    assert deadline.points == ()


def test_the_explanation_names_the_bank_holiday_that_moved_the_date() -> None:
    deadline = response_due(D(2026, 4, 3), body="the DfE")
    assert deadline.explanation == (
        "The DfE must answer by Tuesday 5 May 2026: one calendar month from Friday 3 April 2026, when it got your "
        "request (the day it arrives counts as day 1, even at a weekend or on a bank holiday), moved past the "
        "weekend and the bank holiday on Monday 4 May (May Day)."
    )


def test_the_explanation_names_both_christmas_substitute_days() -> None:
    explanation = response_due(D(2027, 11, 27)).explanation
    assert explanation.startswith("The organisation must answer by Wednesday 29 December 2027:")
    assert "Monday 27 December (substitute day for Christmas Day)" in explanation
    assert "Tuesday 28 December (substitute day for Boxing Day)" in explanation


def test_the_explanation_says_why_a_missing_day_moves_to_the_month_end() -> None:
    explanation = response_due(D(2026, 1, 31)).explanation
    assert "so to Saturday 28 February as February has no 31st, moved past the weekend." in explanation
    assert "so to Monday 30 November as November has no 31st" in response_due(D(2026, 10, 31)).explanation
    assert "as February has no 29th" in response_due(D(2027, 1, 29)).explanation


def test_a_plain_month_says_nothing_about_moving() -> None:
    explanation = response_due(D(2025, 9, 3)).explanation
    assert explanation == (
        "The organisation must answer by Friday 3 October 2025: one calendar month from Wednesday 3 September 2025, "
        "when it got your request."
    )


# --- Proof of identity and clarification (law §1.5) -----------------------------------------------------------------

START = D(2026, 3, 2)  # a Monday; one month later is Thursday 2 April 2026


@pytest.mark.parametrize(
    ("id_received", "due"),
    [
        pytest.param(D(2026, 3, 20), D(2026, 4, 20), id="LF-2.2-month-restarts-when-id-arrives"),
        pytest.param(D(2026, 3, 2), D(2026, 4, 2), id="LF-2.2-id-with-the-request"),
        pytest.param(D(2026, 4, 6), D(2026, 5, 6), id="LF-2.2-id-arriving-on-easter-monday-is-day-1"),
    ],
)
def test_id_restarts_the_month(id_received: date, due: date) -> None:
    deadline = response_due(START, id_received=id_received)
    assert (deadline.due, deadline.start) == (due, id_received)
    assert "when your proof of identity reached it, which starts the month again" in deadline.explanation


CLARIFICATION_TABLE = [
    # DPA 2018 s.54(3C) (law §1.5): "the period beginning with the day on which the controller makes the request and
    # ending with the day on which the controller receives the information does not count" — both days included.
    pytest.param([(D(2026, 3, 9), D(2026, 3, 14))], None, D(2026, 4, 8), id="s54-3C-six-days-paused"),
    pytest.param([(D(2026, 3, 2), D(2026, 3, 2))], None, D(2026, 4, 7), id="s54-3C-one-day-then-good-friday"),
    pytest.param(
        [(D(2026, 3, 9), D(2026, 3, 14)), (D(2026, 3, 20), D(2026, 3, 21))], None, D(2026, 4, 10), id="s54-3C-two"
    ),
    pytest.param(
        [(D(2026, 3, 12), D(2026, 3, 16)), (D(2026, 3, 9), D(2026, 3, 14))],
        None,
        D(2026, 4, 10),
        id="s54-3C-overlapping-days-count-once",
    ),
    pytest.param([(D(2026, 3, 10), D(2026, 3, 12))], None, D(2026, 4, 7), id="s54-3C-three-days-then-easter"),
    # With an ID restart, only pause days after the restart matter (the month starts again anyway).
    pytest.param([(D(2026, 3, 16), D(2026, 3, 25))], D(2026, 3, 20), D(2026, 4, 27), id="s54-3C-after-id-restart"),
    pytest.param([(D(2026, 3, 5), D(2026, 3, 10))], D(2026, 3, 20), D(2026, 4, 20), id="s54-3C-before-id-restart"),
]


@pytest.mark.parametrize(("pauses", "id_received", "due"), CLARIFICATION_TABLE)
def test_clarification_pauses_the_clock(pauses: list[tuple[date, date]], id_received: date | None, due: date) -> None:
    assert response_due(START, id_received=id_received, clarification=pauses).due == due


def test_the_explanation_counts_the_paused_days() -> None:
    deadline = response_due(START, clarification=[(D(2026, 3, 9), D(2026, 3, 14))], body="the DfE")
    assert deadline.explanation == (
        "The DfE must answer by Wednesday 8 April 2026: one calendar month from Monday 2 March 2026, when it got "
        "your request, plus 6 days while the DfE waited for your clarification (Monday 9 March to Saturday 14 March)."
    )
    one_day = response_due(START, clarification=[(D(2026, 3, 9), D(2026, 3, 9))]).explanation
    assert "plus 1 day while" in one_day


def test_a_question_after_the_deadline_gives_no_more_time() -> None:
    deadline = response_due(START, clarification=[(D(2026, 4, 10), D(2026, 4, 12))])
    assert deadline.due == D(2026, 4, 2)
    (point,) = deadline.points
    assert "asked you to clarify on Friday 10 April 2026, after its time to answer had run out" in point


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"id_received": D(2026, 3, 1)}, "id_received", "can't reach the organisation before your request did"),
        ({"clarification": [(D(2026, 3, 1), D(2026, 3, 3))]}, "clarification", "before it got it"),
        ({"clarification": [(D(2026, 3, 9), D(2026, 3, 8))]}, "clarification", "before it asked for it"),
        ({"extension_notified": D(2026, 3, 1)}, "extension_notified", "before it got your request"),
    ],
)
def test_impossible_dates_are_refused(kwargs: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(DeadlineInputError, match=message) as caught:
        response_due(START, **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


# --- Extension (law §1.3) ------------------------------------------------------------------------------------------

EXTENSION_TABLE = [
    # Art 12(3) and ICO guidance: three months from the original start, notice within the first month.
    pytest.param(D(2026, 3, 2), {}, D(2026, 6, 2), id="LF-2.1-three-months"),
    pytest.param(D(2026, 11, 30), {}, D(2027, 3, 1), id="LF-2.1-across-a-year-end-to-a-sunday-28-feb"),
    pytest.param(D(2027, 10, 1), {}, D(2028, 1, 4), id="LF-2.1-across-a-year-end-new-year-substitute"),
    pytest.param(D(2026, 9, 25), {}, D(2026, 12, 29), id="LF-2.1-to-christmas"),
    pytest.param(
        D(2026, 3, 2), {"id_received": D(2026, 3, 20)}, D(2026, 6, 22), id="LF-2.2-three-months-from-the-id-restart"
    ),
    pytest.param(
        D(2026, 3, 2),
        {"clarification": [(D(2026, 3, 9), D(2026, 3, 14))]},
        D(2026, 6, 8),
        id="s54-3C-pause-also-extends-the-extension",
    ),
]


@pytest.mark.parametrize(("received", "kwargs", "due"), EXTENSION_TABLE)
def test_extension_is_three_months_from_the_same_start(received: date, kwargs: dict[str, object], due: date) -> None:
    notified = response_due(received, extension_notified=received + timedelta(days=10), **kwargs)  # type: ignore[arg-type]
    assert notified.due == due
    assert notified.points == ()
    assert "It has three months because it told you on" in notified.explanation
    assert "three calendar months from" in notified.explanation
    assert response_due(received, extended=True, **kwargs).due == due  # type: ignore[arg-type]


def test_an_extension_notice_on_the_last_day_is_in_time() -> None:
    assert response_due(START, extension_notified=D(2026, 4, 2)).points == ()


def test_an_extension_notice_on_the_working_day_after_a_weekend_month_end_is_in_time() -> None:
    # The month from 3 Sep 2026 ends on Saturday 3 Oct; the body can still answer (or extend) on Monday 5 Oct.
    assert response_due(D(2026, 9, 3), extension_notified=D(2026, 10, 5)).points == ()


def test_a_late_extension_is_still_computed_but_flagged() -> None:
    deadline = response_due(START, extension_notified=D(2026, 4, 3), body="the DfE")
    assert deadline.due == D(2026, 6, 2)
    (point,) = deadline.points
    assert point == (
        "The DfE told you it needed more time on Friday 3 April 2026, after its first deadline of Thursday 2 April "
        "2026. The law says it must tell you within the first month, so you can say the extension doesn't apply and "
        "its answer was due on Thursday 2 April 2026."
    )


def test_an_extension_without_a_notice_date_says_when_it_had_to_be_told() -> None:
    explanation = response_due(START, extended=True).explanation
    assert explanation.endswith(
        "It has three months because it extended the deadline. It had to tell you so, with its reasons, by "
        "Thursday 2 April 2026."
    )


# --- Properties (issue 3) -----------------------------------------------------------------------------------------

days = st.dates(min_value=D(2020, 1, 1), max_value=D(2035, 12, 31))
gaps = st.integers(min_value=0, max_value=60)


@given(days)
def test_the_due_date_is_a_working_day_never_before_the_calendar_month(received: date) -> None:
    due = response_due(received).due
    assert is_working_day(due)
    assert due >= add_months(received, 1)
    assert due - add_months(received, 1) <= timedelta(days=6)  # the longest run of days off is Christmas 2027


@given(days, days)
def test_the_due_date_is_monotonic_in_the_receipt_date(first: date, second: date) -> None:
    earlier, later = sorted((first, second))
    assert response_due(earlier).due <= response_due(later).due


@given(days, gaps)
def test_an_extension_is_never_earlier_than_the_base(received: date, notice_after: int) -> None:
    base = response_due(received)
    extended = response_due(received, extension_notified=received + timedelta(days=notice_after))
    assert extended.due >= base.due
    assert is_working_day(extended.due)
    assert bool(extended.points) == (received + timedelta(days=notice_after) > base.due)


@given(days, gaps, gaps, st.booleans())
def test_pauses_never_shorten_a_deadline(received: date, asked_after: int, length: int, extended: bool) -> None:
    asked = received + timedelta(days=asked_after)
    pause = [(asked, asked + timedelta(days=length))]
    without = response_due(received, extended=extended)
    paused = response_due(received, clarification=pause, extended=extended)
    assert paused.due >= without.due
    assert is_working_day(paused.due)


@given(days, gaps)
def test_an_id_restart_never_shortens_a_deadline(received: date, id_after: int) -> None:
    restarted = response_due(received, id_received=received + timedelta(days=id_after))
    assert restarted.due >= response_due(received).due


@given(days, st.integers(min_value=0, max_value=30))
def test_adding_working_days_counts_exactly_that_many(day: date, count: int) -> None:
    result = add_working_days(day, count)
    between = [day + timedelta(days=n) for n in range(1, (result - day).days + 1)]
    assert sum(1 for d in between if is_working_day(d)) == count


# --- Deemed receipt of a letter (DESIGN.md §3; Interpretation Act 1978 s.7, Practice Direction [1985]) ------------

RECEIPT_TABLE = [
    pytest.param(D(2026, 3, 2), PostMethod.FIRST_CLASS, D(2026, 3, 4), id="first-class-second-working-day"),
    pytest.param(D(2026, 3, 6), PostMethod.FIRST_CLASS, D(2026, 3, 10), id="first-class-over-a-weekend"),
    pytest.param(D(2026, 3, 7), PostMethod.FIRST_CLASS, D(2026, 3, 10), id="first-class-posted-on-saturday"),
    pytest.param(D(2026, 4, 2), PostMethod.SIGNED_FOR, D(2026, 4, 8), id="signed-for-over-easter"),
    pytest.param(D(2026, 3, 2), PostMethod.SECOND_CLASS, D(2026, 3, 6), id="second-class-fourth-working-day"),
    pytest.param(D(2026, 12, 23), PostMethod.SECOND_CLASS, D(2026, 12, 31), id="second-class-over-christmas-2026"),
    pytest.param(D(2026, 12, 24), PostMethod.SECOND_CLASS, D(2027, 1, 4), id="second-class-christmas-and-new-year"),
    pytest.param(D(2027, 12, 22), PostMethod.FIRST_CLASS, D(2027, 12, 24), id="first-class-before-christmas-2027"),
    pytest.param(D(2027, 12, 23), PostMethod.FIRST_CLASS, D(2027, 12, 29), id="first-class-over-christmas-2027"),
]


@pytest.mark.parametrize(("sent", "method", "received"), RECEIPT_TABLE)
def test_deemed_receipt_by_post(sent: date, method: PostMethod, received: date) -> None:
    deadline = deemed_receipt(sent, method)
    assert (deadline.due, deadline.start, deadline.estimate) == (received, sent, True)
    assert "This is an estimate." in deadline.explanation


ARRIVAL_RULES = [
    (PostMethod.FIRST_CLASS, "Counted as arriving 2 working days after posting."),
    (PostMethod.SIGNED_FOR, "Counted as arriving 2 working days after posting."),
    (PostMethod.SECOND_CLASS, "Counted as arriving 4 working days after posting."),
    (PostMethod.EMAIL, "Counted as arriving the day you send it."),
]


@pytest.mark.parametrize(("method", "rule"), ARRIVAL_RULES)
def test_the_arrival_rule_says_what_deemed_receipt_counts(method: PostMethod, rule: str) -> None:
    # The sentence and the count agree: from a Monday with no holiday near, n working days is n calendar days.
    monday = D(2026, 3, 2)
    days = (deemed_receipt(monday, method).due - monday).days
    counted = f"Counted as arriving {days} working days after posting." if days else arrival_rule(PostMethod.EMAIL)
    assert arrival_rule(method) == rule == counted


def test_deemed_receipt_over_christmas_names_the_days_not_counted() -> None:
    explanation = deemed_receipt(D(2026, 12, 24), PostMethod.SECOND_CLASS).explanation
    assert explanation.startswith(
        "The organisation is treated as getting it on Monday 4 January 2027: the fourth working day after you "
        "posted it second class on Thursday 24 December 2026, not counting the bank holiday on Friday 25 December "
        "(Christmas Day), the weekend of Saturday 26 December, the bank holidays on Monday 28 December (substitute "
        "day for Boxing Day) and Friday 1 January (New Year's Day) and the weekend of Saturday 2 January."
    )
    plain = deemed_receipt(D(2026, 3, 2), PostMethod.FIRST_CLASS).explanation
    assert "posted it first class on Monday 2 March 2026. This is an estimate." in plain


@pytest.mark.parametrize(
    "method", [PostMethod.FIRST_CLASS, PostMethod.SECOND_CLASS, PostMethod.SIGNED_FOR, PostMethod.EMAIL]
)
def test_a_recorded_delivery_date_always_wins(method: PostMethod) -> None:
    deadline = deemed_receipt(D(2026, 12, 23), method, delivered=D(2026, 12, 24))
    assert (deadline.due, deadline.estimate) == (D(2026, 12, 24), False)
    expected = "The organisation got it on Thursday 24 December 2026, the delivery date you recorded."
    assert deadline.explanation == expected


def test_email_arrives_the_day_it_is_sent_even_at_a_weekend() -> None:
    deadline = deemed_receipt(D(2026, 3, 7), PostMethod.EMAIL, body="the DfE")
    assert (deadline.due, deadline.estimate) == (D(2026, 3, 7), False)
    assert deadline.explanation.startswith("The DfE got it on Saturday 7 March 2026")


def test_delivery_before_posting_is_refused() -> None:
    with pytest.raises(DeadlineInputError, match="can't be delivered before it was sent") as caught:
        deemed_receipt(D(2026, 3, 7), PostMethod.FIRST_CLASS, delivered=D(2026, 3, 6))
    assert caught.value.field == "delivered"


@given(days, st.sampled_from([PostMethod.FIRST_CLASS, PostMethod.SECOND_CLASS, PostMethod.SIGNED_FOR]))
def test_deemed_receipt_by_post_is_a_later_working_day(sent: date, method: PostMethod) -> None:
    received = deemed_receipt(sent, method).due
    assert received > sent
    assert is_working_day(received)


# --- Complaint acknowledgement: DPA 2018 s.164A (law §2.1) -------------------------------------------------------

ACK_TABLE = [
    pytest.param(D(2026, 7, 29), D(2026, 8, 28), id="LF-2.9-thirty-days-from-the-day-after"),
    pytest.param(D(2026, 8, 1), D(2026, 9, 1), id="LF-2.9-late-summer-bank-holiday"),
    pytest.param(D(2026, 11, 26), D(2026, 12, 29), id="LF-2.9-boxing-day-saturday-and-its-substitute"),
    pytest.param(D(2026, 6, 19), D(2026, 7, 20), id="LF-2.9-first-day-in-force-sunday-moves"),
]


@pytest.mark.parametrize(("received", "due"), ACK_TABLE)
def test_complaint_acknowledgement(received: date, due: date) -> None:
    deadline = complaint_acknowledgement_due(received)
    assert (deadline.due, deadline.start, deadline.statutory) == (due, received + timedelta(days=1), True)
    assert deadline.explanation.startswith("The organisation must acknowledge your complaint by ")


def test_complaint_acknowledgement_explains_the_count() -> None:
    explanation = complaint_acknowledgement_due(D(2026, 8, 1), body="the DfE").explanation
    assert explanation == (
        "The DfE must acknowledge your complaint by Tuesday 1 September 2026: 30 days counted from Sunday 2 August "
        "2026, the day after it got your complaint, moved past the bank holiday on Monday 31 August (Late Summer "
        "Bank Holiday). This is how the ICO counts the 30 days; counted from the day it got your complaint, they "
        "could end a day sooner."  # law §2.1: the Act says "beginning when the complaint is received"
    )


def test_before_19_june_2026_there_was_no_duty_to_acknowledge() -> None:
    deadline = complaint_acknowledgement_due(COMPLAINT_DUTY_STARTS - timedelta(days=1))
    assert deadline.statutory is False
    assert deadline.due == D(2026, 7, 20)  # 18 Jun + 30 days = Sat 18 Jul, moved to Monday
    assert deadline.explanation.startswith(
        "There was no legal duty to acknowledge complaints received before Friday 19 June 2026."
    )


def test_thirty_days_of_silence_after_a_complaint() -> None:
    # law §2.2: follow up if no response after 30 days; the day after the s.164A date.
    assert complaint_silence_ends(D(2026, 7, 29)) == D(2026, 8, 29)


# --- The ICO's window (law §2.2) ---------------------------------------------------------------------------------


def test_the_ico_window_closes_three_months_after_the_last_contact() -> None:
    window = ico_complaint_window(D(2026, 5, 12), earliest=D(2026, 5, 9), body="the DfE")
    assert (window.opens, window.closes) == (D(2026, 5, 9), D(2026, 8, 12))
    assert window.explanation == (
        "The ICO expects your complaint by Wednesday 12 August 2026: three months after your last contact with the "
        "DfE on Tuesday 12 May 2026. It makes sense to wait until Saturday 9 May 2026, so the DfE has had its "
        "chance to put things right, but the ICO accepts complaints at any time."
    )


def test_the_ico_window_at_a_month_end() -> None:
    assert ico_complaint_window(D(2026, 11, 30), earliest=D(2026, 12, 1)).closes == D(2027, 2, 28)


def test_an_ico_window_that_closes_before_it_opens_says_to_complain_anyway() -> None:
    window = ico_complaint_window(D(2026, 3, 2), earliest=D(2026, 6, 3))
    assert window.closes == D(2026, 6, 2)
    assert "complain as soon as you can and explain the dates" in window.explanation


# --- A maintained school's educational record (law §4) ----------------------------------------------------------

HALF_TERM = (D(2026, 5, 25), D(2026, 5, 29))
CHRISTMAS_HOLIDAY = (D(2026, 12, 21), D(2027, 1, 1))

SCHOOL_TABLE = [
    # SI 2005/1437 reg 5(2): 15 school days; counted from the day after the request arrives.
    pytest.param(D(2026, 5, 20), None, D(2026, 6, 11), True, id="reg5-estimate-skips-spring-bank-holiday"),
    pytest.param(D(2026, 5, 20), [HALF_TERM], D(2026, 6, 17), False, id="reg5-half-term-entered"),
    # law §4: without the school's dates the estimate leaves out the usual Christmas holiday (21 December to
    # 1 January), so it never gives a day when the school is shut: the same as with that holiday entered.
    pytest.param(D(2026, 12, 18), None, D(2027, 1, 22), True, id="reg5-estimate-over-christmas"),
    # ... and the usual Easter holiday (Monday 30 March to Friday 10 April 2026, around Good Friday 3 April).
    pytest.param(D(2026, 3, 20), None, D(2026, 4, 24), True, id="reg5-estimate-over-easter"),
    # ... and the summer (22 July to 31 August): received Monday 20 July 2026, one school day before, 14 after.
    pytest.param(D(2026, 7, 20), None, D(2026, 9, 18), True, id="reg5-estimate-over-summer"),
    pytest.param(D(2026, 12, 18), [CHRISTMAS_HOLIDAY], D(2027, 1, 22), False, id="reg5-christmas-holiday-entered"),
    pytest.param(D(2026, 3, 7), [], D(2026, 3, 27), False, id="reg5-received-on-saturday-no-holidays-in-term"),
]


@pytest.mark.parametrize(("received", "holidays", "due", "estimate"), SCHOOL_TABLE)
def test_school_record(received: date, holidays: list[tuple[date, date]] | None, due: date, estimate: bool) -> None:
    deadline = school_record_due(received, holidays)
    assert (deadline.due, deadline.estimate) == (due, estimate)
    assert is_working_day(deadline.start)
    assert deadline.start > received


def test_school_record_explains_what_was_not_counted() -> None:
    explanation = school_record_due(D(2026, 5, 20), [HALF_TERM]).explanation
    assert explanation.startswith(
        "The school must let you see the record, or send the copy you asked for, by Wednesday 17 June 2026: 15 school "
        "days after it got your request on Wednesday 20 May 2026, not counting weekends, the bank holiday on Monday 25 "
        "May (Spring Bank Holiday) and the school holiday you entered (Monday 25 May to Friday 29 May)."
    )
    assert "estimate" not in explanation
    assert "maintained schools" in explanation


def test_school_record_without_holidays_says_it_is_an_estimate() -> None:
    explanation = school_record_due(D(2026, 3, 2)).explanation
    assert "not counting weekends." in explanation
    assert "This is an estimate: each school sets its own term dates" in explanation


def test_school_record_over_christmas_says_why_it_is_an_estimate() -> None:
    deadline = school_record_due(D(2026, 12, 18))
    assert "by about Friday 22 January 2027" in deadline.explanation
    assert "the usual Christmas holiday (about Monday 21 December to Friday 1 January)" in deadline.explanation
    assert "non-maintained special schools" in deadline.explanation


def test_school_record_names_only_the_holidays_that_matter() -> None:
    far_away = (D(2026, 8, 1), D(2026, 8, 31))
    ranges = [HALF_TERM, (D(2026, 6, 8), D(2026, 6, 9)), far_away]
    explanation = school_record_due(D(2026, 5, 20), ranges).explanation
    assert "the school holidays you entered (Monday 25 May to Friday 29 May and Monday 8 June to Tuesday 9 June)" in (
        explanation
    )
    assert "August" not in explanation


def test_a_school_holiday_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(DeadlineInputError, match="can't end before it starts") as caught:
        school_record_due(D(2026, 5, 20), [(D(2026, 5, 29), D(2026, 5, 25))])
    assert caught.value.field == "school_holidays"


@given(days, st.lists(st.tuples(days, gaps), max_size=3))
def test_school_record_is_a_school_day_after_receipt(received: date, holidays: list[tuple[date, int]]) -> None:
    ranges = [(first, first + timedelta(days=length)) for first, length in holidays]
    due = school_record_due(received, ranges).due
    assert due > received
    assert is_working_day(due)
    assert not any(first <= due <= last for first, last in ranges)


def test_deadline_is_a_plain_value() -> None:
    deadline = response_due(D(2025, 9, 3))
    assert deadline == Deadline(due=D(2025, 10, 3), start=D(2025, 9, 3), explanation=deadline.explanation)


def test_an_explanation_is_written_once_when_first_read_and_compares_as_text() -> None:
    written: list[str] = []

    def write() -> str:
        written.append("once")
        return "The DfE must answer by Friday 3 October 2025."

    lazy = Deadline(D(2025, 10, 3), D(2025, 9, 3), write, points=("a point",))
    assert written == []  # nothing written until someone reads it
    eager = Deadline(
        D(2025, 10, 3), D(2025, 9, 3), "The DfE must answer by Friday 3 October 2025.", points=("a point",)
    )
    assert lazy == eager
    assert hash(lazy) == hash(eager)
    assert lazy.explanation == eager.explanation
    assert written == ["once"]  # kept after the first reading
    assert lazy != Deadline(D(2025, 10, 3), D(2025, 9, 3), "Another sentence.", points=("a point",))
    assert lazy != "not a deadline"
    assert repr(lazy) == (
        "Deadline(due=datetime.date(2025, 10, 3), start=datetime.date(2025, 9, 3), explanation='The DfE must answer "
        "by Friday 3 October 2025.', estimate=False, points=('a point',), statutory=True)"
    )


def test_a_deadline_is_frozen_and_copies_whole() -> None:
    deadline = deemed_receipt(D(2026, 3, 2), PostMethod.FIRST_CLASS)
    with pytest.raises(FrozenInstanceError):
        deadline.due = D(2026, 1, 1)  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del deadline.start  # type: ignore[misc]
    assert copy.copy(deadline) == deadline
    assert pickle.loads(pickle.dumps(deadline)) == deadline
    noted = deadline.explained(lambda: "A note. " + deadline.explanation)
    assert (noted.due, noted.start, noted.estimate) == (deadline.due, deadline.start, deadline.estimate)
    assert noted.explanation == "A note. " + deadline.explanation


def test_a_bank_holiday_is_named_in_urdu_and_not_in_polish_which_the_holidays_package_lacks() -> None:
    # Issue 18: the screens name the holidays in their language where the package can; English stays as it was.
    assert bank_holiday_in(date(2026, 4, 6), "ur") == "ایسٹر پیر"  # Easter Monday
    assert bank_holiday(date(2026, 12, 28)) == "substitute day for Boxing Day"
    assert bank_holiday_in(date(2026, 12, 28), "ur") == "باکسنگ ڈے"  # the sentence says it is a substitute day
    assert bank_holiday_in(date(2026, 4, 6), "pl") is None
    assert bank_holiday_in(date(2026, 4, 6), "en") is None
    assert bank_holiday_in(date(2026, 4, 7), "ur") is None  # an ordinary Tuesday
