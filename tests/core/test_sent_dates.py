"""The day a letter was sent, checked before Finish (issue 13 item 2): what is refused, and why."""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.core.letters.answers import CaseHistory
from npdrights.core.model import CaseKind, PostMethod
from npdrights.core.wizard_flow import Draft, FollowUp, Journey, may_redate_to, sent_date_problem

TODAY = date(2026, 11, 28)
REQUEST = Draft(journey=Journey.ASK, today=TODAY)
REMINDER = Draft(
    journey=Journey.FOLLOW_UP,
    today=TODAY,
    follow_up=FollowUp.REMINDER,
    case_id="c1",
    history=CaseHistory(sent=date(2026, 10, 1), kind=CaseKind.SAR_DFE, post_method=PostMethod.FIRST_CLASS),
)


@pytest.mark.parametrize(
    ("draft", "sent", "problem", "redate"),
    [
        (REQUEST, TODAY, "", False),
        (REQUEST, date(2026, 11, 29), "that date is in the future", False),
        (REQUEST, date(2026, 11, 20), "before the letter's date (28 November 2026)", True),
        (REQUEST, date(2025, 11, 1), "before the letter's date", False),  # a year back: a typo, not a re-date
        (REMINDER, date(2026, 11, 20), "before the letter's date", True),
        (REMINDER, date(2026, 9, 30), "before the letter's date", False),  # before the first letter went
    ],
)
def test_sent_dates(draft: Draft, sent: date, problem: str, redate: bool) -> None:
    found = sent_date_problem(draft, sent)
    assert (problem in found) if problem else found == ""
    assert may_redate_to(draft, sent) is redate


def test_a_re_dated_letter_accepts_its_own_day_but_not_the_day_before_the_first_letter() -> None:
    redated = Draft(**{**REMINDER.__dict__, "letter_date": date(2026, 10, 5)})
    assert sent_date_problem(redated, date(2026, 10, 5)) == ""
    redated.letter_date = date(2026, 9, 20)
    assert "before your first letter was sent (1 October 2026)" in sent_date_problem(redated, date(2026, 9, 20))
