"""Change passphrase: the old one, then the new one twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from npdrights.core.passphrase import ADVICE_CONTEXT, MIN_LENGTH, estimate
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import MessageLabel, PassphraseField, explanation, fit_to_screen


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "Your cases are not re-encrypted: only the lock on the key changes, so this is quick. "
                    "Your recovery code keeps working."
                )
            )
        )
        form = QFormLayout()
        self.old = PassphraseField(self.tr("Current passphrase"))
        self.new = PassphraseField(self.tr("New passphrase"))
        self.again = PassphraseField(self.tr("New passphrase again"))
        for text, field in (
            (self.tr("&Current passphrase"), self.old),
            (self.tr("&New passphrase"), self.new),
            (self.tr("Type it &again"), self.again),
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
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.old, self.new, self.again):
            field.textChanged.connect(self._update)
        self._update()
        # Tall enough for the wrapped explanation at this width: a translation (Urdu's tall script most) may need
        # more lines than the English the size hint was worked out for.
        fit_to_screen(self, columns=60, lines=40)
        self.resize(self.width(), min(self.height(), layout.totalHeightForWidth(self.width()) + self._hint_room()))

    def _hint_room(self) -> int:
        """The advice under the new passphrase appears as the user types: room for two lines of it."""
        return 2 * self.fontMetrics().lineSpacing() if not self.hint.text() else 0

    def _problem(self) -> str | None:
        if not self.old.text():
            return self.tr("Current passphrase: type the one you use now.")
        if len(self.new.text().strip()) < MIN_LENGTH:
            return self.tr("New passphrase: use at least {count} characters.").format(count=MIN_LENGTH)
        if self.new.text() != self.again.text():
            return self.tr("Type it again: the two new passphrases are different.")
        return None

    def _update(self) -> None:
        # The advice is core's, marked for translation there and translated here as the Create screen does.
        advice = QCoreApplication.translate(ADVICE_CONTEXT, estimate(self.new.text()).template)
        self.hint.setText(advice.format(count=MIN_LENGTH) if self.new.text() else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._problem() is None)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.old.text(), dialog.new.text()
