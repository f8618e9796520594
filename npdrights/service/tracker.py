"""The case tracker's use cases over an unlocked vault, for the window and `npdrights-cli case` alike.

Reading the cases list and one case, recording, editing and undoing events (each checked by the rules engine
before anything is written, so an impossible order of events is refused with its reason), notes, people and
households, and what a follow-up letter starts from. The GUI's CaseStore and the CLI's commands call this; only
the service layer and storage build a `Repository` (an import-linter contract says so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from npdrights.core.case_list import CaseSummary, body_name, summarise
from npdrights.core.dates import day_month_year
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, Household, Organisation, Person
from npdrights.core.names import kind_in_sentence
from npdrights.core.status import CaseState, case_state
from npdrights.service import summary_cache
from npdrights.service.summary_cache import KeptLine
from npdrights.storage.attachments import Attachment, Attachments
from npdrights.storage.database import Database
from npdrights.storage.repository import LetterRecord, PersonName, Repository, StoredRows, VaultContents
from npdrights.storage.vault import Vault

# Letters and their templates (jinja2) are slow to import, and reading the cases list needs none of them: they are
# imported where a letter or a draft is made, so `npdrights-cli case list` doesn't wait for them (issue 17).
if TYPE_CHECKING:
    from npdrights.core.letters import DirectoryEntry, LetterAnswers
    from npdrights.core.wizard_flow import Draft, FollowUp, Sending
    from npdrights.service.cases import LetterToSave
    from npdrights.service.drafts import Drafts

# What the screens and commands read of the stored rows, named here so they needn't import the repository.
__all__ = [
    "CaseChoice",
    "CaseFile",
    "LetterRecord",
    "Names",
    "PersonName",
    "StoredRows",
    "Tracker",
    "VaultContents",
]

# Cases read at once by `summaries`: well under SQLite's limit on the ids one query can name.
PART_SIZE = 1000


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


@dataclass(frozen=True)
class CaseChoice:
    """A sent case a follow-up can continue, as the follow-up page lists it."""

    case_id: str
    label: str  # in English, for the command line
    # Its parts, so the follow-up page can say it in the screens' language (issue 18).
    person: str = ""
    kind: CaseKind | None = None
    sent: date | None = None


@dataclass(frozen=True)
class Names:
    """The people, organisations and households that name cases (by id)."""

    people: Mapping[str, Person]
    organisations: Mapping[str, Organisation]
    households: Mapping[str, Household]


class Tracker:
    def __init__(self, vault: Vault, today: Callable[[], date]) -> None:
        self.vault = vault
        self.today = today

    @property
    def _repository(self) -> Repository:
        return Repository(self.vault.database)

    @property
    def attachments(self) -> Attachments:
        return self.vault.attachments()

    # -- the cases list -------------------------------------------------------------------------

    def stored_rows(self, *, events: bool = True) -> StoredRows:
        return self._repository.stored_rows(events=events)

    def contents(self) -> VaultContents:
        return self._repository.contents()

    def count_cases(self) -> int:
        return self._repository.count_cases()

    def sent_dates(self) -> dict[str, date]:
        return self._repository.sent_dates()

    def people_names(self) -> dict[str, PersonName]:
        return self._repository.people_names()

    def names(self) -> Names:
        repository = self._repository
        return Names(
            people={person.id: person for person in repository.people()},
            organisations={organisation.id: organisation for organisation in repository.organisations()},
            households={household.id: household for household in repository.households()},
        )

    def release_memory(self) -> None:
        self.vault.database.release_memory()

    def reader(self) -> Database:
        """A read-only connection of its own, for a worker thread to read through; the worker closes it."""
        return self.vault.reader()

    def kept_lines(self, cases: list[Case], directory: summary_cache.Directory, today: date) -> dict[str, CaseSummary]:
        """The cases' lines kept in the vault by an earlier load, where still good today (by case id)."""
        return summary_cache.kept_lines(self._repository, cases, directory, today)

    def keep_summaries(self, lines: list[KeptLine]) -> None:
        """Keep the lines the rules engine worked out, so the next unlocks can read them instead while they hold."""
        if lines and self.vault.is_unlocked:
            summary_cache.keep(self._repository, lines)

    def summaries(self, on: date) -> list[CaseSummary]:
        """Every case's line, as the window's list has it (kept lines where still good, the rest worked out and
        kept), most urgent first: `npdrights-cli case list`."""
        repository = self._repository
        # The people's names picked out by SQL, not every person decoded: a line needs no more of them.
        directory = repository.stored_rows(events=False, people=False).decode()
        directory = replace(directory, people=repository.people_names())  # type: ignore[arg-type]
        kept = summary_cache.kept_lines(repository, directory.cases, directory, on)  # every one, in one query
        summaries = list(kept.values())
        pending = [case for case in directory.cases if case.id not in kept]
        for start in range(0, len(pending), PART_SIZE):
            part = summary_cache.summarise_part(repository, pending[start : start + PART_SIZE], directory, on)
            summary_cache.keep(repository, part.to_keep)
            summaries += part.summaries
        return sorted(
            summaries, key=lambda s: (not s.overdue, s.days_left is None, s.days_left or 0, s.case.reference, s.case.id)
        )

    # -- one case -------------------------------------------------------------------------------

    def case(self, case_id: str) -> Case | None:
        return self._repository.case(case_id)

    def events(self, case_id: str) -> list[CaseEvent]:
        return self._repository.events(case_id)

    def letters(self, case_id: str) -> list[LetterRecord]:
        return self._repository.letters(case_id)

    def letter_pdf(self, letter_id: str) -> bytes:
        return self._repository.letter_pdf(letter_id)

    def note_letter_copied(self, letter: LetterRecord, *, printed: bool) -> None:
        self._repository.record_letter_copied(letter, printed=printed)

    def summarise(self, case: Case, events: Iterable[CaseEvent], names: Names | None = None) -> CaseSummary:
        names = names or self.names()
        return summarise(
            case,
            events,
            self.today(),
            people=names.people,
            organisations=names.organisations,
            households=names.households,
        )

    def summary(self, case_id: str) -> CaseSummary:
        """The case's line, named from the vault; KeyError if there is no such case."""
        case = self.case(case_id)
        if case is None:
            raise KeyError(case_id)
        return self.summarise(case, self.events(case_id))

    def case_file(self, case_id: str, names: Names | None = None) -> CaseFile | None:
        repository = self._repository
        case = repository.case(case_id)
        if case is None:
            return None
        names = names or self.names()
        events = tuple(repository.events(case_id))
        summary = self.summarise(case, events, names)
        organisation = names.organisations.get(case.organisation_id)
        return CaseFile(
            case=case,
            events=events,
            state=None if summary.problem else case_state(case, events, self.today(), body=body_name(organisation)),
            summary=summary,
            letters=tuple(repository.letters(case_id)),
            attachments=tuple(self.attachments.for_case(case_id)),
            person=names.people.get(case.person_id),
            requester=names.people.get(case.requester_id),
            organisation=organisation,
        )

    # -- recording, editing and undoing events --------------------------------------------------

    def check(self, case_id: str, events: Iterable[CaseEvent]) -> None:
        """Raise core.status.ImpossibleSequence, with the rules engine's reason, if these events can't all be
        true for the case; KeyError if there is no such case."""
        repository = self._repository
        case = repository.case(case_id)
        if case is None:
            raise KeyError(case_id)
        case_state(case, events, self.today(), body=body_name(repository.organisation(case.organisation_id)))

    def check_add(self, event: CaseEvent) -> None:
        self.check(event.case_id, [*self.events(event.case_id), event])

    def check_replace(self, event: CaseEvent) -> None:
        self.check(event.case_id, [*(other for other in self.events(event.case_id) if other.id != event.id), event])

    def check_remove(self, event: CaseEvent) -> None:
        self.check(event.case_id, [other for other in self.events(event.case_id) if other.id != event.id])

    def record(self, event: CaseEvent) -> None:
        """Check, then add: raises ImpossibleSequence (nothing written) if the rules engine refuses it."""
        self.check_add(event)
        self.add_event(event)

    def add_event(self, event: CaseEvent) -> None:
        """Add an event already checked (or one an undo puts back as it was)."""
        self._repository.add_event(event)

    def replace_event(self, event: CaseEvent) -> None:
        self._repository.update_event(event)

    def remove_event(self, event: CaseEvent) -> None:
        self._repository.delete_event(event.id)

    # -- notes, people and households -----------------------------------------------------------

    def set_notes(self, case_id: str, notes: str) -> None:
        self._repository.set_case_notes(case_id, notes)

    def save_person(self, person: Person) -> None:
        self._repository.save_person(person)

    def save_household(self, household: Household) -> None:
        self._repository.save_household(household)

    def delete_household(self, household_id: str) -> None:
        self._repository.delete_household(household_id)

    def people(self) -> list[Person]:
        return self._repository.people()

    def organisations(self) -> list[Organisation]:
        return self._repository.organisations()

    # -- new cases and letters ------------------------------------------------------------------

    def save_letters(
        self,
        draft: Draft,
        letters: Sequence[LetterToSave],
        *,
        sending: Sending | None,
        recipients: Mapping[str, DirectoryEntry],
    ) -> list[str]:
        """Save a journey's letters and the cases they start or continue (service/cases.py:save_letters)."""
        from npdrights.service import cases

        return cases.save_letters(self._repository, draft, letters, sending=sending, recipients=recipients)

    def drafts(self, now: Callable[[], datetime]) -> Drafts:
        """The unfinished letters kept in this vault (service/drafts.py)."""
        from npdrights.service.drafts import Drafts

        return Drafts(lambda: self._repository, now)

    # -- follow-ups -----------------------------------------------------------------------------

    def first_answers(self, case_id: str) -> LetterAnswers | None:
        """The answers the case's first letter was built from, if it was made in npdrights."""
        from npdrights.core.letters import AnswersError, answers_from_json

        letters = self.letters(case_id)
        if not letters or not letters[0].answers:
            return None
        try:
            return answers_from_json(dict(letters[0].answers))
        except AnswersError:
            return None  # written by an older version: the people's saved details are used instead

    def first_letter_pdf(self, case_id: str) -> bytes | None:
        """The case's first letter as it was printed, to enclose a copy with a reminder or complaint."""
        letters = self.letters(case_id)
        return self.letter_pdf(letters[0].id) if letters else None

    def follow_up(self, case_id: str, follow_up: FollowUp) -> Draft:
        """A follow-up journey's draft, pre-filled from the case; KeyError if there is no such case."""
        from npdrights.core.wizard_flow import follow_up_draft

        repository = self._repository
        case = repository.case(case_id)
        if case is None:
            raise KeyError(case_id)
        return follow_up_draft(
            case=case,
            events=repository.events(case_id),
            follow_up=follow_up,
            requester=repository.person(case.requester_id),
            pupil=repository.person(case.person_id),
            organisation=repository.organisation(case.organisation_id),
            first_answers=self.first_answers(case_id),
            today=self.today(),
        )

    def case_choices(self) -> list[CaseChoice]:
        """The sent cases a follow-up can start from, most recent first."""
        repository = self._repository
        people = {person.id: person.full_name for person in repository.people()}
        sent = {
            case_id: next((event.on for event in events if event.kind is EventKind.SENT), None)
            for case_id, events in repository.events_by_case().items()
        }
        choices = []
        for case in sorted(repository.cases(), key=lambda case: sent.get(case.id) or case.created_on, reverse=True):
            when = sent.get(case.id)
            if when is None:
                continue
            name = people.get(case.person_id, "Someone")
            label = f"{name}: {kind_in_sentence(case.kind)}, sent {day_month_year(when)}"
            choices.append(CaseChoice(case.id, label, person=name, kind=case.kind, sent=when))
        return choices
