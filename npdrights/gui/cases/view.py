"""After unlocking: the cases list (search, filters, overdue first), a "due soon and overdue" summary, and the
case detail. Until there are any cases, a clear "Start a new request" call to action.

Loading works out every case's status with the rules engine. A few hundred cases take a moment, so they are
done at once. A bigger list is shown at once with what needs no working out (who, to whom, what, when sent), its
statuses and dates saying "Working out…", and is worked out off the GUI thread in parts, with progress, while the
window stays usable (loading.py). It is sorted once everything is in, keeping the selection and the place. Lines
worked out earlier are kept in the vault for the days they hold for (service/summary_cache.py): if every line is
kept and still holds, the list is shown complete at once, as a small one is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.case_list import CaseSummary, Filter, Named
from npdrights.core.model import Household, Organisation
from npdrights.core.reminders import DueSummary, due_summary
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.cases.drafts_panel import DraftsPanel
from npdrights.gui.cases.list_model import CaseListModel, Column
from npdrights.gui.cases.list_proxy import EVERYONE, CaseFilterProxy, Who
from npdrights.gui.cases.store import CaseStore
from npdrights.gui.cases.tray import TrayReminders
from npdrights.gui.cases.undo import CaseUndo
from npdrights.gui.cases.who_choices import WhoChoices
from npdrights.gui.cases.wording import due_headline, filter_label
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.job_runner import PROGRESS_STEPS, JobRunner
from npdrights.gui.language_change import follow_language
from npdrights.gui.module_sources import forget_module_sources
from npdrights.gui.page_layout import CentredPage
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import MessageLabel, explanation, heading, name_button
from npdrights.service.collector import paused_gc
from npdrights.service.drafts import DraftListing
from npdrights.service.loading import provisional_lines, work_out, work_out_in_parts
from npdrights.service.summary_cache import KeptLine
from npdrights.storage.errors import Cancelled, VaultError
from npdrights.storage.vault import Vault

if TYPE_CHECKING:  # imported when a case is first opened (see CasesView.detail)
    from npdrights.gui.cases.detail import CaseDetail

# Up to this many cases are worked out at once (well under a second); a bigger list is shown first, then worked out.
LOAD_AT_ONCE = 300
# Cases worked out between handing results over, reporting progress and checking for Cancel (about 0.1 s of work):
# each part costs the GUI thread a dataChanged and a repaint, so not many more parts than that.
PART_SIZE = 500
USER_QUIET_MS = 300  # after the last key typed, the worker takes up its work again
AFTER_PAINT_AT_MOST_MS = 200  # phase 2 starts when phase 1 is painted, or after this if it isn't

# What a status filter will show once the statuses are in (said while they are still being worked out).
_WHAT_SHOWS = {
    Filter.NEEDS_ACTION: QT_TRANSLATE_NOOP("CasesView", "Cases that need action"),
    Filter.WAITING: QT_TRANSLATE_NOOP("CasesView", "Cases waiting for an answer"),
    Filter.OVERDUE: QT_TRANSLATE_NOOP("CasesView", "Overdue cases"),
    Filter.CLOSED: QT_TRANSLATE_NOOP("CasesView", "Closed cases"),
}


# Typical longest texts of each column (the last, "Sent to", stretches).
_COLUMN_SAMPLES = {
    Column.PERSON: "Bartholomew Fictionalson",
    Column.STATUS: "Proof of identity asked for",
    Column.TIME_LEFT: "188 days overdue",
    Column.DUE: "30 Sep 2026",
    Column.SENT: "30 Sep 2026",
    Column.KIND: "What a school or council holds",
}


@dataclass(frozen=True)
class _NamesOnly:
    """A directory for naming people in the list (summary_cache.Directory) that holds only their names, read
    without decoding the rest of each person."""

    people: Mapping[str, Named]
    organisations: Mapping[str, Organisation]
    households: Mapping[str, Household]


def _rows_or_pixels(table: QTableView, pixels: int) -> int:
    """A distance down the table in the units of its scroll bar."""
    if table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
        return pixels
    return pixels // max(table.verticalHeader().defaultSectionSize(), 1)


class EmptyCases(CentredPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("")
        self.column.addWidget(self.title)
        self.what_a_case_is = explanation("")
        self.column.addWidget(self.what_a_case_is)
        self.what_npdrights_does = explanation("")
        self.column.addWidget(self.what_npdrights_does)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.column.addWidget(self.start_button)
        self.retranslate()
        follow_language(self, self.retranslate)  # Settings changed the language: no restart needed

    def retranslate(self) -> None:
        for widget in (self.title, self):
            widget.setAccessibleName(self.tr("Your cases"))
        self.title.setText(self.tr("Your cases"))
        self.what_a_case_is.setText(
            self.tr(
                "You have no cases yet. A case starts when you ask the Department for Education, or a school or "
                "council, what it holds about a child or about you, or ask it to stop sharing or to correct "
                "something."
            )
        )
        self.what_npdrights_does.setText(
            self.tr(
                "npdrights writes the letter for you, works out when the answer is due, and reminds you what "
                "to do next. Everything stays on this computer."
            )
        )
        name_button(self.start_button, self.tr("&Start a new request"))


class DueBanner(QFrame):
    """The summary shown on unlock: what is overdue, due soon, or newly possible. Without names."""

    show_filter = Signal(object)  # Filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        row = QHBoxLayout()
        self.overdue_button = QPushButton()
        self.action_button = QPushButton()
        self.hide_button = QPushButton()
        self.overdue_button.clicked.connect(lambda: self.show_filter.emit(Filter.OVERDUE))
        self.action_button.clicked.connect(lambda: self.show_filter.emit(Filter.NEEDS_ACTION))
        self.hide_button.clicked.connect(self.hide)
        for button in (self.overdue_button, self.action_button, self.hide_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._due = DueSummary((), (), ())
        self.retranslate()
        follow_language(self, self.retranslate)
        self.hide()

    def retranslate(self) -> None:
        for widget in (self, self.headline):
            widget.setAccessibleName(self.tr("Due soon and overdue"))
        name_button(self.overdue_button, self.tr("Show &overdue cases"))
        name_button(self.action_button, self.tr("Show cases that &need action"))
        name_button(self.hide_button, self.tr("&Hide this"))
        if not self._due.is_empty:
            self._say(self._due)

    def show_summary(self, due: DueSummary) -> None:
        self._due = due
        if due.is_empty:
            self.hide()
            return
        self._say(due)
        self.overdue_button.setVisible(bool(due.overdue))
        self.show()

    def _say(self, due: DueSummary) -> None:
        headline = due_headline(due)
        self.headline.setText("⚠ " + headline if due.overdue else headline)


class CasesView(QWidget):
    new_request_requested = Signal()
    follow_up_requested = Signal(str, object)  # case id, ActionKind
    people_requested = Signal()
    calendar_requested = Signal()
    loaded = Signal()

    def __init__(
        self,
        vault: Vault,
        today: Callable[[], date],
        clipboard: PrivateClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = CaseStore(vault, today, self)
        self.undo = CaseUndo(self)
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self.model, self)
        self.tray = TrayReminders(self)
        self._runner: JobRunner | None = None
        self._generation = 0
        self._working = False  # the list is shown and its statuses are being worked out
        self._after_paint: Callable[[], None] | None = None  # phase 2, waiting for phase 1 to be painted
        # Set while the user types or filters, and a moment after: the worker waits meanwhile (loading.py).
        self._user_busy = threading.Event()
        self._user_quiet = QTimer(self)
        self._user_quiet.setSingleShot(True)
        self._user_quiet.setInterval(USER_QUIET_MS)
        self._user_quiet.timeout.connect(self._user_busy.clear)
        self._edited: set[str] = set()  # cases changed meanwhile: summarised afresh, not from the older reading
        self.due = DueSummary((), (), ())

        self.empty = EmptyCases()
        self.empty.start_button.clicked.connect(self.new_request_requested)
        self.list_page = self._build_list_page()
        self._clipboard = clipboard
        self._detail: CaseDetail | None = None  # built when first shown: see `detail`
        self.states = QStackedWidget()
        for page in (self.empty, self.list_page):
            self.states.addWidget(page)
        self.drafts = DraftsPanel()  # unfinished letters kept at a lock, above the list (or the empty page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drafts)
        layout.addWidget(self.states, 1)
        self.store.changed.connect(self._case_changed)
        self.store.directory_changed.connect(self._directory_changed)
        # Deadlines move on at midnight even if nobody touches anything.
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(15 * 60 * 1000)
        self.day_timer.timeout.connect(self._check_day)
        self._day: date | None = None

    # -- building ---------------------------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.list_heading = heading("")
        top.addWidget(self.list_heading, 1)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_request_requested)
        self.people_button = QPushButton()
        self.people_button.clicked.connect(self.people_requested)
        self.calendar_button = QPushButton()
        self.calendar_button.clicked.connect(self.calendar_requested)
        for button in (self.new_button, self.people_button, self.calendar_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.banner = DueBanner()
        self.banner.show_filter.connect(self.set_filter)
        layout.addWidget(self.banner)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._user_active)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        self.search.returnPressed.connect(self._open_first)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.which = QComboBox()
        for choice in Filter:
            self.which.addItem("", choice)  # named by retranslate
        self.which.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.which_label = QLabel()
        self.which_label.setBuddy(self.which)
        self.who = QComboBox()
        self.who_choices = WhoChoices(self.who)
        self.who.setModel(self.who_choices)
        # Sized by the layout, not by measuring every person's name.
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(16)
        self.who.currentIndexChanged.connect(lambda _i: self._who_changed())
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.which_label)
        filters.addWidget(self.which, 1)
        filters.addWidget(self.who_label)
        filters.addWidget(self.who, 1)
        layout.addLayout(filters)

        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.working_note = MessageLabel()
        layout.addWidget(self.working_note)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.TIME_LEFT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths from the font and typical texts, not from the rows: measuring 10,000 rows would stall the list.
        metrics = self.table.fontMetrics()
        padding = metrics.averageCharWidth() * 3 + self.table.iconSize().width()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        # What each case is, next to whose it is: on a small screen at large text both show without scrolling
        # sideways. Only the view's order changes; the model's columns stay as they are.
        header.moveSection(header.visualIndex(Column.KIND), 1)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.retranslate_list_page()
        follow_language(page, self.retranslate_list_page)
        return page

    def retranslate_list_page(self) -> None:
        """The list's own words, in the screens' language: at first, and again when Settings changes it. The rows
        read again in the new language, keeping the selection, the sort order, the search and the place."""
        self.list_heading.setText(self.tr("Your cases"))
        name_button(self.new_button, self.tr("&Start a new request"))
        name_button(self.people_button, self.tr("&People and families…"))
        name_button(self.calendar_button, self.tr("Export &deadlines to a calendar…"))
        self.search.setPlaceholderText(self.tr("Name, organisation or reference"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search_label.setText(self.tr("Sea&rch"))
        for index in range(self.which.count()):
            self.which.setItemText(index, filter_label(self.which.itemData(index)))
        self.which.setAccessibleName(self.tr("Show"))
        self.which_label.setText(self.tr("Sho&w"))
        self.who_choices.retranslate()
        self.who.setAccessibleName(self.tr("Whose cases"))
        self.who_label.setText(self.tr("W&hose"))
        self.progress.setAccessibleName(self.tr("Working out your cases' dates"))
        self.progress.setFormat(self.tr("Working out your cases' dates: %p%"))
        self.working_note.setAccessibleName(self.tr("Still working"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.count.setAccessibleName(self.tr("How many cases are shown"))
        if self.model.rowCount():
            looked_at = self._looked_at()  # a re-sort in the new words' order keeps this row where it was
            self.model.retranslate()
            self._keep_place(looked_at)
        else:
            self.model.retranslate()  # the headers
        self._update_count()

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Read every case and work out where each stands. Called on unlock and after a restore."""
        self._stop_loading()
        self._generation += 1
        # An integrity check on the vault's own connection (before a migration) leaves the whole file decrypted in
        # memory (58 MB for 10,000 cases): given back first, or the list is read on top of it (issue 17: peak
        # memory). The usual check runs on a connection of its own, freed when it closes (storage/integrity.py).
        self.store.release_memory()
        forget_module_sources()
        today = self.store.today()
        self._day = today
        if self.store.count_cases() <= LOAD_AT_ONCE:
            contents, summaries = work_out(self.store.stored_rows(), today)
            self.store.adopt(contents)
            self._show_all(summaries, contents.people, today)
            return
        self._show_first(self._generation, today)

    def _show_all(self, summaries: list[CaseSummary], people: Mapping[str, Named], today: date) -> None:
        """Every line is known: shown sorted, with the due-soon summary, in one go."""
        self.progress.hide()  # e.g. loaded again while an earlier load was being worked out
        self.model.set_rows(summaries)
        self._fill_who(people)
        self._show_loaded()
        self._show_due(today)
        self.loaded.emit()

    def _show_first(self, generation: int, today: date) -> None:
        """Phase 1: every row at once with what needs no working out; then phase 2 starts, once this is painted."""
        with paused_gc():
            rows = self.store.stored_rows(events=False)
            people_rows = rows.people
            contents = replace(rows, people=[]).decode()  # the people are decoded when first asked for
            del rows  # the cases' stored text, decoded now: not held while the list is built (issue 17: memory)
            names = self.store.people_names()
            directory = _NamesOnly(names, contents.organisations, contents.households)
            kept = self.store.kept_lines(contents.cases, directory, today)
            every_line_kept = len(kept) == len(contents.cases)
            sent = {} if every_line_kept else self.store.sent_dates()
            lines = provisional_lines(contents, names, sent, kept)
            del kept  # in `lines` now
            self.store.adopt(contents, people_rows=people_rows)
            if every_line_kept:  # all worked out earlier, still true today: no second phase, no second sort
                self._show_all(lines, names, today)
                self.store.release_memory()  # the pages read, and what building the list left, before it is painted
                return
            self._working = True
            self._edited.clear()
            self.proxy.set_working(True)  # before the rows arrive: one filtering pass over them, not two
            self.model.set_rows(lines)
            self.model.hold_order()
            self.table.horizontalHeader().setSortIndicatorShown(False)  # not in that order until it is worked out
            self.store.release_memory()  # the pages read, and what building the list left, before it is painted
        self.banner.hide()  # the due-soon summary comes again when every status is known
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.show()
        self._update_count()
        self._show_loaded()
        self._after_paint = lambda: self._work_out(generation, directory, names, today)
        if self.table.isVisible():
            self.table.viewport().installEventFilter(self)
            QTimer.singleShot(AFTER_PAINT_AT_MOST_MS, self._painted)  # in case it isn't painted (minimised)
        else:
            QTimer.singleShot(0, self._painted)  # e.g. a case's detail is showing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            QTimer.singleShot(0, self._painted)  # once this paint is done
        return False

    def _painted(self) -> None:
        """Phase 1 is on screen: the rest starts now, not before, so the first paint isn't kept waiting."""
        self.table.viewport().removeEventFilter(self)
        start, self._after_paint = self._after_paint, None
        if start is not None:
            start()

    def _work_out(self, generation: int, directory: _NamesOnly, names: Mapping[str, Named], today: date) -> None:
        """Phase 2, off the GUI thread, through a read-only connection of its own; the rows top first. A line needs
        only people's names, so the people themselves are decoded only when something asks for them."""
        if generation != self._generation:
            return  # locked, or loaded again, before it started
        self._fill_who(names)
        cases = [summary.case for summary in self.model.summaries() if summary.pending]
        reader = self.store.reader()
        runner = JobRunner(self)
        runner.progressed.connect(self.progress.setValue)
        runner.delivered.connect(lambda part: self._worked_out(generation, part))
        runner.succeeded.connect(lambda to_keep: self._all_worked_out(generation, to_keep))
        runner.failed.connect(lambda error: self._load_failed(generation, error))
        self._runner = runner
        runner.start_delivering(
            lambda progress, should_stop, deliver: work_out_in_parts(
                reader, cases, directory, today, PART_SIZE, progress, should_stop, deliver, self._user_busy.is_set
            )
        )

    def _user_active(self) -> None:
        if self._working:
            self._user_busy.set()
            self._user_quiet.start()

    def _worked_out(self, generation: int, part: list[CaseSummary]) -> None:
        if generation == self._generation:
            self.model.fill([summary for summary in part if summary.case.id not in self._edited])

    def _all_worked_out(self, generation: int, to_keep: list[KeptLine]) -> None:
        if generation != self._generation:
            return
        self.store.keep_summaries(to_keep)  # for the next unlock: see service/summary_cache.py
        self._runner = None
        self._working = False
        self._edited.clear()
        looked_at = self._looked_at()  # before the progress bar and the banner change the list's height
        self.progress.hide()
        self.proxy.set_working(False)
        self.model.release_order()  # the one sort
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self._show_due(self.store.today())
        self._keep_place(looked_at)
        self.loaded.emit()

    def _looked_at(self) -> tuple[str, int] | None:
        """The selected row (or else the top row, if scrolled): its case and where it is in the list's window."""
        selected = self.table.selectionModel().selectedRows()
        anchor = selected[0] if selected else self.table.indexAt(self.table.viewport().rect().topLeft())
        if anchor.isValid() and (selected or self.table.verticalScrollBar().value() > 0):
            return self.proxy.summary(anchor).case.id, self.table.rowViewportPosition(anchor.row())
        return None

    def _keep_place(self, looked_at: tuple[str, int] | None) -> None:
        """After the one sort, the row being looked at goes back to where it was, as far as the list can scroll."""
        row = self.model.row_of(looked_at[0]) if looked_at else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if looked_at is None or not index.isValid():
            self.table.scrollToTop()
            return
        # The list's height as it will be painted (progress bar gone, banner shown): with the old height the
        # scroll bar's end would stop the row short of its place.
        page_layout = self.list_page.layout()
        if page_layout is not None:
            page_layout.activate()
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.value() - _rows_or_pixels(self.table, looked_at[1]))

    def _show_due(self, today: date) -> None:
        """Every status is known: the unlock summary and tray reminders, the count, and the day's timer."""
        self.due = due_summary(self.model.summaries(), today)
        self.banner.show_summary(self.due)
        self.tray.check(self.model.summaries(), today)
        self._update_count()
        self.day_timer.start()

    @property
    def detail(self) -> CaseDetail:
        """A case's page, built the first time it is needed: until a case is opened, the list doesn't carry its
        widgets (a few MB of the window's peak with a big list, issue 17)."""
        if self._detail is None:
            from npdrights.gui.cases.detail import CaseDetail  # with its dialogs: not needed to show the list

            self._detail = CaseDetail(self.store, self.undo, self._clipboard)
            self._detail.back_requested.connect(self.show_list)
            self._detail.follow_up_requested.connect(self.follow_up_requested)
            self.states.addWidget(self._detail)
        return self._detail

    def _showing_detail(self) -> bool:
        return self._detail is not None and self.states.currentWidget() is self._detail

    def _show_loaded(self) -> None:
        if self._showing_detail() and self.detail.case_id is not None:
            self.detail.refresh()
        else:
            self.show_list()

    def _load_failed(self, generation: int, error: VaultError) -> None:
        if generation != self._generation or isinstance(error, Cancelled):
            return
        self._stop_loading()
        self.progress.hide()
        self._update_count()
        self.message.show_message(shown_message(error))

    def _stop_loading(self) -> None:
        self._after_paint = None
        self.table.viewport().removeEventFilter(self)
        if self._working:
            self._working = False
            self.proxy.set_working(False)
            self.table.horizontalHeader().setSortIndicatorShown(True)
        if self._runner is not None:
            self._runner.cancel_and_wait()  # the worker closes its connection before this returns
            self._runner = None

    @property
    def loading(self) -> bool:
        """The list is shown but its statuses are still being worked out."""
        return self._working

    # -- list and detail --------------------------------------------------------------------------

    def show_list(self) -> None:
        if self._detail is not None:
            self._detail.save_notes_if_changed()
        empty = self.model.rowCount() == 0 and not self.loading
        self.states.setCurrentWidget(self.empty if empty else self.list_page)
        self.drafts.setVisible(bool(self.drafts.listings))
        (self.empty.start_button if empty else self.table).setFocus()

    def show_drafts(self, listings: list[DraftListing]) -> None:
        self.drafts.show_drafts(listings)
        if self._showing_detail():
            self.drafts.hide()

    def open_case(self, case_id: str) -> None:
        self.detail.show_case(case_id)
        self.states.setCurrentWidget(self.detail)
        self.drafts.hide()
        self.detail.back_button.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.proxy.summary(index).case.id)

    def _open_first(self) -> None:
        if self.proxy.rowCount():
            self._open_index(self.proxy.index(0, 0))

    def set_filter(self, which: Filter) -> None:
        self.which.setCurrentIndex(self.which.findData(which))
        self.banner.hide()

    def _filter_changed(self) -> None:
        self._user_active()
        self.proxy.set_filter(self.which.currentData())
        self._update_count()

    def _who_changed(self) -> None:
        self._user_active()
        self._show_who()

    def _show_who(self) -> None:
        who = self.who.currentData()
        self.proxy.set_who(who if isinstance(who, Who) else EVERYONE)
        self._update_count()

    def _fill_who(self, people: Mapping[str, Named] | None = None) -> None:
        """Everyone, then each household with its people under it, then people in no household. `people` by id:
        the names read for the list, or else the people kept by the store."""
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who_choices.set_people(self.store.households, self.store.people if people is None else people)
        row = self.who_choices.row_of(chosen) if isinstance(chosen, Who) else None
        self.who.setCurrentIndex(row or 0)
        self.who.blockSignals(False)
        # Filled by the list as it loads, not chosen by the person: the worker has no one to give way to. Counted as
        # a choice, it paused the statuses' working out for USER_QUIET_MS at every load (issue 12, item 5).
        self._show_who()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        waiting = self.proxy.waiting_for_statuses  # "Showing 0" would read as "none is overdue"
        self.count.setText(
            self.tr("Showing {shown} of %n case(s).", "", total).format(shown=shown)
            if shown != total and not waiting
            else self.tr("%n case(s).", "", total)
        )
        if waiting:
            what = QCoreApplication.translate("CasesView", _WHAT_SHOWS[self.proxy.which])
            self.working_note.show_message(
                self.tr(
                    "npdrights is still working out your cases' dates. {what} will show here when that is done."
                ).format(what=what),
                "info",
            )
        else:
            self.working_note.clear_message()

    def _case_changed(self, case_id: str) -> None:
        if self._working:
            self._edited.add(case_id)  # what the worker read of it may be older than this
        summary = self.store.summary(case_id)
        if summary is None:
            self.model.remove(case_id)
        else:
            self.model.put(summary)
        if not self._working:
            self.due = due_summary(self.model.summaries(), self.store.today())
        self._update_count()

    def _directory_changed(self) -> None:
        """A person or household was edited: names in every row, and the search text, may change."""
        self.load()
        if self._detail is not None:
            self._detail.refresh()

    def _check_day(self) -> None:
        if self._day is not None and self.store.today() != self._day and self.store.vault.is_unlocked:
            self.load()

    def select_case(self, case_id: str) -> None:
        """Show the list with this case selected (e.g. one a journey just saved). Its row is there as soon as the
        list is shown; if it is still being worked out, the one sort at the end keeps it selected and in view."""
        row = self.model.row_of(case_id)
        if row is None:
            return
        self.show_list()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by a filter or a search: show everything so it can be seen
            self.search.clear()
            self.which.setCurrentIndex(0)
            self.who.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def add_case(self, case_id: str) -> None:
        """A case was just made elsewhere (e.g. by a guided journey): show it in the list."""
        self.store.refresh_directory()
        self._fill_who()
        self.store.changed.emit(case_id)
        if self.states.currentWidget() is self.empty:
            self.show_list()

    # -- locking ----------------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop every decrypted row, the detail, open viewers and undo history: part of locking."""
        self._generation += 1
        self._stop_loading()
        self._edited.clear()
        self.day_timer.stop()
        if self._detail is not None:
            self._detail.clear()
        self.drafts.clear()
        self.undo.forget()
        self.model.clear()
        self.proxy.reset()
        self.search.clear()
        self.which.setCurrentIndex(0)
        self.who_choices.clear()
        self.store.forget()
        self.banner.hide()
        self.tray.hide()
        self.progress.hide()
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.message.clear_message()
        self.working_note.clear_message()
        self.due = DueSummary((), (), ())
        self.states.setCurrentWidget(self.empty)
