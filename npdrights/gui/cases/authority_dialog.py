"""Record the family's signed authority on an adviser's case: the day they signed it, and the day it ends."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from npdrights.core.authority import AuthorityDatesWrong, check_authority_dates
from npdrights.core.model import Case
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import MessageLabel, explanation
from npdrights.gui.wizards.fields import DateField

Dates = tuple[date | None, date | None]


class AuthorityDialog(QDialog):
    def __init__(self, case: Case, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.dates: Dates | None = None
        self.setWindowTitle(self.tr("The family's signed authority"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "You act for this family with their signed authority. Record the day they signed it and, if it "
                    "has one, the day it ends: the case page then warns you a month before it does."
                )
            )
        )
        form = QFormLayout()
        self.signed = DateField(self.tr("The day the family signed it"))
        self.signed.set_value(case.authority_signed)
        self.expires = DateField(self.tr("The day it ends"))
        self.expires.set_value(case.authority_expires)
        form.addRow(self.tr("Signed on:"), self.signed)
        form.addRow(self.tr("Ends on (leave empty if it doesn't):"), self.expires)
        layout.addLayout(form)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        for field, what in (
            (self.signed, self.tr("The day it was signed")),
            (self.expires, self.tr("The day it ends")),
        ):
            if problem := field.problem():
                self.message.show_message(self.tr("{field}: {problem}.").format(field=what, problem=problem))
                return
        signed, expires = self.signed.value(), self.expires.value()
        try:
            check_authority_dates(signed, expires, self.today)
        except AuthorityDatesWrong as error:
            self.message.show_message(on_screen("Authority", error.message))
            return
        self.dates = (signed, expires)
        self.accept()

    @classmethod
    def ask(cls, case: Case, today: date, parent: QWidget | None = None) -> Dates | None:
        dialog = cls(case, today, parent)
        return dialog.dates if dialog.exec() == QDialog.DialogCode.Accepted else None
