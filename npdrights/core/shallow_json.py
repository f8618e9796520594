"""JSON from outside the app (a backup, an answers file), refused before parsing if it is nested too deeply.

json.loads recurses once per level of nesting, so "[[[[…" 100,000 deep raises RecursionError, and how deep it gets
first depends on how deep the caller's stack already is: caught in one place, it escaped in another (a test run
deep inside pytest). Counting the brackets first refuses such a file with a plain ValueError at any stack depth.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

# Nothing the app writes is nested more than a handful of levels; this leaves plenty of room and stays far below
# Python's recursion limit however deep the caller is.
MAX_JSON_DEPTH = 64

# A JSON string, escapes included, so the brackets inside one don't count (written without nested repetition: no
# backtracking blow-up on an unterminated string).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class NestedTooDeeply(ValueError):
    """The JSON has more levels of nesting than any the app writes."""


def nesting_depth(text: str) -> int:
    """How many levels of arrays and objects the JSON text opens at its deepest (0 for a plain value)."""
    outside_strings = _STRING.sub("", text)
    return max(accumulate(_STEP[match.group()] for match in _BRACKET.finditer(outside_strings)), default=0)


def loads_shallow(raw: str | bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """json.loads, but NestedTooDeeply (a ValueError) for JSON nested more than `max_depth` levels, found before
    parsing. Bad JSON and bad UTF-8 raise ValueError as json.loads does."""
    text = raw.decode(json.detect_encoding(raw), "surrogatepass") if isinstance(raw, bytes) else raw
    if nesting_depth(text) > max_depth:
        raise NestedTooDeeply(f"nested too deeply (more than {max_depth} levels)")
    return json.loads(text)
