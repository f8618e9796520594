"""Which language the screens are in, for the few things worded or written outside tr(): numbers and month names
the language's way, sentences marked in core and storage (a `Said`), a word of warning above text that is still
English on a translated screen, and the standard buttons' names where Qt has none in the language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from npdrights.core.translatable import QT_TRANSLATE_NOOP, Said
from npdrights.gui.i18n import screen_date, screen_datetime, translated_locale, translated_screens


def screen_locale() -> QLocale:
    """The screens' language's way with numbers and month names: British English on English screens (whatever
    the computer is set to, as the words around them are English)."""
    return translated_locale() or QLocale("en_GB")


# Qt's own words for its standard buttons come from the qtbase translation it ships, and Qt ships none for Urdu.
_STANDARD_WORDS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("StandardButtons", "&OK"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("StandardButtons", "&Save"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("StandardButtons", "&Cancel"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("StandardButtons", "&Close"),
}


def name_standard_buttons(box: QDialogButtonBox) -> None:
    """On a translated screen, name a button box's standard buttons in its language ourselves."""
    if not translated_screens():
        return
    for kind, words in _STANDARD_WORDS.items():
        button = box.button(kind)
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", words))


def worded(said: Said, context: str) -> str:
    """A sentence core or storage marked under `context`, in the screens' language, with its fields filled in and
    its dates written the screen's way; on English screens, its own English."""
    if not translated_screens():
        return said.english()
    sentence = QCoreApplication.translate(context, said.template)
    if not said.fields:
        return sentence
    return sentence.format(**{name: _shown(value, context) for name, value in said.fields.items()})


def _shown(value: object, context: str) -> object:
    if isinstance(value, Said):  # a phrase inside the sentence, marked under the same context
        return worded(value, context)
    if isinstance(value, datetime):
        return screen_datetime(value)
    return screen_date(value) if isinstance(value, date) else value
