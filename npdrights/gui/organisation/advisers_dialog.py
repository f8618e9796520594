"""Advisers: who can sign in to the organisation's vault, and (for admins) adding and removing them."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from npdrights.core.passphrase import MIN_LENGTH
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.message_boxes import ask_yes_no
from npdrights.gui.organisation.tool_frame import finish_tool, tool_layout
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import PassphraseField, explanation, heading
from npdrights.gui.workers import Background
from npdrights.storage.advisers import ADMIN, ADVISER, Advisers
from npdrights.storage.errors import VaultError
from npdrights.storage.vault import Vault

# Translated where shown, under "AdvisersDialog".
ROLE_WORDS = {
    ADMIN: QT_TRANSLATE_NOOP("AdvisersDialog", "Admin"),
    ADVISER: QT_TRANSLATE_NOOP("AdvisersDialog", "Adviser"),
}


def role_word(role: str) -> str:
    return QCoreApplication.translate("AdvisersDialog", ROLE_WORDS[role])


class NewAdviserForm(QWidget):
    """A name, a role and a passphrase typed twice, for the adviser to change later."""

    def __init__(self, *, ask_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Adviser's name"))
        self.name.setMaxLength(60)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in (ADVISER, ADMIN):
            self.role.addItem(role_word(role), role)
        self.passphrase = PassphraseField(self.tr("Their passphrase"))
        self.confirm = PassphraseField(self.tr("Their passphrase again"))
        rows: list[tuple[str, QWidget, QWidget]] = [(self.tr("&Name"), self.name, self.name)]
        if ask_role:
            rows.append((self.tr("&Role"), self.role, self.role))
        rows += [
            (self.tr("&Passphrase"), self.passphrase, self.passphrase.edit),
            (self.tr("Type it &again"), self.confirm, self.confirm.edit),
        ]
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Name: type the adviser's name as they will type it to sign in.")
        if len(self.passphrase.text().strip()) < MIN_LENGTH:
            return self.tr("Passphrase: use at least {count} characters.").format(count=MIN_LENGTH)
        if self.passphrase.text() != self.confirm.text():
            return self.tr("Type it again: the two passphrases are different.")
        return None


class AdvisersDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.advisers = Advisers(vault)
        # Adding an adviser derives a key from their passphrase (Argon2, seconds on an old laptop): off the GUI thread.
        self.background = Background(self)
        self._closing = False
        self.busy = False
        layout = tool_layout(self, self.tr("Advisers"), self.tr("Advisers"))
        self.intro = explanation("")
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Added on")])
        self.table.setAccessibleName(self.tr("Advisers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()  # kept fitted as advisers come and go, not only when first shown
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        layout.addWidget(heading(self.tr("Add an adviser"), 2))
        self.form = NewAdviserForm(ask_role=True)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add adviser"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Re&move the selected adviser…"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no end known: it moves while the key is worked out
        self.progress.setAccessibleName(self.tr("Setting up the passphrase"))
        self.progress.setFormat(self.tr("Setting up the passphrase…"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = finish_tool(self, layout, columns=80, lines=36)
        self.refresh()

    def refresh(self) -> None:
        listed = self.advisers.list()
        me = self.advisers.signed_in()
        if not listed:
            self.intro.setText(
                self.tr(
                    "This vault opens with one passphrase. An advice charity can give each adviser their own name "
                    "and passphrase instead, and see who did what in the audit trail. The first adviser you add is "
                    "you: you become its admin, and the vault's passphrase stops working (the recovery code stays)."
                )
            )
            self.add_button.setText(self.tr("&Start with me as the first adviser"))
            self.form.role.setEnabled(False)
        else:
            self.intro.setText(
                self.tr(
                    "Each adviser signs in with their name and their own passphrase; an admin adds and removes "
                    "them. Removing an adviser stops their passphrase opening the vault; anything they saved or "
                    "copied out before is not taken back."
                )
            )
            self.add_button.setText(self.tr("&Add adviser"))
            self.form.role.setEnabled(True)
        is_admin = not listed or (me is not None and me.is_admin)
        for widget in (self.form, self.add_button):
            widget.setEnabled(is_admin)
        self.remove_button.setEnabled(is_admin and bool(listed))
        if listed and not is_admin:
            self.message.show_message(
                self.tr("Only an adviser with the admin role can add or remove advisers."), "info"
            )
        self.table.setRowCount(len(listed))
        for index, adviser in enumerate(listed):
            added = screen_long_date(date.fromisoformat(adviser.added_on))
            for column, text in enumerate((adviser.name, role_word(adviser.role), added)):
                self.table.setItem(index, column, QTableWidgetItem(text))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.table.setEnabled(not busy)
        if busy:
            for widget in (self.form, self.add_button, self.remove_button):
                widget.setEnabled(False)
        else:
            self.refresh()

    def add(self) -> None:
        if self.busy:
            return
        problem = self.form.problem()
        if problem:
            self.message.show_message(problem)
            return
        name, passphrase = self.form.name.text(), self.form.passphrase.text()
        first = not self.vault.is_organisation()
        role = str(self.form.role.currentData())

        def work() -> None:
            if first:
                self.advisers.start_organisation(name, passphrase)
            else:
                self.advisers.add(name, passphrase, role)

        self.message.show_message(self.tr("Setting up the passphrase. This takes a few seconds…"), "info")
        self._set_busy(True)
        self.background.run(work, lambda _none: self._added(name, first), self._not_added)

    def _still_open(self) -> bool:
        return not self._closing and shiboken6.isValid(self)

    def _added(self, name: str, first: bool) -> None:
        if not self._still_open():
            return
        for field in (self.form.name, self.form.passphrase, self.form.confirm):
            field.clear()
        self._set_busy(False)
        said = (
            self.tr(
                "You are the first adviser, with the admin role. Next time, sign in with your name and this passphrase."
            )
            if first
            else self.tr("Added {name}. Give them their passphrase in person, not by email.").format(name=name.strip())
        )
        self.message.show_message(said, "ok")

    def _not_added(self, error: VaultError) -> None:
        if not self._still_open():
            return
        self._set_busy(False)
        self.message.show_message(shown_message(error))

    def done(self, result: int) -> None:
        """Closing (or locking) waits for a passphrase being set up: the vault's key must outlive that work."""
        self._closing = True
        self.background.wait()
        super().done(result)

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item else None

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            self.message.show_message(self.tr("Choose the adviser to remove in the list first."))
            return
        if not ask_yes_no(
            self,
            self.tr("Remove an adviser"),
            self.tr(
                "Remove {name}? Their passphrase will no longer open the vault. What they saved or copied out before "
                "is not taken back."
            ).format(name=name),
        ):
            return
        try:
            self.advisers.remove(name)
        except VaultError as error:
            self.message.show_message(shown_message(error))
            return
        self.refresh()
        self.message.show_message(self.tr("Removed {name}.").format(name=name), "ok")
