"""The tracker's view of the vault: reads and writes cases through storage, checks changes with the rules engine.

Every change goes through here, so each is checked the same way (an impossible order of events is refused with
the rules engine's reason, before anything is written) and announced with `changed(case_id)` so the list and
the detail can refresh just that case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from npdrights.core.case_list import CaseSummary, body_name, summarise
from npdrights.core.model import Case, CaseEvent, Household, Organisation, Person
from npdrights.core.status import CaseState, case_state
from npdrights.service import summary_cache
from npdrights.service.summary_cache import KeptLine
from npdrights.storage.attachments import Attachment, Attachments
from npdrights.storage.database import Database
from npdrights.storage.repository import LetterRecord, PersonName, Repository, StoredRows, VaultContents
from npdrights.storage.vault import Vault


@dataclass(frozen=True)
class CaseFile:
    """Everything the case detail shows, read at once."""

    case: Case
    events: tuple[CaseEvent, ...]
    state: CaseState | None  # None when the events can't all be true
    summary: CaseSummary
    letters: tuple[LetterRecord, ...]
    attachments: tuple[Attachment, ...]
    person: Person | None
    requester: Person | None
    organisation: Organisation | None

    @property
    def body(self) -> str:
        return self.summary.body


class CaseStore(QObject):
    changed = Signal(str)  # a case's events, notes, letters or attachments changed
    removed = Signal(str)
    directory_changed = Signal()  # people, households or organisations changed

    def __init__(self, vault: Vault, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
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
    def repository(self) -> Repository:
        return Repository(self.vault.database)

    @property
    def attachments(self) -> Attachments:
        return self.vault.attachments()

    # -- loading --------------------------------------------------------------------------------

    def stored_rows(self, *, events: bool = True) -> StoredRows:
        return self.repository.stored_rows(events=events)

    def count_cases(self) -> int:
        return self.repository.count_cases()

    def sent_dates(self) -> dict[str, date]:
        return self.repository.sent_dates()

    def people_names(self) -> dict[str, PersonName]:
        return self.repository.people_names()

    def release_memory(self) -> None:
        self.vault.database.release_memory()

    def reader(self) -> Database:
        """A read-only connection of its own, for a worker thread to read through; the worker closes it."""
        return self.vault.reader()

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
        repository = self.repository
        self.people = {person.id: person for person in repository.people()}
        self.organisations = {organisation.id: organisation for organisation in repository.organisations()}
        self.households = {household.id: household for household in repository.households()}

    def forget(self) -> None:
        """Drop every decrypted name: part of locking."""
        self.people, self.organisations, self.households = {}, {}, {}

    def kept_lines(self, cases: list[Case], directory: summary_cache.Directory, today: date) -> dict[str, CaseSummary]:
        """The cases' lines kept in the vault by an earlier load today, where still good (by case id)."""
        return summary_cache.kept_lines(self.repository, cases, directory, today)

    def keep_summaries(self, today: date, lines: list[KeptLine]) -> None:
        """Keep the lines the rules engine worked out, so the next unlock today can read them instead."""
        if lines and self.vault.is_unlocked:
            summary_cache.keep(self.repository, today, lines)

    def summarise(self, case: Case, events: Iterable[CaseEvent]) -> CaseSummary:
        return summarise(
            case,
            events,
            self.today(),
            people=self.people,
            organisations=self.organisations,
            households=self.households,
        )

    def summary(self, case_id: str) -> CaseSummary | None:
        case = self.repository.case(case_id)
        return self.summarise(case, self.repository.events(case_id)) if case is not None else None

    def case_file(self, case_id: str) -> CaseFile | None:
        repository = self.repository
        case = repository.case(case_id)
        if case is None:
            return None
        events = tuple(repository.events(case_id))
        summary = self.summarise(case, events)
        organisation = self.organisations.get(case.organisation_id)
        return CaseFile(
            case=case,
            events=events,
            state=None if summary.problem else case_state(case, events, self.today(), body=body_name(organisation)),
            summary=summary,
            letters=tuple(repository.letters(case_id)),
            attachments=tuple(self.attachments.for_case(case_id)),
            person=self.people.get(case.person_id),
            requester=self.people.get(case.requester_id),
            organisation=organisation,
        )

    # -- events ---------------------------------------------------------------------------------

    def check(self, case_id: str, events: Iterable[CaseEvent]) -> None:
        """Raise core.status.ImpossibleSequence, with the rules engine's reason, if these events can't all be
        true for the case."""
        case = self.repository.case(case_id)
        if case is None:
            raise KeyError(case_id)
        case_state(case, events, self.today(), body=body_name(self.organisations.get(case.organisation_id)))

    def check_add(self, event: CaseEvent) -> None:
        self.check(event.case_id, [*self.repository.events(event.case_id), event])

    def check_replace(self, event: CaseEvent) -> None:
        others = [other for other in self.repository.events(event.case_id) if other.id != event.id]
        self.check(event.case_id, [*others, event])

    def check_remove(self, event: CaseEvent) -> None:
        self.check(event.case_id, [other for other in self.repository.events(event.case_id) if other.id != event.id])

    def add_event(self, event: CaseEvent) -> None:
        self.repository.add_event(event)
        self.changed.emit(event.case_id)

    def replace_event(self, event: CaseEvent) -> None:
        self.repository.update_event(event)
        self.changed.emit(event.case_id)

    def remove_event(self, event: CaseEvent) -> None:
        self.repository.delete_event(event.id)
        self.changed.emit(event.case_id)

    # -- notes, letters, attachments ------------------------------------------------------------

    def set_notes(self, case_id: str, notes: str) -> None:
        self.repository.set_case_notes(case_id, notes)
        self.changed.emit(case_id)

    def letter_pdf(self, letter_id: str) -> bytes:
        return self.repository.letter_pdf(letter_id)

    def attach_file(self, case_id: str, path: Path) -> Attachment:
        """Raises AttachmentError (e.g. AttachmentTooLarge) with a message to show; nothing is kept then."""
        attachment = self.attachments.add_file(case_id, path)
        self.changed.emit(case_id)
        return attachment

    def read_attachment(self, attachment_id: str) -> bytes:
        return self.attachments.read_bytes(attachment_id)

    def note_exported(self, attachment: Attachment) -> None:
        self.attachments.record_export(attachment)

    def remove_attachment(self, attachment: Attachment) -> None:
        self.attachments.delete(attachment.id)
        self.changed.emit(attachment.case_id)

    # -- people and households ------------------------------------------------------------------

    def save_person(self, person: Person) -> None:
        self.repository.save_person(person)
        self.people[person.id] = person
        self.directory_changed.emit()

    def save_household(self, household: Household) -> None:
        self.repository.save_household(household)
        self.households[household.id] = household
        self.directory_changed.emit()

    def delete_household(self, household_id: str) -> None:
        self.repository.delete_household(household_id)
        self.households.pop(household_id, None)
        self.people = {
            person_id: replace(person, household_id=None) if person.household_id == household_id else person
            for person_id, person in self.people.items()
        }
        self.directory_changed.emit()
