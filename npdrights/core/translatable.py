"""Marks user-visible text in Qt-free code for translation, without translating it here.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` recognises the name and copies
the text into the .ts files under `context`. The GUI translates the English text where it shows it, with
`QCoreApplication.translate(context, text)` (the same context). Core stays free of Qt (an import-linter rule).

A sentence with something put into it (a name, a count, a date) is a `Sentence` (npdrights/core/sentence.py): the
English text itself, keeping its marked template and values apart, so the screens translate the template and then
fill it in (npdrights/gui/sentences.py:on_screen).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
