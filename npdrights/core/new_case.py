"""A new case from a letter's answers, as `npdrights-cli case new` makes it: the same journey draft the wizard
would have, so both are saved by one pipeline (service/cases.py:save_letters) and cannot drift apart.

People are reused only when the caller names them (the wizard's "someone saved" choice, the CLI's --person and
--requester), never guessed from a matching name. Pure: today's date comes from the caller.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from npdrights.core.letters.answers import LetterAnswers
from npdrights.core.letters.kinds import kind_named
from npdrights.core.letters.recipients import DirectoryEntry
from npdrights.core.model import Address, CaseKind, Person, Relationship
from npdrights.core.wizard_flow import DFE, Draft, Journey, OrganisationDraft, PupilDraft, RequesterDraft, Target


class NotACaseKind(ValueError):
    def __init__(self, kind: str) -> None:
        kinds = ", ".join(kind.value for kind in CaseKind)
        super().__init__(f"{kind!r} letters don't start a case; a case starts with one of: {kinds}")


def case_kind(name: str) -> CaseKind:
    try:
        return CaseKind(name)
    except ValueError:
        raise NotACaseKind(name) from None


# The start screen's choice for each kind of case; the access requests also say which record (the target).
_JOURNEYS = {
    CaseKind.SAR_DFE: Journey.ASK,
    CaseKind.SAR_LRS: Journey.ASK,
    CaseKind.SAR_ORGANISATION: Journey.ASK,
    CaseKind.OBJECTION_DFE: Journey.OBJECT,
    CaseKind.RECTIFICATION: Journey.CORRECT,
    CaseKind.ERASURE: Journey.ERASE,
    CaseKind.RESTRICTION: Journey.RESTRICT,
}


class UnknownPerson(ValueError):
    """A person named by id isn't in the vault."""


def draft_for_answers(
    kind: CaseKind,
    answers: LetterAnswers,
    *,
    today: date,
    directory: Mapping[str, DirectoryEntry],
    people: Mapping[str, Person],
    person_id: str = "",
    requester_id: str = "",
) -> Draft:
    """The wizard's draft for a case of `kind` whose first letter is built from `answers`.

    `person_id` and `requester_id` name saved people the case is about and from (as picking them in the wizard
    does); "" makes new ones. Raises UnknownPerson if either isn't in `people`."""
    for chosen in (person_id, requester_id):
        if chosen and chosen not in people:
            raise UnknownPerson(chosen)
    requester, pupil = answers.requester, answers.pupil
    # Asking about yourself: you are one person, both the requester and the pupil.
    asker_id = requester_id or (person_id if requester.relationship is Relationship.SELF else "")
    target, organisation = _target(kind, answers, directory)
    return Draft(
        journey=_JOURNEYS[kind],
        today=today,
        letter_date=answers.date,
        requester=RequesterDraft(
            person_id=asker_id,
            relationship=requester.relationship,
            name=requester.name,
            address=requester.address,
            postcode=requester.postcode,
            email=requester.email,
            phone=requester.phone,
            organisation=requester.organisation,
            household_id=people[asker_id].household_id if asker_id else None,
        ),
        pupils=[
            PupilDraft(
                person_id=person_id,
                name=pupil.name,
                former_names=pupil.former_names,
                date_of_birth=pupil.date_of_birth,
                upn=pupil.upn,
                former_upns=pupil.former_upns,
                uln=pupil.uln,
                schools=pupil.schools,
                past_addresses=tuple(Address((), postcode) for postcode in pupil.previous_postcodes),
                household_id=people[person_id].household_id if person_id else None,
                authority=answers.pupil_authority,
                pronoun=pupil.pronoun,
            )
        ],
        target=target,
        organisation=organisation,
        situations=answers.situations,
        grounds=answers.grounds,
        erasure_grounds=answers.erasure_grounds,
        restriction_grounds=answers.restriction_grounds,
        corrections=answers.corrections,
        complaint=answers.complaint,
        harm=answers.harm,
        educational_record=answers.educational_record,
        send_by=answers.send_by,
        reply_by=answers.reply_by,
        releases=answers.releases,
    )


def _target(
    kind: CaseKind, answers: LetterAnswers, directory: Mapping[str, DirectoryEntry]
) -> tuple[Target, OrganisationDraft]:
    """Which record the letter asks about, and the organisation it goes to when that isn't the DfE."""
    recipient = answers.recipient
    key = recipient.directory or (kind_named(kind.value).default_recipient if recipient.is_empty else None)
    if kind is CaseKind.SAR_LRS:
        return Target.LRS, OrganisationDraft()  # the DfE controls the learning record and answers for it
    if key == DFE and kind is not CaseKind.SAR_ORGANISATION:
        return Target.DFE, OrganisationDraft()
    if key:  # another entry of the directory (e.g. the ICO): the case is with that organisation as listed
        entry = directory[key]
        return Target.ORGANISATION, OrganisationDraft(
            id=key, name=entry.name, address=entry.address, postcode=entry.postcode, email=entry.email
        )
    return Target.ORGANISATION, OrganisationDraft(
        name=recipient.name,
        address=recipient.address,
        postcode=recipient.postcode,
        email=recipient.email,
        type=recipient.type,
    )
