"""After unlocking: the cases. Until there are any, a clear "Start a new request" call to action."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget

from npdrights.gui.page_layout import CentredPage
from npdrights.gui.widgets import explanation, heading

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseRow:
    person: str
    kind: str
    reference: str


class CaseListModel(QAbstractTableModel):
    HEADERS = ("Person", "Request", "Reference")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (row.person, row.kind, row.reference)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class EmptyCases(CentredPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(heading("Your cases"))
        self.column.addWidget(
            explanation(
                "You have no cases yet. A case starts when you ask the Department for Education, or a school or "
                "council, what it holds about a child or about you, or ask it to stop sharing or to correct "
                "something."
            )
        )
        self.column.addWidget(
            explanation(
                "npdrights writes the letter for you, works out when the answer is due, and reminds you what to "
                "do next. Everything stays on this computer."
            )
        )
        self.start_button = QPushButton("&Start a new request")
        self.start_button.setAccessibleName("Start a new request")
        self.start_button.setDefault(True)
        self.column.addWidget(self.start_button)


class CasesView(QWidget):
    new_request_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Cases")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyCases()
        self.empty.start_button.clicked.connect(self.new_request_requested)
        self.states = QStackedWidget()
        self.states.addWidget(self.empty)
        self.states.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)

    def show_rows(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows)
        self.states.setCurrentWidget(self.table if rows else self.empty)

    def clear(self) -> None:
        """Drop every decrypted row: part of locking."""
        self.show_rows([])
