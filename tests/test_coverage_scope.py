"""What keeps the coverage gate independent of test order (tests/coverage_scope.py): the modules it traces are
the gated ones, and what the rules remembered during an untraced test is forgotten before a traced one."""

from __future__ import annotations

import functools
import tomllib
from datetime import date
from pathlib import Path

import coverage
import pytest

from npdrights.core import deadlines
from tests import coverage_scope
from tests.coverage_scope import GATED_MODULES, NOT_RULES_TESTS, RULES_TESTS, forget_every_remembered_result

ROOT = Path(__file__).resolve().parents[1]


def test_the_modules_imported_under_the_tracer_are_the_gated_ones() -> None:
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["addopts"]
    gated = sorted(option.removeprefix("--cov=") for option in options.split() if option.startswith("--cov="))
    assert gated == sorted(GATED_MODULES)


def test_every_remembered_result_of_the_rules_is_forgotten() -> None:
    remembered = [value for value in vars(deadlines).values() if isinstance(value, functools._lru_cache_wrapper)]
    assert deadlines.is_working_day in remembered
    assert deadlines._bank_holidays_in in remembered
    deadlines.is_working_day(date(2026, 12, 25))  # Christmas Day: worked out, then remembered
    assert deadlines.is_working_day.cache_info().currsize > 0
    assert deadlines._bank_holidays_in.cache_info().currsize > 0

    forget_every_remembered_result()

    assert [rule.cache_info().currsize for rule in remembered] == [0] * len(remembered)


def test_the_tests_left_untraced_in_tests_core_are_still_there() -> None:
    """A renamed file would silently be traced again: slower, and a sign the list needs looking at."""
    assert NOT_RULES_TESTS
    assert all(path.is_file() and path.parent == RULES_TESTS for path in NOT_RULES_TESTS)


def test_collecting_is_untraced_and_what_it_remembered_is_forgotten_before_a_traced_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    class Collector:
        def pause(self) -> None:
            calls.append("pause")

        def resume(self) -> None:
            calls.append("resume")

    class Tracer:
        _collector = Collector()

    monkeypatch.setattr(coverage.Coverage, "current", staticmethod(Tracer))
    monkeypatch.setattr(coverage_scope, "_untraced_test_ran", False)
    collecting = coverage_scope.pytest_collection(session=None)  # type: ignore[arg-type]
    next(collecting)
    assert calls == ["pause"]
    with pytest.raises(StopIteration):
        collecting.send(None)
    assert calls == ["pause", "resume"]
    assert coverage_scope._untraced_test_ran
