"""JSON nested deeper than the app ever writes is refused before parsing, with a ValueError, at any stack depth."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from npdrights.core.shallow_json import MAX_JSON_DEPTH, NestedTooDeeply, loads_shallow, nesting_depth

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("3", 0),
        ('{"a": [1, {"b": []}]}', 4),
        ('["[[[[", "\\"[[[", "}}"]', 1),  # brackets inside strings, escaped quotes included, don't count
        (DEEP, 100_000),
    ],
)
def test_the_depth_counts_only_brackets_outside_strings(text: str, depth: int) -> None:
    assert nesting_depth(text) == depth


def test_ordinary_json_parses_as_json_loads_would() -> None:
    assert loads_shallow(b'{"name": "Ezekiel Inventwell", "schools": [{"urn": 100000}]}') == {
        "name": "Ezekiel Inventwell",
        "schools": [{"urn": 100000}],
    }


def test_json_as_deep_as_the_limit_parses_and_one_deeper_is_refused() -> None:
    assert loads_shallow("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) is not None
    with pytest.raises(NestedTooDeeply):
        loads_shallow("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))


def _at_stack_depth(frames_left: int, job: Callable[[], object]) -> object:
    """Run `job` with only about `frames_left` frames to spare before Python's recursion limit."""

    def descend(level: int) -> object:
        return job() if level <= 0 else descend(level - 1)

    return descend(sys.getrecursionlimit() - len(_frames()) - frames_left)


def _frames() -> list[object]:
    frame, frames = sys._getframe(), []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back  # type: ignore[assignment]
    return frames


def test_deep_nesting_is_refused_cleanly_even_with_little_stack_left() -> None:
    """A RecursionError once escaped a test run already deep in pytest's own recursion (issue 12, flaky test)."""

    def parse() -> object:
        with pytest.raises(NestedTooDeeply):
            loads_shallow(DEEP.encode())
        return "refused"

    assert _at_stack_depth(40, parse) == "refused"


def test_bad_json_is_still_a_value_error() -> None:
    with pytest.raises(ValueError, match="Expecting"):
        loads_shallow("[1, 2")
