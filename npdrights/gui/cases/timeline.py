"""A case's dated events as a table: date, what happened, and the details recorded with it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npdrights.core.answer_checklist import describe
from npdrights.core.dates import long_date
from npdrights.core.event_forms import METHOD_LABELS, event_title
from npdrights.core.model import CaseEvent

Index = QModelIndex | QPersistentModelIndex
EventRole = Qt.ItemDataRole.UserRole + 1


class TimelineColumn(IntEnum):
    DATE = 0
    WHAT = 1
    DETAILS = 2


_HEADERS = ("Date", "What happened", "Details")


def details(event: CaseEvent) -> str:
    parts = []
    if event.post_method is not None:
        parts.append(METHOD_LABELS[event.post_method])
    if event.delivered_on is not None:
        parts.append(f"arrived {long_date(event.delivered_on)}")
    if event.extension_months is not None:
        parts.append(f"{event.extension_months} more month{'s' if event.extension_months != 1 else ''}")
    if event.reference:
        parts.append(f"reference {event.reference}")
    if event.check is not None:
        parts.append("checked: " + describe(event.check))
    if event.note:
        parts.append(event.note)
    return "; ".join(parts)


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[CaseEvent] = []
        self._body = "the organisation"

    def set_events(self, events: list[CaseEvent] | tuple[CaseEvent, ...], body: str) -> None:
        self.beginResetModel()
        self._events, self._body = list(events), body
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([], "the organisation")

    def event_at(self, row: int) -> CaseEvent:
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        return next((row for row, event in enumerate(self._events) if event.id == event_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TimelineColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            match TimelineColumn(index.column()):
                case TimelineColumn.DATE:
                    return long_date(event.on)
                case TimelineColumn.WHAT:
                    return event_title(event.kind, self._body)
                case TimelineColumn.DETAILS:
                    return details(event)
        if role == EventRole:
            return event
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None
