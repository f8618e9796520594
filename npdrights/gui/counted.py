"""Counts on screen in the screens' language: a spin box whose number sits inside words that change with it
("1 minute", "5 minut"), and a plain count ("1,000", "1 000")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QSpinBox

from npdrights.core.languages import ENGLISH
from npdrights.gui.i18n import LANGUAGE_PROPERTY


def count_in_words(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """Show `spin`'s number inside `words(number)`, a translated plural ("%n minute(s)"): Polish has three forms
    (1 minuta, 2 minuty, 5 minut) and Urdu may put the words either side, so the words around the number become
    the spin box's prefix and suffix each time the number changes."""

    def show(value: int) -> None:
        said = words(value)
        before, number, after = said.partition(str(value))
        spin.setPrefix(before if number else "")
        spin.setSuffix(after if number else f" {said}")

    show(spin.value())
    spin.valueChanged.connect(show)


def screen_locale() -> QLocale:
    """The screens' language's way with numbers and month names: British English on English screens (whatever
    the computer is set to, as the words around them are English)."""
    app = QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    if isinstance(code, str) and code != ENGLISH.code:
        return QLocale(code)
    return QLocale("en_GB")


def screen_count(number: int) -> str:
    """A count on screen: '1,000' on English screens, '1 000' on Polish ones."""
    return screen_locale().toString(number)
