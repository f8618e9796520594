"""A case's dated events as a table: date, what happened, and the details recorded with it."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QObject

from npdrights.core.answer_checklist import CHECKED, describe
from npdrights.core.model import CaseEvent
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.cases.record_model import RecordTableModel
from npdrights.gui.cases.wording import event_title, more_months, post_method
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.sentences import on_screen


class TimelineColumn(IntEnum):
    DATE = 0
    WHAT = 1
    DETAILS = 2


class TimelineModel(RecordTableModel):
    headers = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "What happened"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    )

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
                return self.details(event)

    def details(self, event: CaseEvent) -> str:
        """What was recorded with the event, in the screens' language; the user's own note as they typed it."""
        parts = []
        if event.post_method is not None:
            parts.append(post_method(event.post_method))
        if event.delivered_on is not None:
            parts.append(self.tr("arrived {date}").format(date=screen_long_date(event.delivered_on)))
        if event.extension_months is not None:
            parts.append(more_months(event.extension_months))
        if event.reference:
            parts.append(self.tr("reference {reference}").format(reference=event.reference))
        if event.check is not None:  # how the answer was checked, in the rules engine's sentences
            parts.append(self.tr("checked: {result}").format(result=on_screen(CHECKED, describe(event.check))))
        if event.note:
            parts.append(event.note)
        return "; ".join(parts)
