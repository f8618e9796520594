"""Retention: the closed cases past the policy, and deleting them once an admin confirms (issue 16, item 4).

The policy itself is set in Vault › Settings… (gui/organisation/retention_setting.py): one place to change it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from npdrights.core.names import CASE_KIND_LABELS
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.organisation.tool_frame import finish_tool, tool_layout
from npdrights.gui.widgets import explanation
from npdrights.service.retention import Retention
from npdrights.storage.errors import VaultError
from npdrights.storage.vault import Vault


class RetentionDialog(QDialog):
    def __init__(
        self, vault: Vault, today: Callable[[], date], back_up: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.retention = Retention(vault, today)
        layout = tool_layout(self, "Retention", "Cases to delete under your retention policy")
        layout.addWidget(
            explanation(
                "The law says personal data is kept no longer than it is needed (UK GDPR Article 5(1)(e)). Your "
                "organisation decides how long that is. Cases are listed here once they have been closed for that "
                "long; nothing is deleted until you confirm. The policy itself is set under Vault › Settings."
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Who it is about", "Request", "Closed on", "Past the policy since"])
        self.table.setAccessibleName("Cases past the retention policy")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Columns as wide as their dates, scrolling sideways at large text rather than cutting "Wednesday 2 Ap…".
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.summary = explanation("")
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.backup_button = QPushButton("&Back up first…")
        self.backup_button.setToolTip("Keep a copy in a backup file, in case these cases are needed again")
        self.backup_button.clicked.connect(back_up)
        self.delete_button = QPushButton("&Delete these cases…")
        self.delete_button.clicked.connect(self.delete_listed)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.delete_button)
        actions.addStretch()
        layout.addLayout(actions)
        self.message = finish_tool(self, layout, columns=110, lines=36)
        self.refresh()

    def refresh(self) -> None:
        due = self.retention.due()
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            cells = (
                self.retention.person_name(item.case.person_id) or "(not known)",
                CASE_KIND_LABELS[item.case.kind],
                screen_long_date(item.closed_on),
                screen_long_date(item.due_on),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        policy = self.retention.policy()
        if policy.years is None:
            self.summary.setText(f"{policy.describe()} You can set one under Vault › Settings.")
        else:
            count = len(due)
            self.summary.setText(
                f"{policy.describe()} {count} case{'s are' if count != 1 else ' is'} past it today."
                if count
                else f"{policy.describe()} No case is past it today."
            )
        self.delete_button.setEnabled(bool(due))
        self.backup_button.setEnabled(bool(due))

    def delete_listed(self) -> None:
        due = self.retention.due()
        if not due:
            return
        answer = QMessageBox.warning(
            self,
            "Delete these cases",
            f"Delete {len(due)} case{'s' if len(due) != 1 else ''} for good, with their letters and attachments? "
            "This can't be undone here. If they may be needed again, choose Cancel and keep a copy with Back up "
            "first… before deleting. The audit trail will keep that each case was deleted, not who it was about.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = self.retention.delete([item.case.id for item in due])
        except VaultError as error:
            self.message.show_message(error.message)
            return
        self.refresh()
        self.message.show_message(deleted.describe(), "ok")
