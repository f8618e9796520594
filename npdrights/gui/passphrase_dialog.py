"""Change passphrase: the old one, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from npdrights.core.passphrase import MIN_LENGTH, estimate
from npdrights.gui.widgets import MessageLabel, PassphraseField, explanation


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                "Your cases are not re-encrypted: only the lock on the key changes, so this is quick. "
                "Your recovery code keeps working."
            )
        )
        form = QFormLayout()
        self.old = PassphraseField("Current passphrase")
        self.new = PassphraseField("New passphrase")
        self.again = PassphraseField("New passphrase again")
        for text, field in (
            ("&Current passphrase", self.old),
            ("&New passphrase", self.new),
            ("Type it &again", self.again),
        ):
            label = QLabel(text)
            label.setBuddy(field.edit)
            form.addRow(label, field)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.old, self.new, self.again):
            field.textChanged.connect(self._update)
        self._update()

    def _problem(self) -> str | None:
        if not self.old.text():
            return "Current passphrase: type the one you use now."
        if len(self.new.text().strip()) < MIN_LENGTH:
            return f"New passphrase: use at least {MIN_LENGTH} characters."
        if self.new.text() != self.again.text():
            return "Type it again: the two new passphrases are different."
        return None

    def _update(self) -> None:
        self.hint.setText(estimate(self.new.text()).advice if self.new.text() else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._problem() is None)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.old.text(), dialog.new.text()
