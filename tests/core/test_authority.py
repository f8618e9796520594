"""The family's signed authority in an adviser's case, on a fixed day: each state and its sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from npdrights.core.authority import (
    AuthorityDatesWrong,
    AuthorityStatus,
    authority_state,
    check_authority_dates,
)
from npdrights.core.model import Relationship
from tests.core.case_builders import make_case

TODAY = date(2026, 11, 28)
S = AuthorityStatus

# (relationship, signed, expires, status, words the sentence must have)
CASES = [
    (Relationship.PARENT, None, None, S.NOT_NEEDED, ""),
    (Relationship.ADVISER, None, None, S.MISSING, "No signed authority"),
    (Relationship.ADVISER, date(2026, 1, 5), None, S.CURRENT, "Monday 5 January 2026. It has no end date"),
    (Relationship.ADVISER, date(2026, 1, 5), date(2027, 1, 5), S.CURRENT, "lasts until Tuesday 5 January 2027"),
    (Relationship.ADVISER, date(2026, 1, 5), date(2026, 12, 29), S.CURRENT, "lasts until"),  # 31 days away
    (Relationship.ADVISER, date(2026, 1, 5), date(2026, 12, 28), S.ENDING_SOON, "in 30 days"),
    (Relationship.ADVISER, date(2026, 1, 5), date(2026, 11, 29), S.ENDING_SOON, "in 1 day"),
    (Relationship.ADVISER, date(2026, 1, 5), TODAY, S.ENDING_SOON, "Saturday 28 November 2026, today"),
    (Relationship.ADVISER, date(2026, 1, 5), date(2026, 11, 27), S.ENDED, "ended on Friday 27 November 2026"),
]


@pytest.mark.parametrize(("relationship", "signed", "expires", "status", "words"), CASES)
def test_the_authority_on_a_day(
    relationship: Relationship, signed: date | None, expires: date | None, status: AuthorityStatus, words: str
) -> None:
    case = replace(make_case(), relationship=relationship, authority_signed=signed, authority_expires=expires)
    state = authority_state(case, TODAY)
    assert state.status is status
    assert words in state.sentence
    assert state.needs_attention is (status in (S.MISSING, S.ENDING_SOON, S.ENDED))


@pytest.mark.parametrize(
    ("signed", "expires", "message"),
    [
        (None, date(2027, 1, 1), "as well as the day it ends"),
        (date(2026, 11, 29), None, "after today"),
        (date(2026, 6, 1), date(2026, 6, 1), "must end after the day it was signed"),
    ],
)
def test_dates_that_cannot_be_right_are_refused(signed: date | None, expires: date | None, message: str) -> None:
    with pytest.raises(AuthorityDatesWrong, match=message):
        check_authority_dates(signed, expires, TODAY)
    check_authority_dates(date(2026, 6, 1), date(2027, 6, 1), TODAY)  # and good ones pass
