"""save_letters: a case, its people, organisation, events and letter in one go, or nothing at all, from the
same draft the wizard makes (here made from a CLI answers file by draft_for_answers)."""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.letters import LetterAnswers, LetterContent, answers_from_json, build_letter
from npdrights.core.model import CaseKind, EventKind, PostMethod
from npdrights.core.new_case import UnknownPerson, draft_for_answers
from npdrights.core.wizard_flow import Draft, Sending
from npdrights.service.cases import DatesDontFit, LetterToSave, save_letters
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault

TODAY = date(2026, 12, 1)
ANSWERS = answers_from_json(
    {
        "date": "2026-11-30",
        "requester": {
            "name": "Prudence Inventedly",
            "address": ["3 Notional Close", "Fabletown"],
            "postcode": "FB1 1AA",
            "relationship": "parent",
        },
        "pupil": {"name": "Oswin Inventedly", "date_of_birth": "2015-06-07"},
        "recipient": "dfe",
    }
)


def letter(kind: str = "sar-dfe", answers: LetterAnswers = ANSWERS) -> LetterContent:
    return build_letter(kind, answers, today=TODAY, templates=letter_templates(), recipients=recipients_directory())


def draft(
    repository: Repository, kind: CaseKind = CaseKind.SAR_DFE, answers: LetterAnswers = ANSWERS, **ids: str
) -> Draft:
    people = {person.id: person for person in repository.people()}
    return draft_for_answers(kind, answers, today=TODAY, directory=recipients_directory(), people=people, **ids)


def save(repository: Repository, made: Draft, content: LetterContent, sending: Sending | None = None) -> str:
    [case_id] = save_letters(
        repository,
        made,
        [LetterToSave(content, ANSWERS, b"%PDF-")],
        sending=sending,
        recipients=recipients_directory(),
    )
    return case_id


def test_the_case_is_saved_with_its_letter_and_the_sending(vault: Vault) -> None:
    repository = Repository(vault.database)
    content = letter()
    sending = Sending(date(2026, 11, 30), PostMethod.FIRST_CLASS, "KX000000000GB")
    case_id = save(repository, draft(repository), content, sending)
    case = repository.case(case_id)
    assert case is not None
    assert case.reference == content.reference
    [stored] = repository.letters(case_id)
    assert stored.reference == content.reference
    assert stored.answers["pupil"]["name"] == "Oswin Inventedly"
    assert repository.letter_pdf(stored.id) == b"%PDF-"
    sent = [event for event in repository.events(case_id) if event.kind is EventKind.SENT]
    assert [(event.on, event.reference) for event in sent] == [(date(2026, 11, 30), "KX000000000GB")]
    assert {person.full_name for person in repository.people()} == {"Oswin Inventedly", "Prudence Inventedly"}


def test_an_impossible_sending_saves_nothing(vault: Vault) -> None:
    repository = Repository(vault.database)
    with pytest.raises(DatesDontFit):
        save(repository, draft(repository), letter(), Sending(date(2026, 12, 25), PostMethod.FIRST_CLASS))
    assert repository.cases() == []
    assert repository.people() == []


def test_a_second_case_is_about_the_saved_people_only_when_they_are_named(vault: Vault) -> None:
    repository = Repository(vault.database)
    first = repository.case(save(repository, draft(repository), letter()))
    assert first is not None
    again = repository.case(save(repository, draft(repository), letter()))  # not named: new people, as in the wizard
    assert again is not None
    assert again.person_id != first.person_id
    named = draft(repository, person_id=first.person_id, requester_id=first.requester_id)
    third = repository.case(save(repository, named, letter()))
    assert third is not None
    assert (third.person_id, third.requester_id) == (first.person_id, first.requester_id)
    assert len(repository.people()) == 4


def test_a_person_not_in_the_vault_is_refused(vault: Vault) -> None:
    with pytest.raises(UnknownPerson):
        draft(Repository(vault.database), person_id="no-such-person")


def test_an_organisation_typed_in_is_saved_unconfirmed(vault: Vault) -> None:
    repository = Repository(vault.database)
    answers = answers_from_json(
        {
            "requester": {"name": "Prudence Inventedly", "address": ["3 Notional Close"], "relationship": "parent"},
            "pupil": {"name": "Oswin Inventedly", "date_of_birth": "2015-06-07"},
            "recipient": {"name": "Fictional Academy", "address": ["1 Pretend Road"], "postcode": "FB2 2BB"},
        }
    )
    content = letter("sar-organisation", answers)
    case = repository.case(save(repository, draft(repository, CaseKind.SAR_ORGANISATION, answers), content))
    assert case is not None
    organisation = repository.organisation(case.organisation_id)
    assert organisation is not None
    assert (organisation.name, organisation.confirmed) == ("Fictional Academy", False)
