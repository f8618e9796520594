"""Which language the screens are in, for the few things worded or written outside tr(): numbers and month names
the language's way, and a word of warning above text that is still English on a translated screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from npdrights.core.languages import ENGLISH
from npdrights.gui.i18n import LANGUAGE_PROPERTY


def _translation() -> str | None:
    """The code of the screens' translation ("pl", "ur"), or None on English screens."""
    app = QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return code if isinstance(code, str) and code != ENGLISH.code else None


def screens_translated() -> bool:
    return _translation() is not None


def screen_locale() -> QLocale:
    """The screens' language's way with numbers and month names: British English on English screens (whatever
    the computer is set to, as the words around them are English)."""
    code = _translation()
    return QLocale(code) if code is not None else QLocale("en_GB")


def screen_count(number: int) -> str:
    """A count on screen: '1,000' on English screens, '1 000' on Polish ones."""
    return screen_locale().toString(number)
