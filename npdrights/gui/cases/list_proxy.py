"""Filtering the cases list: by status group, by person or household, and by text typed in the search box.

Each summary carries its search text already lower-cased, so filtering as you type is a substring test per row.
While a big list is still being worked out (`working`), a filter by status shows nothing rather than a part of
its cases: the view says why.
Sorting is left to the source model (CaseListModel.sort), which sorts with one Python key per row; the proxy
passes header clicks on to it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from npdrights.core.case_list import CaseSummary, Filter
from npdrights.gui.cases.list_model import CaseListModel, SummaryRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Who:
    """Whose cases to show: everyone, one household, or one person."""

    household_id: str | None = None
    person_id: str | None = None

    def matches(self, summary: CaseSummary) -> bool:
        if self.person_id is not None:
            return self.person_id in (summary.case.person_id, summary.case.requester_id)
        if self.household_id is not None:
            return summary.household_id == self.household_id
        return True


EVERYONE = Who()


class CaseFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: CaseListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)
        self._which = Filter.ALL
        self._who = EVERYONE
        self._words: tuple[str, ...] = ()
        self._working = False

    @property
    def which(self) -> Filter:
        return self._which

    @property
    def working(self) -> bool:
        return self._working

    @property
    def waiting_for_statuses(self) -> bool:
        """A status filter is chosen while statuses are still being worked out, so it shows nothing yet."""
        return self._working and self._which is not Filter.ALL

    def set_working(self, working: bool) -> None:
        if working != self._working:
            with self._changing_filter():
                self._working = working

    @contextlib.contextmanager
    def _changing_filter(self) -> Iterator[None]:
        self.beginFilterChange()
        yield
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, which: Filter) -> None:
        if which is not self._which:
            with self._changing_filter():
                self._which = which

    def set_who(self, who: Who) -> None:
        if who != self._who:  # each change filters every row again
            with self._changing_filter():
                self._who = who

    def set_search(self, text: str) -> None:
        """Every word typed must appear somewhere in the case's people, recipient or references."""
        words = tuple(text.casefold().split())
        if words != self._words:
            with self._changing_filter():
                self._words = words

    def reset(self) -> None:
        with self._changing_filter():
            self._which, self._who, self._words, self._working = Filter.ALL, EVERYONE, (), False

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.waiting_for_statuses:
            return False
        summary = self._source.summary_at(source_row)
        return (
            summary.matches(self._which)
            and self._who.matches(summary)
            and (not self._words or all(word in summary.search_text for word in self._words))
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def summary(self, index: Index) -> CaseSummary:
        summary: CaseSummary = self.data(index, SummaryRole)
        return summary
