"""Opening journeys from the main window: a new request from the start screen, or a follow-up from a case.

Reads what the pages offer (saved people, organisations, cases) from the vault when a journey opens, and saves
at Finish. The main window owns one `Journeys`; locking calls `discard()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.dates import day_month_year
from npdrights.core.letters import AnswersError, LetterAnswers, answers_from_json
from npdrights.core.model import CaseKind, EventKind
from npdrights.core.next_steps import ActionKind
from npdrights.core.wizard_flow import (
    FOLLOW_UP_FOR_ACTION,
    Draft,
    FollowUp,
    Journey,
    Sending,
    follow_up_draft,
)
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.wizards.base import CaseChoice, JourneyContext
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.gui.wizards.saving import save_journey
from npdrights.gui.workers import Background
from npdrights.storage.errors import VaultError
from npdrights.storage.repository import Repository

CASE_WORDS = {
    CaseKind.SAR_DFE: "what the DfE holds",
    CaseKind.SAR_LRS: "learning record",
    CaseKind.SAR_ORGANISATION: "what an organisation holds",
    CaseKind.OBJECTION_DFE: "objection to DfE sharing",
    CaseKind.RECTIFICATION: "corrections",
    CaseKind.ERASURE: "deletion",
    CaseKind.RESTRICTION: "restriction",
}


def first_answers(repository: Repository, case_id: str) -> LetterAnswers | None:
    """The answers the case's first letter was built from, if it was made in npdrights."""
    letters = repository.letters(case_id)
    if not letters or not letters[0].answers:
        return None
    try:
        return answers_from_json(dict(letters[0].answers))
    except AnswersError:
        return None  # written by an older version: the people's saved details are used instead


def load_follow_up(repository: Repository, case_id: str, follow_up: FollowUp, today: date) -> Draft:
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
        first_answers=first_answers(repository, case_id),
        today=today,
    )


def case_choices(repository: Repository) -> list[CaseChoice]:
    """The sent cases a follow-up can start from, most recent first."""
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
        choices.append(CaseChoice(case.id, f"{name}: {CASE_WORDS[case.kind]}, sent {day_month_year(when)}"))
    return choices


class Journeys(QObject):
    """Emits `saved(case_ids)` when a journey's Finish has saved its cases."""

    saved = Signal(list)

    def __init__(
        self,
        repository: Callable[[], Repository],
        today: Callable[[], date],
        clipboard: PrivateClipboard,
        background: Background,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._today = today
        self._clipboard = clipboard
        self._background = background
        self._window = parent
        self.wizard: JourneyWizard | None = None

    def _context(self, draft: Draft) -> JourneyContext:
        repository = self._repository()
        return JourneyContext(
            draft=draft,
            recipients=recipients_directory(),
            templates=letter_templates(),
            clipboard=self._clipboard,
            background=self._background,
            people=repository.people(),
            organisations=repository.organisations(),
            cases=case_choices(repository) if draft.journey is Journey.FOLLOW_UP else [],
            load_follow_up=lambda case_id, follow_up: load_follow_up(
                self._repository(), case_id, follow_up, self._today()
            ),
        )

    def start(self, journey: Journey) -> JourneyWizard:
        return self._open(Draft(journey=journey, today=self._today()))

    def follow_up(self, case_id: str, action: ActionKind) -> JourneyWizard | None:
        """The follow-up for one of the tracker's next steps, pre-filled from the case; None if it has none."""
        follow_up = FOLLOW_UP_FOR_ACTION.get(action)
        if follow_up is None:
            return None
        return self._open(load_follow_up(self._repository(), case_id, follow_up, self._today()))

    def _open(self, draft: Draft) -> JourneyWizard:
        self.discard()
        context = self._context(draft)
        wizard = JourneyWizard(context, lambda d, sending: self._save(context, d, sending), self._window)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.saved.connect(self.saved)
        wizard.finished.connect(lambda _result: self._closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _closed(self, wizard: JourneyWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _save(self, context: JourneyContext, draft: Draft, sending: Sending | None) -> list[str]:
        if context.rendered is None:
            return []
        try:
            return save_journey(
                self._repository(),
                draft,
                context.prepared,
                context.rendered,
                sending=sending,
                recipients=context.recipients,
            )
        except VaultError as error:
            QMessageBox.warning(
                self.wizard, "Not saved", f"{error.message} Your answers are still here: press Finish to try again."
            )
            return []

    def discard(self) -> None:
        """Close any open journey without asking, forgetting what was typed (part of locking)."""
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.discard()
