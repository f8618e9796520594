"""The cases list as a table model over `CaseSummary` rows (Vorta's ArchiveTableModel pattern).

Display text and sort values are separate: `SortRole` gives plain Python values the proxy compares, and
`SummaryRole` hands a view the whole summary through any proxy. Overdue is shown in words and with an icon,
never by colour alone.

A big list is filled in two phases (see loading.py): rows first, as `pending` summaries whose status, due date
and time left read "Working out…", then the rules engine's summaries in parts (`fill`), each part announced
with a dataChanged on just those columns. Meanwhile the order is held (`hold_order`), so rows don't jump about
under the reader, and it is sorted once when everything is in (`release_order`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from npdrights.core.case_list import WORKING_OUT, CaseSummary
from npdrights.core.status import CaseStatus
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.cases.wording import case_kind, status_label, time_left
from npdrights.gui.i18n import screen_short_date
from npdrights.gui.sentences import on_screen

Index = QModelIndex | QPersistentModelIndex

SortRole = Qt.ItemDataRole.UserRole
SummaryRole = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    """What matters most comes first, so it stays on screen at large text sizes: whose, where it stands, and
    how long is left."""

    PERSON = 0
    STATUS = 1
    TIME_LEFT = 2
    DUE = 3
    SENT = 4
    KIND = 5
    RECIPIENT = 6


HEADERS = {
    Column.PERSON: QT_TRANSLATE_NOOP("CaseListModel", "Person"),
    Column.STATUS: QT_TRANSLATE_NOOP("CaseListModel", "Status"),
    Column.TIME_LEFT: QT_TRANSLATE_NOOP("CaseListModel", "Time left"),
    Column.DUE: QT_TRANSLATE_NOOP("CaseListModel", "Due"),
    Column.SENT: QT_TRANSLATE_NOOP("CaseListModel", "Sent"),
    Column.KIND: QT_TRANSLATE_NOOP("CaseListModel", "Request"),
    Column.RECIPIENT: QT_TRANSLATE_NOOP("CaseListModel", "Sent to"),
}

_NO_DATE = date.max.toordinal()
# The columns the rules engine fills in, next to each other so one dataChanged covers them.
WORKED_OUT = (Column.STATUS, Column.TIME_LEFT, Column.DUE, Column.SENT)
_NOT_KNOWN_YET = frozenset({Column.STATUS, Column.TIME_LEFT, Column.DUE})
# Columns whose order is that of translated words; the others sort by dates, days or names as typed.
_SORTED_BY_WORDS = frozenset({Column.STATUS, Column.KIND})
STILL_WORKING = QT_TRANSLATE_NOOP("CaseListModel", "npdrights is still working out this case's dates.")


def short_date(day: date | None) -> str:
    """'5 May 2026' (a table column has no room for the weekday), in the screens' language."""
    return screen_short_date(day) if day is not None else ""


def _display(summary: CaseSummary, column: Column) -> str:
    if summary.pending and column in _NOT_KNOWN_YET:
        return QCoreApplication.translate("CaseList", WORKING_OUT)
    match column:
        case Column.PERSON:
            return summary.person
        case Column.RECIPIENT:
            return summary.recipient
        case Column.KIND:
            return case_kind(summary.case.kind)
        case Column.STATUS:
            return status_label(summary)
        case Column.SENT:
            return short_date(summary.sent)
        case Column.DUE:
            return short_date(summary.due)
        case Column.TIME_LEFT:
            return time_left(summary.days_left)


def time_left_key(summary: CaseSummary) -> int:
    """Overdue first, then the soonest due, then cases needing action, then the rest, closed cases last.

    One int, so Qt could compare it too.
    """
    days = summary.days_left
    if summary.overdue:
        group = 0
    elif days is not None:
        group = 1
    elif summary.needs_action:
        group = 2
    else:
        group = 4 if summary.closed else 3
    return group * _SPAN + (days or 0) + _SPAN // 2


_SPAN = 10_000_000  # far more days than any deadline is away


def _sort_key(summary: CaseSummary, column: Column) -> tuple[Any, ...]:
    """A row's place. Where the column needs the rules, lines not worked out yet go together (after the rest when
    ascending), by person."""
    if summary.pending and column in _NOT_KNOWN_YET:
        return (True, summary.person.casefold(), summary.case.id)
    return (False, _sort_value(summary, column), summary.case.id)


def _sort_value(summary: CaseSummary, column: Column) -> Any:
    match column:
        case Column.SENT:
            return summary.sent.toordinal() if summary.sent else _NO_DATE
        case Column.DUE:
            return summary.due.toordinal() if summary.due else _NO_DATE
        case Column.TIME_LEFT:
            return time_left_key(summary)
        case _:
            return _display(summary, column).casefold()


def _runs(rows: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in sorted `rows`."""
    start = 0
    for index, row in enumerate(rows):
        if index + 1 == len(rows) or rows[index + 1] != row + 1:
            yield rows[start], row
            start = index + 1


class CaseListModel(QAbstractTableModel):
    """Sorts itself (see `sort`): the proxy in front of it only filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._row_of: dict[str, int] | None = {}  # see `_rows_by_id`
        self._warning: QIcon | None = None
        self._sort_column = Column.TIME_LEFT  # overdue first by default
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order_held = False

    # -- changing the rows ------------------------------------------------------------------------

    def set_rows(self, rows: list[CaseSummary]) -> None:
        """All the rows, sorted (and no longer held in place)."""
        self._order_held = False
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = None  # made again when next asked for

    def _rows_by_id(self) -> dict[str, int]:
        """Each case's row, made when first asked for after the order changed: a list shown from kept lines is
        painted without it (10,000 ids and row numbers are 0.9 MB of its peak memory, issue 17)."""
        if self._row_of is None:
            self._row_of = {summary.case.id: row for row, summary in enumerate(self._rows)}
        return self._row_of

    def _sorted(self, rows: list[CaseSummary]) -> list[CaseSummary]:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Python's sort with one key per row: sorting through the proxy would call data() twice per comparison.
        return sorted(rows, key=lambda summary: _sort_key(summary, column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self._sort_column, self._sort_order = Column(column), order
        self._resort()

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].case.id for index in before]
        self._rows = self._sorted(self._rows)
        self._reindex()
        after = [
            self.index(self._rows_by_id()[case_id], index.column()) for case_id, index in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows([])

    def hold_order(self) -> None:
        """Keep rows where they are while they are being filled in (`put` and `fill` don't sort)."""
        self._order_held = True

    def release_order(self) -> None:
        """Sort once, now that the rows are filled in; persistent indexes (the selection) follow their rows."""
        self._order_held = False
        self._resort()

    def fill(self, summaries: list[CaseSummary]) -> None:
        """Put worked-out summaries in place of rows that are already there; one dataChanged per run of rows."""
        rows = []
        for summary in summaries:
            row = self._rows_by_id().get(summary.case.id)
            if row is not None:
                self._rows[row] = summary
                rows.append(row)
        for first, last in _runs(sorted(rows)):
            self.dataChanged.emit(self.index(first, WORKED_OUT[0]), self.index(last, WORKED_OUT[-1]))
        if not self._order_held:
            self._resort()

    def put(self, summary: CaseSummary) -> None:
        """Replace one case's row (a targeted dataChanged), or add it if it is new; then keep the order."""
        row = self._rows_by_id().get(summary.case.id)
        if row is None:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(summary)
            self._rows_by_id()[summary.case.id] = row
            self.endInsertRows()
        else:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if not self._order_held:
            self._resort()

    def remove(self, case_id: str) -> None:
        row = self._rows_by_id().get(case_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    def retranslate(self) -> None:
        """The screens' language changed: every header and cell reads again, and rows sorted by their words
        (status, request) take their places in the new language's order; the selection follows its rows."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if not self._rows:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        # Sorted by words the language changes: sorted again (not while a big list is held for its one sort).
        if self._sort_column in _SORTED_BY_WORDS and not self._order_held:
            self._resort()

    # -- reading ----------------------------------------------------------------------------------

    def summary_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def summaries(self) -> list[CaseSummary]:
        return list(self._rows)

    def row_of(self, case_id: str) -> int | None:
        return self._rows_by_id().get(case_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(summary, column)
        if role == SortRole:
            return _sort_value(summary, column)
        if role == SummaryRole:
            return summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.DecorationRole and column in (Column.STATUS, Column.TIME_LEFT):
            return self._warning_icon() if summary.overdue or summary.problem else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _display(summary, column)
            overdue = column is Column.STATUS and summary.overdue and summary.status is not CaseStatus.OVERDUE
            return self.tr("{status}, overdue").format(status=text) if overdue else text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseListModel", HEADERS[Column(section)])
        return None

    @staticmethod
    def _tooltip(summary: CaseSummary, column: Column) -> str:
        if summary.pending:
            return QCoreApplication.translate("CaseListModel", STILL_WORKING)
        if column in (Column.DUE, Column.TIME_LEFT) and summary.due_explanation:
            return on_screen("Deadlines", summary.due_explanation)
        return on_screen("CaseSummaries", summary.summary)  # English if it came from the kept summaries

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning
