"""The audit trail on screen: the newest entries, and a check that none was changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.model import CaseKind, EventKind
from npdrights.core.names import CASE_KIND_LABELS, event_noun
from npdrights.gui.cases.attachments import kind_of
from npdrights.gui.widgets import MessageLabel, explanation, fit_to_screen, heading
from npdrights.storage import audit
from npdrights.storage.errors import AuditError
from npdrights.storage.vault import Vault

SHOWN = 1000  # the newest; `npdrights-cli audit list --limit 0` prints them all
_KINDS = {kind.value: kind for kind in EventKind} | {kind.value: kind for kind in CaseKind}


def _plain(detail: str) -> str:
    """An event's or a request's kind in the words the rest of the app uses; anything else as written."""
    kind = _KINDS.get(detail)
    if isinstance(kind, EventKind):
        return event_noun(kind).lower()
    if isinstance(kind, CaseKind):
        return CASE_KIND_LABELS[kind]
    if "/" in detail:  # a file's type, as "application/pdf": said as the Files list says it
        return kind_of(detail)
    return detail


class AuditDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("Audit trail")
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Audit trail"))
        layout.addWidget(
            explanation(
                "Every change to a case is written here with who made it and when (times are UTC). Entries name a "
                "case by its number and never say what it holds; a dash marks changes made before the vault had "
                "advisers. Each entry is chained to the one before, so one changed or removed is found by the check "
                "below."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["#", "When (UTC)", "Adviser", "What", "Case"])
        self.table.setAccessibleName("Audit trail entries, newest first")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.check_button = QPushButton("&Check that nothing was changed")
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, columns=130, lines=36)  # every column in view, the case's too
        self.load()

    def load(self) -> None:
        try:
            entries = audit.entries(self.vault.database.connection, limit=SHOWN)
        except AuditError as error:
            self.message.show_message(error.message)
            return
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = f"{entry.kind}: {_plain(entry.detail)}" if entry.detail else entry.kind
            cells = (str(entry.seq), entry.at.replace("T", " ").rstrip("Z"), entry.adviser or "—", what)
            for column, text in enumerate((*cells, entry.case_id[:8] or "all cases")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def check(self) -> None:
        result = audit.verify(self.vault.database.connection)
        self.message.show_message(result.describe(), "ok" if result.intact else "error")
