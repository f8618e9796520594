"""The answers for a case's follow-up letter (a reminder, a complaint, a request for corrections), from the case.

Everything a user already gave is reused: the first letter's answers, the people's current details (edited
once, used by every later letter), the recipient, the dates and references of the timeline, and the checked
answer's missing items (for a reminder) or wrong facts (for a correction).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from npdrights.core.answer_checklist import corrections, missing_items, missing_note
from npdrights.core.dates import day_month_year
from npdrights.core.event_forms import CHECKABLE
from npdrights.core.letters.answers import (
    AnswersError,
    CaseHistory,
    Correction,
    Event,
    LetterAnswers,
    Pupil,
    Recipient,
    Requester,
    answers_from_json,
)
from npdrights.core.model import Case, CaseEvent, EventKind, Organisation, Person, PostMethod
from npdrights.core.next_steps import ActionKind
from npdrights.core.status import FROM_BODY

# The letter each next step leads to. Not every step has one yet.
LETTER_FOR = {
    ActionKind.REMINDER: "reminder",
    ActionKind.COMPLAIN_TO_ORGANISATION: "complaint-organisation",
    ActionKind.COMPLAIN_TO_ICO: "complaint-ico",
    ActionKind.RECTIFICATION: "rectification",
}

# Not carried into a letter's timeline: drafting is private, and sending and delivery are the history's own fields.
_NOT_IN_TIMELINE = frozenset({EventKind.DRAFTED, EventKind.SENT, EventKind.DELIVERED})


class NoLetterYet(ValueError):
    """There is no letter for this step yet, or the case hasn't been sent."""


def first_letter_answers(letters: Iterable[tuple[str, Mapping[str, Any]]], case: Case) -> LetterAnswers:
    """The answers the case's first letter was built from ((kind, answers JSON) pairs, oldest first)."""
    for kind, answers in letters:
        if kind == case.kind.value and answers:
            try:
                return answers_from_json(dict(answers))
            except AnswersError:
                break  # written by an older version: start from the case's own details instead
    return LetterAnswers()


def requester_from(person: Person | None, case: Case, base: Requester) -> Requester:
    if person is None:
        return replace(base, relationship=case.relationship)
    address = person.address
    return replace(
        base,
        name=person.full_name,
        address=address.lines if address else base.address,
        postcode=address.postcode if address else base.postcode,
        email=person.email or base.email,
        relationship=case.relationship,
    )


def pupil_from(person: Person | None, base: Pupil) -> Pupil:
    if person is None:
        return base
    address = person.address
    return replace(
        base,
        name=person.full_name,
        former_names=person.former_names,
        date_of_birth=person.date_of_birth or base.date_of_birth,
        upn=person.identifiers.upn,
        former_upns=person.identifiers.former_upns,
        uln=person.identifiers.uln,
        schools=person.schools or base.schools,
        address=address.lines if address else base.address,
        postcode=address.postcode if address else base.postcode,
    )


def recipient_from(organisation: Organisation | None, base: Recipient, directory: Iterable[str]) -> Recipient:
    if not base.is_empty or organisation is None:
        return base
    if organisation.id in set(directory):
        return Recipient(directory=organisation.id)
    address = organisation.address
    return Recipient(name=organisation.name, address=address.lines, postcode=address.postcode, email=organisation.email)


def latest_check(events: Iterable[CaseEvent]) -> CaseEvent | None:
    """The latest answer the user has checked."""
    return next((e for e in reversed(tuple(events)) if e.kind in CHECKABLE and e.check is not None), None)


def case_history(case: Case, events: Iterable[CaseEvent], *, with_missing_items: bool) -> CaseHistory:
    """The case's timeline for a reminder or complaint. Raises NoLetterYet if the first letter wasn't sent."""
    events = tuple(events)
    sent = next((event for event in events if event.kind is EventKind.SENT), None)
    if sent is None:
        raise NoLetterYet("Mark the first letter as sent before writing to follow it up.")
    delivered = sent.delivered_on or next((e.on for e in events if e.kind is EventKind.DELIVERED), None)
    checked = latest_check(events) if with_missing_items else None
    timeline = []
    for event in events:
        if event.kind in _NOT_IN_TIMELINE:
            continue
        note = event.note
        if checked is not None and event.id == checked.id and checked.check is not None:
            missing = missing_note(missing_items(checked.check))
            note = f"{note} {missing}.".strip() if missing else note
        timeline.append(Event(event.on, event.kind, note, event.post_method))
    their_reference = next(
        (event.reference for event in reversed(events) if event.kind in FROM_BODY and event.reference), ""
    )
    return CaseHistory(
        sent=sent.on,
        reference=case.reference,
        their_reference=their_reference,
        kind=case.kind,
        post_method=sent.post_method or PostMethod.SECOND_CLASS,
        delivered=delivered,
        events=tuple(timeline),
    )


def follow_up_answers(
    kind: ActionKind,
    case: Case,
    events: Iterable[CaseEvent],
    *,
    first_answers: LetterAnswers,
    people: Mapping[str, Person],
    organisation: Organisation | None,
    directory: Iterable[str],
    today: date,
) -> tuple[str, LetterAnswers]:
    """The letter kind for this next step and its answers, pre-filled from the case. Raises NoLetterYet."""
    letter = LETTER_FOR.get(kind)
    if letter is None:
        raise NoLetterYet("npdrights can't write this letter yet. You can write it yourself and record it here.")
    events = tuple(events)
    answers = replace(
        first_answers,
        requester=requester_from(people.get(case.requester_id), case, first_answers.requester),
        pupil=pupil_from(people.get(case.person_id), first_answers.pupil),
        recipient=recipient_from(organisation, first_answers.recipient, directory),
        date=today,
        reference="",  # a follow-up keeps the case's reference (CaseHistory.reference)
        case=case_history(case, events, with_missing_items=kind is ActionKind.REMINDER),
    )
    checked = latest_check(events)
    check = checked.check if checked is not None else None
    if kind is ActionKind.RECTIFICATION and check is not None:
        facts = corrections(check)
        answers = replace(answers, corrections=tuple(Correction(f.item, f.recorded, f.correct) for f in facts))
    if kind in _COMPLAINTS and check is not None and not answers.complaint.strip() and missing_items(check):
        # A starting point the user can change: what the checked answer left out.
        assert checked is not None
        said = missing_note(missing_items(check), subject=f"Your answer of {day_month_year(checked.on)}")
        answers = replace(answers, complaint=f"{said}.")
    return letter, answers


_COMPLAINTS = frozenset({ActionKind.COMPLAIN_TO_ORGANISATION, ActionKind.COMPLAIN_TO_ICO})
