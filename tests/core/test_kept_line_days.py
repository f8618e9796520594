"""A line kept for a span of days (core/case_list.py `summarise_for_days`) is, on every day of that span, exactly the
line the rules engine works out afresh on that day (issue 17: a new day works out only the lines that can change).

Asked about across many histories and many days: the days around each date the line names (due dates, steps
opening and closing), the span's own edges, weekends, bank holidays and year ends, and days chosen by hypothesis.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.rules_digest import ORGANISATIONS, PEOPLE, histories
from npdrights.core.case_list import CaseSummary, from_kept, kept_record, summarise, summarise_for_days
from npdrights.core.model import Case, CaseEvent
from npdrights.core.status import CaseStatus
from npdrights.core.watched_day import DaySpan

ONE_DAY = timedelta(days=1)
# Waiting for an answer that is not due yet: the day after it is due, the case is overdue.
COUNTING_DOWN = (CaseStatus.SENT, CaseStatus.ACKNOWLEDGED, CaseStatus.EXTENDED)


@cache
def _histories() -> list[tuple[Case, list[CaseEvent], date]]:
    return histories(1500)


def _kept(case: Case, events: list[CaseEvent], worked_on: date) -> tuple[CaseSummary, dict[str, object], DaySpan]:
    line, days = summarise_for_days(case, events, worked_on, people=PEOPLE, organisations=ORGANISATIONS)
    record = json.loads(json.dumps(kept_record(line, (event.reference for event in events))))  # as the vault has it
    return line, record, days


def _same_as_afresh(case: Case, events: list[CaseEvent], record: dict[str, object], day: date) -> bool:
    kept = from_kept(case, record, day, people=PEOPLE, organisations=ORGANISATIONS)
    return kept == summarise(case, events, day, people=PEOPLE, organisations=ORGANISATIONS)


def _days_that_matter(line: CaseSummary, days: DaySpan, worked_on: date) -> set[date]:
    """Days where a line is most likely to change: either side of each date it names and of its span's edges, the
    next weekend, Christmas and the new year (bank holidays, a year end), and a day, week, month and year on."""
    named = [line.sent, line.due, *(action.opens for action in line.actions), *(a.expires for a in line.actions)]
    edges = [days.first, days.last]
    christmas = date(worked_on.year, 12, 25)
    weekend = worked_on + timedelta(days=5 - worked_on.weekday())
    around = [*named, *edges, christmas, christmas + 7 * ONE_DAY, weekend, weekend + ONE_DAY]
    ahead = [worked_on + timedelta(days=n) for n in (1, 7, 31, 365)]
    return {
        day + shift
        for day in [*around, *ahead]
        if day is not None and date.min + ONE_DAY < day < date.max - ONE_DAY
        for shift in (-ONE_DAY, timedelta(0), ONE_DAY)
    }


def test_on_every_day_of_its_span_a_kept_line_is_the_line_worked_out_afresh() -> None:
    asked_later = 0
    for case, events, worked_on in _histories():
        line, record, days = _kept(case, events, worked_on)
        assert line == summarise(case, events, worked_on, people=PEOPLE, organisations=ORGANISATIONS)
        assert days.holds(worked_on)
        for day in sorted(_days_that_matter(line, days, worked_on)):
            if days.holds(day):
                assert _same_as_afresh(case, events, record, day), (case.id, worked_on, day)
                asked_later += day != worked_on
    assert asked_later > 10 * len(_histories())  # and on many days besides the one they were worked out on


def test_a_span_ends_where_the_line_changes_for_a_case_still_waiting() -> None:
    """Not only right, but useful: most lines hold beyond their day, and a line still counting down to a due date
    holds until that date has passed, not for ever."""
    lasting = 0
    for case, events, worked_on in _histories():
        line, record, days = _kept(case, events, worked_on)
        lasting += days.last > worked_on
        if line.status in COUNTING_DOWN:
            assert line.due is not None
            assert days.last <= line.due  # the status says "overdue" the day after
            assert not _same_as_afresh(case, events, record, line.due + ONE_DAY)
    assert lasting > 0.9 * len(_histories())


@settings(max_examples=300, deadline=None)
@given(
    which=st.integers(min_value=0, max_value=1499),
    worked_shift=st.integers(min_value=-500, max_value=500),
    asked_shift=st.integers(min_value=-800, max_value=800),
)
def test_a_line_kept_on_any_day_holds_on_any_other_day_of_its_span(
    which: int, worked_shift: int, asked_shift: int
) -> None:
    case, events, history_day = _histories()[which]
    worked_on = history_day + timedelta(days=worked_shift)  # before the events, too: then they can't all be true
    _line, record, days = _kept(case, events, worked_on)
    asked_on = worked_on + timedelta(days=asked_shift)
    if days.holds(asked_on):
        assert _same_as_afresh(case, events, record, asked_on)
