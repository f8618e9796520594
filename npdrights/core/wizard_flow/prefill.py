"""A follow-up's draft pre-filled from a tracked case: its people, recipient, dates, references and timeline,
and what the user's check of the latest answer found.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from npdrights.core.answer_checklist import corrections, latest_check, missing_items, missing_note
from npdrights.core.dates import day_month_year
from npdrights.core.letters.answers import CaseHistory, Correction, Event, LetterAnswers, Recipient, Requester
from npdrights.core.model import Address, Case, CaseEvent, EventKind, Organisation, Person, PostMethod, Relationship
from npdrights.core.wizard_flow.draft import (
    DFE,
    Draft,
    FollowUp,
    Journey,
    OrganisationDraft,
    PupilDraft,
    RequesterDraft,
    Target,
)

_NOT_IN_HISTORY = frozenset({EventKind.DRAFTED, EventKind.SENT, EventKind.DELIVERED})


def history_from_case(case: Case, events: Sequence[CaseEvent]) -> CaseHistory | None:
    """The case's first letter and what happened since, for a reminder or complaint. None if never sent."""
    sent = next((event for event in events if event.kind is EventKind.SENT), None)
    if sent is None:
        return None
    delivered = next((event.on for event in events if event.kind is EventKind.DELIVERED), sent.delivered_on)
    their_reference = next(
        (event.reference for event in reversed(events) if event.reference and event.kind is not EventKind.SENT), ""
    )
    return CaseHistory(
        sent=sent.on,
        reference=case.reference,
        their_reference=their_reference,
        kind=case.kind,
        post_method=sent.post_method or PostMethod.SECOND_CLASS,
        delivered=delivered,
        events=tuple(
            Event(event.on, event.kind, _with_missing_items(event), event.post_method)
            for event in events
            if event.kind not in _NOT_IN_HISTORY
        ),
    )


def _with_missing_items(event: CaseEvent) -> str:
    """An answer's note, with what its checklist found missing, so a reminder asks for exactly those items."""
    missing = missing_items(event.check) if event.check is not None else ()
    return f"{event.note} {missing_note(missing)}.".strip() if missing else event.note


def requester_from(person: Person | None, answers: LetterAnswers | None, relationship: Relationship) -> RequesterDraft:
    """Who asked, from the case's first letter, with the person's current details (they may have moved)."""
    given = answers.requester if answers else Requester()
    address = person.address if person and person.address else Address(given.address, given.postcode)
    return RequesterDraft(
        person_id=person.id if person else "",
        relationship=relationship,
        name=person.full_name if person else given.name,
        address=address.lines,
        postcode=address.postcode,
        email=(person.email if person else "") or given.email,
        phone=given.phone,
        organisation=given.organisation,
        household_id=person.household_id if person else None,
    )


def pupil_from_person(person: Person, authority: bool | None = None) -> PupilDraft:
    return PupilDraft(
        person_id=person.id,
        name=person.full_name,
        former_names=person.former_names,
        date_of_birth=person.date_of_birth,
        upn=person.identifiers.upn,
        former_upns=person.identifiers.former_upns,
        uln=person.identifiers.uln,
        schools=person.schools,
        past_addresses=person.past_addresses,
        household_id=person.household_id,
        authority=authority,
    )


def follow_up_draft(
    *,
    case: Case,
    events: Sequence[CaseEvent],
    follow_up: FollowUp,
    requester: Person | None,
    pupil: Person | None,
    organisation: Organisation | None,
    first_answers: LetterAnswers | None,
    today: date,
) -> Draft:
    """A follow-up to a tracked case, pre-filled from it: people, recipient, dates, references and timeline."""
    given = first_answers or LetterAnswers()
    pupil_draft = (
        pupil_from_person(pupil, given.pupil_authority)
        if pupil is not None
        else PupilDraft(
            name=given.pupil.name,
            former_names=given.pupil.former_names,
            date_of_birth=given.pupil.date_of_birth,
            upn=given.pupil.upn,
            former_upns=given.pupil.former_upns,
            uln=given.pupil.uln,
            schools=given.pupil.schools,
            authority=given.pupil_authority,
        )
    )
    if organisation is not None:
        is_directory = organisation.id == DFE
    else:
        is_directory = bool(given.recipient.directory) or given.recipient.is_empty
    return Draft(
        journey=Journey.FOLLOW_UP,
        today=today,
        follow_up=follow_up,
        case_id=case.id,
        history=history_from_case(case, events),
        requester=requester_from(requester, first_answers, case.relationship),
        pupils=[pupil_draft],
        target=Target.DFE if is_directory else Target.ORGANISATION,
        organisation=_organisation_draft(organisation, given.recipient) if not is_directory else OrganisationDraft(),
        send_by=given.send_by,
        reply_by=given.reply_by,
        **_from_checked_answer(events, follow_up),
    )


def _from_checked_answer(events: Sequence[CaseEvent], follow_up: FollowUp) -> dict[str, Any]:
    """What the user's check of the latest answer pre-fills: the wrong facts for a request for corrections, and
    the missing items as a starting point for a complaint (core.answer_checklist)."""
    checked = latest_check(events)
    if checked is None or checked.check is None:
        return {}
    if follow_up is FollowUp.CORRECTION:
        facts = corrections(checked.check)
        return {"corrections": tuple(Correction(fact.item, fact.recorded, fact.correct) for fact in facts)}
    missing = missing_items(checked.check)
    if follow_up in (FollowUp.COMPLAINT, FollowUp.ICO) and missing:
        return {"complaint": missing_note(missing, subject=f"Your answer of {day_month_year(checked.on)}") + "."}
    return {}


def _organisation_draft(organisation: Organisation | None, given: Recipient) -> OrganisationDraft:
    if organisation is None:
        return OrganisationDraft(name=given.name, address=given.address, postcode=given.postcode, type=given.type)
    return OrganisationDraft(
        id=organisation.id,
        name=organisation.name,
        address=organisation.address.lines,
        postcode=organisation.address.postcode,
        email=organisation.email,
        type=given.type,
    )
