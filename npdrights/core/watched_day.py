"""Today's date for the rules engine, noting on which days every comparison made with it would answer the same.

A case's line depends on the day only through comparisons with today ("is the answer late?", "has the reminder's
reply-by date passed?"): due dates and sentences come from the events alone. So a line worked out with a
`WatchedDay` is the same on every day of its `span()`, the days on which each of those comparisons gives the
answer it gave: the rules engine takes the same path through the same values there. The cases list keeps a line
for that span instead of for one day, and a new day works out only the cases whose line can have changed
(issue 17; service/summary_cache.py).

Any other use of the day (its text, its year, sums with it) could carry it into a line in ways no comparison shows,
so it narrows the span to today alone: the span can only be too short, never too long.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, NamedTuple

_FIRST, _LAST = date.min.toordinal(), date.max.toordinal()


class DaySpan(NamedTuple):
    """From `first` to `last`, both included."""

    first: date
    last: date

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


class WatchedDay(date):
    """A date that notes the span on which the comparisons made with it keep their answers (see the module)."""

    __slots__ = ("_first", "_last")
    _first: int  # ordinals: one day before or after never overflows, as a date would at date.min or date.max
    _last: int

    def __new__(cls, day: date) -> WatchedDay:
        watched = super().__new__(cls, day.year, day.month, day.day)
        watched._first, watched._last = _FIRST, _LAST
        return watched

    def span(self) -> DaySpan:
        """The days on which every comparison made so far gives the answer it gave today."""
        return DaySpan(date.fromordinal(max(self._first, _FIRST)), date.fromordinal(min(self._last, _LAST)))

    # -- comparisons: each answer holds on one side of a boundary day -----------------------------------------

    def __lt__(self, other: date) -> bool:  # today < other: today is before `other`
        return self._compared(other, date.__lt__(self, other), after=0)

    def __ge__(self, other: date) -> bool:  # the same question, the other answer
        return self._compared(other, date.__ge__(self, other), after=0)

    def __le__(self, other: date) -> bool:  # today <= other: today is before the day after `other`
        return self._compared(other, date.__le__(self, other), after=1)

    def __gt__(self, other: date) -> bool:
        return self._compared(other, date.__gt__(self, other), after=1)

    def __eq__(self, other: object) -> bool:
        if type(other) is not date:
            self._exactly_today()
        elif date.toordinal(self) == other.toordinal():
            self._within(date.toordinal(self), date.toordinal(self))
        else:  # unequal on every day on the same side of `other` as today
            self._side_of(other.toordinal() + (date.toordinal(self) > other.toordinal()))
        return date.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        answer: object = WatchedDay.__eq__(self, other)
        return answer if answer is NotImplemented else not answer  # as a date does

    def _compared(self, other: date, answer: bool, *, after: int) -> bool:
        """`answer` holds on every day on today's side of `other` + `after` days (or only today, for a day that is
        not a plain date)."""
        if type(other) is date:
            self._side_of(other.toordinal() + after)
        else:
            self._exactly_today()
        return answer

    def _side_of(self, boundary: int) -> None:
        """Narrow to the days before `boundary` (an ordinal) if today is one of them, else to it and after."""
        if date.toordinal(self) < boundary:
            self._within(_FIRST, boundary - 1)
        else:
            self._within(boundary, _LAST)

    def _within(self, first: int, last: int) -> None:
        self._first, self._last = max(self._first, first), min(self._last, last)

    def _exactly_today(self) -> None:
        today = date.toordinal(self)
        self._within(today, today)

    # -- every other use ties the answer to today alone -----------------------------------------------------------

    def __getattribute__(self, name: str) -> Any:
        if name not in _OWN:
            self._exactly_today()
        return super().__getattribute__(name)

    def __hash__(self) -> int:
        self._exactly_today()
        return date.__hash__(self)

    def __str__(self) -> str:
        self._exactly_today()
        return date.__str__(self)

    def __repr__(self) -> str:
        self._exactly_today()
        return date.__repr__(self)

    def __format__(self, spec: str) -> str:
        self._exactly_today()
        return date.__format__(self, spec)

    def __add__(self, other: timedelta) -> date:  # type: ignore[override]  # a plain date: the sum is not watched
        self._exactly_today()
        return self._plain() + other

    def __radd__(self, other: timedelta) -> date:  # type: ignore[override]
        return WatchedDay.__add__(self, other)

    def __sub__(self, other: Any) -> Any:
        self._exactly_today()
        return self._plain() - other

    def __rsub__(self, other: Any) -> Any:
        self._exactly_today()
        return other - self._plain()

    def _plain(self) -> date:
        return date.fromordinal(date.toordinal(self))


# What the watching itself reads: everything else read from the day counts as a use of it.
_OWN = frozenset(
    {"_first", "_last", "span", "_compared", "_side_of", "_within", "_exactly_today", "_plain", "__class__"}
)
