"""The releases as a table model. Filtering and sorting happen on the Python list (core.register.queries), not
in a QSortFilterProxyModel: with 20,000 rows a Python filterAcceptsRow per row per keystroke is the slow path,
and one list comprehension is not."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from npdrights.core.register import Release
from npdrights.core.register.queries import Filter, matching
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.i18n import screen_short_date

Index = QModelIndex | QPersistentModelIndex
ReleaseRole = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    RECIPIENT = 0
    TYPE = 1
    DATE = 2
    REFERENCE = 3
    PURPOSE = 4
    YEARS = 5
    TIER = 6


# Translated where shown, under "ReleasesModel".
HEADERS = {
    Column.RECIPIENT: QT_TRANSLATE_NOOP("ReleasesModel", "Given to"),
    Column.TYPE: QT_TRANSLATE_NOOP("ReleasesModel", "Type"),
    Column.DATE: QT_TRANSLATE_NOOP("ReleasesModel", "Date"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("ReleasesModel", "Reference"),
    Column.PURPOSE: QT_TRANSLATE_NOOP("ReleasesModel", "What for"),
    Column.YEARS: QT_TRANSLATE_NOOP("ReleasesModel", "Years of data"),
    Column.TIER: QT_TRANSLATE_NOOP("ReleasesModel", "Tier"),
}


def _date_text(release: Release) -> str:
    if release.approved is not None:
        return screen_short_date(release.approved)
    return release.date_text or QCoreApplication.translate("ReleasesModel", "Not given")


def _sort_key(column: Column) -> Any:
    keys: dict[Column, Any] = {
        Column.RECIPIENT: lambda release: release.recipient.lower(),
        Column.TYPE: lambda release: release.type.label,
        Column.DATE: lambda release: release.approved.toordinal() if release.approved else 0,
        Column.REFERENCE: lambda release: release.reference,
        Column.PURPOSE: lambda release: release.purpose.lower(),
        Column.YEARS: lambda release: release.data_from or 0,
        Column.TIER: lambda release: release.tier or 0,
    }
    return keys[column]


class ReleasesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Release] = []
        self.shown: list[Release] = []
        self._filter = Filter()
        self._sort: tuple[Column, Qt.SortOrder] = (Column.DATE, Qt.SortOrder.DescendingOrder)

    def set_releases(self, releases: Sequence[Release]) -> None:
        self._all = list(releases)
        self._refresh()

    def set_filter(self, given: Filter) -> None:
        self._filter = given
        self._refresh()

    @property
    def all(self) -> list[Release]:
        return self._all

    def _refresh(self) -> None:
        self.beginResetModel()
        shown = matching(self._all, self._filter) if self._filter != Filter() else list(self._all)
        column, order = self._sort
        shown.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.shown = shown
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        self.shown.sort(key=_sort_key(Column(column)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ReleasesModel", HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        release = self.shown[index.row()]
        if role == ReleaseRole:
            return release
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(release, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TYPE:
            return release.type_reason
        return None

    @staticmethod
    def _display(release: Release, column: Column) -> str:
        if column is Column.RECIPIENT:
            return release.recipient
        if column is Column.TYPE:
            kind = QCoreApplication.translate("Register", release.type.label)
            return (
                QCoreApplication.translate("ReleasesModel", "{type} (inferred)").format(type=kind)
                if release.type_inferred
                else kind
            )
        if column is Column.DATE:
            return _date_text(release)
        if column is Column.REFERENCE:
            return release.reference
        if column is Column.PURPOSE:
            return release.purpose if len(release.purpose) < 120 else release.purpose[:117] + "…"
        if column is Column.YEARS:
            if release.data_from is None:
                return QCoreApplication.translate("ReleasesModel", "Not said")
            return (
                str(release.data_from)
                if release.data_from == release.data_to
                else f"{release.data_from}–{release.data_to}"
            )
        return (
            QCoreApplication.translate("ReleasesModel", "Tier {tier}").format(tier=release.tier) if release.tier else ""
        )
