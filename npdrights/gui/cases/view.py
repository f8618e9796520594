"""After unlocking: the cases list (search, filters, overdue first), a "due soon and overdue" summary, and the
case detail. Until there are any cases, a clear "Start a new request" call to action.

Loading works out every case's status with the rules engine. A few hundred cases take a moment, so they are
done at once; a larger vault is done off the GUI thread with progress, and the window stays usable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
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

from npdrights.core.case_list import CaseSummary, Filter, summarise
from npdrights.core.reminders import DueSummary, due_summary
from npdrights.gui.cases.detail import CaseDetail
from npdrights.gui.cases.list_model import CaseListModel, Column
from npdrights.gui.cases.list_proxy import EVERYONE, CaseFilterProxy, Who
from npdrights.gui.cases.store import CaseStore
from npdrights.gui.cases.tray import TrayReminders
from npdrights.gui.cases.undo import CaseUndo
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.job_runner import JobRunner
from npdrights.gui.page_layout import CentredPage
from npdrights.gui.widgets import MessageLabel, explanation, heading
from npdrights.storage.errors import Cancelled, VaultError
from npdrights.storage.repository import StoredRows, VaultContents
from npdrights.storage.vault import Vault

# Up to this many cases are worked out at once on unlock (well under a second); more go to a background job.
LOAD_AT_ONCE = 300
_CHUNK = 200  # cases between progress reports and checks for Cancel


def work_out(
    rows: StoredRows, today: date, progress: Callable[[int, int], None], should_stop: Callable[[], bool]
) -> tuple[VaultContents, list[CaseSummary]]:
    """Decode the stored rows and summarise every case. Pure work: safe off the GUI thread."""
    contents = rows.decode()
    summaries = []
    total = len(contents.cases)
    for done, case in enumerate(contents.cases):
        if done % _CHUNK == 0:
            if should_stop():
                raise Cancelled()
            progress(done, total)
        summaries.append(
            summarise(
                case,
                contents.events.get(case.id, ()),
                today,
                people=contents.people,
                organisations=contents.organisations,
                households=contents.households,
            )
        )
    progress(total, total)
    return contents, summaries


# Typical longest texts of each column (the last, "Sent to", stretches).
_COLUMN_SAMPLES = {
    Column.PERSON: "Bartholomew Fictionalson",
    Column.STATUS: "Proof of identity asked for",
    Column.TIME_LEFT: "188 days overdue",
    Column.DUE: "30 Sep 2026",
    Column.SENT: "30 Sep 2026",
    Column.KIND: "What a school or council holds",
}


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


class DueBanner(QFrame):
    """The summary shown on unlock: what is overdue, due soon, or newly possible. Without names."""

    show_filter = Signal(object)  # Filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Due soon and overdue")
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName("Due soon and overdue")
        layout.addWidget(self.headline)
        row = QHBoxLayout()
        self.overdue_button = QPushButton("Show &overdue cases")
        self.action_button = QPushButton("Show cases that &need action")
        self.hide_button = QPushButton("&Hide this")
        self.overdue_button.clicked.connect(lambda: self.show_filter.emit(Filter.OVERDUE))
        self.action_button.clicked.connect(lambda: self.show_filter.emit(Filter.NEEDS_ACTION))
        self.hide_button.clicked.connect(self.hide)
        for button in (self.overdue_button, self.action_button, self.hide_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def show_summary(self, due: DueSummary) -> None:
        if due.is_empty:
            self.hide()
            return
        self.headline.setText("⚠ " + due.headline() if due.overdue else due.headline())
        self.overdue_button.setVisible(bool(due.overdue))
        self.show()


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
        self.due = DueSummary((), (), ())

        self.empty = EmptyCases()
        self.empty.start_button.clicked.connect(self.new_request_requested)
        self.list_page = self._build_list_page()
        self.detail = CaseDetail(self.store, self.undo, clipboard)
        self.detail.back_requested.connect(self.show_list)
        self.detail.follow_up_requested.connect(self.follow_up_requested)
        self.states = QStackedWidget()
        for page in (self.empty, self.list_page, self.detail):
            self.states.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)
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
        top.addWidget(heading("Your cases"), 1)
        self.new_button = QPushButton("&Start a new request")
        self.new_button.clicked.connect(self.new_request_requested)
        self.people_button = QPushButton("&People and families…")
        self.people_button.clicked.connect(self.people_requested)
        self.calendar_button = QPushButton("Export &deadlines to a calendar…")
        self.calendar_button.clicked.connect(self.calendar_requested)
        for button in (self.new_button, self.people_button, self.calendar_button):
            button.setAccessibleName(button.text().replace("&", "").removesuffix("…"))
            top.addWidget(button)
        layout.addLayout(top)

        self.banner = DueBanner()
        self.banner.show_filter.connect(self.set_filter)
        layout.addWidget(self.banner)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Name, organisation or reference")
        self.search.setAccessibleName("Search cases")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        self.search.returnPressed.connect(self._open_first)
        search_label = QLabel("Sea&rch")
        search_label.setBuddy(self.search)
        self.which = QComboBox()
        for choice in Filter:
            self.which.addItem(choice.label, choice)
        self.which.setAccessibleName("Show")
        self.which.currentIndexChanged.connect(lambda _i: self._filter_changed())
        which_label = QLabel("Sho&w")
        which_label.setBuddy(self.which)
        self.who = QComboBox()
        self.who.setAccessibleName("Whose cases")
        self.who.currentIndexChanged.connect(lambda _i: self._who_changed())
        who_label = QLabel("W&hose")
        who_label.setBuddy(self.who)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(which_label)
        filters.addWidget(self.which, 1)
        filters.addWidget(who_label)
        filters.addWidget(self.who, 1)
        layout.addLayout(filters)

        self.progress = QProgressBar()
        self.progress.setAccessibleName("Working out your cases' dates")
        self.progress.setFormat("Working out your cases' dates: %p%")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = MessageLabel()
        layout.addWidget(self.message)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Cases")
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
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setAccessibleName("How many cases are shown")
        layout.addWidget(self.count)
        return page

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Read every case and work out where each stands. Called on unlock and after a restore."""
        self._stop_loading()
        self._generation += 1
        generation = self._generation
        rows = self.store.stored_rows()
        today = self.store.today()
        self._day = today
        if len(rows.cases) <= LOAD_AT_ONCE:
            self._loaded(generation, work_out(rows, today, lambda _d, _t: None, lambda: False))
            return
        self.states.setCurrentWidget(self.list_page)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.show()
        runner = JobRunner(self)
        runner.progressed.connect(self.progress.setValue)
        runner.succeeded.connect(lambda result: self._loaded(generation, result))
        runner.failed.connect(lambda error: self._load_failed(generation, error))
        self._runner = runner
        runner.start(lambda progress, should_stop: work_out(rows, today, progress, should_stop))

    def _loaded(self, generation: int, result: tuple[VaultContents, list[CaseSummary]]) -> None:
        if generation != self._generation:
            return  # locked, or loaded again, since this started: drop it
        contents, summaries = result
        self._runner = None
        self.progress.hide()
        self.store.adopt(contents)
        self.model.set_rows(summaries)
        self._fill_who()
        self.due = due_summary(summaries, self.store.today())
        self.banner.show_summary(self.due)
        self.tray.check(summaries, self.store.today())
        self._update_count()
        self.day_timer.start()
        if self.states.currentWidget() is self.detail and self.detail.case_id is not None:
            self.detail.refresh()
        else:
            self.show_list()
        self.loaded.emit()

    def _load_failed(self, generation: int, error: VaultError) -> None:
        if generation != self._generation or isinstance(error, Cancelled):
            return
        self._runner = None
        self.progress.hide()
        self.message.show_message(error.message)

    def _stop_loading(self) -> None:
        if self._runner is not None:
            self._runner.cancel_and_wait()
            self._runner = None

    @property
    def loading(self) -> bool:
        return self._runner is not None

    # -- list and detail --------------------------------------------------------------------------

    def show_list(self) -> None:
        self.detail.save_notes_if_changed()
        empty = self.model.rowCount() == 0 and not self.loading
        self.states.setCurrentWidget(self.empty if empty else self.list_page)
        (self.empty.start_button if empty else self.table).setFocus()

    def open_case(self, case_id: str) -> None:
        self.detail.show_case(case_id)
        self.states.setCurrentWidget(self.detail)
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
        self.proxy.set_filter(self.which.currentData())
        self._update_count()

    def _who_changed(self) -> None:
        who = self.who.currentData()
        self.proxy.set_who(who if isinstance(who, Who) else EVERYONE)
        self._update_count()

    def _fill_who(self) -> None:
        """Everyone, then each household with its people under it, then people in no household."""
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem("Everyone", EVERYONE)
        households = sorted(self.store.households.values(), key=lambda household: household.name.casefold())
        people = sorted(self.store.people.values(), key=lambda person: person.full_name.casefold())
        for household in households:
            self.who.addItem(f"{household.name} (family)", Who(household_id=household.id))
            for person in people:
                if person.household_id == household.id:
                    self.who.addItem(f"    {person.full_name}", Who(person_id=person.id))
        for person in people:
            if person.household_id not in self.store.households:
                self.who.addItem(person.full_name, Who(person_id=person.id))
        index = self.who.findData(chosen) if chosen is not None else 0
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)
        self._who_changed()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(f"Showing {shown} of {total} cases." if shown != total else f"{total} cases.")

    def _case_changed(self, case_id: str) -> None:
        summary = self.store.summary(case_id)
        if summary is None:
            self.model.remove(case_id)
        else:
            self.model.put(summary)
        self.due = due_summary(self.model.summaries(), self.store.today())
        self._update_count()

    def _directory_changed(self) -> None:
        """A person or household was edited: names in every row, and the search text, may change."""
        self.load()
        self.detail.refresh()

    def _check_day(self) -> None:
        if self._day is not None and self.store.today() != self._day and self.store.vault.is_unlocked:
            self.load()

    def select_case(self, case_id: str) -> None:
        """Show the list with this case selected (e.g. one a journey just saved), once the list has loaded."""
        if self.loading:
            self.loaded.connect(lambda: self.select_case(case_id), Qt.ConnectionType.SingleShotConnection)
            return
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
        self.day_timer.stop()
        self.detail.clear()
        self.undo.forget()
        self.model.clear()
        self.proxy.reset()
        self.search.clear()
        self.which.setCurrentIndex(0)
        self.who.clear()
        self.store.forget()
        self.banner.hide()
        self.tray.hide()
        self.progress.hide()
        self.message.clear_message()
        self.due = DueSummary((), (), ())
        self.states.setCurrentWidget(self.empty)
