"""Dates in the register: real dates, spreadsheet serial numbers, and text in the many ways people type them.

Text dates are day-first (British). A range ("2012/13 to 2015/16", "2010-2015") gives the years a release
covered. Nothing here guesses silently: what cannot be read returns None and the import report lists it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

# Excel's day 0 (its 1900 leap-year bug makes 30 December 1899 the right origin for every serial after Feb 1900).
_SERIAL_ORIGIN = date(1899, 12, 30)
_SERIAL_RANGE = (18_264, 73_051)  # 1950-01-01 to 2099-12-31: any other number is not a date
EARLIEST, LATEST = 1990, 2099

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_WORDS = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]+)\.?,?[\s\-]+(\d{2,4})$")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?:\s*/\s*(\d{2,4}))?(?!\d)")


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        made = date(year, month, day)
    except ValueError:
        return None
    return made if EARLIEST <= made.year <= LATEST else None


def from_serial(number: float) -> date | None:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        return None
    return _SERIAL_ORIGIN + timedelta(days=int(number))


def parse_date(value: Any) -> date | None:
    """A cell's date, or None. Accepts date/datetime, a serial number, or text such as '12/09/2017',
    '12 September 2017', 'Sep-17' (the first of that month) and '2017-09-12'. For a range, its first date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return from_serial(value)
    return _parse_text(str(value))


@lru_cache(maxsize=4096)  # editions repeat the same few hundred dates: parse each text once
def _parse_text(text: str) -> date | None:
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    for part in re.split(r"\s+(?:to|until|-|–)\s+|\s*;\s*|\n", cleaned):
        found = _one_text_date(part.strip())
        if found is not None:
            return found
    return None


def _one_text_date(text: str) -> date | None:
    if match := _NUMERIC.match(text):
        day, month, year = match.groups()
        return _safe_date(_full_year(year), int(month), int(day))
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return _safe_date(int(year), int(month), int(day))
    if match := _WORDS.match(text):
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name)
        if month is None:
            return None
        return _safe_date(_full_year(year), month, int(day) if day else 1)
    try:
        number = float(text)
    except ValueError:
        return None
    return from_serial(number)


def parse_years(value: Any) -> tuple[int, int] | None:
    """The first and last year a cell names: '2012/13 to 2015/16' -> (2012, 2016); '2014' -> (2014, 2014);
    a date -> its year. Academic years count both calendar years they touch. None if no year is given."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return (value.year, value.year)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if EARLIEST <= value <= LATEST:
            return (int(value), int(value))
        day = from_serial(value)
        return (day.year, day.year) if day else None
    return _years_in_text(str(value))


@lru_cache(maxsize=4096)
def _years_in_text(text: str) -> tuple[int, int] | None:
    years: list[int] = []
    for match in _YEAR.finditer(text):
        first = int(match.group(1))
        years.append(first)
        second = match.group(2)
        if second:
            end = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
            if first <= end <= first + 1:
                years.append(end)
    years = [year for year in years if EARLIEST <= year <= LATEST]
    if not years:
        return None
    return (min(years), max(years))
