"""The Organisation menu and the "Signed in as" label, kept apart from main_window.py so it stays small."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from npdrights.gui.message_boxes import tell
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import add_separator
from npdrights.storage.errors import VaultError
from npdrights.storage.vault import Vault

# Loaded when first used: the unlock screen doesn't need the rules (tests/app/test_startup_imports), nor QDialog's
# class, which PySide makes when first named (0.6 ms, issue 17).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMenu

    from npdrights.core.retention import RetentionPolicy
    from npdrights.gui.organisation.retention_setting import RetentionState


class OrganisationTools:
    def __init__(
        self,
        window: QMainWindow,
        vault: Vault,
        today: Callable[[], date],
        back_up: Callable[[], None],
        letterhead: QAction,
        menu: QMenu,
    ):
        self.window = window
        self.vault = vault
        self.today = today
        self.back_up = back_up
        self.signed_in = QLabel()
        window.statusBar().addPermanentWidget(self.signed_in)
        # The window's menu for it, before Help (which stays last, as on every desktop). The letterhead is the
        # charity's too, so it goes first.
        self.menu = menu
        self.menu.addAction(letterhead)
        add_separator(self.menu)
        self.advisers_action = QAction(window)
        self.advisers_action.triggered.connect(self.open_advisers)
        self.audit_action = QAction(window)
        self.audit_action.triggered.connect(self.open_audit)
        self.retention_action = QAction(window)
        self.retention_action.triggered.connect(self.open_retention)
        self.actions = (self.advisers_action, self.audit_action, self.retention_action)
        for action in self.actions:
            self.menu.addAction(action)
        self.dialog: QDialog | None = None  # the latest one opened (for tests and screenshots)
        self.retranslate()  # again when Settings changes the language: the window calls it (no restart needed)

    def retranslate(self) -> None:
        """The menu's words, and who is signed in, in the screens' language (not a QObject: no self.tr())."""
        self.signed_in.setAccessibleName(QCoreApplication.translate("OrganisationTools", "Who is signed in"))
        self.menu.setTitle(QCoreApplication.translate("OrganisationTools", "&Organisation"))
        self.advisers_action.setText(QCoreApplication.translate("OrganisationTools", "&Advisers…"))
        self.audit_action.setText(QCoreApplication.translate("OrganisationTools", "Audit &trail…"))
        self.retention_action.setText(QCoreApplication.translate("OrganisationTools", "&Retention: cases to delete…"))
        self.show_signed_in()

    def set_enabled(self, unlocked: bool) -> None:
        for action in self.actions:
            action.setEnabled(unlocked)
        self.show_signed_in()

    def show_signed_in(self) -> None:
        name = self.vault.signed_in_as if self.vault.is_unlocked else None
        said = QCoreApplication.translate("OrganisationTools", "Signed in as {name}")
        self.signed_in.setText(said.format(name=name) if name else "")
        self.signed_in.setVisible(bool(name))

    def open_advisers(self) -> None:
        from npdrights.gui.organisation.advisers_dialog import AdvisersDialog

        self._open(AdvisersDialog(self.vault, self.window))
        self.show_signed_in()

    def open_audit(self) -> None:
        from npdrights.gui.organisation.audit_dialog import AuditDialog

        self._open(AuditDialog(self.vault, self.window))

    def open_retention(self) -> None:
        from npdrights.gui.organisation.retention_dialog import RetentionDialog

        self._open(RetentionDialog(self.vault, self.today, self.back_up, self.window))

    def retention_state(self) -> RetentionState | None:
        """The retention policy as Vault › Settings… shows it (None while locked: it is kept in the vault)."""
        from npdrights.gui.organisation.retention_setting import RetentionState

        return RetentionState.of(self.vault, self.today) if self.vault.is_unlocked else None

    def save_retention(self, policy: RetentionPolicy) -> None:
        from npdrights.service.retention import Retention

        try:
            Retention(self.vault, self.today).set_policy(policy)
        except VaultError as error:
            tell(
                self.window,
                QCoreApplication.translate("OrganisationTools", "Retention policy not changed"),
                shown_message(error),
            )

    def _open(self, dialog: QDialog) -> None:
        """Window-modal; rejected like every dialog when the vault locks, and then deleted."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
