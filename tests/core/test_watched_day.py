"""A watched today (core/watched_day.py) answers every comparison as a plain date does, and its span is exactly the
days on which those answers stay the same; any other use ties it to today alone (issue 17)."""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from npdrights.core.watched_day import DaySpan, WatchedDay

TODAY = date(2026, 11, 28)
COMPARISONS: list[Callable[[date, date], bool]] = [
    operator.lt,
    operator.le,
    operator.gt,
    operator.ge,
    operator.eq,
    operator.ne,
]
NEAR = [TODAY + timedelta(days=offset) for offset in range(-3, 4)]
WINDOW = [TODAY + timedelta(days=offset) for offset in range(-10, 11)]


def _run_of_same_answers(answer: Callable[[date], bool]) -> set[date]:
    """The days of WINDOW around today, in one unbroken run, on which `answer` is what it is today."""
    run = {TODAY}
    for step in (timedelta(days=1), timedelta(days=-1)):
        day = TODAY + step
        while day in WINDOW and answer(day) == answer(TODAY):
            run.add(day)
            day += step
    return run


@pytest.mark.parametrize("compare", COMPARISONS, ids=lambda compare: compare.__name__)
@pytest.mark.parametrize("other", NEAR, ids=str)
@pytest.mark.parametrize("today_first", [True, False], ids=["today first", "today second"])
def test_one_comparison_gives_a_dates_answer_and_holds_on_exactly_the_days_that_give_it_too(
    compare: Callable[[date, date], bool], other: date, today_first: bool
) -> None:
    def answer(day: date) -> bool:
        return compare(day, other) if today_first else compare(other, day)

    watched = WatchedDay(TODAY)
    assert answer(watched) == answer(TODAY)
    span = watched.span()
    assert {day for day in WINDOW if span.holds(day)} == _run_of_same_answers(answer)


def test_several_comparisons_keep_the_days_on_which_all_of_them_hold() -> None:
    watched = WatchedDay(TODAY)
    assert watched > date(2026, 11, 20)  # from the 21st
    assert not watched > date(2026, 12, 3)  # to the 3rd
    assert date(2026, 11, 1) <= watched
    assert watched.span() == DaySpan(date(2026, 11, 21), date(2026, 12, 3))


def test_with_no_comparison_it_holds_on_every_day() -> None:
    assert WatchedDay(TODAY).span() == DaySpan(date.min, date.max)


def test_the_first_and_last_days_there_are_do_not_overflow() -> None:
    watched = WatchedDay(date.max)
    assert not watched < date.max
    assert watched <= date.max
    assert watched.span() == DaySpan(date.max, date.max)
    earliest = WatchedDay(date.min)
    assert earliest < date.max
    assert earliest.span() == DaySpan(date.min, date.max - timedelta(days=1))


USES: dict[str, Callable[[WatchedDay], object]] = {
    "its text": str,
    "its repr": repr,
    "its format": lambda day: f"{day:%d %B}",
    "its year": lambda day: day.year,
    "a method": lambda day: day.isoformat(),
    "its hash": hash,
    "a day added": lambda day: day + timedelta(days=1),
    "added to a span of days": lambda day: timedelta(days=1) + day,
    "a day taken away": lambda day: day - timedelta(days=1),
    "taken from a day": lambda day: date(2027, 1, 1) - day,
    "compared with a datetime": lambda day: day == datetime(2026, 11, 28, 9, 0),
    "compared with another watched day": lambda day: day < WatchedDay(date(2027, 1, 1)),
    "compared with something else": lambda day: day != "2026-11-28",
}


@pytest.mark.parametrize("use", USES.values(), ids=USES.keys())
def test_any_other_use_ties_it_to_today_alone(use: Callable[[WatchedDay], object]) -> None:
    watched = WatchedDay(TODAY)
    use(watched)
    assert watched.span() == DaySpan(TODAY, TODAY)


def test_sums_with_it_are_plain_dates_worked_out_as_a_date_would() -> None:
    watched = WatchedDay(TODAY)
    assert type(watched + timedelta(days=3)) is date
    assert watched + timedelta(days=3) == date(2026, 12, 1)
    assert timedelta(days=3) + watched == date(2026, 12, 1)
    assert watched - timedelta(days=28) == date(2026, 10, 31)
    assert date(2026, 12, 25) - watched == timedelta(days=27)
    assert watched - date(2026, 11, 1) == timedelta(days=27)


def test_it_is_the_day_it_watches() -> None:
    watched = WatchedDay(TODAY)
    assert watched == TODAY
    assert isinstance(watched, date)
    assert (watched.year, watched.month, watched.day) == (2026, 11, 28)
