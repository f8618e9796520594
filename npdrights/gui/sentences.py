"""Core's English sentences in the screens' language: a marked text translated, a `Sentence` translated and then
filled in with its values, each in the screen's way (issue 18). Anything not marked comes back as it is.

Also the two ways of writing values that every translated screen shares: a day with its weekday, and the
organisation as sentences name it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from npdrights.core.dates import long_date
from npdrights.core.languages import ENGLISH
from npdrights.core.sentence import Sentence
from npdrights.gui.i18n import LANGUAGE_PROPERTY


def on_screen(context: str, text: str) -> str:
    if not isinstance(text, Sentence):
        return QCoreApplication.translate(context, text)
    own = text.context or context
    values = {name: _value(own, name, value) for name, value in text.values.items()}
    said = QCoreApplication.translate(own, text.template).format(**values)
    return said[:1].upper() + said[1:] if text.capital else said


def _value(context: str, name: str, value: Any) -> Any:
    if isinstance(value, Sentence):
        return on_screen(context, value)
    if isinstance(value, date):
        return long_day(value)
    if name == "Body":  # the organisation starting a sentence in the middle of the text: "The DfE must..."
        said = body_name(value[:1].lower() + value[1:])
        return said[:1].upper() + said[1:]
    return body_name(value) if name == "body" else value


# Polish puts the weekday last, in brackets: the date then follows "do", "od" or "z" as Polish grammar wants it
# ("do 5 listopada 2026 (czwartek)"); a weekday first would need its own case ending after each of them.
_LONG_DAY_PATTERNS = {"pl": "d MMMM yyyy (dddd)"}


def short_day(day: date) -> str:
    """A day in a table column, with no room for the weekday: '5 Oct 2026'; '5 paź 2026' in Polish, and in Urdu
    with its month's name, so the column reads from the right (an English month's name there showed the day last)."""
    code = _screens_language()
    if code is None:
        return f"{day.day} {day:%b %Y}"
    return QLocale(code).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _screens_language() -> str | None:
    """The screens' language code, or None on English screens (where the letters' way of writing dates is kept)."""
    app = QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return code if isinstance(code, str) and code != ENGLISH.code else None


def long_day(day: date) -> str:
    """A deadline's day with its weekday (a reader plans by it): 'Saturday 28 November 2026' on English screens,
    as the letters write it, '28 listopada 2026 (sobota)' on Polish ones."""
    code = _screens_language()
    if code is None:
        return long_date(day)
    pattern = _LONG_DAY_PATTERNS.get(code, "dddd d MMMM yyyy")
    return QLocale(code).toString(QDate(day.year, day.month, day.day), pattern)


def body_name(body: str) -> str:
    """'the DfE', 'the organisation' in the screens' language; a school's or council's own name as it is."""
    return QCoreApplication.translate("Bodies", body)
