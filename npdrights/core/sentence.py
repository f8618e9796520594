"""A sentence core writes in English that a screen can still say in the family's language (issue 18).

`Sentence(QT_TRANSLATE_NOOP(context, "Your child is {age} years old."), age=7)` is the English text itself (a str:
letters, the CLI and comparisons use it as they always did), and also keeps the template and its values, so the
GUI can translate the template and fill it in again. Core stays free of Qt.

`Sentence.of(context, template, **values)` also remembers its context, for a sentence that is a value inside another
(an event's name inside a case's summary). Its values may be dates (written 'Friday 1 May 2026' in English, the
screen's way on screen) or other Sentences. A value named `body` is the organisation as sentences name it ('the
DfE'), which the screen may translate; `Body` too, where it starts a sentence ('The DfE'). `capital=True` starts
the English with a capital letter, as a sentence that begins with 'the DfE' needs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from npdrights.core.dates import long_date
from npdrights.core.wording import first_upper


class Sentence(str):
    template: str
    values: dict[str, Any]
    context: str
    capital: bool

    def __new__(cls, template: str, **values: Any) -> Sentence:
        return cls._made(template, "", False, values)

    @classmethod
    def of(cls, context: str, template: str, *, capital: bool = False, **values: Any) -> Sentence:
        return cls._made(template, context, capital, values)

    @classmethod
    def _made(cls, template: str, context: str, capital: bool, values: dict[str, Any]) -> Sentence:
        english = {name: long_date(value) if isinstance(value, date) else value for name, value in values.items()}
        text = template.format(**english) if values else template
        made = super().__new__(cls, first_upper(text) if capital else text)
        made.template = template
        made.values = values
        made.context = context
        made.capital = capital
        return made
