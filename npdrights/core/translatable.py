"""Marks user-visible text in Qt-free code for translation, without translating it here.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` recognises the name and copies
the text into the .ts files under `context`. The GUI translates the English text where it shows it, with
`QCoreApplication.translate(context, text)` (the same context). Core stays free of Qt (an import-linter rule).

A sentence with something put into it (a name, a count, a date) is a `Sentence` (npdrights/core/sentence.py): the
English text itself, keeping its marked template and values apart, so the screens translate the template and then
fill it in (npdrights/gui/sentences.py:on_screen).

A text that counts something ("in %n day(s)") is marked `QT_TRANSLATE_NOOP(context, text, "", 1)`: lupdate gives it
plural forms only when it sees a literal count as the fourth argument. Its Sentence is `Sentence.counted`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "", counted: int = 0) -> str:
    """The name lupdate looks for; `disambiguation` and `counted` are only there for lupdate to read."""
    return text
