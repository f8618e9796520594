"""First run: "Create your vault"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QProgressBar, QPushButton, QWidget

from npdrights.core.passphrase import ADVICE_CONTEXT, EXAMPLE, MIN_LENGTH, Strength, estimate
from npdrights.gui.page_layout import CentredPage
from npdrights.gui.widgets import MessageLabel, PassphraseField, explanation, heading


class CreateVaultView(CentredPage):
    """Emits `create_requested(passphrase, remember)` once both fields agree and are long enough."""

    create_requested = Signal(str, bool)
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Create your vault")
        self.column.addWidget(heading(title))
        self.setAccessibleName(title)
        self.column.addWidget(
            explanation(
                self.tr(
                    "npdrights keeps your letters and cases in a vault on this computer. The vault is locked with a "
                    "passphrase that only you know. Nothing is sent over the internet."
                )
            )
        )
        self.column.addWidget(
            explanation(
                self.tr(
                    "Choose a passphrase you will remember: four or more ordinary words work well, for example "
                    "“{example}” (but choose your own). You will type it each time you open npdrights."
                ).format(example=EXAMPLE)  # the example stays English: it is checked against what is typed
            )
        )

        form = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.confirm = PassphraseField(self.tr("Passphrase again"))
        self.passphrase_label = passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase.edit)
        confirm_label = QLabel(self.tr("Type it &again"))
        confirm_label.setBuddy(self.confirm.edit)
        form.addRow(passphrase_label, self.passphrase)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow("", self.strength)
        form.addRow(confirm_label, self.confirm)
        self.column.addLayout(form)

        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_help = explanation(
            self.tr(
                "Lets npdrights open without your passphrase while you are logged in to this computer, using its "
                "keychain. Only tick this if nobody else uses your login on this computer."
            )
        )
        self.column.addWidget(self.remember)
        self.column.addWidget(self.remember_help)
        self.set_keychain_available(False)

        self.column.addWidget(
            explanation(
                self.tr("Next you will get a recovery code. It is the only way back in if you forget your passphrase.")
            )
        )
        self.message = MessageLabel()
        self.column.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Creating your vault"))
        self.progress.hide()
        self.column.addWidget(self.progress)
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.column.addWidget(self.create_button)
        self.restore_button = QPushButton(self.tr("Restore from a &backup file instead…"))
        self.restore_button.setFlat(True)
        self.restore_button.setAccessibleName(self.tr("Restore from a backup file"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.column.addWidget(self.restore_button)

        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.confirm.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.setFocusProxy(self.passphrase)
        self._update()

    def set_keychain_available(self, available: bool) -> None:
        """The keychain option is only offered when a real keychain answered."""
        self.remember.setVisible(available)
        self.remember_help.setVisible(available)
        if not available:
            self.remember.setChecked(False)

    def _problem(self) -> str | None:
        first, second = self.passphrase.text(), self.confirm.text()
        if len(first.strip()) < MIN_LENGTH:
            return self.tr("Passphrase: use at least {count} characters.").format(count=MIN_LENGTH)
        if first != second:
            return self.tr("Type it again: the two passphrases are different.")
        return None

    def _update(self) -> None:
        hint = estimate(self.passphrase.text())
        sign = {Strength.STRONG: "✓ ", Strength.FAIR: "• "}.get(hint.strength, "⚠ ")
        advice = QCoreApplication.translate(ADVICE_CONTEXT, hint.template).format(count=MIN_LENGTH)
        self.strength.setText(sign + advice if self.passphrase.text() else "")
        self.strength.setVisible(bool(self.passphrase.text()))
        self.create_button.setEnabled(self._problem() is None and not self.progress.isVisible())
        if self.message.isVisible() and self._problem() is None:
            self.message.clear_message()

    def _submit(self) -> None:
        problem = self._problem()
        if problem:
            self.message.show_message(problem)
            return
        self.create_requested.emit(self.passphrase.text(), self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.passphrase, self.confirm, self.remember):
            widget.setEnabled(not busy)
        self._update()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.show_message(text)

    def reset(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.message.clear_message()
        self.set_busy(False)
