"""How much a person can type into one field, and which dates make sense (issue 11, items 13 and 14).

Generous for real use, small enough that nothing typed or imported can freeze the window or break a letter:
a name or a reference fits in about a kilobyte; notes, and what is wrong or right in a record, in about
100 KB (some 15,000 words). Dates run from 1900 to 2100. The same limits apply to what people type and to
every field of every row a backup brings in, so an import can't let in what the app would refuse.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP

SHORT_TEXT_CHARS = 1_024
LONG_TEXT_CHARS = 100_000
LIST_ITEMS = 100
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
# Fields that hold prose rather than a name, a reference or a line of an address.
LONG_TEXT_FIELDS = frozenset({"notes", "note", "recorded", "correct", "item", "grounds", "complaint", "harm"})
# Whole numbers and what they may be, by field name.
NUMBER_RANGES = {
    "from_year": range(EARLIEST_DATE.year, LATEST_DATE.year + 1),
    "to_year": range(EARLIEST_DATE.year, LATEST_DATE.year + 1),
    "extension_months": range(0, 13),
}
# What is said when one is out of its range: a Sentence, as the request wizard shows it while a year is typed
# (issue 18); each whole, so a translation need not build it from the field's name.
_NUMBER_REFUSALS = {
    "from_year": QT_TRANSLATE_NOOP("Problems", "The from year {value} is not a number npdrights can use."),
    "to_year": QT_TRANSLATE_NOOP("Problems", "The to year {value} is not a number npdrights can use."),
    "extension_months": QT_TRANSLATE_NOOP(
        "Problems", "The extension months {value} is not a number npdrights can use."
    ),
}
# Labels for messages: what people call these fields.
_FIELD_WORDS = {"full_name": "name", "former_names": "former names", "on": "date", "lines": "address lines"}


class LimitExceeded(ValueError):
    """A field outside its limit. `field` is where (e.g. "Case.notes"); str() is a plain sentence."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message  # a Sentence where a screen can say it in its language
        super().__init__(message)


def field_words(name: str) -> str:
    return _FIELD_WORDS.get(name, name.replace("_", " "))


def text_limit(field_name: str) -> int:
    return LONG_TEXT_CHARS if field_name in LONG_TEXT_FIELDS else SHORT_TEXT_CHARS


def check_text(field_name: str, text: str, where: str | None = None) -> None:
    limit = text_limit(field_name)
    if len(text) > limit:
        words = field_words(field_name)
        raise LimitExceeded(
            where or field_name,
            f"The {words} is too long: {len(text):,} characters, and the most npdrights keeps is {limit:,}. "
            "Shorten it, or keep the rest in a document you attach.",
        )


def check_date(field_name: str, value: date, where: str | None = None) -> None:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise LimitExceeded(
            where or field_name,
            f"The {field_words(field_name)} {value.isoformat()} is outside the years "
            f"{EARLIEST_DATE.year} to {LATEST_DATE.year}. Check the year.",
        )


def check_limits(value: Any, where: str = "") -> None:
    """Check every field of a model object (dataclasses, tuples, text, dates, numbers) against the limits above.
    Raises LimitExceeded naming the first field out of bounds."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        prefix = where or type(value).__name__
        for field in dataclasses.fields(value):
            _check_field(field.name, getattr(value, field.name), f"{prefix}.{field.name}")


def _check_field(name: str, value: Any, where: str) -> None:
    if value is None or isinstance(value, bool | Enum):
        return
    if isinstance(value, str):
        check_text(name, value, where)
    elif isinstance(value, date):
        check_date(name, value, where)
    elif isinstance(value, int):
        allowed = NUMBER_RANGES.get(name)
        if allowed is not None and value not in allowed:
            raise LimitExceeded(where, Sentence(_NUMBER_REFUSALS[name], value=value))
    elif isinstance(value, tuple):
        if len(value) > LIST_ITEMS:
            raise LimitExceeded(where, f"There are too many {field_words(name)}: the most is {LIST_ITEMS}.")
        for number, item in enumerate(value):
            if dataclasses.is_dataclass(item):
                check_limits(item, f"{where}[{number}]")
            else:
                _check_field(name, item, f"{where}[{number}]")
    elif dataclasses.is_dataclass(value):
        check_limits(value, where)
