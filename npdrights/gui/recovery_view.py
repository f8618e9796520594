"""Shown once, straight after the vault is made: the recovery code, with print/save and a typing check."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.i18n import translated_screens
from npdrights.gui.page_layout import CentredPage
from npdrights.gui.widgets import MessageLabel, explanation, heading, without_shortcut

GROUPS_PER_LINE = 4
# Whole sentences for each place in the line, so that a translation can inflect "first" as its grammar needs.
ASK_FOR_GROUP = (
    QT_TRANSLATE_NOOP("RecoveryCodeView", "To check you have it, type the first &group on line {line}:"),
    QT_TRANSLATE_NOOP("RecoveryCodeView", "To check you have it, type the second &group on line {line}:"),
    QT_TRANSLATE_NOOP("RecoveryCodeView", "To check you have it, type the third &group on line {line}:"),
    QT_TRANSLATE_NOOP("RecoveryCodeView", "To check you have it, type the fourth &group on line {line}:"),
)
NOT_THAT_GROUP = (
    QT_TRANSLATE_NOOP("RecoveryCodeView", "That isn't the first group on line {line}. Check it against your copy."),
    QT_TRANSLATE_NOOP("RecoveryCodeView", "That isn't the second group on line {line}. Check it against your copy."),
    QT_TRANSLATE_NOOP("RecoveryCodeView", "That isn't the third group on line {line}. Check it against your copy."),
    QT_TRANSLATE_NOOP("RecoveryCodeView", "That isn't the fourth group on line {line}. Check it against your copy."),
)


class RecoveryCodeView(CentredPage):
    """Emits `confirmed` once the user has retyped one group of the code correctly."""

    confirmed = Signal()
    save_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self._rng = rng or random.Random()
        self._groups: list[str] = []
        self._asked = 0
        title = self.tr("Keep your recovery code safe")
        self.column.addWidget(heading(title))
        self.setAccessibleName(title)
        self.column.addWidget(
            explanation(
                self.tr(
                    "If you ever forget your passphrase, this code is the only way to open your cases. Write it "
                    "down, or print it, and keep it away from this computer. It will not be shown again."
                )
            )
        )
        self.code_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont(self.font()).pointSizeF() * 1.4)
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setStyleSheet("padding: 12px; border: 2px solid palette(mid);")
        self.column.addWidget(self.code_label)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for button in (self.save_button, self.print_button):
            button.setAccessibleName(without_shortcut(button.text()).rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.column.addLayout(buttons)
        if translated_screens():  # the sheet is English (its PDF fonts can't shape Urdu): say so, and what it says
            self.column.addWidget(
                explanation(
                    self.tr(
                        "The sheet you save or print is in English. It shows this code and says the same as this "
                        "screen: keep it safe, away from this computer, as it is the only other way to open your "
                        "cases."
                    )
                )
            )
        self.column.addWidget(
            explanation(
                self.tr(
                    "If you lose both your passphrase and this code, nobody can open your cases: not you, not us. "
                    "There is no back door."
                )
            )
        )

        self.check_prompt = QLabel()
        self.check_prompt.setWordWrap(True)
        self.check_edit = QLineEdit()
        self.check_edit.setMaxLength(8)
        self.check_edit.setAccessibleName(self.tr("Group of the recovery code"))
        self.check_prompt.setBuddy(self.check_edit)
        self.column.addWidget(self.check_prompt)
        self.column.addWidget(self.check_edit)
        self.message = MessageLabel()
        self.column.addWidget(self.message)
        self.continue_button = QPushButton(self.tr("I have kept my recovery code – &continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.column.addWidget(self.continue_button)

        self.save_button.clicked.connect(self.save_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.check_edit.textChanged.connect(self._update)
        self.check_edit.returnPressed.connect(self._submit)
        self.continue_button.clicked.connect(self._submit)

    def show_code(self, code: str) -> None:
        self._groups = code.split("-")
        # Four groups a line, as on the printed sheet, so "line 3, group 2" means the same on both.
        lines = ["  ".join(self._groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(self._groups), GROUPS_PER_LINE)]
        self.code_label.setText("\n".join(lines))
        self._asked = self._rng.randrange(len(self._groups))
        line, position = divmod(self._asked, GROUPS_PER_LINE)
        self.check_prompt.setText(self.tr(ASK_FOR_GROUP[position]).format(line=line + 1))
        self.check_edit.clear()
        self.message.clear_message()
        self.check_edit.setFocus()

    @property
    def asked_group(self) -> int:
        return self._asked

    def _matches(self) -> bool:
        typed = self.check_edit.text().strip().upper()
        return bool(self._groups) and typed == self._groups[self._asked]

    def _update(self) -> None:
        self.continue_button.setEnabled(self._matches())

    def _submit(self) -> None:
        if not self._matches():
            line, position = divmod(self._asked, GROUPS_PER_LINE)
            self.message.show_message(self.tr(NOT_THAT_GROUP[position]).format(line=line + 1))
            return
        self.confirmed.emit()

    def forget(self) -> None:
        """Drop the code from the screen once the user has moved on."""
        self._groups = []
        self.code_label.clear()
        self.check_edit.clear()
