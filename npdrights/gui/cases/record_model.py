"""A read-only table of records (events, letters, attachments, people): one row a record, one column a field.

Subclasses give their `headers` and `cell(record, column)`; `RecordRole` hands a view the record itself, also
through a proxy. Replacing the records is a model reset: these tables hold tens of rows, not thousands.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1

# Roles answered with the cell's text: a tooltip shows the whole of a cell the column is too narrow for.
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class RecordTableModel(QAbstractTableModel):
    headers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def retranslate(self) -> None:
        """The screens' language changed: headers and cells read again; the rows, and so the selection, stay."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.headers) - 1, 0))
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.headers) - 1))

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def cell(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == RecordRole:
            return record
        return self.cell(record, index.column()) if role in _TEXT_ROLES else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])  # each subclass marks its headers with its own name
        return None
