"""The ICO form's summary box takes at most 2,000 characters (docs/law.md §8)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from npdrights.core.letters import ICO_SUMMARY_LIMIT, cap_summary, form_length


def test_a_summary_that_fits_is_unchanged() -> None:
    summary = cap_summary("  I sent a request. It was not answered.  ")
    assert summary.text == "I sent a request. It was not answered."
    assert not summary.shortened
    assert summary.counter == "38 of 2,000 characters"


def test_a_long_summary_is_cut_at_a_sentence() -> None:
    summary = cap_summary("They did not answer. " * 150)
    assert summary.shortened
    assert summary.length <= ICO_SUMMARY_LIMIT
    assert summary.text.endswith("answer. …")


def test_characters_that_count_twice_in_a_web_form_are_counted_twice() -> None:
    assert form_length("é") == 1
    assert form_length("😀") == 2  # outside the Basic Multilingual Plane: two UTF-16 code units
    assert cap_summary("😀" * 1500).length <= ICO_SUMMARY_LIMIT


@given(st.text(max_size=5000))
def test_the_summary_never_exceeds_the_limit(text: str) -> None:
    summary = cap_summary(text)
    assert summary.length <= ICO_SUMMARY_LIMIT
    assert summary.shortened == (form_length(text.strip()) > ICO_SUMMARY_LIMIT)
