"""A case's dated events as a table: date, what happened, and the details recorded with it."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QObject

from npdrights.core.answer_checklist import describe
from npdrights.core.event_forms import METHOD_LABELS
from npdrights.core.model import CaseEvent
from npdrights.core.names import event_title
from npdrights.gui.cases.record_model import RecordTableModel
from npdrights.gui.i18n import screen_long_date


class TimelineColumn(IntEnum):
    DATE = 0
    WHAT = 1
    DETAILS = 2


def details(event: CaseEvent) -> str:
    parts = []
    if event.post_method is not None:
        parts.append(METHOD_LABELS[event.post_method])
    if event.delivered_on is not None:
        parts.append(f"arrived {screen_long_date(event.delivered_on)}")
    if event.extension_months is not None:
        parts.append(f"{event.extension_months} more month{'s' if event.extension_months != 1 else ''}")
    if event.reference:
        parts.append(f"reference {event.reference}")
    if event.check is not None:
        parts.append("checked: " + describe(event.check))
    if event.note:
        parts.append(event.note)
    return "; ".join(parts)


class TimelineModel(RecordTableModel):
    headers = ("Date", "What happened", "Details")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._body = "the organisation"

    def set_events(self, events: Iterable[CaseEvent], body: str) -> None:
        self._body = body
        self.set_records(events)

    def row_of(self, event_id: str) -> int | None:
        return next((row for row in range(self.rowCount()) if self.record_at(row).id == event_id), None)

    def cell(self, event: CaseEvent, column: int) -> str:
        match TimelineColumn(column):
            case TimelineColumn.DATE:
                return screen_long_date(event.on)
            case TimelineColumn.WHAT:
                return event_title(event.kind, self._body)
            case TimelineColumn.DETAILS:
                return details(event)
