"""The coverage gate measures the legal rules through their own tests in tests/core, and traces nothing else.

The tracer made every other test (the GUI, storage and CLI tests, two thirds of the suite) about 30% slower
although the gate counts only npdrights.core.deadlines, status and next_steps (issue 12, item 5). Those tests
reach 100% of the three modules on their own, so the gate is, if anything, stricter: a rule counts as
exercised only when a test of the rules exercises it, not when a GUI test happens to pass through it.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import coverage
import pytest

RULES_TESTS = Path(__file__).resolve().parent / "core"
_untraced_test_ran = False  # since the last rules test, in this process


def _forget_what_the_rules_remembered() -> None:
    """The rules remember their results (lru_cache). One remembered during an untraced test would be a cache hit
    in the next rules test, whose lines then never run under the tracer: the gate would fail depending on order."""
    # Imported here, not at the top: imported before coverage starts, its top lines would go uncounted.
    from npdrights.core import deadlines

    deadlines.forget_remembered()
    deadlines._bank_holidays_in.cache_clear()


def _tests_the_rules(item: pytest.Item) -> bool:
    return item.path.is_relative_to(RULES_TESTS)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    global _untraced_test_ran
    tracer = coverage.Coverage.current()  # None under --no-cov
    if tracer is None:
        return (yield)
    if _tests_the_rules(item):
        if _untraced_test_ran:
            _forget_what_the_rules_remembered()
            _untraced_test_ran = False
        return (yield)
    _untraced_test_ran = True
    tracer.stop()
    try:
        return (yield)
    finally:
        tracer.start()
