"""A new case from the answers its first letter was written from: the people, the organisation, the case and its
first events (drafted, and sent if it went at once). Pure: ids and today's date come from the caller.

People already in the vault are reused when the name and date of birth match, so a family's second request
doesn't make a second copy of the child.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from npdrights.core.letters.answers import LetterAnswers
from npdrights.core.letters.kinds import kind_named
from npdrights.core.letters.recipients import DirectoryEntry
from npdrights.core.model import (
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Organisation,
    Person,
    PostMethod,
    PupilIdentifiers,
    Relationship,
)


@dataclass(frozen=True)
class Sending:
    """How and when the first letter went, when it is marked as sent straight away."""

    on: date
    method: PostMethod
    reference: str = ""  # e.g. a proof-of-posting number
    delivered_on: date | None = None


@dataclass(frozen=True)
class NewCase:
    case: Case
    people: tuple[Person, ...]  # new or updated people to save
    organisation: Organisation
    events: tuple[CaseEvent, ...]


class NotACaseKind(ValueError):
    def __init__(self, kind: str) -> None:
        kinds = ", ".join(kind.value for kind in CaseKind)
        super().__init__(f"{kind!r} letters don't start a case; a case starts with one of: {kinds}")


def case_kind(name: str) -> CaseKind:
    try:
        return CaseKind(name)
    except ValueError:
        raise NotACaseKind(name) from None


def _same(person: Person, name: str, born: date | None) -> bool:
    return person.full_name.strip().casefold() == name.strip().casefold() and person.date_of_birth == born


def new_case(
    kind: str,
    answers: LetterAnswers,
    *,
    reference: str,
    today: date,
    new_id: Callable[[], str],
    directory: Mapping[str, DirectoryEntry],
    existing_people: Iterable[Person] = (),
    sent: Sending | None = None,
) -> NewCase:
    """Everything to save for a case whose first letter (with `reference`) was built from `answers`."""
    case_kind_ = case_kind(kind)
    existing = list(existing_people)
    requester, pupil = answers.requester, answers.pupil
    requester_address = Address(requester.address, requester.postcode) if requester.address else None
    pupil_address = Address(pupil.address, pupil.postcode) if pupil.address else requester_address
    match = next((p for p in existing if _same(p, pupil.name or requester.name, pupil.date_of_birth)), None)
    child = Person(
        id=match.id if match else new_id(),
        full_name=pupil.name or requester.name,
        date_of_birth=pupil.date_of_birth,
        former_names=pupil.former_names,
        identifiers=PupilIdentifiers(upn=pupil.upn, former_upns=pupil.former_upns, uln=pupil.uln),
        schools=pupil.schools,
        address=pupil_address,
        past_addresses=match.past_addresses if match else (),
        email=requester.email if requester.relationship is Relationship.SELF else (match.email if match else ""),
        household_id=match.household_id if match else None,
    )
    people = [child]
    writer = child
    if requester.relationship is not Relationship.SELF:
        known = next((p for p in existing if p.full_name.strip().casefold() == requester.name.strip().casefold()), None)
        writer = Person(
            id=known.id if known else new_id(),
            full_name=requester.name,
            date_of_birth=known.date_of_birth if known else None,
            address=requester_address,
            email=requester.email,
            household_id=(known.household_id if known else None) or child.household_id,
        )
        people.append(writer)
    organisation = _organisation(kind, answers, directory, new_id)
    case = Case(
        id=new_id(),
        kind=case_kind_,
        person_id=child.id,
        organisation_id=organisation.id,
        requester_id=writer.id,
        relationship=requester.relationship,
        reference=reference,
        created_on=today,
    )
    # Drafted on the letter's date, and never after it was sent (a letter recorded after it went).
    drafted = min(answers.date or today, sent.on if sent is not None else today)
    events = [CaseEvent(new_id(), case.id, EventKind.DRAFTED, drafted)]
    if sent is not None:
        events.append(
            CaseEvent(
                new_id(),
                case.id,
                EventKind.SENT,
                sent.on,
                reference=sent.reference,
                post_method=sent.method,
                delivered_on=sent.delivered_on,
            )
        )
    return NewCase(case, tuple(people), organisation, tuple(events))


def _organisation(
    kind: str, answers: LetterAnswers, directory: Mapping[str, DirectoryEntry], new_id: Callable[[], str]
) -> Organisation:
    recipient = answers.recipient
    key = recipient.directory or (kind_named(kind).default_recipient if recipient.is_empty else None)
    if key:
        return directory[key].to_organisation()
    return Organisation(
        id=new_id(),
        name=recipient.name,
        address=Address(recipient.address, recipient.postcode),
        email=recipient.email,
        confirmed=False,  # typed in by the user: nobody has checked it against a published source
    )
