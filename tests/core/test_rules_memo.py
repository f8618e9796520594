"""The rules remember results for inputs seen before (the cases list asks thousands of times); that must never
change an answer, and benchmarks can make them forget."""

from __future__ import annotations

from datetime import date

from npdrights.core import deadlines
from npdrights.core.model import PostMethod


def test_remembered_results_are_the_same_and_can_be_forgotten() -> None:
    deadlines.forget_remembered()
    first = deadlines.response_due(date(2026, 4, 8), clarification=[(date(2026, 4, 10), date(2026, 4, 14))])
    again = deadlines.response_due(date(2026, 4, 8), clarification=((date(2026, 4, 10), date(2026, 4, 14)),))
    assert again is first  # a list or a tuple of pauses: the same remembered answer
    receipt = deadlines.deemed_receipt(date(2026, 4, 2), PostMethod.FIRST_CLASS)
    assert receipt.due == date(2026, 4, 8)  # docs/law.md §1.3: two working days, Easter skipped
    assert deadlines.deemed_receipt(date(2026, 4, 2), PostMethod.FIRST_CLASS, body="the DfE") is not receipt
    deadlines.complaint_acknowledgement_due(date(2026, 7, 1))
    deadlines.forget_remembered()
    assert deadlines.deemed_receipt.cache_info().currsize == 0
    assert deadlines.complaint_acknowledgement_due.cache_info().currsize == 0
    assert deadlines.response_due(date(2026, 4, 8), clarification=[(date(2026, 4, 10), date(2026, 4, 14))]) == first
