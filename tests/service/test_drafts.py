"""Kept drafts (issue 13 item 1): stored inside the vault, listed newest first, strict about what they read."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from npdrights.core.kept_drafts import DraftUnreadable, decode, encode, title
from npdrights.core.model import Relationship, School
from npdrights.core.wizard_flow import Draft, Journey, PupilDraft, RequesterDraft, Step
from npdrights.service.drafts import Drafts
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault

LATER = date(2026, 12, 3)


def _draft() -> Draft:
    return Draft(
        journey=Journey.ASK,
        today=date(2026, 11, 28),
        requester=RequesterDraft(relationship=Relationship.PARENT, name="Ada Fictionalson", address=("1 Nowhere",)),
        pupils=[
            PupilDraft(
                name="Zebedee Fictionalson", date_of_birth=date(2013, 5, 4), schools=(School("Pretend Primary"),)
            ),
            PupilDraft(name="Yolanda Fictionalson"),
        ],
    )


def test_a_draft_round_trips_with_its_page_and_is_dated_the_day_it_is_carried_on() -> None:
    kept = decode(encode(_draft(), Step.SEND), LATER)
    assert kept.step is Step.SEND
    assert kept.draft.pupils == _draft().pupils
    assert kept.draft.today == LATER  # the letter is dated when it is finished
    assert title(kept.draft) == "Find out what is held: Zebedee Fictionalson, Yolanda Fictionalson"


def test_a_page_the_journey_no_longer_has_goes_back_to_its_first_page() -> None:
    document = encode(_draft(), Step.FOLLOW_UP)  # not a page of a new request
    assert decode(document, LATER).step is Step.WHO_ASKING


@pytest.mark.parametrize(
    "document",
    [
        None,
        {"format": 99, "step": 2, "draft": {}},
        {"format": 1, "step": 2, "draft": {"journey": "fly"}},
        {"format": 1, "step": 2, "draft": {"journey": "ask", "today": "2026-11-28", "pupils": "Zebedee"}},
        {"format": 1, "step": 42, "draft": {"journey": "ask", "today": "2026-11-28"}},
        {"format": 1, "step": 2, "draft": {"journey": "ask", "today": "2026-11-28", "unknown": 1}},
    ],
)
def test_a_draft_that_does_not_match_is_unreadable_not_half_loaded(document: object) -> None:
    with pytest.raises(DraftUnreadable):
        decode(document, LATER)


def test_drafts_are_kept_replaced_listed_newest_first_and_deleted(vault: Vault) -> None:
    now = [datetime(2026, 11, 28, 10, 0)]
    drafts = Drafts(lambda: Repository(vault.database), lambda: now[0])
    first = drafts.keep(_draft(), Step.ABOUT)
    now[0] = datetime(2026, 11, 28, 11, 0)
    second = drafts.keep(Draft(journey=Journey.OBJECT, today=now[0].date()), Step.WHO_ASKING)
    assert [listing.id for listing in drafts.listed()] == [second, first]
    now[0] = datetime(2026, 11, 28, 12, 0)
    assert drafts.keep(_draft(), Step.SEND, first) == first  # the same draft, kept again
    listed = drafts.listed()
    assert [listing.id for listing in listed] == [first, second]
    assert listed[0].journey is not None
    assert listed[0].journey.step is Step.SEND
    assert listed[1].title == "Stop the DfE sharing data"
    drafts.delete(first)
    assert [listing.id for listing in drafts.listed()] == [second]


def test_a_damaged_or_foreign_draft_row_is_listed_as_unreadable_or_skipped(vault: Vault) -> None:
    database = vault.database
    database.execute("INSERT INTO settings(key, value) VALUES('draft:bad-json', '{not json')")
    database.execute("INSERT INTO settings(key, value) VALUES('draft:no-date', '{\"answers\": {}}')")
    database.execute(
        'INSERT INTO settings(key, value) VALUES(\'draft:old\', \'{"kept_at": "2026-11-01T09:00:00", '
        '"answers": {"format": 0}}\')'
    )
    database.execute("INSERT INTO settings(key, value) VALUES('letter_signature', 'Zelda')")
    drafts = Drafts(lambda: Repository(database), lambda: datetime(2026, 11, 28, 10, 0))
    (listing,) = drafts.listed()
    assert listing.id == "old"
    assert listing.journey is None
    assert "can't open" in listing.title
    drafts.delete("old")
    assert drafts.listed() == []
    assert database.query("SELECT value FROM settings WHERE key='letter_signature'") == [("Zelda",)]
