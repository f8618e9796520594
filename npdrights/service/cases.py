"""Make a case with its first letter, from the answers that built the letter: all saved, or nothing.

What `npdrights-cli case new` and `npdrights --self-test` do (the GUI's journeys, which can make several
siblings' cases at once, save through gui/wizards/saving.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date

from npdrights.core.letters import DirectoryEntry, LetterAnswers, LetterContent, answers_to_json, render_text
from npdrights.core.new_case import NewCase, Sending, new_case
from npdrights.core.status import case_state
from npdrights.storage.repository import LetterRecord, Repository


def new_id() -> str:
    return uuid.uuid4().hex


def save_new_case(
    repository: Repository,
    kind: str,
    answers: LetterAnswers,
    letter: LetterContent,
    pdf: bytes,
    *,
    today: date,
    directory: Mapping[str, DirectoryEntry],
    sending: Sending | None = None,
    make_id: Callable[[], str] = new_id,
) -> NewCase:
    """Save a new case of `kind` with `letter` (its text, answers and PDF) in one transaction.

    Raises core.status.ImpossibleSequence, before anything is saved, if `sending` cannot be true (e.g. a letter
    sent before its own date).
    """
    made = new_case(
        kind,
        answers,
        reference=letter.reference,
        today=today,
        new_id=make_id,
        directory=directory,
        existing_people=repository.people(),
        sent=sending,
    )
    case_state(made.case, made.events, today)
    record = LetterRecord(
        id=make_id(),
        case_id=made.case.id,
        kind=kind,
        created_on=letter.date,
        text=render_text(letter),
        subject=letter.subject,
        reference=letter.reference,
        answers=answers_to_json(answers),
    )
    repository.create_case(
        made.case, people=made.people, organisation=made.organisation, events=made.events, letter=record, pdf=pdf
    )
    return made
