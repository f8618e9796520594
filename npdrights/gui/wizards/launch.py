"""Opening journeys from the main window: a new request from the start screen, or a follow-up from a case.

Reads what the pages offer (saved people, organisations, cases) from the vault when a journey opens, and saves
at Finish. The main window owns one `Journeys`; locking calls `discard()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.after_sending import AfterFinish
from npdrights.core.dates import day_month_year
from npdrights.core.letters import AnswersError, LetterAnswers, answers_from_json
from npdrights.core.model import CaseKind, EventKind
from npdrights.core.next_steps import ActionKind
from npdrights.core.wizard_flow import (
    DFE,
    FOLLOW_UP_FOR_ACTION,
    Draft,
    FollowUp,
    Journey,
    Sending,
    Target,
    follow_up_draft,
)
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.wizards.base import CaseChoice, JourneyContext
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.gui.wizards.saving import CannotSave, DatesDontFit, save_journey
from npdrights.gui.workers import Background
from npdrights.service import organisation
from npdrights.service.drafts import DraftListing, Drafts
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


def first_letter_pdf(repository: Repository, case_id: str) -> bytes | None:
    """The case's first letter as it was printed, to enclose a copy with a reminder or complaint."""
    letters = repository.letters(case_id)
    return repository.letter_pdf(letters[0].id) if letters else None


def what_finish_saved(draft: Draft, context: JourneyContext, sending: Sending | None) -> AfterFinish:
    """What "What happens next" needs to know of what Finish just saved."""
    return AfterFinish(
        method=draft.send_by,
        sent_on=sending.on if sending is not None else None,
        forms=sum(len(item.forms) for item in context.prepared),
        letters=len(context.prepared),
        online_to_ico=draft.follow_up is FollowUp.ICO,
        to=_addressee(draft, context),
    )


def _addressee(draft: Draft, context: JourneyContext) -> str:
    """Who an emailed letter goes to, in a sentence: "the Department for Education (its@address)"."""
    if draft.target is Target.ORGANISATION:
        name, email = draft.organisation.name.strip(), draft.organisation.email.strip()
    else:
        entry = context.recipients[DFE]
        name, email = entry.called or entry.name, entry.email
    name = name or "the organisation"
    return f"{name} ({email})" if email else name


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
    """Emits `saved(case_ids)` when a journey's Finish has saved its cases, and `drafts_changed` when a kept
    draft was finished or thrown away."""

    saved = Signal(list)
    drafts_changed = Signal()

    def __init__(
        self,
        repository: Callable[[], Repository],
        today: Callable[[], date],
        clipboard: PrivateClipboard,
        background: Background,
        drafts: Drafts,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._drafts = drafts
        self._today = today
        self._clipboard = clipboard
        self._background = background
        self._window = parent
        self.wizard: JourneyWizard | None = None
        self.after_finish: AfterFinish | None = None  # what the last Finish saved, for "What happens next"
        # The window's shortcuts that must work inside a journey too (Ctrl+L): the wizard is modal, and Qt
        # doesn't let a window's shortcuts through a modal dialog in front of it.
        self.window_actions: list[QAction] = []

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
            first_letter=lambda case_id: first_letter_pdf(self._repository(), case_id),
            letterhead=organisation.letterhead(repository.db),
        )

    def start(self, journey: Journey) -> JourneyWizard:
        return self._open(Draft(journey=journey, today=self._today()))

    def start_draft(self, draft: Draft) -> JourneyWizard:
        """A journey pre-filled from elsewhere, such as a release chosen in the register explorer."""
        return self._open(draft)

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
        wizard.addActions(self.window_actions)
        wizard.keep_as_draft = lambda: self._keep_on_cancel(wizard)
        wizard.saved.connect(lambda _ids: self._forget_draft(wizard))
        wizard.saved.connect(self.saved)
        wizard.rejected.connect(lambda: None if wizard.discarding else self._forget_draft(wizard))
        wizard.finished.connect(lambda _result: self._closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def resume(self, listing: DraftListing) -> JourneyWizard | None:
        """Carry on with a kept draft, on the page it was left at; None if this version can't read it."""
        if listing.journey is None:
            return None
        wizard = self._open(listing.journey.draft)
        wizard.draft_id = listing.id
        wizard.go_to(listing.journey.step)
        return wizard

    def keep_open_journey(self) -> str | None:
        """Before a lock: keep the open journey's answers as a draft in the vault. Returns its id, or None if no
        journey was open or nothing had been typed. Raises VaultError if the vault couldn't write it."""
        wizard = self.wizard
        if wizard is None or wizard.currentId() < 0 or not wizard.has_typed_answers():
            return None
        wizard.page_for(wizard.current_step()).store()
        wizard.draft_id = self._drafts.keep(wizard.draft, wizard.current_step(), wizard.draft_id)
        return wizard.draft_id

    def _keep_on_cancel(self, wizard: JourneyWizard) -> bool:
        """Cancel, "Keep it as a draft": kept in the vault and listed with the cases."""
        try:
            wizard.page_for(wizard.current_step()).store()
            wizard.draft_id = self._drafts.keep(wizard.draft, wizard.current_step(), wizard.draft_id)
        except VaultError as error:
            QMessageBox.warning(wizard, "Not kept", f"{error.message} Your answers are still here.")
            return False
        self.drafts_changed.emit()
        return True

    def _forget_draft(self, wizard: JourneyWizard) -> None:
        """Finished, or thrown away with Cancel: a kept draft of this journey is no longer wanted."""
        if wizard.draft_id:
            self._drafts.delete(wizard.draft_id)
            wizard.draft_id = ""
            self.drafts_changed.emit()

    def _closed(self, wizard: JourneyWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _save(self, context: JourneyContext, draft: Draft, sending: Sending | None) -> list[str]:
        if context.rendered is None:
            return []
        try:
            saved = save_journey(
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
        except DatesDontFit as error:
            QMessageBox.warning(
                self.wizard,
                "Not saved: the dates don't fit",
                f"{error.message} Nothing was saved and your answers are still here: check the date you sent it.",
            )
            return []
        except CannotSave as error:
            QMessageBox.warning(self.wizard, "Not saved", f"{error.message} Nothing was saved.")
            return []
        self.after_finish = what_finish_saved(draft, context, sending)
        return saved

    def discard(self) -> None:
        """Close any open journey without asking, forgetting what was typed (part of locking)."""
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.discard()
