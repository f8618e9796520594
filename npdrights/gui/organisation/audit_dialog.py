"""The audit trail on screen: the newest entries, and a check that none was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from npdrights.core.dates import uk_clock_time
from npdrights.core.model import CaseKind, EventKind
from npdrights.core.names import CASE_KIND_LABELS, event_noun
from npdrights.gui.cases.attachments import kind_of
from npdrights.gui.i18n import screen_number
from npdrights.gui.organisation.tool_frame import finish_tool, tool_layout
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import explanation
from npdrights.service.case_references import case_references
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
        layout = tool_layout(self, self.tr("Audit trail"), self.tr("Audit trail"))
        layout.addWidget(
            explanation(
                self.tr(
                    "Every change to a case is written here with who made it and when, in UK time (GMT or BST). The "
                    "trail names a case only by an inner number and never says what it holds; here a case still in "
                    "the vault is shown by its reference, which the cases list's search finds. A dash marks changes "
                    "made before the vault had advisers. Each entry is chained to the one before, so one changed or "
                    "removed is found by the check below."
                )
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("When (UK time)"), self.tr("Adviser"), self.tr("What"), self.tr("Case (reference)")]
        )
        self.table.setAccessibleName(self.tr("Audit trail entries, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # At large text "What" wraps onto a second line rather than pushing the case off the side.
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.count_line = explanation("")
        self.count_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the command, to copy
        self.count_line.hide()
        layout.addWidget(self.count_line)
        self.check_button = QPushButton(self.tr("&Check that nothing was changed"))
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.message = finish_tool(self, layout, columns=130, lines=36)  # every column in view, the case's too
        self.load()

    def load(self) -> None:
        try:
            with self.vault.database.exclusive_use() as connection:
                entries = audit.entries(connection, limit=SHOWN)
                total = audit.count(connection)
        except AuditError as error:
            self.message.show_message(shown_message(error))
            return
        # Looked up for the screen only: the trail itself never holds a reference.
        references = case_references(self.vault.database)
        self.count_line.setText(self.shown_count(len(entries), total))
        self.count_line.setVisible(bool(self.count_line.text()))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            kind = QCoreApplication.translate("AuditKinds", entry.kind)
            what = f"{kind}: {_plain(entry.detail)}" if entry.detail else kind
            cells = (str(entry.seq), uk_clock_time(entry.at), entry.adviser or "—", what)
            for column, text in enumerate((*cells, self._case_cell(entry.case_id, references))):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def shown_count(self, shown: int, total: int) -> str:
        """Said only when the screen leaves some out: how many, and how to see them all."""
        if total <= shown:
            return ""
        return self.tr(
            "Showing the newest {shown} of {total} entries. To see every one, whoever looks after npdrights here can "
            "list them all with the command: npdrights-cli audit list --limit 0"
        ).format(shown=screen_number(shown), total=screen_number(total))

    def _case_cell(self, case_id: str, references: dict[str, str]) -> str:
        """The case's reference while it is in the vault; once deleted, the start of its inner number."""
        if not case_id:
            return self.tr("all cases")
        if case_id not in references:
            return self.tr("{number} (no longer in the vault)").format(number=case_id[:8])
        return references[case_id] or self.tr("{number} (no reference)").format(number=case_id[:8])

    def check(self) -> None:
        """Walk the chain and say what was found (the command line says it in English: result.describe())."""
        with self.vault.database.exclusive_use() as connection:
            result = audit.verify(connection)
        if result.intact:
            said = self.tr(
                "The audit trail checks out: %n entries, none altered, removed or added.", "", result.entries
            )
        else:
            said = self.tr(
                "The audit trail has been changed at entry {entry}: {reason} Entries from there on can't be trusted. "
                "The vault's snapshots and backups hold earlier copies to compare with."
            ).format(entry=result.broken_at, reason=QCoreApplication.translate("AuditCheck", result.reason))
        self.message.show_message(said, "ok" if result.intact else "error")
