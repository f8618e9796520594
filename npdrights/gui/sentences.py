"""Core's English sentences in the screens' language: a marked text translated, a `Sentence` translated and then
filled in with its values, each in the screen's way (issue 18). Anything not marked comes back as it is.

Also the organisation as sentences name it. Dates are written by npdrights/gui/i18n.py, as on every screen."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from npdrights.core.sentence import Sentence
from npdrights.gui.i18n import screen_long_date


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
        return screen_long_date(value)
    if name == "Body":  # the organisation starting a sentence in the middle of the text: "The DfE must..."
        said = body_name(value[:1].lower() + value[1:])
        return said[:1].upper() + said[1:]
    return body_name(value) if name == "body" else value


def body_name(body: str) -> str:
    """'the DfE', 'the organisation' in the screens' language; a school's or council's own name as it is."""
    return QCoreApplication.translate("Bodies", body)
