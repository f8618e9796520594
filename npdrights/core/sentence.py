"""A sentence core writes in English that a screen can still say in the family's language (issue 18).

`Sentence(QT_TRANSLATE_NOOP(context, "Your child is {age} years old."), age=7)` is the English text itself (a str:
letters, the CLI and comparisons use it as they always did), and also keeps the template and its values, so the
GUI can translate the template and fill it in again. Core stays free of Qt.
"""

from __future__ import annotations

from typing import Any


class Sentence(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Sentence:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made
