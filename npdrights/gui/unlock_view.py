"""Later runs: unlock with the passphrase, or with the recovery code plus a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npdrights.gui.page_layout import CentredPage
from npdrights.gui.widgets import MessageLabel, PassphraseField, explanation, heading, without_shortcut


class UnlockView(CentredPage):
    unlock_requested = Signal(str)
    recover_requested = Signal(str, str)
    restore_snapshot_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Unlock your vault"))
        self.setAccessibleName(self.tr("Unlock your vault"))
        self.column.addWidget(self.title)
        # An organisation's vault: each adviser signs in with their name and their own passphrase (issue 16).
        self.name_row = QWidget()
        name_form = QFormLayout(self.name_row)
        name_form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(60)
        name_label = QLabel(self.tr("Your &name"))
        name_label.setBuddy(self.name)
        name_form.addRow(name_label, self.name)
        self.name_row.hide()
        self.column.addWidget(self.name_row)
        self.name.textChanged.connect(lambda _text: self._update())
        self.name.returnPressed.connect(lambda: self.passphrase.setFocus())
        # Two pages shown one at a time; not a QStackedWidget, which would keep the taller page's height.
        self.passphrase_page = self._passphrase_page()
        self.column.addWidget(self.passphrase_page)
        # The recovery code's page is built when first asked for (most unlocks never need it): 0.4-1 ms off
        # every Unlock screen, which is made at start and again after each change of language (issue 17).
        self._recovery: QWidget | None = None
        self.message = MessageLabel()
        self.column.addWidget(self.message)
        self.restore_button = QPushButton(self.tr("Go back to the latest &snapshot"))
        self.restore_button.setAccessibleName(self.tr("Go back to the latest snapshot"))
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_snapshot_requested)
        self.column.addWidget(self.restore_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.progress.setFormat(self.tr("Unlocking…"))
        self.progress.hide()
        self.column.addWidget(self.progress)
        self.show_passphrase_mode()

    # -- the two modes --------------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.passphrase_hint = explanation(self.tr("Type your passphrase to open your cases."))
        layout.addWidget(self.passphrase_hint)
        form = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase.edit)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        layout.addWidget(self.unlock_button)
        self.forgot_button = QPushButton(self.tr("I've &forgotten my passphrase"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(self.tr("I've forgotten my passphrase"))
        layout.addWidget(self.forgot_button)
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self._submit_passphrase)
        self.unlock_button.clicked.connect(self._submit_passphrase)
        self.forgot_button.clicked.connect(self.show_recovery_mode)
        return page

    @property
    def recovery_page(self) -> QWidget:
        if self._recovery is None:
            self._recovery = self._recovery_page()
            self._recovery.hide()
            self._recovery.setEnabled(not self.progress.isVisible())
            self.column.insertWidget(self.column.indexOf(self.passphrase_page) + 1, self._recovery)
            # Made last, its fields would come last when tabbing: put back before what follows it on screen.
            previous: QWidget = self.back_button
            for widget in (self.message, self.restore_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget
            self._update()
        return self._recovery

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            explanation(
                self.tr(
                    "Type the recovery code you printed or wrote down when you made the vault. Spaces, dashes and "
                    "capital letters don't matter. Then choose a new passphrase."
                )
            )
        )
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("ABCD-EFGH-…")
        self.new_passphrase = PassphraseField(self.tr("New passphrase"))
        self.new_confirm = PassphraseField(self.tr("New passphrase again"))
        for text, field, buddy in (
            (self.tr("Recovery &code"), self.code, self.code),
            (self.tr("&New passphrase"), self.new_passphrase, self.new_passphrase.edit),
            (self.tr("Type it &again"), self.new_confirm, self.new_confirm.edit),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        layout.addLayout(form)
        self.recover_button = QPushButton(self.tr("Unlock and &set new passphrase"))
        self.recover_button.setAccessibleName(self.tr("Unlock and set new passphrase"))
        layout.addWidget(self.recover_button)
        self.back_button = QPushButton(self.tr("&Back to passphrase"))
        self.back_button.setFlat(True)
        self.back_button.setAccessibleName(self.tr("Back to passphrase"))
        layout.addWidget(self.back_button)
        for field in (self.new_passphrase, self.new_confirm):
            field.textChanged.connect(self._update)
        self.code.textChanged.connect(self._update)
        self.new_confirm.returnPressed.connect(self._submit_recovery)
        self.recover_button.clicked.connect(self._submit_recovery)
        self.back_button.clicked.connect(self.show_passphrase_mode)
        return page

    def set_advisers(self, has_advisers: bool) -> None:
        """Ask for a name too: this vault belongs to an organisation with several advisers."""
        self.name_row.setVisible(has_advisers)
        self.passphrase_hint.setText(
            self.tr("Type your name and your own passphrase to open the organisation's cases.")
            if has_advisers
            else self.tr("Type your passphrase to open your cases.")
        )
        self.show_passphrase_mode()

    @property
    def asks_name(self) -> bool:
        return not self.name_row.isHidden()

    def adviser_name(self) -> str | None:
        return self.name.text().strip() if self.asks_name else None

    def show_passphrase_mode(self) -> None:
        if self._recovery is not None:
            self._recovery.hide()
        self.passphrase_page.show()
        self.message.clear_message()
        start = self.name if self.asks_name and not self.name.text().strip() else self.passphrase
        self.setFocusProxy(start)
        start.setFocus()
        self._update()

    def show_recovery_mode(self) -> None:
        self.passphrase_page.hide()
        self.recovery_page.show()
        self.message.clear_message()
        self.setFocusProxy(self.code)
        self.code.setFocus()
        self._update()

    @property
    def in_recovery_mode(self) -> bool:
        return self._recovery is not None and not self._recovery.isHidden()

    # -- input ----------------------------------------------------------------------------------

    def _recovery_problem(self) -> str | None:
        if self.asks_name and not self.name.text().strip():
            return self.tr("Your name: type the name of the adviser whose passphrase is to be set.")
        if not self.code.text().strip():
            return self.tr("Recovery code: type the code from your printed copy.")
        # The passphrase rules load once a recovery code is typed, not before the Unlock screen (issue 17).
        from npdrights.core.passphrase import MIN_LENGTH

        if len(self.new_passphrase.text().strip()) < MIN_LENGTH:
            return self.tr("New passphrase: use at least {count} characters.").format(count=MIN_LENGTH)
        if self.new_passphrase.text() != self.new_confirm.text():
            return self.tr("Type it again: the two new passphrases are different.")
        return None

    def _update(self) -> None:
        busy = self.progress.isVisible()
        named = bool(self.name.text().strip()) or not self.asks_name
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and named and not busy)
        if self._recovery is not None:
            self.recover_button.setEnabled(self._recovery_problem() is None and not busy)

    def _submit_passphrase(self) -> None:
        if self.asks_name and not self.name.text().strip():
            self.message.show_message(self.tr("Your name: type it as your organisation's admin added you."))
            self.name.setFocus()
            return
        if self.passphrase.text() and not self.progress.isVisible():
            self.message.clear_message()
            self.unlock_requested.emit(self.passphrase.text())

    def _submit_recovery(self) -> None:
        problem = self._recovery_problem()
        if problem:
            self.message.show_message(problem)
            return
        if not self.progress.isVisible():
            self.message.clear_message()
            self.recover_requested.emit(self.code.text(), self.new_passphrase.text())

    # -- feedback -------------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.passphrase_page.setEnabled(not busy)
        self.name_row.setEnabled(not busy)
        if self._recovery is not None:
            self._recovery.setEnabled(not busy)
        self._update()

    def show_error(self, text: str, *, offer_snapshot: bool = False, offer_label: str = "") -> None:
        """`offer_label` names the snapshot button when it does something else than go back to the snapshot."""
        offer_label = offer_label or self.tr("Go back to the latest &snapshot")
        self.set_busy(False)
        self.message.show_message(text)
        self.restore_button.setText(offer_label)
        self.restore_button.setAccessibleName(without_shortcut(offer_label))
        self.restore_button.setVisible(offer_snapshot)
        field = self.code if self.in_recovery_mode else self.passphrase.edit
        field.selectAll()
        field.setFocus()

    def show_info(self, text: str) -> None:
        self.message.show_message(text, "info")

    def reset(self) -> None:
        """Forget everything typed: called on every lock."""
        self.passphrase.clear()
        if self._recovery is not None:
            for field in (self.new_passphrase, self.new_confirm):
                field.clear()
            self.code.clear()
        self.restore_button.hide()
        self.set_busy(False)
        self.show_passphrase_mode()
