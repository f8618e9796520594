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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from npdrights.core.names import CASE_KIND_LABELS
from npdrights.core.retention import snapshots_forgotten_on
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.message_boxes import ask_yes_no
from npdrights.gui.organisation.retention_setting import settings_where
from npdrights.gui.organisation.tool_frame import finish_tool, tool_layout
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import explanation
from npdrights.service.retention import Deleted, Retention
from npdrights.storage.errors import VaultError
from npdrights.storage.vault import Vault


class RetentionDialog(QDialog):
    def __init__(
        self, vault: Vault, today: Callable[[], date], back_up: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.retention = Retention(vault, today)
        self.today = today
        layout = tool_layout(self, self.tr("Retention"), self.tr("Cases to delete under your retention policy"))
        layout.addWidget(
            explanation(
                self.tr(
                    "The law says personal data is kept no longer than it is needed (UK GDPR Article 5(1)(e)). Your "
                    "organisation decides how long that is. Cases are listed here once they have been closed for "
                    "that long; nothing is deleted until you confirm. The policy itself is set under {where}."
                ).format(where=settings_where())
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Who it is about"), self.tr("Request"), self.tr("Closed on"), self.tr("Past the policy since")]
        )
        self.table.setAccessibleName(self.tr("Cases past the retention policy"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Columns as wide as their dates, scrolling sideways at large text rather than cutting "Wednesday 2 Ap…".
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.summary = explanation("")
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up first…"))
        self.backup_button.setToolTip(self.tr("Keep a copy in a backup file, in case these cases are needed again"))
        self.backup_button.clicked.connect(back_up)
        self.delete_button = QPushButton(self.tr("&Delete these cases…"))
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
                self.retention.person_name(item.case.person_id) or self.tr("(not known)"),
                CASE_KIND_LABELS[item.case.kind],  # the requests' names: translated with the cases screens
                screen_long_date(item.closed_on),
                screen_long_date(item.due_on),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        years = self.retention.policy().years
        if years is None:
            self.summary.setText(
                self.tr("No retention policy: closed cases are kept until someone deletes them.")
                + " "
                + self.tr("You can set one under {where}.").format(where=settings_where())
            )
        else:
            policy = self.tr("Closed cases are due for deletion %n year(s) after they were closed.", "", years)
            past = self.tr("%n case(s) past it today.", "", len(due)) if due else self.tr("No case is past it today.")
            self.summary.setText(f"{policy} {past}")
        self.delete_button.setEnabled(bool(due))
        self.backup_button.setEnabled(bool(due))

    def delete_listed(self) -> None:
        due = self.retention.due()
        if not due:
            return
        if not ask_yes_no(
            self,
            self.tr("Delete these cases"),
            self.tr(
                "Delete %n case(s) for good, with their letters and attachments? This can't be undone here. If they "
                "may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit "
                "trail will keep that each case was deleted, not who it was about.",
                "",
                len(due),
            ),
            warning=True,
            no_is_cancel=True,  # the question names Cancel
        ):
            return
        try:
            deleted = self.retention.delete([item.case.id for item in due])
        except VaultError as error:
            self.message.show_message(shown_message(error))
            return
        self.refresh()
        self.message.show_message(self._deleted(deleted), "ok")

    def _deleted(self, deleted: Deleted) -> str:
        """What was deleted, and how long copies stay in the snapshots (the command line: deleted.describe())."""
        kept = self.vault.snapshots_to_keep
        return " ".join(
            (
                self.tr("Deleted %n case(s) with their letters and attachments.", "", deleted.cases),
                self.tr("%n person(s) named in no other case deleted too.", "", deleted.people),
                self.tr(
                    "Copies stay in the vault's daily snapshots until newer ones replace them: after the vault has "
                    "been opened on %n more day(s), so {day} at the earliest. Backup files saved elsewhere, and "
                    "copies kept aside before a restore, keep them until you delete those files.",
                    "",
                    kept,
                ).format(day=screen_long_date(snapshots_forgotten_on(self.today(), kept))),
            )
        )
