"""'What this letter says': a letter's plain summary in the screens' language, with its date written that
language's way (issue 18). The sentences live in core (npdrights/core/letters/meaning.py); this translates them.

On English screens the same summary is called "In short": the letter is readable there, but a parent still
gains from three sentences saying what it asks, by when, and what comes next, before reading a page of law.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from npdrights.core.letters.meaning import CONTEXT, meaning_of
from npdrights.gui.i18n import screen_date, translated_screens


def meaning_title() -> str:
    if translated_screens():
        return QCoreApplication.translate("LetterMeaning", "What this letter says")
    return QCoreApplication.translate("LetterMeaning", "In short")


def meaning_text(kind: str, answer_by: date | None) -> str:
    """The summary as paragraphs; "" for a kind that asks nothing of anyone (a form, a checklist)."""
    meaning = meaning_of(kind)
    if meaning is None:
        return ""
    paragraphs = []
    if translated_screens():
        paragraphs.append(
            QCoreApplication.translate(
                "LetterMeaning",
                "The letter is in English, because that is what the organisation reads. This is what it says, "
                "in short.",
            )
        )
    paragraphs.append(QCoreApplication.translate(CONTEXT, meaning.asks))
    if answer_by is not None:
        paragraphs.append(QCoreApplication.translate(CONTEXT, meaning.by_when).format(date=screen_date(answer_by)))
    else:
        paragraphs.append(QCoreApplication.translate(CONTEXT, meaning.by_when_undated))
    paragraphs.append(QCoreApplication.translate(CONTEXT, meaning.next))
    return "\n\n".join(paragraphs)
