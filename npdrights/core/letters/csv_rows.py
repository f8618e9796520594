"""One spreadsheet row -> the same JSON-shaped answers an answers file holds, for the batch command.

Each column is named by the answer's path, as in docs/answers-schema.md: `requester.name`,
`pupil.date_of_birth`. Lists of text (an address, former names) go in one cell, separated by ";", or in
numbered columns (`requester.address.1`, `requester.address.2`). Lists of records always use numbered columns:
`pupil.schools.1.name`, `pupil.schools.1.from_year`, `corrections.2.item`. Empty cells are left out, so a
missing required answer is reported by the same checks as for an answers file.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any

from npdrights.core.letters.answers import LetterAnswers, Problem
from npdrights.core.limits import LIST_ITEMS

LIST_SEPARATOR = ";"
_TRUE = {"yes", "true", "y", "1"}
_FALSE = {"no", "false", "n", "0"}


def answers_data_from_row(row: Mapping[str, str]) -> tuple[dict[str, Any], list[Problem]]:
    """The answers in `row` as JSON-shaped data, and any column that is not an answer or not readable."""
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for column, cell in row.items():
        if not column or not isinstance(cell, str):
            # A column with no heading (a trailing comma), or cells past the last heading (a ragged row: the csv
            # module gathers them in a list under None): not answers, and not worth refusing the row for.
            continue
        text = cell.strip()
        if not text:
            continue
        try:
            _put(data, LetterAnswers, column.strip().split("."), text)
        except _BadColumn as error:
            problems.append(Problem(column, str(error), "column"))
    return _lists_in_order(data), problems


class _BadColumn(ValueError):
    pass


def _unwrap(hint: Any) -> Any:
    """`X | None` -> X."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        return options[0] if len(options) == 1 else hint
    return hint


def _put(target: dict[str, Any], cls: type, path: list[str], text: str) -> None:
    name, rest = path[0], path[1:]
    hints = typing.get_type_hints(cls)
    if name not in hints:
        raise _BadColumn(f"not an answer; expected one of {', '.join(hints)} (see docs/answers-schema.md)")
    hint = _unwrap(hints[name])
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if not rest:
            if dataclasses.is_dataclass(item):
                raise _BadColumn(f"use numbered columns, e.g. {'.'.join([*path, '1', 'name'])}")
            target[name] = [_scalar(item, part.strip()) for part in text.split(LIST_SEPARATOR) if part.strip()]
            return
        if not rest[0].isdecimal() or not 1 <= int(rest[0]) <= LIST_ITEMS:
            raise _BadColumn(f"expected a number from 1 to {LIST_ITEMS} after {name!r}, e.g. {name}.1")
        items: dict[int, Any] = target.setdefault(name, {})
        index = int(rest[0])
        if dataclasses.is_dataclass(item):
            if len(rest) < 2:
                raise _BadColumn(f"name a field after the number, e.g. {name}.{index}.name")
            _put(items.setdefault(index, {}), typing.cast(type, item), rest[1:], text)
        else:
            items[index] = _scalar(item, text)
        return
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not rest:
            target[name] = text  # e.g. "recipient": "dfe"; the answers check says if a name is not allowed here
            return
        _put(target.setdefault(name, {}), hint, rest, text)
        return
    if rest:
        raise _BadColumn(f"{name!r} has no parts")
    target[name] = _scalar(hint, text)


def _scalar(hint: Any, text: str) -> Any:
    if hint is int:
        if not text.isdecimal() or len(text) > 9:  # isdigit() lets "²" through, which int() then refuses
            raise _BadColumn(f"{text!r} is not a whole number")
        return int(text)
    if hint is bool:
        if text.lower() not in _TRUE | _FALSE:
            raise _BadColumn(f"{text!r}: write yes or no")
        return text.lower() in _TRUE
    if hint is date or hint is str or (isinstance(hint, type) and issubclass(hint, Enum)):
        return text  # checked when the answers are read, with the same messages as an answers file
    raise TypeError(f"no spreadsheet form for {hint!r}")  # a programming error: a new kind of answer


def _lists_in_order(value: Any) -> Any:
    """Numbered columns were collected as {1: ..., 2: ...}; turn them into lists in number order."""
    if isinstance(value, dict):
        if value and all(isinstance(key, int) for key in value):
            return [_lists_in_order(value[key]) for key in sorted(value)]
        return {key: _lists_in_order(item) for key, item in value.items()}
    return value
