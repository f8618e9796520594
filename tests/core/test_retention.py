"""Which closed cases a retention policy says to delete (issue 16, item 4; UK GDPR Art 5(1)(e))."""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, Relationship
from npdrights.core.retention import RetentionPolicy, closed_on, past_policy, snapshots_forget_by

TODAY = date(2026, 12, 6)


def _case(case_id: str) -> Case:
    return Case(case_id, CaseKind.SAR_DFE, "p1", "org", "p2", Relationship.PARENT, "REF", date(2015, 1, 1))


def _closed(case_id: str, on: date) -> CaseEvent:
    return CaseEvent(f"{case_id}-closed", case_id, EventKind.CLOSED, on)


# (case, closed on, past a 6-year policy on 6 December 2026?)
CASES = [
    ("closed long ago", date(2019, 3, 1), True),
    ("closed six years ago today", date(2020, 12, 6), True),
    ("closed six years ago tomorrow", date(2020, 12, 7), False),
    ("closed last year", date(2025, 12, 6), False),
    ("still open", None, False),
]


def test_only_closed_cases_past_the_period_are_listed_longest_overdue_first() -> None:
    cases = [_case(name) for name, _on, _due in CASES]
    events = {name: [_closed(name, on)] for name, on, _due in CASES if on}
    due = past_policy(cases, events, RetentionPolicy(6), TODAY)
    assert [item.case.id for item in due] == [name for name, _on, is_due in CASES if is_due]
    assert due[1].due_on == TODAY


def test_without_a_policy_nothing_is_ever_due() -> None:
    events = {"old": [_closed("old", date(1990, 1, 1))]}
    assert past_policy([_case("old")], events, RetentionPolicy(), TODAY) == []


def test_a_case_reopened_and_closed_again_counts_from_its_last_closing() -> None:
    assert closed_on([_closed("a", date(2018, 1, 1)), _closed("a", date(2024, 1, 1))]) == date(2024, 1, 1)


def test_a_29_february_closing_is_due_on_28_february() -> None:
    due = past_policy([_case("leap")], {"leap": [_closed("leap", date(2020, 2, 29))]}, RetentionPolicy(1), TODAY)
    assert due[0].due_on == date(2021, 2, 28)


@pytest.mark.parametrize("years", [0, 51, -1])
def test_a_period_outside_1_to_50_years_is_refused(years: int) -> None:
    with pytest.raises(ValueError, match="1 to 50"):
        RetentionPolicy(years)


def test_the_snapshot_note_says_when_copies_are_gone_at_the_earliest() -> None:
    note = snapshots_forget_by(TODAY, 7)
    assert "7 daily snapshots" in note
    assert "13 December 2026" in note
    assert "Backup files" in note
    assert RetentionPolicy(6).describe() == "Closed cases are due for deletion 6 years after they were closed."
