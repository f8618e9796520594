"""Issue 16, item 1: the audit trail's UTC times are shown as the UK's clocks read them, GMT or BST."""

from __future__ import annotations

import pytest

from npdrights.core.dates import uk_clock_time


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        pytest.param("2026-01-15T09:30:00Z", "2026-01-15 09:30:00 GMT", id="winter: GMT is UTC"),
        pytest.param("2026-07-01T13:05:09Z", "2026-07-01 14:05:09 BST", id="summer: an hour ahead"),
        pytest.param("2026-07-01T23:30:00Z", "2026-07-02 00:30:00 BST", id="summer: past midnight, the next day"),
        # Clocks go forward at 01:00 UTC on Sunday 29 March 2026: 00:59 GMT, then 02:00 BST.
        pytest.param("2026-03-29T00:59:59Z", "2026-03-29 00:59:59 GMT", id="last second before they go forward"),
        pytest.param("2026-03-29T01:00:00Z", "2026-03-29 02:00:00 BST", id="the moment they go forward"),
        # Clocks go back at 01:00 UTC on Sunday 25 October 2026: 01:30 comes twice, once in each.
        pytest.param("2026-10-25T00:30:00Z", "2026-10-25 01:30:00 BST", id="the first 01:30, in BST"),
        pytest.param("2026-10-25T01:30:00Z", "2026-10-25 01:30:00 GMT", id="the second 01:30, in GMT"),
        pytest.param("2026-07-01T13:05:09+00:00", "2026-07-01 14:05:09 BST", id="an explicit offset"),
        pytest.param("2026-07-01T13:05:09", "2026-07-01 14:05:09 BST", id="no offset: stored times are UTC"),
    ],
)
def test_a_utc_time_is_shown_in_uk_clock_time(stored: str, shown: str) -> None:
    assert uk_clock_time(stored) == shown


def test_text_that_is_not_a_time_is_shown_as_written() -> None:
    assert uk_clock_time("yesterday, about lunchtime") == "yesterday, about lunchtime"
