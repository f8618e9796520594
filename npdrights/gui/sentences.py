"""Core's English sentences in the screens' language: a marked text translated, a `Sentence` translated and then
filled in with its values (issue 18). Anything not marked comes back as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from npdrights.core.sentence import Sentence


def on_screen(context: str, text: str) -> str:
    if isinstance(text, Sentence):
        return QCoreApplication.translate(context, text.template).format(**text.values)
    return QCoreApplication.translate(context, text)
