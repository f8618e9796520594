"""Core's and storage's English sentences in the screens' language (issue 18): a marked text translated; a
`Sentence` translated and then filled in with its values, each in the screen's way. On English screens a Sentence
is its own English, as letters and the command line say it. Anything not marked comes back as it is.

Also the organisation as sentences name it. Dates are written by npdrights/gui/i18n.py, as on every screen."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from npdrights.core.sentence import DayAndMonth, PlainDate, Sentence
from npdrights.core.wording import first_lower, first_upper
from npdrights.gui.i18n import (
    screen_date,
    screen_datetime,
    screen_day_and_month,
    screen_long_date,
    translated_screens,
)


def on_screen(context: str, text: str) -> str:
    """`text`, marked under `context` (a Sentence's own context wins), in the screens' language."""
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
    if isinstance(value, Sentence):
        return on_screen(context, value)
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


def body_name(body: str) -> str:
    """'the DfE', 'the organisation' in the screens' language; a school's or council's own name as it is."""
    return QCoreApplication.translate("Bodies", body)
