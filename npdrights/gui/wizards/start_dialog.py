"""The start screen: "What do you want to do?", in plain words, each choice saying what happens and how long."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from npdrights.core.wizard_flow.draft import Journey
from npdrights.gui.page_layout import CentredPage
from npdrights.gui.widgets import explanation, fit_to_screen, heading

CHOICES = (
    (
        Journey.ASK,
        "Find out what the DfE holds about my child or me",
        "npdrights writes a subject access request: a letter asking for a copy of the records and who has seen "
        "them. About 10 minutes. The DfE then has a month to answer.",
    ),
    (
        Journey.OBJECT,
        "Stop my child's data going to companies and journalists",
        "A letter objecting to the sharing, with your reasons, asking the DfE to hold back while it decides. About "
        "10 minutes. The DfE has a month to answer.",
    ),
    (
        Journey.CORRECT,
        "Get wrong information corrected",
        "A letter listing what is wrong and what is right. About 5 minutes. The organisation has a month to answer.",
    ),
    (
        Journey.ERASE,
        "Ask for data to be deleted",
        "A letter giving the reasons the law allows. It says honestly that the DfE may have to keep some data. "
        "About 5 minutes.",
    ),
    (
        Journey.RESTRICT,
        "Ask for the use of data to be restricted",
        "While a correction or an objection is settled, or instead of deletion: the data is kept but not used or "
        "shared. About 5 minutes. The organisation has a month to answer.",
    ),
    (
        Journey.FOLLOW_UP,
        "I asked and got no answer, or a bad one",
        "A reminder, a complaint to the organisation, or a complaint to the ICO (the regulator), with the dates "
        "worked out for you. 2 to 10 minutes.",
    ),
)


class StartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("npdrights: What do you want to do?")
        self.chosen: Journey | None = None
        page = CentredPage()
        page.column.addWidget(heading("What do you want to do?"))
        page.setAccessibleName("What do you want to do?")
        page.column.addWidget(
            explanation("Choose one. npdrights asks a few questions, writes the letter, and tracks the case.")
        )
        # A plain button and a wrapped sentence under it: both scale with the system's text size and never clip
        # (QCommandLinkButton keeps its own small title font and does not wrap its title).
        self.buttons: dict[Journey, QPushButton] = {}
        for journey, title, description in CHOICES:
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
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
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
