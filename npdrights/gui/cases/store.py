"""The tracker as the window sees it: the service layer's Tracker, with signals saying what changed.

Every change goes through here, so the list and the detail can refresh just that case (`changed(case_id)`); the
checks before recording and the reading and writing are the Tracker's (service/tracker.py), which the CLI uses
too. The people, organisations and households are kept here, decrypted, for naming cases until the next lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from npdrights.core.case_list import CaseSummary
from npdrights.core.model import Case, CaseEvent, Household, Organisation, Person
from npdrights.service import summary_cache
from npdrights.service.authority import record_authority
from npdrights.service.summary_cache import KeptLine
from npdrights.service.tracker import (
    CaseFile,
    LetterRecord,
    Names,
    PersonName,
    StoredRows,
    Tracker,
    VaultContents,
)
from npdrights.storage.attachments import Attachment, Attachments
from npdrights.storage.database import Database
from npdrights.storage.vault import Vault

__all__ = ["CaseFile", "CaseStore"]


class CaseStore(QObject):
    changed = Signal(str)  # a case's events, notes, letters or attachments changed
    removed = Signal(str)
    directory_changed = Signal()  # people, households or organisations changed

    def __init__(self, vault: Vault, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.tracker = Tracker(vault, today)
        self._people: dict[str, Person] = {}
        self._people_rows: list[str] | None = None  # read but not decoded yet (see `adopt`)
        self.organisations: dict[str, Organisation] = {}
        self.households: dict[str, Household] = {}

    @property
    def people(self) -> dict[str, Person]:
        if self._people_rows is not None:
            rows, self._people_rows = self._people_rows, None
            self._people = StoredRows([], [], rows, [], []).decode().people
        return self._people

    @people.setter
    def people(self, people: dict[str, Person]) -> None:
        self._people, self._people_rows = people, None

    @property
    def names(self) -> Names:
        return Names(self.people, self.organisations, self.households)

    @property
    def attachments(self) -> Attachments:
        return self.vault.attachments()

    # -- loading --------------------------------------------------------------------------------

    def stored_rows(self, *, events: bool = True) -> StoredRows:
        return self.tracker.stored_rows(events=events)

    def contents(self) -> VaultContents:
        return self.tracker.contents()

    def count_cases(self) -> int:
        return self.tracker.count_cases()

    def sent_dates(self) -> dict[str, date]:
        return self.tracker.sent_dates()

    def people_names(self) -> dict[str, PersonName]:
        return self.tracker.people_names()

    def release_memory(self) -> None:
        self.tracker.release_memory()

    def reader(self) -> Database:
        """A read-only connection of its own, for a worker thread to read through; the worker closes it."""
        return self.tracker.reader()

    def adopt(self, contents: VaultContents, people_rows: list[str] | None = None) -> None:
        """Keep the people, households and organisations from a load, for naming cases from now on.

        `people_rows` are the people as stored, decoded when first asked for: a big list is shown without them.
        """
        self.people, self.organisations, self.households = (
            contents.people,
            contents.organisations,
            contents.households,
        )
        self._people_rows = people_rows

    def refresh_directory(self) -> None:
        """Read people, households and organisations again (after a case was made elsewhere)."""
        names = self.tracker.names()
        self.people = dict(names.people)
        self.organisations = dict(names.organisations)
        self.households = dict(names.households)

    def forget(self) -> None:
        """Drop every decrypted name: part of locking."""
        self.people, self.organisations, self.households = {}, {}, {}

    def kept_lines(self, cases: list[Case], directory: summary_cache.Directory, today: date) -> dict[str, CaseSummary]:
        """The cases' lines kept in the vault by an earlier load, where still good today (by case id)."""
        return self.tracker.kept_lines(cases, directory, today)

    def keep_summaries(self, lines: list[KeptLine]) -> None:
        """Keep the lines the rules engine worked out, so the next unlocks can read them instead while they hold."""
        self.tracker.keep_summaries(lines)

    def summarise(self, case: Case, events: Iterable[CaseEvent]) -> CaseSummary:
        return self.tracker.summarise(case, events, self.names)

    def summary(self, case_id: str) -> CaseSummary | None:
        case = self.tracker.case(case_id)
        return self.summarise(case, self.tracker.events(case_id)) if case is not None else None

    def case_file(self, case_id: str) -> CaseFile | None:
        return self.tracker.case_file(case_id, self.names)

    # -- events ---------------------------------------------------------------------------------

    def check_add(self, event: CaseEvent) -> None:
        self.tracker.check_add(event)

    def check_replace(self, event: CaseEvent) -> None:
        self.tracker.check_replace(event)

    def check_remove(self, event: CaseEvent) -> None:
        self.tracker.check_remove(event)

    def add_event(self, event: CaseEvent) -> None:
        self.tracker.add_event(event)
        self.changed.emit(event.case_id)

    def replace_event(self, event: CaseEvent) -> None:
        self.tracker.replace_event(event)
        self.changed.emit(event.case_id)

    def remove_event(self, event: CaseEvent) -> None:
        self.tracker.remove_event(event)
        self.changed.emit(event.case_id)

    # -- notes, letters, attachments ------------------------------------------------------------

    def set_notes(self, case_id: str, notes: str) -> None:
        self.tracker.set_notes(case_id, notes)
        self.changed.emit(case_id)

    def set_authority(self, case: Case, signed: date | None, expires: date | None) -> None:
        """An adviser's case: the family's signed authority (raises AuthorityDatesWrong for impossible dates)."""
        record_authority(self.vault.database, case, signed, expires, self.today())
        self.changed.emit(case.id)

    def letter_pdf(self, letter_id: str) -> bytes:
        return self.tracker.letter_pdf(letter_id)

    def attach_file(self, case_id: str, path: Path) -> Attachment:
        """Raises AttachmentError (e.g. AttachmentTooLarge) with a message to show; nothing is kept then."""
        attachment = self.attachments.add_file(case_id, path)
        self.changed.emit(case_id)
        return attachment

    def note_letter_copied(self, letter: LetterRecord, *, printed: bool) -> None:
        self.tracker.note_letter_copied(letter, printed=printed)

    def read_attachment(self, attachment_id: str) -> bytes:
        return self.attachments.read_bytes(attachment_id)

    def note_exported(self, attachment: Attachment) -> None:
        self.attachments.record_export(attachment)

    def remove_attachment(self, attachment: Attachment) -> None:
        self.attachments.delete(attachment.id)
        self.changed.emit(attachment.case_id)

    # -- people and households ------------------------------------------------------------------

    def save_person(self, person: Person) -> None:
        self.tracker.save_person(person)
        self.people[person.id] = person
        self.directory_changed.emit()

    def save_household(self, household: Household) -> None:
        self.tracker.save_household(household)
        self.households[household.id] = household
        self.directory_changed.emit()

    def delete_household(self, household_id: str) -> None:
        self.tracker.delete_household(household_id)
        self.households.pop(household_id, None)
        self.people = {
            person_id: replace(person, household_id=None) if person.household_id == household_id else person
            for person_id, person in self.people.items()
        }
        self.directory_changed.emit()
