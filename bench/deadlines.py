"""How much the per-year bank-holiday cache saves, measured against building the list on every call.

Run: python bench/deadlines.py
It times a year of `response_due` calls (365 receipt dates) with the cache (as shipped) and with a baseline that
builds the England and Wales holiday list for every working-day check, as a naive version would. Both run in
the same process; the last line is the ratio baseline / cached.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from unittest import mock

import holidays

from npdrights.core import deadlines

RECEIPT_DATES = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
ROUNDS = 5


def _a_year_of_deadlines() -> None:
    for received in RECEIPT_DATES:
        deadlines.response_due(received, clarification=[(received, received + timedelta(days=3))])


def _uncached(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year))


def _median_seconds(cached: bool) -> float:
    timings = []
    for _ in range(ROUNDS):
        deadlines._bank_holidays_in.cache_clear()
        deadlines.forget_remembered()  # the rules' own results are remembered too: time the rules, not the memo
        started = time.perf_counter()
        if cached:
            _a_year_of_deadlines()
        else:
            with mock.patch.object(deadlines, "_bank_holidays_in", _uncached):
                _a_year_of_deadlines()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    cached = _median_seconds(cached=True)
    baseline = _median_seconds(cached=False)
    print(f"cached (as shipped): {cached * 1000:.1f} ms for {len(RECEIPT_DATES)} deadlines")
    print(f"baseline (list built per check): {baseline * 1000:.1f} ms")
    print(f"ratio baseline/cached: {baseline / cached:.0f}x")


if __name__ == "__main__":
    main()
