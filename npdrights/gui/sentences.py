"""Core's and storage's English sentences in the screens' language (issue 18): a marked text translated; a
`Sentence` translated and then filled in with its values, each in the screen's way. On English screens a Sentence
is its own English, as letters and the command line say it. Anything not marked comes back as it is.

Also the organisation as sentences name it. Dates are written by npdrights/gui/i18n.py, as on every screen.

On a right-to-left screen (Urdu) a line that starts with a Latin word ('DfE …', a file's name) would be laid out
left to right, its words in the wrong order, so such a line starts with a right-to-left mark: here, once, rather
than in each translation."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from npdrights.core.sentence import BankHolidayName, DayAndMonth, PlainDate, Quoted, Sentence
from npdrights.core.wording import first_lower, first_upper
from npdrights.gui.i18n import (
    screen_date,
    screen_datetime,
    screen_day_and_month,
    screen_long_date,
    screens_language,
    translated_screens,
)

RIGHT_TO_LEFT_MARK = "\u200f"
# Around English quoted in an Urdu line: laid out on its own, left to right, and then placed in the line as one
# piece, so its words and the line's do not change places (Unicode's first-strong isolate and its end).
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def on_screen(context: str, text: str) -> str:
    """`text`, marked under `context` (a Sentence's own context wins), in the screens' language."""
    return in_reading_order(_said(context, text))


def in_reading_order(text: str) -> str:
    """`text` as the screens lay it out: on a right-to-left screen, see `read_from_the_right`; else as it is.
    For texts said whole in one place (a message, a question box) that have not come through on_screen."""
    return read_from_the_right(text) if QGuiApplication.isRightToLeft() else text


def read_from_the_right(text: str) -> str:
    """Each line of right-to-left words that starts with a left-to-right one, marked to be laid out from the right.
    A line with no right-to-left letters at all (a name, English left as it is) is left to read as it is, and so is
    markup: a mark before '<b>' would stop a label seeing that it is rich text."""
    lines = [line.rstrip(" ") for line in text.split("\n")]  # a space left before a new line would push it aside
    return "\n".join(RIGHT_TO_LEFT_MARK + line if _needs_mark(line) else line for line in lines)


def isolated(text: str) -> str:
    """`text` as one piece of a right-to-left line, its own words in their own direction."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def _needs_mark(line: str) -> bool:
    return not line.lstrip().startswith("<") and _first_strong(line) == "L" and _has_right_to_left(line)


def _first_strong(line: str) -> str:
    """The Unicode bidirectional class ('L', 'R' or 'AL') that sets a line's direction, or '' if none does."""
    return next((kind for kind in map(unicodedata.bidirectional, line) if kind in ("L", "R", "AL")), "")


def _has_right_to_left(line: str) -> bool:
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in line)


def _said(context: str, text: str) -> str:
    if not isinstance(text, Sentence):
        return QCoreApplication.translate(context, text)
    if not translated_screens():
        return str(text)
    own = text.context or context
    said = QCoreApplication.translate(own, text.template, None, -1 if text.how_many is None else text.how_many)
    if text.values:  # without values, braces in a plain message stay as they are
        said = said.format(**{name: _value(own, name, value, text) for name, value in text.values.items()})
    return first_upper(said) if text.capital else first_lower(said) if text.small_first else said


def _value(context: str, name: str, value: Any, sentence: Sentence) -> Any:
    if isinstance(value, Sentence):  # inside a line: only the whole line's start needs the mark
        return _said(context, value)
    if isinstance(value, BankHolidayName) and (named := _bank_holiday_named(value)):
        return named
    if isinstance(value, Quoted):  # English as it is: on a right-to-left screen, a run (or a line) of its own
        quoted = body_name(value) if name == "body" else str(value)
        if not QGuiApplication.isRightToLeft():
            return quoted
        return f"\n{isolated(quoted)}" if value.own_line else isolated(quoted)
    if isinstance(value, datetime):  # before date: a datetime is a date too, and its time matters
        return screen_datetime(value)
    if isinstance(value, DayAndMonth):
        return screen_day_and_month(value)
    if isinstance(value, PlainDate):
        return screen_date(value)
    if isinstance(value, date):
        return screen_long_date(value) if sentence.weekday_on_screen else screen_date(value)
    if name == "Body":  # the organisation starting a sentence in the middle of the text: "The DfE must..."
        return first_upper(body_name(value[:1].lower() + value[1:]))
    return body_name(value) if name == "body" else value


def _bank_holiday_named(holiday: BankHolidayName) -> str | None:
    """The holiday's name in the screens' language, where the holidays package has one (Urdu); else None."""
    from npdrights.core.deadlines import bank_holiday_in  # the calendar: only once a holiday is named

    code = screens_language()
    return bank_holiday_in(holiday.day, code) if code is not None else None


def body_name(body: str) -> str:
    """'the DfE', 'the organisation' in the screens' language; a school's or council's own name as it is."""
    return QCoreApplication.translate("Bodies", body)
