"""Opening journeys from the main window: a new request from the start screen, or a follow-up from a case.

Reads what the pages offer (saved people, organisations, cases) from the vault when a journey opens, and saves
at Finish. The main window owns one `Journeys`; locking calls `discard()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.after_sending import AfterFinish
from npdrights.core.next_steps import ActionKind
from npdrights.core.wizard_flow.answers import answers_for
from npdrights.core.wizard_flow.draft import DFE, FOLLOW_UP_FOR_ACTION, Draft, FollowUp, Journey, Target
from npdrights.core.wizard_flow.sending import Sending
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.message_boxes import tell
from npdrights.gui.sentences import on_screen
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.wizards.base import JourneyContext
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.gui.workers import Background
from npdrights.service import organisation
from npdrights.service.cases import CannotSave, DatesDontFit, LetterToSave
from npdrights.service.drafts import DraftListing, Drafts
from npdrights.service.tracker import Tracker
from npdrights.storage.errors import VaultError


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


class Journeys(QObject):
    """Emits `saved(case_ids)` when a journey's Finish has saved its cases, and `drafts_changed` when a kept
    draft was finished or thrown away."""

    saved = Signal(list)
    drafts_changed = Signal()

    def __init__(
        self,
        tracker: Tracker,
        today: Callable[[], date],
        clipboard: PrivateClipboard,
        background: Background,
        drafts: Drafts,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._tracker = tracker
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
        tracker = self._tracker
        return JourneyContext(
            draft=draft,
            recipients=recipients_directory(),
            templates=letter_templates(),
            clipboard=self._clipboard,
            background=self._background,
            people=tracker.people(),
            organisations=tracker.organisations(),
            cases=tracker.case_choices() if draft.journey is Journey.FOLLOW_UP else [],
            load_follow_up=tracker.follow_up,
            first_letter=tracker.first_letter_pdf,
            letterhead=organisation.letterhead(tracker.vault.database),
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
        return self._open(self._tracker.follow_up(case_id, follow_up))

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
            tell(
                wizard,
                self.tr("Not kept"),
                self.tr("{reason} Your answers are still here.").format(reason=shown_message(error)),
            )
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
            letters = [
                LetterToSave(item.letter, answers_for(draft, item.pupil_index), pdf)
                for item, pdf in zip(context.prepared, context.rendered.per_letter, strict=True)
            ]
            saved = self._tracker.save_letters(draft, letters, sending=sending, recipients=context.recipients)
        except VaultError as error:
            said = self.tr("{reason} Your answers are still here: press Finish to try again.")
            tell(self.wizard, self.tr("Not saved"), said.format(reason=shown_message(error)))
            return []
        except DatesDontFit as error:
            said = self.tr(
                "{reason} Nothing was saved and your answers are still here: check the date you sent it."
            ).format(reason=on_screen("CaseSaving", error.message))
            tell(self.wizard, self.tr("Not saved: the dates don't fit"), said)
            return []
        except CannotSave as error:
            tell(
                self.wizard,
                self.tr("Not saved"),
                self.tr("{reason} Nothing was saved.").format(reason=on_screen("CaseSaving", error.message)),
            )
            return []
        self.after_finish = what_finish_saved(draft, context, sending)
        return saved

    def discard(self) -> None:
        """Close any open journey without asking, forgetting what was typed (part of locking)."""
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.discard()
