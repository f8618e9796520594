"""The register explorer (Ctrl+Shift+R): who has been given pupil data, a chart of releases per year by type,
the reason for each type, and letters that start from a release.

The register is public data, so the explorer works whether the vault is locked or not; starting a letter needs
it unlocked. The school years typed to compare with a release stay in this window's spin boxes: they are
never saved, and are cleared when the app locks (issue 15, item 7).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.register import RecipientType, Release
from npdrights.core.register.queries import Filter, compare, per_year
from npdrights.gui import file_dialogs
from npdrights.gui.charts import Series, StackedBarChart
from npdrights.gui.i18n import screen_date, screen_number
from npdrights.gui.message_boxes import tell
from npdrights.gui.register.model import ReleasesModel
from npdrights.gui.sentences import on_screen
from npdrights.gui.workers import Background
from npdrights.service.register import ImportOutcome, RegisterFileError, RegisterService

ANY_YEAR = 0
RESET = "reset"  # the type correction's choice that forgets the user's correction
# Chart colours per type: press and commercial, the releases families most often object to, stand out.
TYPE_COLOURS = {
    RecipientType.PRESS: "#D55E00",
    RecipientType.COMMERCIAL: "#E69F00",
    RecipientType.RESEARCH: "#0072B2",
    RecipientType.GOVERNMENT: "#56B4E9",
    RecipientType.HOME_OFFICE: "#CC79A7",
    RecipientType.POLICE: "#009E73",
    RecipientType.COURT: "#F0E442",
    RecipientType.OTHER: "#999999",
}


class RegisterExplorer(QWidget):
    """Emits a list of releases for the letter the user chose to start from them."""

    ask_organisation = Signal(list)
    ask_dfe = Signal(list)
    object_to = Signal(list)
    import_progress = Signal(str)  # emitted by the import's worker thread; shown on the GUI thread (queued)

    def __init__(self, register: RegisterService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.register = register
        self.setWindowTitle(self.tr("Who has been given pupil data – npdrights"))
        self.resize(1100, 760)
        self.background = Background(self)
        self.model = ReleasesModel(self)
        self._build()
        self._connect()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "The Department for Education publishes a register of the organisations it has given National "
                "Pupil Database data to. npdrights starts with releases known from public sources. For the full "
                "list, download the latest “DfE external data shares” file from GOV.UK and import it here."
            )
        )
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import the DfE's register file…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the import's length is not known in advance
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Importing"))
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        self.progress_label.setVisible(False)

        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for kind in RecipientType:
            self.type_filter.addItem(type_label(kind), kind)
        self.type_filter.setAccessibleName(self.tr("Type of recipient"))
        self.first_year, self.last_year = self._year_box(self.tr("From year")), self._year_box(self.tr("To year"))
        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("Any tier"), None)
        for tier in (1, 2, 3, 4):
            self.tier_filter.addItem(self.tr("Tier {tier}").format(tier=tier), tier)
        self.tier_filter.setAccessibleName(self.tr("Tier of data"))
        self.identifiable_only = QCheckBox(self.tr("Identifiable data only"))
        self.dataset_filter = QLineEdit()
        self.dataset_filter.setPlaceholderText(self.tr("Dataset, e.g. exclusions"))
        self.dataset_filter.setAccessibleName(self.tr("Dataset"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, references, purposes"))
        self.search.setAccessibleName(self.tr("Search"))
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Type:"), self.type_filter),
            (self.tr("&From:"), self.first_year),
            (self.tr("to:"), self.last_year),
            ("", self.tier_filter),
        ):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        # A second row, so both boxes stay wide enough to read at large text sizes; the check box is here too, or
        # the first row is wider than a laptop's screen in Polish at 200%.
        words = QHBoxLayout()
        words.addWidget(self.search, 2)
        words.addWidget(self.dataset_filter, 1)
        words.addWidget(self.identifiable_only)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        letter = self.table.fontMetrics().horizontalAdvance("n")  # widths follow the text size
        for column, letters in ((0, 28), (1, 20), (2, 16), (3, 12), (4, 30), (5, 10)):  # "16 grudnia 2014"
            self.table.setColumnWidth(column, letter * letters)
        self.table.setAccessibleName(self.tr("Releases"))
        self.count = QLabel()
        self.chart = StackedBarChart(self.tr("Releases per year, by type of recipient"))

        listed = QWidget()
        listed_layout = QVBoxLayout(listed)
        listed_layout.setContentsMargins(0, 0, 0, 0)
        listed_layout.addWidget(self.table, 1)
        listed_layout.addWidget(self.count)
        left = QSplitter(Qt.Orientation.Vertical)  # the user can give the list or the chart more room
        left.addWidget(listed)
        left.addWidget(self.chart)
        left.setSizes([600, 330])  # shares of the height: the list first
        left.setChildrenCollapsible(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        detail = QScrollArea()  # at large text sizes the details scroll rather than being cut off
        detail.setAccessibleName(self.tr("The release"))
        panel = self._build_detail()
        detail.setWidget(panel)
        scrollbar = detail.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        detail.setMinimumWidth(panel.minimumSizeHint().width() + scrollbar + 4)  # never narrower than its buttons
        detail.setWidgetResizable(True)
        detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        detail.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        # The introduction across the whole width, the import button under it: beside it, the introduction took
        # four lines of Urdu at 200%, and the chart below was pushed out of a laptop's screen.
        layout.addWidget(intro)
        busy = QHBoxLayout()
        busy.addWidget(self.progress_label)
        busy.addWidget(self.progress, 1)
        busy.addStretch(0)
        busy.addWidget(self.import_button)
        layout.addLayout(busy)
        layout.addLayout(filters)
        layout.addLayout(words)
        layout.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Choose a release in the list."))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.detail_title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumWidth(1)  # a long address in the text wraps, not widens the panel
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correct_type = QComboBox()
        self.correct_type.addItem(self.tr("Keep this type"), None)
        for kind in RecipientType:
            self.correct_type.addItem(self.tr("Change to: {type}").format(type=type_label(kind)), kind)
        self.correct_type.addItem(self.tr("Go back to npdrights’ own guess"), RESET)
        self.correct_type.setAccessibleName(self.tr("Correct the type"))

        compare_box = QGroupBox(self.tr("Could my child's data have been in this?"))
        self.school_from = self._year_box(self.tr("First year at school"))
        self.school_to = self._year_box(self.tr("Last year at school"))
        self.comparison = QLabel(self.tr("Type the years your child was at school in England."))
        self.comparison.setWordWrap(True)
        form = QFormLayout(compare_box)
        form.addRow(self.tr("First year at &school:"), self.school_from)
        form.addRow(self.tr("&Last year at school:"), self.school_to)
        form.addRow(self.comparison)

        self.ask_organisation_button = QPushButton(self.tr("Ask this &organisation what it holds…"))
        self.ask_dfe_button = QPushButton(self.tr("Ask the &DfE about this release…"))
        self.object_button = QPushButton(self.tr("O&bject, naming this recipient…"))
        self.action_note = QLabel("")
        self.action_note.setWordWrap(True)

        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail)
        layout.addWidget(self.correct_type)
        layout.addWidget(compare_box)
        for button in (self.ask_organisation_button, self.ask_dfe_button, self.object_button):
            layout.addWidget(button)
        layout.addWidget(self.action_note)
        layout.addStretch(1)
        self._set_actions_enabled(False)
        return panel

    def _connect(self) -> None:
        self.import_button.clicked.connect(self.choose_and_import)
        self.import_progress.connect(self.progress_label.setText)
        for combo in (self.type_filter, self.tier_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        for spin in (self.first_year, self.last_year):
            spin.valueChanged.connect(self.apply_filter)
        self.identifiable_only.toggled.connect(self.apply_filter)
        self.dataset_filter.textChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.model.modelReset.connect(self.show_selected)
        for spin in (self.school_from, self.school_to):
            spin.valueChanged.connect(self.show_comparison)
        self.correct_type.activated.connect(self._correct_type)
        self.ask_organisation_button.clicked.connect(lambda: self.ask_organisation.emit(self.selected()))
        self.ask_dfe_button.clicked.connect(lambda: self.ask_dfe.emit(self.selected()))
        self.object_button.clicked.connect(lambda: self.object_to.emit(self.selected()))

    # -- data -------------------------------------------------------------------------------------

    def load_now(self) -> None:
        """Read the saved releases and show them. Fast enough for the GUI thread (see bench/register.py)."""
        self.model.set_releases(self.register.releases())
        self._update_chart()
        if self.register.notice:
            self.say(QCoreApplication.translate("RegisterFile", self.register.notice))
        if self.model.rowCount():
            self.select_row(0)

    def showEvent(self, event: QShowEvent) -> None:
        self.load_now()  # each time it opens: a file may have been imported meanwhile (npdrights-cli register)
        super().showEvent(event)

    def current_filter(self) -> Filter:
        kind = self.type_filter.currentData()
        tier = self.tier_filter.currentData()
        return Filter(
            types=frozenset({kind}) if kind else frozenset(),
            first_year=self.first_year.value() or None,
            last_year=self.last_year.value() or None,
            tiers=frozenset({tier}) if tier else frozenset(),
            identifiable_only=self.identifiable_only.isChecked(),
            dataset=self.dataset_filter.text().strip(),
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_chart()

    def _update_chart(self) -> None:
        shown, total = len(self.model.shown), len(self.model.all)
        self.count.setText(
            self.tr("Showing all {total} releases.").format(total=screen_number(total))
            if shown == total
            else self.tr("Showing {shown} of {total} releases.").format(
                shown=screen_number(shown), total=screen_number(total)
            )
        )
        counts = per_year(self.model.shown)
        years = list(counts)
        series = [
            Series(type_label(kind), [counts[year][kind] for year in years], TYPE_COLOURS[kind])
            for kind in RecipientType
        ]
        self.chart.set_data([str(year) for year in years], series)

    def selected(self) -> list[Release]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.shown[row] for row in rows if row < len(self.model.shown)]

    def select_recipient(self, name: str) -> None:
        for row, release in enumerate(self.model.shown):
            if release.recipient == name:
                self.select_row(row)
                return

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def show_selected(self) -> None:
        chosen = self.selected()
        self._set_actions_enabled(bool(chosen))
        if not chosen:
            self.detail_title.setText(self.tr("Choose a release in the list."))
            self.detail.setText("")
            self.comparison.setText(self.tr("Type the years your child was at school in England."))
            return
        release = chosen[0]
        self.detail_title.setText(
            release.recipient if len(chosen) == 1 else self.tr("%n release(s) chosen", "", len(chosen))
        )
        self.detail.setText(self.describe(release) if len(chosen) == 1 else ", ".join(r.recipient for r in chosen))
        self.correct_type.setCurrentIndex(0)
        self.show_comparison()

    def show_comparison(self) -> None:
        chosen = self.selected()
        first, last = self.school_from.value(), self.school_to.value()
        if not chosen:
            return
        if not first or not last:
            self.comparison.setText(self.tr("Type the first and last years your child was at school in England."))
            return
        if first > last:
            self.comparison.setText(self.tr("The first year is after the last year: check the two years."))
            return
        self.comparison.setText(on_screen("RegisterCompare", compare(chosen[0], first, last).said))

    def forget_comparison(self) -> None:
        """Part of locking: the years typed say something about a child."""
        self.school_from.setValue(ANY_YEAR)
        self.school_to.setValue(ANY_YEAR)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.forget_comparison()
        self.background.wait(10_000)
        super().closeEvent(event)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in (self.ask_organisation_button, self.ask_dfe_button, self.object_button, self.correct_type):
            widget.setEnabled(enabled)

    def _correct_type(self, index: int) -> None:
        choice = self.correct_type.itemData(index)
        chosen = self.selected()
        if choice is None or not chosen:
            return
        recipient = chosen[0].recipient
        self.register.choose_type(recipient, None if choice == RESET else choice)
        self.model.set_releases(self.register.releases())
        self._update_chart()
        self.select_recipient(recipient)

    def say(self, text: str) -> None:
        self.action_note.setText(text)

    # -- import -----------------------------------------------------------------------------------

    def ask_file(self) -> Path | None:
        kinds = self.tr("Spreadsheets") + " (*.ods *.xlsx *.xls *.csv);;" + self.tr("All files") + " (*)"
        name, _filter = file_dialogs.get_open_file_name(self, self.tr("Import the DfE's register"), "", kinds)
        return Path(name) if name else None

    def choose_and_import(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path, done: Callable[[], None] | None = None) -> None:
        """Import off the GUI thread; the window stays usable and shows that it is busy."""

        def work() -> ImportOutcome | RegisterFileError:
            try:
                return self.register.import_file(path, progress=self.import_progress.emit)
            except RegisterFileError as error:
                return error  # the user's file, not a programming error: shown as a message

        self.import_button.setEnabled(False)
        self.progress_label.setText(self.tr("Importing {name}…").format(name=path.name))
        for widget in (self.progress, self.progress_label):
            widget.setVisible(True)
        self.background.run(work, lambda result: self._imported(result, done), lambda _error: None)

    def _imported(self, result: ImportOutcome | RegisterFileError, done: Callable[[], None] | None) -> None:
        self.import_button.setEnabled(True)
        for widget in (self.progress, self.progress_label):
            widget.setVisible(False)
        if isinstance(result, RegisterFileError):
            said = " ".join(on_screen("RegisterFile", sentence) for sentence in result.sentences)
            tell(self, self.tr("Not imported"), said)
        else:
            self.load_now()
            details = "\n".join(result.report[:12]) + ("\n…" if len(result.report) > 12 else "")
            said = f"{self.import_summary(result)}\n\n{details}".strip()  # the file's own findings stay English
            tell(self, self.tr("Register imported"), said, icon=QMessageBox.Icon.Information)
        if done is not None:
            done()

    def import_summary(self, result: ImportOutcome) -> str:
        """What an import changed (the command line says it in English: result.summary())."""
        if result.already_imported:
            return self.tr("{name} was imported before: nothing has changed.").format(name=result.file_name)
        return self.tr("Imported {name}: {added} new releases, {updated} updated.").format(
            name=result.file_name, added=screen_number(result.added), updated=screen_number(result.updated)
        )

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(ANY_YEAR, 2100)
        box.setSpecialValueText(self.tr("Any"))
        box.setValue(ANY_YEAR)
        box.setAccessibleName(name)
        return box

    def describe(self, release: Release) -> str:
        """The release in full, each line labelled in the screens' language; what the register itself says (the
        reason for its type, its purpose, its own columns) stays in its English."""
        lines = [f"{type_label(release.type)}. {release.type_reason}"]
        if release.approved is not None:
            lines.append(self.tr("Date: {day}").format(day=screen_date(release.approved)))
        elif release.date_text:
            lines.append(self.tr("Date, as written: {text}").format(text=release.date_text))
        if release.reference:
            lines.append(self.tr("Reference: {reference}").format(reference=release.reference))
        if release.purpose:
            lines.append(self.tr("What for: {purpose}").format(purpose=release.purpose))
        if release.data_from is not None:
            lines.append(self.tr("Years of data: {first}–{last}").format(first=release.data_from, last=release.data_to))
        if release.tier:
            tier = self.tr("Tier {tier}").format(tier=release.tier)
            lines.append(self.tr("{tier} (identifiable)").format(tier=tier) if release.identifiable else tier)
        elif release.identifiable is not None:
            lines.append(
                self.tr("Identifiable data")
                if release.identifiable
                else self.tr("Not identifiable (pseudonymised or aggregated)")
            )
        if release.datasets:
            lines.append(self.tr("Datasets: {datasets}").format(datasets=release.datasets))
        if release.legal_basis:
            lines.append(self.tr("Legal basis given: {basis}").format(basis=release.legal_basis))
        lines += [f"{header}: {value}" for header, value in release.extra]
        sheet = QCoreApplication.translate("Register", release.sheet.label)
        lines.append(self.tr("Listed in: {sheet}").format(sheet=sheet))
        if release.checked:
            lines.append(self.tr("Source: {source} (checked {day})").format(source=release.source, day=release.checked))
        elif release.source:
            lines.append(self.tr("Imported from: {source}").format(source=release.source))
        return "\n".join(lines)


def type_label(kind: RecipientType) -> str:
    """A type of recipient in the screens' language (core marks its labels under "Register")."""
    return QCoreApplication.translate("Register", kind.label)
