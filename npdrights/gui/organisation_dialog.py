"""Organisation › Name, address and letterhead…: the advice charity's name, address, charity number and logo, printed at
the top of the letters its advisers send for families (never on a family's own letters)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.letters.letterhead import MAX_LINE, MAX_NAME
from npdrights.gui import file_dialogs
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import MessageLabel, explanation, heading
from npdrights.service import organisation
from npdrights.storage.database import Database


class OrganisationDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Organisation and letterhead"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your organisation's letterhead"), level=2))
        layout.addWidget(
            explanation(
                self.tr(
                    "If you are an advice charity, your name, address and charity number are printed at the top of "
                    "the letters your advisers write for families, so the organisation sees at once who is "
                    "writing. A family's own letters never have it. It is kept in your encrypted vault."
                )
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Organisation's name"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Organisation's address, one line per line"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.charity_number = QLineEdit()
        self.charity_number.setMaxLength(12)
        self.charity_number.setAccessibleName(self.tr("Registered charity number, if you have one"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address (one line per line):"), self.address)
        form.addRow(self.tr("&Charity number (if any):"), self.charity_number)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.choose_logo_button = QPushButton(self.tr("Choose a &logo…"))
        self.choose_logo_button.setAccessibleName(self.tr("Choose a logo file"))
        self.remove_logo_button = QPushButton(self.tr("&Remove the logo"))
        logo_row = QHBoxLayout()
        for widget in (self.logo_preview, self.choose_logo_button, self.remove_logo_button):
            logo_row.addWidget(widget)
        logo_row.addStretch()
        form.addRow(self.tr("Logo:"), logo_row)
        layout.addLayout(form)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = QPushButton(self.tr("Have &no letterhead"))
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.clear)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self._set_logo(b""))
        layout.addWidget(buttons)
        self.logo = b""
        kept = organisation.letterhead(database)
        if kept is not None:
            self.name.setText(kept.name)
            self.address.setPlainText("\n".join(kept.address))
            self.charity_number.setText(kept.charity_number)
        self._set_logo(kept.logo if kept is not None else b"")
        self.resize(self.fontMetrics().averageCharWidth() * (MAX_LINE + 20), self.sizeHint().height())

    def _set_logo(self, logo: bytes) -> None:
        self.logo = logo
        self.remove_logo_button.setEnabled(bool(logo))
        if not logo:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        picture = QPixmap()
        picture.loadFromData(logo, "PNG")
        height = self.fontMetrics().lineSpacing() * 3
        self.logo_preview.setPixmap(picture.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))

    def ask_logo_path(self) -> Path | None:
        pictures = self.tr("Pictures") + " (*.png *.jpg *.jpeg *.gif *.bmp)"
        path, _filter = file_dialogs.get_open_file_name(self, self.tr("Choose a logo"), "", pictures)
        return Path(path) if path else None

    def choose_logo(self) -> None:
        path = self.ask_logo_path()
        if path is None:
            return
        try:
            self._set_logo(organisation.read_logo_file(path))
        except organisation.LogoProblem as error:
            self.message.show_message(on_screen("Letterhead", error.said))
            return
        self.message.clear_message()

    def save(self) -> None:
        try:
            organisation.save(
                self.database, self.name.text(), self.address.toPlainText(), self.charity_number.text(), self.logo
            )
        except organisation.LetterheadProblem as error:
            self.message.show_message(on_screen("Letterhead", error.said))
            return
        self.accept()

    def clear(self) -> None:
        organisation.clear(self.database)
        self.accept()
