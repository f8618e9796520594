"""Unfinished letters kept in the vault across a lock (issue 13): keep one, list them, carry one on, delete one.

The answers are personal data, so they are only ever written inside the encrypted vault, in the same
transaction-per-action way as everything else; nothing goes to a temporary file.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from npdrights.core.kept_drafts import DraftUnreadable, KeptJourney, decode, encode, title
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import Draft, Step
from npdrights.storage.repository import DraftRecord, Repository

# Its title in the list of cases, put into the screens' language there (its own context goes with it).
_UNREADABLE = Sentence.of("Drafts", QT_TRANSLATE_NOOP("Drafts", "An unfinished letter npdrights can't open"))


@dataclass(frozen=True)
class DraftListing:
    """A kept draft as the cases list shows it. `journey` is None when this version can't carry it on."""

    id: str
    kept_at: datetime
    title: str
    journey: KeptJourney | None


class Drafts:
    def __init__(self, repository: Callable[[], Repository], now: Callable[[], datetime]) -> None:
        self._repository = repository
        self._now = now

    def keep(self, draft: Draft, step: Step, draft_id: str = "") -> str:
        """Keep (or replace) a draft; returns its id."""
        draft_id = draft_id or secrets.token_hex(8)
        self._repository().save_draft(DraftRecord(draft_id, self._now(), encode(draft, step)))
        return draft_id

    def listed(self) -> list[DraftListing]:
        today = self._now().date()
        return [self._listing(record, today) for record in self._repository().drafts()]

    def find(self, draft_id: str) -> DraftListing | None:
        return next((listing for listing in self.listed() if listing.id == draft_id), None)

    def delete(self, draft_id: str) -> None:
        self._repository().delete_draft(draft_id)

    @staticmethod
    def _listing(record: DraftRecord, today: date) -> DraftListing:
        try:
            journey = decode(record.answers, today)
        except DraftUnreadable:
            return DraftListing(record.id, record.kept_at, _UNREADABLE, None)
        return DraftListing(record.id, record.kept_at, title(journey.draft), journey)
