"""Settings: auto-lock time, snapshots kept, tray messages, "remember on this computer" and the language.
Nothing personal is kept in settings. The vault's retention policy is shown here too, though it is kept in the
vault itself."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.languages import LANGUAGES, SYSTEM_LANGUAGE
from npdrights.core.retention import RetentionPolicy
from npdrights.gui.counted import count_in_words
from npdrights.gui.organisation.retention_setting import RetentionSetting, RetentionState
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import describes, explanation, fit_to_screen
from npdrights.storage.settings import Settings


@dataclass(frozen=True)
class SettingsChoice:
    settings: Settings
    remember: bool
    retention: RetentionPolicy | None = None  # a new retention policy to save in the vault; None: unchanged


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        *,
        keychain_available: bool,
        remembered: bool,
        retention: RetentionState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        outer = QVBoxLayout(self)
        # The settings scroll above the buttons: at 200% text on a small laptop they may be taller than the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Settings"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        self.auto_lock = self._number(
            layout, "auto_lock_minutes", self.tr("&Lock after"), self.tr("Lock after this many minutes without use")
        )
        count_in_words(self.auto_lock, lambda minutes: self.tr("%n minute(s)", "", minutes))
        layout.addWidget(
            explanation(
                self.tr(
                    "npdrights locks itself when you haven't used it for this long, and when the computer goes to "
                    "sleep. You can always lock it yourself with Ctrl+L."
                )
            )
        )
        self.snapshots = self._number(
            layout, "snapshots_to_keep", self.tr("&Snapshots to keep"), self.tr("Snapshots to keep")
        )
        layout.addWidget(
            explanation(
                self.tr(
                    "npdrights keeps encrypted copies of your cases from the last few days on this computer, so it "
                    "can go back to one if the file is damaged. More copies take more space. They don't replace a "
                    "backup file kept somewhere else."
                )
            )
        )
        self.tray = QCheckBox(self.tr("&Tell me when a next step opens (a system-tray message)"))
        self.tray.setAccessibleName(self.tr("Tell me when a next step opens"))
        self.tray.setChecked(settings.tray_notifications)
        layout.addWidget(self.tray)
        layout.addWidget(
            describes(
                self.tray,
                self.tr(
                    "While npdrights is open, a short message appears on the day you can send a reminder or "
                    "complain. It never names anyone."
                ),
            )
        )
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember.setChecked(remembered)
        self.remember.setEnabled(keychain_available or remembered)
        layout.addWidget(self.remember)
        layout.addWidget(
            describes(
                self.remember,
                self.tr(
                    "Uses this computer's keychain so you don't have to type your passphrase while you are logged "
                    "in. Only tick this if nobody else uses your login."
                )
                if keychain_available
                else self.tr(
                    "This computer has no keychain that npdrights can use, so you will always type your passphrase."
                ),
            )
        )
        self.language = self._language_row(layout)
        # The retention policy (issue 16, item 4): every adviser sees it, an admin (or a family) changes it.
        self.retention = RetentionSetting(retention) if retention is not None else None
        if self.retention is not None:
            layout.addWidget(self.retention)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # room to spare goes below the last setting, not between them
        outer.addWidget(buttons)
        self._fit(outer, content, buttons)

    def _number(self, layout: QVBoxLayout, setting: str, label_text: str, accessible_name: str) -> QSpinBox:
        """A labelled number within the setting's limits, starting at its current value."""
        spin = QSpinBox()
        spin.setRange(*Settings.LIMITS[setting])
        spin.setValue(getattr(self._settings, setting))
        spin.setAccessibleName(accessible_name)
        label = QLabel(label_text)
        label.setBuddy(spin)
        row = QHBoxLayout()  # not a QFormLayout: its height-for-width left a gap under each row at large text
        row.addWidget(label)
        row.addWidget(spin, 1)
        layout.addLayout(row)
        return spin

    def _fit(self, outer: QVBoxLayout, content: QWidget, buttons: QWidget) -> None:
        """Wide enough that the explanations wrap into few lines; as tall as they need, or the screen allows."""
        fit_to_screen(self, columns=76, lines=60)
        margins = outer.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        tallest = max(content.heightForWidth(inner), content.minimumSizeHint().height())
        needed = tallest + buttons.sizeHint().height() + margins.top() + margins.bottom() + 24
        self.resize(self.width(), min(self.height(), needed))

    def _language_row(self, layout: QVBoxLayout) -> QComboBox:
        """The screens' language (issue 18), each named in itself; letters to the DfE stay in English."""
        combo = QComboBox()
        combo.addItem(self.tr("This computer's language"), SYSTEM_LANGUAGE)
        for language in LANGUAGES:
            combo.addItem(language.name, language.code)
        combo.setCurrentIndex(max(combo.findData(self._settings.language), 0))
        combo.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("Lan&guage"))
        label.setBuddy(combo)
        form = QFormLayout()
        form.addRow(label, combo)
        layout.addLayout(form)
        layout.addWidget(
            describes(
                combo,
                self.tr(
                    "The language of npdrights's screens. They change as soon as you save. A window open beside "
                    "the main one, such as a letter, a file you are looking at or the register, changes when you "
                    "open it again. Letters to the DfE are always in English."
                ),
            )
        )
        return combo

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            replace(
                self._settings,
                auto_lock_minutes=self.auto_lock.value(),
                snapshots_to_keep=self.snapshots.value(),
                tray_notifications=self.tray.isChecked(),
                language=self.language.currentData(),
            ),
            self.remember.isChecked(),
            self.retention.chosen() if self.retention is not None else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: Settings,
        *,
        keychain_available: bool,
        remembered: bool,
        retention: RetentionState | None = None,
    ) -> SettingsChoice | None:
        dialog = cls(
            settings, keychain_available=keychain_available, remembered=remembered, retention=retention, parent=parent
        )
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
