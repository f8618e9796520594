"""What every journey page shares: a scrolling body, "Why we ask this", what happens to the answers, the
page's problems naming the field and the fix, Next disabled until the page is right, and nextId from core."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from npdrights.core.letters import DirectoryEntry, LetterTemplates
from npdrights.core.model import Organisation, Person
from npdrights.core.wizard_flow import Draft, FollowUp, Step, blocking, describe, next_step, problems
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.widgets import MessageLabel, explanation, heading
from npdrights.gui.wizards.letters import PreparedLetter, Rendered
from npdrights.gui.workers import Background

STAYS_HERE = "Your answers stay on this computer, in your locked vault. npdrights never sends them anywhere."


@dataclass(frozen=True)
class CaseChoice:
    """A tracked case a follow-up can start from, as the follow-up page lists it."""

    case_id: str
    label: str


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
    # Made by the preview page, saved by Finish.
    prepared: list[PreparedLetter] = field(default_factory=list)
    rendered: Rendered | None = None


class JourneyPage(QWizardPage):
    """Subclasses set `step`, add widgets to `self.body`, and implement `load()` and `store()`."""

    step: Step
    title_text = ""
    why_text = ""

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self.setTitle(self.title_text)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(10)
        scroll.setWidget(inner)
        self.problems_label = MessageLabel()
        self.problems_label.setAccessibleName("What still needs an answer")
        self.to_finish = QLabel()
        self.to_finish.setWordWrap(True)
        self.to_finish.setTextFormat(Qt.TextFormat.PlainText)
        self.to_finish.setAccessibleName("What still needs an answer")
        self.to_finish.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.to_finish)

    @property
    def draft(self) -> Draft:
        return self.context.draft

    def add_why(self, why: str = "") -> None:
        """The page's "Why we ask this" and the privacy note: the last things in the body."""
        self.body.addSpacing(8)
        self.body.addWidget(heading("Why we ask this", level=2))
        self.body.addWidget(explanation(why or self.why_text))
        note = explanation(STAYS_HERE)
        note.setAccessibleName("Where your answers go")
        self.body.addWidget(note)
        self.body.addStretch(1)

    # -- the draft --------------------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the widgets from the draft."""

    def store(self) -> None:
        """Write the widgets into the draft (it stays in memory until Finish)."""

    def field_problems(self) -> list[str]:
        """Problems only the widgets know about (e.g. a date that is not a real date), already described."""
        return []

    def initializePage(self) -> None:
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.changed()

    def changed(self) -> None:
        """A field changed: write the draft, say what is still wrong, and enable Next if nothing is."""
        if self._loading:
            return
        self.store()
        self._show_problems()
        self.completeChanged.emit()

    def current_problems(self) -> tuple[list[str], list[str], list[str]]:
        """(errors, still missing, warnings), each described with the field's on-screen name."""
        found = problems(self.step, self.draft, recipients=self.context.recipients)
        errors = self.field_problems()
        missing = []
        for problem in blocking(found):
            (missing if problem.code == "missing" else errors).append(self.describe(problem.path, describe(problem)))
        warnings = [self.describe(p.path, describe(p)) for p in found if not p.blocking]
        return errors, missing, warnings

    def describe(self, path: str, text: str) -> str:
        """A hook for pages that show several people: say which one the problem is about."""
        return text

    def _show_problems(self) -> None:
        errors, missing, warnings = self.current_problems()
        if errors:
            self.problems_label.show_message("\n".join(errors), "error")
        elif warnings:
            self.problems_label.show_message("\n".join(warnings), "info")
        else:
            self.problems_label.clear_message()
        if missing:
            self.to_finish.setText("To carry on, answer: " + "; ".join(missing))
            self.to_finish.show()
        else:
            self.to_finish.hide()

    def isComplete(self) -> bool:
        errors, missing, _warnings = self.current_problems()
        return not errors and not missing

    def validatePage(self) -> bool:
        self.store()
        return self.isComplete()

    def nextId(self) -> int:
        following = next_step(self.draft, self.step)
        return -1 if following is None else int(following)
