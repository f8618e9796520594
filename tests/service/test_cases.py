"""save_new_case: a case, its people, organisation, events and letter in one go, or nothing at all."""

from __future__ import annotations

from datetime import date

import pytest

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.letters import LetterContent, answers_from_json, build_letter
from npdrights.core.model import EventKind, PostMethod
from npdrights.core.new_case import Sending
from npdrights.core.status import ImpossibleSequence
from npdrights.service.cases import save_new_case
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


def letter() -> LetterContent:
    return build_letter(
        "sar-dfe", ANSWERS, today=TODAY, templates=letter_templates(), recipients=recipients_directory()
    )


def test_the_case_is_saved_with_its_letter_and_the_sending(vault: Vault) -> None:
    repository = Repository(vault.database)
    content = letter()
    sending = Sending(date(2026, 11, 30), PostMethod.FIRST_CLASS, "KX000000000GB")
    made = save_new_case(
        repository,
        "sar-dfe",
        ANSWERS,
        content,
        b"%PDF-",
        today=TODAY,
        directory=recipients_directory(),
        sending=sending,
    )
    assert repository.case(made.case.id) == made.case
    [stored] = repository.letters(made.case.id)
    assert stored.reference == content.reference
    assert stored.answers["pupil"]["name"] == "Oswin Inventedly"
    assert repository.letter_pdf(stored.id) == b"%PDF-"
    kinds = [event.kind for event in repository.events(made.case.id)]
    assert EventKind.SENT in kinds
    assert {person.full_name for person in repository.people()} >= {"Oswin Inventedly"}


def test_an_impossible_sending_saves_nothing(vault: Vault) -> None:
    repository = Repository(vault.database)
    with pytest.raises(ImpossibleSequence):
        save_new_case(
            repository,
            "sar-dfe",
            ANSWERS,
            letter(),
            b"%PDF-",
            today=TODAY,
            directory=recipients_directory(),
            sending=Sending(date(2026, 12, 25), PostMethod.FIRST_CLASS),  # after today
        )
    assert repository.cases() == []
    assert repository.people() == []
