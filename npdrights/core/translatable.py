"""Marks user-visible text in Qt-free code for translation, without translating it here.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` recognises the name and copies
the text into the .ts files under `context`. The GUI translates the English text where it shows it, with
`QCoreApplication.translate(context, text)` (the same context). Core stays free of Qt (an import-linter rule).

A sentence with something put into it (a name, a count, a date) is a `Said`: its marked English with {fields}
left in, and the fields apart, so the screens translate the sentence and then fill it in
(npdrights/gui/screen_language.py:worded), while the command line prints `said.english()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from npdrights.core.dates import long_date, long_datetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


@dataclass(frozen=True)
class Said:
    """A marked English `template` with its `fields` kept apart; dates are written when the words are."""

    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def english(self) -> str:
        if not self.fields:
            return self.template  # nothing to fill in: braces in a plain message stay as they are
        return self.template.format(**{name: _english(value) for name, value in self.fields.items()})


def _english(value: object) -> object:
    if isinstance(value, Said):  # a phrase of its own inside the sentence ("2010 to 2018")
        return value.english()
    if isinstance(value, datetime):
        return long_datetime(value)
    return long_date(value) if isinstance(value, date) else value
