"""What Finish saves: one case per child, with its people, household, organisation and first events. Nothing
here picks ids or reads the clock: the caller passes `new_id`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from npdrights.core.letters.recipients import DirectoryEntry
from npdrights.core.model import (
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Household,
    Organisation,
    Person,
    PupilIdentifiers,
    Relationship,
)
from npdrights.core.wizard_flow.draft import DFE, Draft, FollowUp, Target
from npdrights.core.wizard_flow.flow import letter_kind


@dataclass(frozen=True)
class CasePlan:
    """One child's case as Finish saves it: a new case (with its people and first events), or a letter added to
    the tracked case a follow-up continues (`case` is then None)."""

    case_id: str
    pupil_index: int
    case: Case | None
    households: tuple[Household, ...]
    people: tuple[Person, ...]
    organisation: Organisation | None
    events: tuple[CaseEvent, ...]


def _requester_person(draft: Draft, person_id: str, household_id: str | None) -> Person:
    requester = draft.requester
    return Person(
        id=person_id,
        full_name=requester.name.strip(),
        address=Address(requester.address, requester.postcode) if requester.address else None,
        email=requester.email.strip(),
        household_id=household_id,
    )


def _pupil_person(draft: Draft, index: int, person_id: str, household_id: str | None) -> Person:
    pupil = draft.pupils[index]
    return Person(
        id=person_id,
        full_name=pupil.name.strip(),
        date_of_birth=pupil.date_of_birth,
        former_names=pupil.former_names,
        identifiers=PupilIdentifiers(upn=pupil.upn, former_upns=pupil.former_upns, uln=pupil.uln),
        schools=pupil.schools,
        past_addresses=pupil.past_addresses,
        household_id=household_id,
    )


def _self_person(draft: Draft, person_id: str) -> Person:
    """Asking about yourself: one person, with both your contact details and your school records."""
    requester = draft.requester
    base = _pupil_person(draft, 0, person_id, requester.household_id)
    return replace(
        base,
        full_name=requester.name.strip(),
        address=Address(requester.address, requester.postcode) if requester.address else None,
        email=requester.email.strip(),
    )


def _family_name(name: str) -> str:
    words = name.split()
    return f"{words[-1]} family" if words else "Family"


def _household(draft: Draft, new_id: Callable[[], str]) -> tuple[str | None, tuple[Household, ...]]:
    """Siblings (and a parent or carer with them) are kept together in one household."""
    if draft.is_self:
        return draft.requester.household_id, ()
    family = draft.requester.relationship in (Relationship.PARENT, Relationship.CARER)
    known = (draft.requester.household_id if family else None) or next(
        (pupil.household_id for pupil in draft.pupils if pupil.household_id), None
    )
    if known is not None:
        return known, ()
    if len(draft.pupils) < 2 and not family:
        return None, ()
    household = Household(new_id(), _family_name(draft.pupils[0].name))
    return household.id, (household,)


def _organisation(draft: Draft, recipients: Mapping[str, DirectoryEntry], new_id: Callable[[], str]) -> Organisation:
    if draft.target is not Target.ORGANISATION:
        return recipients[DFE].to_organisation()
    given = draft.organisation
    if given.id in recipients:  # an organisation of the directory, as listed there
        return recipients[given.id].to_organisation()
    return Organisation(
        id=given.id or new_id(),
        name=given.name.strip(),
        address=Address(given.address, given.postcode),
        email=given.email.strip(),
        confirmed=False,  # typed in by the user: nobody has checked it against a published source
    )


def plan_cases(
    draft: Draft,
    *,
    references: Sequence[str],
    recipients: Mapping[str, DirectoryEntry],
    new_id: Callable[[], str],
) -> tuple[CasePlan, ...]:
    """What Finish saves: one case per child (or the tracked case a follow-up continues), with the people, the
    organisation and a DRAFTED event. `references` are the letters' references, one per child."""
    if draft.follows_tracked_case and draft.follow_up is not FollowUp.CORRECTION:
        return (CasePlan(draft.case_id, 0, None, (), (), None, ()),)
    household_id, households = _household(draft, new_id)
    requester_id = draft.requester.person_id or new_id()
    organisation = _organisation(draft, recipients, new_id)
    requester = _requester_person(draft, requester_id, household_id if not _is_adviser(draft) else None)
    plans = []
    for index in range(len(draft.pupils)):
        if draft.is_self:
            people: tuple[Person, ...] = (_self_person(draft, requester_id),)
            pupil_id = requester_id
        else:
            pupil_id = draft.pupils[index].person_id or new_id()
            people = (*((requester,) if index == 0 else ()), _pupil_person(draft, index, pupil_id, household_id))
        case_id = new_id()
        earlier = draft.earlier
        if draft.starts_new_request:
            kind, reference = CaseKind(letter_kind(draft)), references[index]
            events = [CaseEvent(new_id(), case_id, EventKind.DRAFTED, draft.dated)]
        else:  # an earlier letter typed in: its case starts when it was sent, and this letter continues it
            kind, reference = earlier.kind, earlier.reference or references[index]
            assert earlier.sent is not None  # the follow-up page checks it
            events = [CaseEvent(new_id(), case_id, EventKind.SENT, earlier.sent, post_method=earlier.post_method)]
        history = draft.history
        case = Case(
            id=case_id,
            kind=kind,
            person_id=pupil_id,
            organisation_id=organisation.id,
            requester_id=requester_id,
            relationship=draft.requester.relationship or Relationship.SELF,
            reference=reference,
            created_on=draft.today,
            notes=f"Follows up the case {history.reference}." if history is not None and history.reference else "",
        )
        plans.append(
            CasePlan(
                case_id,
                index,
                case,
                households if index == 0 else (),
                people,
                organisation if index == 0 else None,
                tuple(events),
            )
        )
    return tuple(plans)


def _is_adviser(draft: Draft) -> bool:
    return draft.requester.relationship is Relationship.ADVISER
