"""Which language the screens are in, for the few things written outside tr(): numbers and month names the
language's way, and the standard buttons' names where Qt has none in the language. (Sentences marked in core and
storage are put into the screens' language by gui/sentences.py.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.i18n import translated_locale, translated_screens

# Named inside the functions: PySide makes a class and its enums when first named, and the Unlock screen has no
# button box nor question box (issue 17).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox


def screen_locale() -> QLocale:
    """The screens' language's way with numbers and month names: British English on English screens (whatever
    the computer is set to, as the words around them are English)."""
    return translated_locale() or QLocale("en_GB")


# Qt's own words for its standard buttons come from the qtbase translation it ships, and Qt ships none for Urdu.
# Keyed by the button's name, which QDialogButtonBox and QMessageBox share.
_STANDARD_WORDS = {
    "Ok": QT_TRANSLATE_NOOP("StandardButtons", "&OK"),
    "Save": QT_TRANSLATE_NOOP("StandardButtons", "&Save"),
    "Cancel": QT_TRANSLATE_NOOP("StandardButtons", "&Cancel"),
    "Close": QT_TRANSLATE_NOOP("StandardButtons", "&Close"),
    "Yes": QT_TRANSLATE_NOOP("StandardButtons", "&Yes"),
    "No": QT_TRANSLATE_NOOP("StandardButtons", "&No"),
    "Discard": QT_TRANSLATE_NOOP("StandardButtons", "&Discard"),
}


def standard_buttons(which: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    """A dialog's row of standard buttons, named in the screens' language: Qt has no Urdu words for them, so
    without this an Urdu dialog ended in English "Save" and "Cancel"."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(which)
    name_standard_buttons(box)
    return box


def name_standard_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """On a translated screen, name a button box's or question box's standard buttons in its language ourselves."""
    if not translated_screens():
        return
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    kinds = QDialogButtonBox.StandardButton if isinstance(box, QDialogButtonBox) else QMessageBox.StandardButton
    for name, words in _STANDARD_WORDS.items():
        button = box.button(getattr(kinds, name))
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", words))
