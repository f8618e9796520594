"""An unfinished journey kept across a lock: its answers and the page it was on, as JSON for the vault.

When npdrights locks (idle, the computer sleeping, or Ctrl+L) with a letter half written, the answers are kept
encrypted in the vault instead of being thrown away (issue 13), and the journey carries on after unlocking.
The JSON is decoded strictly (core.codec): a kept draft that doesn't match this version's answers is reported
as unreadable, never half-loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from npdrights.core.codec import CodecError, from_json, to_json
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import Draft, Journey, Step
from npdrights.core.wizard_flow.flow import steps

# What each journey is called where drafts are listed (the same words as the wizard's title); the screens
# translate them in this context (lupdate needs the literal in each call).
JOURNEY_TITLES_CONTEXT = "Journeys"
JOURNEY_TITLES = {
    Journey.ASK: QT_TRANSLATE_NOOP("Journeys", "Find out what is held"),
    Journey.OBJECT: QT_TRANSLATE_NOOP("Journeys", "Stop the DfE sharing data"),
    Journey.CORRECT: QT_TRANSLATE_NOOP("Journeys", "Get wrong information corrected"),
    Journey.ERASE: QT_TRANSLATE_NOOP("Journeys", "Ask for data to be deleted"),
    Journey.RESTRICT: QT_TRANSLATE_NOOP("Journeys", "Ask for the use of data to be restricted"),
    Journey.FOLLOW_UP: QT_TRANSLATE_NOOP("Journeys", "Chase or complain"),
}

FORMAT = 1


class DraftUnreadable(ValueError):
    """A kept draft that this version of npdrights can't carry on with (it can still be deleted)."""


@dataclass(frozen=True)
class KeptJourney:
    draft: Draft
    step: Step  # the page it was on


def encode(draft: Draft, step: Step) -> dict[str, Any]:
    return {"format": FORMAT, "step": int(step), "draft": to_json(draft)}


def decode(document: Any, today: date) -> KeptJourney:
    """The kept journey, dated `today` (a letter carried on with later is dated the day it is finished)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DraftUnreadable("it was kept by another version of npdrights")
    try:
        draft = from_json(Draft, document.get("draft"))
        step = Step(int(document["step"]))
    except (CodecError, ValueError, KeyError, TypeError) as error:
        raise DraftUnreadable(str(error)) from None
    draft = replace(draft, today=today)
    return KeptJourney(draft, step if step in steps(draft) else steps(draft)[0])


def title(draft: Draft) -> str:
    """'Find out what is held: Zebedee Fictionalson' — what the draft is, and about whom if that is known."""
    names = [pupil.name.strip() for pupil in draft.pupils if pupil.name.strip()]
    if draft.is_self and draft.requester.name.strip():
        names = [draft.requester.name.strip()]
    about = ", ".join(names) or draft.requester.name.strip()
    heading = Sentence.of(JOURNEY_TITLES_CONTEXT, JOURNEY_TITLES[draft.journey])  # a Sentence: screens translate it
    if not about:
        return heading
    said = QT_TRANSLATE_NOOP("DraftTitles", "{journey}: {about}")
    return Sentence.of("DraftTitles", said, journey=heading, about=about)
