"""The start screen: "What do you want to do?", in plain words, each choice saying what happens and how long."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import Journey
from npdrights.gui.page_layout import CentredPage
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import explanation, fit_to_screen, heading

# In English here; shown translated (StartDialog's context).
CHOICES = (
    (
        Journey.ASK,
        QT_TRANSLATE_NOOP("StartDialog", "Find out what the DfE holds about my child or me"),
        QT_TRANSLATE_NOOP(
            "StartDialog",
            "npdrights writes a subject access request: a letter asking for a copy of the records and who has seen "
            "them. About 10 minutes. The DfE then has a month to answer.",
        ),
    ),
    (
        Journey.OBJECT,
        QT_TRANSLATE_NOOP("StartDialog", "Stop my child's data going to companies and journalists"),
        QT_TRANSLATE_NOOP(
            "StartDialog",
            "A letter objecting to the sharing, with your reasons, asking the DfE to hold back while it decides. "
            "About 10 minutes. The DfE has a month to answer.",
        ),
    ),
    (
        Journey.CORRECT,
        QT_TRANSLATE_NOOP("StartDialog", "Get wrong information corrected"),
        QT_TRANSLATE_NOOP(
            "StartDialog",
            "A letter listing what is wrong and what is right. About 5 minutes. The organisation has a month to "
            "answer.",
        ),
    ),
    (
        Journey.ERASE,
        QT_TRANSLATE_NOOP("StartDialog", "Ask for data to be deleted"),
        QT_TRANSLATE_NOOP(
            "StartDialog",
            "A letter giving the reasons the law allows. It says honestly that the DfE may have to keep some data. "
            "About 5 minutes.",
        ),
    ),
    (
        Journey.RESTRICT,
        QT_TRANSLATE_NOOP("StartDialog", "Ask for the use of data to be restricted"),
        QT_TRANSLATE_NOOP(
            "StartDialog",
            "While a correction or an objection is settled, or instead of deletion: the data is kept but not used "
            "or shared. About 5 minutes. The organisation has a month to answer.",
        ),
    ),
    (
        Journey.FOLLOW_UP,
        QT_TRANSLATE_NOOP("StartDialog", "I asked and got no answer, or a bad one"),
        QT_TRANSLATE_NOOP(
            "StartDialog",
            "A reminder, a complaint to the organisation, or a complaint to the ICO (the regulator), with the dates "
            "worked out for you. 2 to 10 minutes.",
        ),
    ),
)


class StartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = self.tr("What do you want to do?")
        self.setWindowTitle(f"npdrights: {question}")
        self.chosen: Journey | None = None
        page = CentredPage()
        page.column.addWidget(heading(question))
        page.setAccessibleName(question)
        page.column.addWidget(
            explanation(self.tr("Choose one. npdrights asks a few questions, writes the letter, and tracks the case."))
        )
        # A plain button and a wrapped sentence under it: both scale with the system's text size and never clip
        # (QCommandLinkButton keeps its own small title font and does not wrap its title).
        self.buttons: dict[Journey, QPushButton] = {}
        for journey, english_title, english_description in CHOICES:
            title, description = self.tr(english_title), self.tr(english_description)
            button = QPushButton(title)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setAccessibleName(title)
            button.setAccessibleDescription(description)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, chosen=journey: self._choose(chosen))
            page.column.addSpacing(6)
            page.column.addWidget(button)
            page.column.addWidget(explanation(description))
            self.buttons[journey] = button
        cancel = standard_buttons(QDialogButtonBox.StandardButton.Cancel)
        cancel.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))  # Qt has no Urdu of its own
        cancel.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(page, 1)
        layout.addWidget(cancel)
        self.buttons[Journey.ASK].setFocus()
        fit_to_screen(self, columns=80, lines=34)

    def _choose(self, journey: Journey) -> None:
        self.chosen = journey
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> Journey | None:
        """Show the start screen and wait; None if cancelled. Tests replace this."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.chosen
