"""The journey wizard: pages built in code, page ids from core's Step, the order from core's flow.

Nothing is saved until Finish. Cancel asks whether to keep the answers as a draft or throw them away
(`ask_on_cancel`, mockable);
locking keeps the answers as an encrypted draft in the vault, then calls `discard()`, which closes without
asking and forgets them from memory.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget, QWizard

from npdrights.core.kept_drafts import JOURNEY_TITLES, JOURNEY_TITLES_CONTEXT
from npdrights.core.wizard_flow.draft import Draft, Step
from npdrights.core.wizard_flow.flow import first_step
from npdrights.core.wizard_flow.sending import Sending
from npdrights.gui.message_boxes import ask_three_ways
from npdrights.gui.widgets import fit_to_screen
from npdrights.gui.wizards.base import JourneyContext, JourneyPage
from npdrights.gui.wizards.finish_page import FinishPage
from npdrights.gui.wizards.follow_up_page import FollowUpPage
from npdrights.gui.wizards.people_pages import AboutPage, ConsentPage, WhoAskingPage
from npdrights.gui.wizards.preview_page import PreviewPage
from npdrights.gui.wizards.recipient_page import RecipientPage
from npdrights.gui.wizards.send_page import SendPage
from npdrights.gui.wizards.want_page import WantPage

# The wizard's size in characters and lines of its text, so it grows with large text; pages scroll beyond it.
COLUMNS, LINES = 110, 40


class CancelChoice(Enum):
    KEEP = "keep"  # as a draft in the vault
    THROW_AWAY = "throw-away"
    STAY = "stay"


class JourneyWizard(QWizard):
    """Emits `saved(case_ids)` after Finish has saved everything."""

    saved = Signal(list)

    def __init__(
        self,
        context: JourneyContext,
        save: Callable[[Draft, Sending | None], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._save = save
        self._discarding = False
        self.case_ids: list[str] = []
        self.draft_id = ""  # the kept draft this journey carries on, if any (deleted at Finish or Cancel)
        # Keeps the answers as a draft (set by whoever opened the journey); False if they could not be kept.
        self.keep_as_draft: Callable[[], bool] = lambda: False
        self._kept = False
        title = QCoreApplication.translate(JOURNEY_TITLES_CONTEXT, JOURNEY_TITLES[context.draft.journey])
        self.setWindowTitle(f"npdrights: {title}")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.pages: dict[Step, JourneyPage] = {
            Step.FOLLOW_UP: FollowUpPage(context),
            Step.WHO_ASKING: WhoAskingPage(context),
            Step.ABOUT: AboutPage(context),
            Step.CONSENT: ConsentPage(context),
            Step.RECIPIENT: RecipientPage(context),
            Step.WANT: WantPage(context),
            Step.SEND: SendPage(context),
            Step.PREVIEW: PreviewPage(context),
            Step.FINISH: FinishPage(context, self._finish),
        }
        for step, page in self.pages.items():
            self.setPage(int(step), page)
        finish = self.pages[Step.FINISH]
        assert isinstance(finish, FinishPage)
        finish.redate_requested.connect(self._show_redated_letter)
        self.setStartId(int(first_step(context.draft)))
        self._fit_screen()

    @property
    def draft(self) -> Draft:
        return self.context.draft

    def page_for(self, step: Step) -> JourneyPage:
        """The page for `step`, its questions built (a page not yet shown has only its frame)."""
        page = self.pages[step]
        page.ensure_built()
        return page

    def current_step(self) -> Step:
        return Step(self.currentId())

    def go_to(self, step: Step) -> None:
        """Carrying on a kept draft: press Next page by page, as the user did, up to `step` (no further than the
        preview, which must render first). Stops early at a page whose answers no longer pass its checks."""
        target = min(step, Step.PREVIEW)
        while self.currentId() < int(target):
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def _fit_screen(self) -> None:
        fit_to_screen(self, columns=COLUMNS, lines=LINES)

    def _show_redated_letter(self) -> None:
        """Back to the preview, made again with the letter's new date, to check before Finish."""
        self.back()
        self.pages[Step.PREVIEW].initializePage()

    # -- Finish -------------------------------------------------------------------------------------------

    def _finish(self, sending: Sending | None) -> bool:
        self.case_ids = self._save(self.draft, sending)
        if not self.case_ids:
            return False
        self.saved.emit(self.case_ids)
        return True

    # -- Cancel and lock ------------------------------------------------------------------------------------

    def has_typed_answers(self) -> bool:
        """Anything the user would lose by closing now."""
        return (
            self.currentId() != self.startId()
            or self.visitedIds() != [self.startId()]
            or bool(self.draft.requester.name or self.draft.pupils or self.draft.follow_up)
        )

    def ask_on_cancel(self) -> CancelChoice:
        return ask_three_ways(
            self,
            self.tr("Close this letter?"),
            self.tr(
                "No letter has been saved yet. You can keep your answers as a draft, locked in your vault, and carry "
                "on later from the list of your cases."
            ),
            "",
            (self.tr("&Keep it as a draft"), CancelChoice.KEEP),
            (self.tr("&Throw it away"), CancelChoice.THROW_AWAY),
            (self.tr("&Go back to it"), CancelChoice.STAY),
        )

    def reject(self) -> None:
        if not self._discarding and self.has_typed_answers():
            choice = self.ask_on_cancel()
            if choice is CancelChoice.STAY:
                return
            if choice is CancelChoice.KEEP:
                if not self.keep_as_draft():
                    return  # it said why; the answers are still here
                self._kept = True
        self._forget()
        super().reject()

    @property
    def discarding(self) -> bool:
        """Closed by locking or kept as a draft (the answers are in the vault), not thrown away with Cancel."""
        return self._discarding or self._kept

    def discard(self) -> None:
        """Locking: close without asking, and forget what was typed (it is personal data)."""
        self._discarding = True
        self.reject()

    def _forget(self) -> None:
        preview = self.pages[Step.PREVIEW]
        assert isinstance(preview, PreviewPage)
        preview.discard()
        self.context.draft = Draft(journey=self.draft.journey, today=self.draft.today)
        self.context.people.clear()
        self.context.cases.clear()
