"""Dates written the way people read them in British English."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


@lru_cache(maxsize=1)
def uk_time() -> ZoneInfo:
    """The clocks advisers read: GMT in winter, BST in summer. On Windows the rules come from the tzdata package.

    Loaded on first use (the audit trail), not when the Unlock screen starts: see bench/startup.py."""
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/London")


# The rules engine writes dates into every explanation, thousands of times when the cases list loads.
@lru_cache(maxsize=4096)
def long_date(day: date) -> str:
    """'Tuesday 5 May 2026' (no leading zero, portable: strftime's %-d is not available on Windows)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def long_datetime(moment: datetime) -> str:
    """'Tuesday 5 May 2026 at 14:05'."""
    return f"{long_date(moment.date())} at {moment:%H:%M}"


@lru_cache(maxsize=4096)
def day_and_month(day: date) -> str:
    """'Monday 4 May': for a day mentioned next to a full date, where repeating the year would be noise."""
    return f"{day:%A} {day.day} {day:%B}"


def day_month_year(day: date) -> str:
    """'5 May 2026': for tables and footers, where the weekday is noise."""
    return f"{day.day} {day:%B %Y}"


def uk_clock_time(stamp: str) -> str:
    """A stored UTC time ('2026-07-01T13:05:09Z') as the UK's clocks showed it: '2026-07-01 14:05:09 BST'.

    GMT or BST is always written: in the hour the clocks go back the same time comes twice, once in each.
    Text that isn't such a time (an entry someone changed) is returned as it is, not hidden.
    """
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(uk_time()).strftime("%Y-%m-%d %H:%M:%S %Z")
