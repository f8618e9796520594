"""What every journey page shares: a scrolling body, "Why we ask this", what happens to the answers, the
page's problems naming the field and the fix, Next disabled until the page is right, and nextId from core."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from npdrights.core.letters import DirectoryEntry, LetterTemplates
from npdrights.core.letters.answers import Problem
from npdrights.core.letters.letterhead import Letterhead
from npdrights.core.model import Organisation, Person
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.checks import blocking, fix_for, label_for, problems
from npdrights.core.wizard_flow.draft import Draft, FollowUp, Step
from npdrights.core.wizard_flow.flow import next_step
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.sentences import on_screen as translated
from npdrights.gui.widgets import MessageLabel
from npdrights.gui.wizards.letters import PreparedLetter, Rendered
from npdrights.gui.workers import Background
from npdrights.service.tracker import CaseChoice

STAYS_HERE = QT_TRANSLATE_NOOP(
    "JourneyPage",
    "Your answers stay on this computer. Nothing is saved until you press Finish, and then only in your locked vault.",
)


@dataclass
class JourneyContext:
    """What the pages read and write: the draft, and what they may look up. Nothing here saves anything."""

    draft: Draft
    recipients: Mapping[str, DirectoryEntry]
    templates: LetterTemplates
    clipboard: PrivateClipboard
    background: Background
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    cases: list[CaseChoice] = field(default_factory=list)
    # A tracked case's follow-up, pre-filled from the vault.
    load_follow_up: Callable[[str, FollowUp], Draft] | None = None
    # A tracked case's first letter as stored (PDF), to print a copy with a reminder or complaint.
    first_letter: Callable[[str], bytes | None] | None = None
    # The advice charity's letterhead, for the letters its advisers write (issue 16, item 3).
    letterhead: Letterhead | None = None
    # Made by the preview page, saved by Finish.
    prepared: list[PreparedLetter] = field(default_factory=list)
    rendered: Rendered | None = None


class FittingScroll(QScrollArea):
    """A vertical scroll area whose content is exactly as tall as its wrapped text needs at the current width.

    QScrollArea sizes its widget from the minimum size hint, which for word-wrapped labels is worked out at a
    narrow width; the spare height then opens gaps between paragraphs. Sizing by heightForWidth avoids that.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Tab goes straight to the first field; the area still scrolls to whichever field has the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.inner = QWidget()
        self.inner.installEventFilter(self)
        self.setWidget(self.inner)
        self._refit = QTimer(self)  # owned, so it never fires after the page has gone
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        # The width last fitted to, or None once the content's layout has changed since (issue 12, item 5): a
        # resize that keeps the width, or a second refit with nothing new, would work out the same height again.
        self._fitted_width: int | None = None

    def fit(self) -> None:
        layout = self.inner.layout()
        if layout is None:
            return
        width = self.viewport().width()
        if width == self._fitted_width or not self.isVisible():
            return  # a page not on screen (a wizard's others) is fitted when it is shown: laying out its text is costly
        if layout.hasHeightForWidth():
            height = layout.heightForWidth(width)
        else:
            height = max(layout.sizeHint().height(), layout.minimumSize().height())
        self.inner.resize(width, height)
        self._fitted_width = width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first: while a wizard is torn down, the inner widget hears of its layout going before
        # this area's Python attributes can be read.
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self._fitted_width = None  # a field shown, hidden or reworded: the height needs working out again
            self._refit.start()
        return super().eventFilter(watched, event)


def on_screen(problem: Problem) -> str:
    """A problem as the page shows it, in the screens' language where core marked its words for translation."""
    label = QCoreApplication.translate("FieldLabels", label_for(problem.path))
    return f"{label}: {translated('Problems', fix_for(problem))}"


class JourneyPage(QWizardPage):
    """Subclasses set `step`, add widgets to `self.body` in `build()`, and implement `load()` and `store()`.

    `title_text` and `why_text` are in English, marked with QT_TRANSLATE_NOOP in the subclass's own context: they
    are translated here, where they are shown.

    The wizard makes all its pages when it opens (QWizard needs them for its navigation), but each page's questions
    are built by `ensure_built()` when the page is first shown, or first reached from outside (issue 12, item 5):
    a parent pressing "New request" waits only for the first page, and a page never reached costs nothing."""

    step: Step
    title_text = ""
    why_text = ""

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self._built = False
        # Whether the page is complete, as just worked out by changed(), while QWizard asks (see changed()).
        self._complete_as_checked: bool | None = None
        self.setTitle(self.tr(self.title_text) if self.title_text else "")
        self.problems_label = MessageLabel()
        self.problems_label.setAccessibleName(self.tr("What is wrong"))
        self.to_finish = QLabel()
        self.to_finish.setWordWrap(True)
        self.to_finish.setTextFormat(Qt.TextFormat.PlainText)
        self.to_finish.setAccessibleName(self.tr("What still needs an answer"))
        self.to_finish.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.problems_label)
        self._layout.addWidget(self.to_finish)

    @property
    def built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        """Build the page's questions, once: "Why we ask this" first, then the subclass's `build()`."""
        if self._built:
            return
        self._built = True
        # The questions scroll, above what is wrong and what still needs an answer.
        self.scroll_area = FittingScroll()
        self.body = QVBoxLayout(self.scroll_area.inner)
        self.body.setSpacing(10)
        self._layout.insertWidget(0, self.scroll_area, 1)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.RichText)
        self.why_label.setAccessibleName(self.tr("Why we ask this"))
        self.body.addWidget(self.why_label)
        self.set_why(self.tr(self.why_text) if self.why_text else "")
        # Said at the foot of each page's questions, not under them in a fixed strip: at large text sizes on a
        # small screen the questions need that room (add_why puts it there).
        self.footer = QLabel(self.tr(STAYS_HERE))
        self.footer.setWordWrap(True)
        self.footer.setAccessibleName(self.tr("Where your answers go"))
        self.build()

    def build(self) -> None:
        """Add the page's own widgets to `self.body` (called once, by ensure_built)."""

    def set_why(self, why: str) -> None:
        """The page's short "Why we ask this", first on the page so nobody has to scroll for it."""
        lead = self.tr("Why we ask this:")
        self.why_label.setText(f"<b>{html.escape(lead)}</b> {html.escape(why)}")
        self.why_label.setVisible(bool(why))

    @property
    def draft(self) -> Draft:
        return self.context.draft

    def add_why(self) -> None:
        """Close the body: what follows is spare room, then where the answers go."""
        self.body.addStretch(1)
        self.body.addWidget(self.footer)

    # -- the draft --------------------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the widgets from the draft."""

    def store(self) -> None:
        """Write the widgets into the draft (it stays in memory until Finish)."""

    def field_problems(self) -> list[str]:
        """Problems only the widgets know about (e.g. a date that is not a real date), already described."""
        return []

    def initializePage(self) -> None:
        self.ensure_built()
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.changed()
        # After QWizard has switched pages: a keyboard user starts on this page's first field, never nowhere.
        QTimer.singleShot(0, self, self.focus_first_field)

    def focus_first_field(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return
        # The focus chain is in creation order and wanders outside the page; follow it once round.
        inner = self.scroll_area.inner
        widget = inner.nextInFocusChain()
        while widget is not None and widget is not inner:
            if (
                inner.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def changed(self) -> None:
        """A field changed: write the draft, say what is still wrong, and enable Next if nothing is."""
        if self._loading:
            return
        self.store()
        errors, missing, warnings = self.current_problems()
        self._show_problems(errors, missing, warnings)
        complete = not errors and not missing
        if self._wizard_already_shows(complete):
            return  # the signal would change nothing, yet QWizard would redo its buttons and repaint (issue 12, item 5)
        # QWizard asks isComplete() while this signal is delivered: it gets the answer just worked out instead of
        # checking the whole draft again.
        self._complete_as_checked = complete
        try:
            self.completeChanged.emit()
        finally:
            self._complete_as_checked = None

    def _wizard_already_shows(self, complete: bool) -> bool:
        """Whether this page is the wizard's current one and its Next, Commit and Finish buttons already say
        `complete`. QWizard enables them only when the page is complete, and answers completeChanged by setting
        them from isComplete() alone (where the page leads is settled when the page is shown): so if one is
        enabled and the page is complete, or none is and it isn't, the signal would leave everything as it is."""
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return False
        forward = (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        )
        # As QWizard set them, whether or not the whole window is disabled meanwhile (isEnabled() would say no then).
        any_enabled = any(
            not wizard.button(which).testAttribute(Qt.WidgetAttribute.WA_ForceDisabled) for which in forward
        )
        return any_enabled if complete else not any_enabled

    def current_problems(self) -> tuple[list[str], list[str], list[str]]:
        """(errors, still missing, warnings), each described with the field's on-screen name."""
        found = problems(self.step, self.draft, recipients=self.context.recipients)
        errors = self.field_problems()
        missing: list[str] = []
        for problem in blocking(found):
            (missing if problem.code == "missing" else errors).append(self.describe(problem.path, on_screen(problem)))
        warnings = [self.describe(p.path, on_screen(p)) for p in found if not p.blocking]
        return errors, missing, warnings

    def describe(self, path: str, text: str) -> str:
        """A hook for pages that show several people: say which one the problem is about."""
        return text

    def _show_problems(self, errors: list[str], missing: list[str], warnings: list[str]) -> None:
        if errors:
            self.problems_label.show_message("\n".join(errors), "error")
        elif warnings:
            self.problems_label.show_message("\n".join(warnings), "info")
        else:
            self.problems_label.clear_message()
        if missing:
            self.to_finish.setText(self.tr("To carry on:") + "\n" + "\n".join(f"• {item}" for item in missing))
            self.to_finish.show()
        else:
            self.to_finish.hide()

    def isComplete(self) -> bool:
        self.ensure_built()  # its answers are read from its widgets
        if self._complete_as_checked is not None:
            return self._complete_as_checked
        errors, missing, _warnings = self.current_problems()
        return not errors and not missing

    def validatePage(self) -> bool:
        self.ensure_built()
        self.store()
        return self.isComplete()

    def nextId(self) -> int:
        following = next_step(self.draft, self.step)
        return -1 if following is None else int(following)
