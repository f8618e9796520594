"""Save what a journey made, all in one transaction (every child's case, or none of them): the one pipeline for
the wizard's Finish, `npdrights-cli case new` (through core/new_case.py:draft_for_answers) and the self-test.

Each new case gets its people, its organisation, a DRAFTED event and its letter (text, answers and PDF, which
holds the forms to sign too). A reminder or complaint is added to the case it continues. If the letter went
already, the SENT (or reminder/complaint) event goes in with it, which starts the clock by deemed receipt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from npdrights.core.letters import DirectoryEntry, LetterAnswers, LetterContent, answers_to_json, render_text
from npdrights.core.model import CaseEvent
from npdrights.core.status import ImpossibleSequence, case_state
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow import CasePlan, Draft, Sending, plan_cases, sent_event
from npdrights.storage.repository import LetterRecord, Repository


def new_id() -> str:
    return uuid.uuid4().hex


class CannotSave(ValueError):
    """This can't be saved as it stands: nothing was saved, and `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatesDontFit(CannotSave):
    """The case would be saved with dates the rules engine refuses."""


@dataclass(frozen=True)
class LetterToSave:
    """One child's letter: what it says, the answers it was built from, and its PDF (with the forms to sign)."""

    letter: LetterContent
    answers: LetterAnswers
    pdf: bytes


def _check_dates(repository: Repository, plan: CasePlan, events: Sequence[CaseEvent], draft: Draft) -> None:
    """The last guard before writing: the case with these events must be one the rules engine can follow, so a
    saved case never shows "Dates need checking" (the Finish page and the CLI's options catch the usual causes
    first)."""
    case = plan.case or repository.case(plan.case_id)
    if case is None:  # e.g. a kept draft's case was deleted meanwhile
        raise CannotSave(
            QT_TRANSLATE_NOOP(
                "CaseSaving", "The case this letter follows is no longer in your vault, so it can't be added to it."
            )
        )
    earlier = repository.events(plan.case_id) if plan.case is None else []
    try:
        case_state(case, [*earlier, *events], draft.today)
    except ImpossibleSequence as error:
        raise DatesDontFit(error.message) from None


def save_letters(
    repository: Repository,
    draft: Draft,
    letters: Sequence[LetterToSave],
    *,
    sending: Sending | None,
    recipients: Mapping[str, DirectoryEntry],
    make_id: Callable[[], str] = new_id,
) -> list[str]:
    """Save the case(s) and letters, one letter per child of `draft`; returns the ids of the cases that now hold
    them. Raises DatesDontFit (and saves nothing) if a case's dates couldn't all be true."""
    plans = plan_cases(
        draft, references=[item.letter.reference for item in letters], recipients=recipients, new_id=make_id
    )
    with repository.db.transaction():
        for plan, item in zip(plans, letters, strict=True):
            record = LetterRecord(
                id=make_id(),
                case_id=plan.case_id,
                kind=item.letter.kind,
                created_on=draft.dated,
                text=render_text(item.letter),
                subject=item.letter.subject,
                reference=item.letter.reference,
                answers=answers_to_json(item.answers),
            )
            events = list(plan.events)
            if sending is not None:
                events.append(sent_event(draft, plan.case_id, sending, make_id()))
            _check_dates(repository, plan, events, draft)
            if plan.case is None:
                repository.add_letter(record, item.pdf)
                for event in events:
                    repository.add_event(event)
            else:
                repository.create_case(
                    plan.case,
                    households=plan.households,
                    people=plan.people,
                    organisation=plan.organisation,
                    events=events,
                    letter=record,
                    pdf=item.pdf,
                )
    return [plan.case_id for plan in plans]
