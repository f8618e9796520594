"""The coverage gate is measured through the tests of the rules (tests/core); every other test runs untraced.

The gate counts only npdrights.core.deadlines, status and next_steps, yet on Python 3.11 the tracer is called
for every line of every test: about a sixth of the whole suite's CPU time (issue 12, item 5). tests/core
reaches 100% of the three modules on its own, so the bar is unchanged: a rule counts as exercised when a test of
the rules runs it, not when a GUI test happens to pass through it.

What keeps the gate from depending on test order:
- the rules' modules are imported here, while the tracer runs, so their top-level lines are always counted;
- before a traced test that follows untraced ones, every remembered result (functools cache) in npdrights is
  forgotten, so no result worked out while untraced can spare a rules test from running the lines behind it.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import coverage
import pytest

RULES_TESTS = Path(__file__).resolve().parent / "core"
# In tests/core, yet not a test of the rules: it checks the cases list's kept lines against the rules' answers, so
# it runs them thousands of times, and tracing it cost 5 of its 9 CPU-seconds. tests/core reaches the gate's 100%
# without it (checked: `pytest tests/core --deselect tests/core/test_kept_line_days.py` reports 100%), so it runs
# untraced, like the GUI tests.
NOT_RULES_TESTS = frozenset({RULES_TESTS / "test_kept_line_days.py"})
GATED_MODULES = ("npdrights.core.deadlines", "npdrights.core.status", "npdrights.core.next_steps")

# Imported while the tracer runs (pytest-cov starts it before conftest files load).
for _name in GATED_MODULES:
    importlib.import_module(_name)

_untraced_test_ran = False  # in this process, since the last traced test


def forget_every_remembered_result() -> None:
    """Every module-level cache of npdrights, including ones added later, without needing a list of them."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("npdrights.") or module is None:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


def _is_traced(item: pytest.Item) -> bool:
    return item.path.is_relative_to(RULES_TESTS) and item.path not in NOT_RULES_TESTS


def _paused_collector() -> Any:
    """coverage.py's collector, to pause and resume; None under --no-cov, or should a later coverage.py drop this
    private attribute (then everything is simply traced: slower, same gate)."""
    tracer = coverage.Coverage.current()
    return None if tracer is None else getattr(tracer, "_collector", None)


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Generator[None, object, object]:
    """Collecting imports every test module, and through them most of npdrights: traced, that cost each worker about
    1.8 CPU-seconds, the rules' top-level lines being counted already (imported above). Whatever collecting leaves
    remembered is forgotten before the first traced test, as after an untraced test (issue 12, item 5)."""
    global _untraced_test_ran
    try:
        with _untraced():
            return (yield)
    finally:
        _untraced_test_ran = True


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    global _untraced_test_ran
    tracer = coverage.Coverage.current()  # None under --no-cov
    if tracer is None:
        return (yield)
    if _is_traced(item):
        if _untraced_test_ran:
            forget_every_remembered_result()
            _untraced_test_ran = False
        return (yield)
    _untraced_test_ran = True
    with _untraced():
        return (yield)


@contextlib.contextmanager
def _untraced() -> Iterator[None]:
    # Paused, not stop()ped: Coverage.start() re-checks every imported module and re-applies its patches, which
    # costs more per test than the tracing saved. The collector is coverage.py's own object for exactly this.
    collector = _paused_collector()
    if collector is None:
        yield
        return
    collector.pause()
    try:
        yield
    finally:
        collector.resume()
