"""Dates written the way people read them in British English."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache


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
