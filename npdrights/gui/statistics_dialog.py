"""The Statistics screen: figures about the cases in this vault, with nobody named, for a charity's funders and
campaigns, or a parent who wants to see how their own requests went.

Small numbers are hidden as they are in every export. A parent looking at their own two or three cases can show
them exactly, on this screen only: the CSV and the PDF report always hide them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.statistics import Figure, MonthRow, Statistics, percent
from npdrights.core.statistics import Table as FigureTable
from npdrights.core.statistics_export import (
    ABOUT_SMALL_NUMBERS,
    SHORT_MONTHS,
    chart_title,
    last_twelve_months,
    month_figures,
)
from npdrights.gui import file_dialogs
from npdrights.gui.charts import Series, StackedBarChart
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.printing import save_pdf
from npdrights.gui.widgets import MessageLabel, explanation, fit_to_screen, heading
from npdrights.gui.workers import Background
from npdrights.service.statistics import csv_bytes
from npdrights.storage.atomic import atomic_write_bytes
from npdrights.storage.errors import VaultError

WORKING_OUT = "Working out the figures…"
NO_CASES = "There are no cases in this vault yet. The figures appear here once you have sent letters."
# The chart's colours: on time green, late orange, never vermilion (Okabe and Ito), as in the PDF report.
ON_TIME, LATE, NEVER = "#009E73", "#E69F00", "#D55E00"


def _on_time(row: MonthRow) -> Figure:
    return row.on_time


def _late(row: MonthRow) -> Figure:
    return row.late


def _never(row: MonthRow) -> Figure:
    return row.never


# The chart's bars: what each shows, the month's figure it counts, and its colour (distinct to colour-blind eyes).
BAR_SERIES: tuple[tuple[str, Callable[[MonthRow], Figure], str], ...] = (
    ("Answered on time", _on_time, ON_TIME),
    ("Answered late", _late, LATE),
    ("Due, never answered", _never, NEVER),
)


def file_name(figures: Statistics, suffix: str) -> str:
    """A suggested file name: the date only, never a name (recent-file lists keep it)."""
    return f"npdrights-figures-{figures.on.isoformat()}.{suffix}"


class StatisticsDialog(QDialog):
    def __init__(
        self,
        figures: Callable[[bool], Statistics],
        render_report: Callable[[Statistics], bytes],
        parent: QWidget | None = None,
    ) -> None:
        """`figures(hide_small)` works them out from rows already read (it runs off the GUI thread: a big
        caseload takes seconds); `render_report` makes the PDF report."""
        super().__init__(parent)
        self._figures = figures
        self.background = Background(self)
        self.hidden: Statistics | None = None  # with small numbers hidden: what the files get
        self.shown: Statistics | None = None
        self._render_report = render_report
        self.setWindowTitle("Statistics")
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName("The figures")
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll)

        self.layout_.addWidget(heading("Figures about your cases"))
        self.layout_.addWidget(
            explanation(
                "These figures name nobody: no names, pupil numbers or references, and schools and councils are "
                "counted together. " + ABOUT_SMALL_NUMBERS
            )
        )
        self.exact = QCheckBox("Show small numbers &exactly (on this screen only; saved files still hide them)")
        self.exact.setAccessibleName("Show small numbers exactly, on this screen only")
        self.exact.toggled.connect(self.refresh)
        self.summary = explanation(WORKING_OUT)
        # The summary first: below the box, a screen reader's audit would take it for the box's explanation.
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.exact)
        self.chart = StackedBarChart("Answers by month")
        self.chart.setMinimumHeight(self.fontMetrics().height() * 15)
        self.layout_.addWidget(self.chart)
        self.chart_note = explanation("Counts under 5 draw no bar while small numbers are hidden.")
        self.layout_.addWidget(self.chart_note)
        self.tables: dict[str, QTableView] = {}
        self._table_area = QVBoxLayout()
        self.layout_.addLayout(self._table_area)

        self.message = MessageLabel()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.csv_button = QPushButton("Save as &CSV…")
        self.csv_button.setAccessibleName("Save the figures as a CSV file")
        self.pdf_button = QPushButton("Save a &PDF report…")
        self.pdf_button.setAccessibleName("Save the figures as a PDF report")
        for button in (self.csv_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.clicked.connect(self.save_csv)
        self.pdf_button.clicked.connect(self.save_report)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, columns=100, lines=40)
        self.refresh()

    def refresh(self) -> None:
        """Work the figures out again (off the GUI thread), as the box asks, and show them when ready."""
        hide_small = not self.exact.isChecked()
        for widget in (self.exact, self.csv_button, self.pdf_button):
            widget.setEnabled(False)
        self.summary.setText(WORKING_OUT)
        self.background.run(lambda: self._figures(hide_small), self._worked_out, self._failed)

    def _worked_out(self, figures: Statistics) -> None:
        self.shown = figures
        if not self.exact.isChecked():
            self.hidden = figures
        for widget in (self.exact, self.csv_button, self.pdf_button):
            widget.setEnabled(True)
        self._show(figures)

    def _failed(self, error: VaultError) -> None:
        self.summary.setText(f"The figures could not be worked out. {error.message}")
        self.exact.setEnabled(True)

    def _show(self, figures: Statistics) -> None:
        left_out = (
            f" {figures.not_counted.shown} more are left out until their dates are checked."
            if figures.not_counted.value
            else ""
        )
        if figures.cases.value or figures.not_counted.value:
            self.summary.setText(
                f"From {figures.cases.shown} cases, on {screen_long_date(figures.on)}.{left_out} "
                f"{figures.days_to_answer.sentence}"
            )
        else:
            self.summary.setText(NO_CASES)
        months = figures.by_month
        shown = {row.month: row for row in months}
        charted = last_twelve_months([row.month for row in months])
        self.chart.title = chart_title(charted)
        self.chart.set_data(
            [SHORT_MONTHS[int(month[5:]) - 1] for month in charted],
            [
                Series(label, [_bar(pick(shown[month])) if month in shown else 0 for month in charted], colour)
                for label, pick, colour in BAR_SERIES
            ],
        )
        self.chart.setVisible(bool(months))
        self.chart_note.setVisible(bool(months) and not self.exact.isChecked())
        while self._table_area.count():
            item = self._table_area.takeAt(0)
            if item is not None and (widget := item.widget()):
                widget.deleteLater()
        self.tables = {}
        for table in figures.tables:
            self._add_table(table.title, ["", "Count", "Share"], _table_rows(table))
        if months:
            names = [name for name, _ in month_figures(months[0])]
            rows = [[row.month, *(figure.shown for _, figure in month_figures(row))] for row in months]
            self._add_table("By month", ["Month", *names], rows)

    def _add_table(self, title: str, header: list[str], rows: list[list[str]]) -> None:
        self._table_area.addWidget(heading(title, level=2))
        model = QStandardItemModel(len(rows), len(header), self)
        model.setHorizontalHeaderLabels(header)
        for row_number, row in enumerate(rows):
            for column, text in enumerate(row):
                item = QStandardItem(text)
                if column:  # numbers line up on the right
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                model.setItem(row_number, column, item)
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(title)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(header)):
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(False)
        rows_header = view.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
        # As tall as its rows: the screen scrolls as a whole, never a small table inside it.
        height = view.horizontalHeader().sizeHint().height() + rows_header.defaultSectionSize() * len(rows)
        view.setFixedHeight(height + 2 * view.frameWidth())
        self._table_area.addWidget(view)
        self.tables[title] = view

    # -- saving ---------------------------------------------------------------------------------------

    def _for_saving(self) -> Statistics:
        """What goes in a file: always with small numbers hidden, whatever the screen shows."""
        if self.hidden is None:  # the screen has only shown them exactly: quick, as the rows are in memory
            self.hidden = self._figures(True)
        return self.hidden

    def save_csv(self) -> None:
        figures = self._for_saving()
        path = self.ask_csv_path(file_name(figures, "csv"))
        if path is None:
            return
        try:
            atomic_write_bytes(path, csv_bytes(figures))
        except OSError as error:
            QMessageBox.warning(
                self, "Could not save", f"The file could not be saved there ({error.strerror}). Choose another folder."
            )
            return
        self.message.show_message(f"Saved the figures as {path.name}.", "ok")

    def ask_csv_path(self, suggested: str) -> Path | None:
        path, _filter = file_dialogs.get_save_file_name(self, "Save the figures", suggested, "CSV files (*.csv)")
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".csv" else chosen.with_suffix(".csv")

    def save_report(self) -> None:
        figures = self._for_saving()
        saved = save_pdf(self, file_name(figures, "pdf"), self._render_report(figures))
        if saved is not None:
            self.message.show_message(f"Saved the report as {saved.name}.", "ok")


def _bar(figure: Figure) -> int:
    return figure.public or 0


def _table_rows(table: FigureTable) -> list[list[str]]:
    rows = [[row.label, row.figure.shown, percent(row.figure, table.total)] for row in table.rows]
    return [*rows, ["Total", table.total.shown, ""]]
