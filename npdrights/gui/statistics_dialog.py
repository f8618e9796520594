"""The Statistics screen: figures about the cases in this vault, with nobody named, for a charity's funders and
campaigns, or a parent who wants to see how their own requests went.

Small numbers are hidden as they are in every export. A parent looking at their own two or three cases can show
them exactly, on this screen only: the CSV and the PDF report always hide them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.statistics import SMALLEST_SHOWN, Figure, MonthRow, Statistics, percent
from npdrights.core.statistics import Table as FigureTable
from npdrights.core.statistics_export import SHORT_MONTHS, last_twelve_months, month_figures
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui import file_dialogs
from npdrights.gui.charts import Series, StackedBarChart
from npdrights.gui.i18n import screen_date, screen_number
from npdrights.gui.message_boxes import tell
from npdrights.gui.printing import save_pdf
from npdrights.gui.screen_language import screen_locale, standard_buttons
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import MessageLabel, explanation, fit_to_screen, heading
from npdrights.gui.workers import Background
from npdrights.service.statistics import csv_bytes
from npdrights.storage.atomic import atomic_write_bytes
from npdrights.storage.errors import VaultError

# Translated where shown, under "StatisticsDialog"; core's labels and titles under "Statistics" (the CSV and the
# PDF report stay English: they go to funders and campaigns in England).
WORKING_OUT = QT_TRANSLATE_NOOP("StatisticsDialog", "Working out the figures…")
NO_CASES = QT_TRANSLATE_NOOP(
    "StatisticsDialog", "There are no cases in this vault yet. The figures appear here once you have sent letters."
)
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
    (QT_TRANSLATE_NOOP("Statistics", "Answered on time"), _on_time, ON_TIME),
    (QT_TRANSLATE_NOOP("Statistics", "Answered late"), _late, LATE),
    (QT_TRANSLATE_NOOP("Statistics", "Due, never answered"), _never, NEVER),
)


def short_month(number: int) -> str:
    """A bar's month: 'Sep' in English, as the PDF report writes it; 'wrz' in Polish, the language's own."""
    locale = screen_locale()
    if locale.language() == QLocale.Language.English:
        return SHORT_MONTHS[number - 1]
    return locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)


def core_words(text: str) -> str:
    """A label or title from core.statistics, in the screens' language (marked there under "Statistics")."""
    return QCoreApplication.translate("Statistics", text)


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
        self.setWindowTitle(self.tr("Statistics"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("The figures"))
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll)

        self.layout_.addWidget(heading(self.tr("Figures about your cases")))
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "These figures name nobody: no names, pupil numbers or references, and schools and councils are "
                    "counted together. Counts from 1 to 4 are shown as '{fewer}' so that nobody can be picked out; "
                    "where only one part of a table would be hidden, another is hidden too, so it can't be worked "
                    "out from the total."
                ).format(fewer=self.fewer())
            )
        )
        self.exact = QCheckBox(
            self.tr("Show small numbers &exactly (on this screen only; saved files still hide them)")
        )
        self.exact.setAccessibleName(self.tr("Show small numbers exactly, on this screen only"))
        self.exact.toggled.connect(self.refresh)
        self.summary = explanation(self.tr(WORKING_OUT))
        # The summary first: below the box, a screen reader's audit would take it for the box's explanation.
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.exact)
        self.chart = StackedBarChart(self.tr("Answers by month"))
        self.chart.setMinimumHeight(self.fontMetrics().height() * 15)
        self.layout_.addWidget(self.chart)
        self.chart_note = explanation(
            self.tr("Counts under {count} draw no bar while small numbers are hidden.").format(count=SMALLEST_SHOWN)
        )
        self.layout_.addWidget(self.chart_note)
        self.tables: dict[str, QTableView] = {}
        self._table_area = QVBoxLayout()
        self.layout_.addLayout(self._table_area)

        self.message = MessageLabel()
        outer.addWidget(self.message)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the figures as a CSV file"))
        self.pdf_button = QPushButton(self.tr("Save a &PDF report…"))
        self.pdf_button.setAccessibleName(self.tr("Save the figures as a PDF report"))
        for button in (self.csv_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.clicked.connect(self.save_csv)
        self.pdf_button.clicked.connect(self.save_report)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))  # Qt has no Urdu of its own
        outer.addWidget(buttons)
        fit_to_screen(self, columns=100, lines=40)
        self.refresh()

    def refresh(self) -> None:
        """Work the figures out again (off the GUI thread), as the box asks, and show them when ready."""
        hide_small = not self.exact.isChecked()
        for widget in (self.exact, self.csv_button, self.pdf_button):
            widget.setEnabled(False)
        self.summary.setText(self.tr(WORKING_OUT))
        self.background.run(lambda: self._figures(hide_small), self._worked_out, self._failed)

    def _worked_out(self, figures: Statistics) -> None:
        self.shown = figures
        if not self.exact.isChecked():
            self.hidden = figures
        for widget in (self.exact, self.csv_button, self.pdf_button):
            widget.setEnabled(True)
        self._show(figures)

    def _failed(self, error: VaultError) -> None:
        self.summary.setText(self.tr("The figures could not be worked out.") + " " + shown_message(error))
        self.exact.setEnabled(True)

    # -- the figures in words ------------------------------------------------------------------------

    def fewer(self) -> str:
        return self.tr("fewer than {count}").format(count=SMALLEST_SHOWN)

    def figure(self, figure: Figure) -> str:
        """A count as it may be shown: the number, or 'fewer than 5' where it is hidden."""
        return self.fewer() if figure.hidden else screen_number(figure.value)

    def days(self, value: float | None) -> str:
        return self.tr("%n day(s)", "", round(value or 0))

    def summary_text(self, figures: Statistics) -> str:
        """How many cases, on which day, how many left out, and how long answers took."""
        cases, left_out = figures.cases, figures.not_counted
        said = [
            self.tr("From {count} cases, on {day}.").format(count=self.fewer(), day=screen_date(figures.on))
            if cases.hidden
            else self.tr("From %n case(s), on {day}.", "", cases.value).format(day=screen_date(figures.on))
        ]
        if left_out.value:
            said.append(
                self.tr("{count} more are left out until their dates are checked.").format(count=self.fewer())
                if left_out.hidden
                else self.tr("%n more left out until their dates are checked.", "", left_out.value)
            )
        days = figures.days_to_answer
        if days.median is None:
            said.append(
                self.tr("How long answers took: not enough answers to say ({count} so far).").format(
                    count=self.figure(days.answers)
                )
            )
        else:
            said.append(
                self.tr(
                    "Half the answers came within {median} of the request arriving. The middle half took between "
                    "{lower} and {upper}."
                ).format(
                    median=self.days(days.median),
                    lower=self.days(days.lower_quartile),
                    upper=self.days(days.upper_quartile),
                )
            )
        return " ".join(said)

    def chart_title(self, months: list[str]) -> str:
        """'Answers by month, December 2025 to November 2026': the years, which the bars' month names leave out."""
        if not months:
            return self.tr("Answers by month")
        locale = screen_locale()

        def name(month: str) -> str:
            return f"{locale.standaloneMonthName(int(month[5:]))} {month[:4]}"

        return self.tr("Answers by month, {first} to {last}").format(first=name(months[0]), last=name(months[-1]))

    def _show(self, figures: Statistics) -> None:
        if figures.cases.value or figures.not_counted.value:
            self.summary.setText(self.summary_text(figures))
        else:
            self.summary.setText(self.tr(NO_CASES))
        months = figures.by_month
        shown = {row.month: row for row in months}
        charted = last_twelve_months([row.month for row in months])
        self.chart.title = self.chart_title(charted)
        self.chart.set_data(
            [short_month(int(month[5:])) for month in charted],
            [
                Series(
                    core_words(label),
                    [_bar(pick(shown[month])) if month in shown else 0 for month in charted],
                    colour,
                )
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
            self._add_table(table.title, ["", self.tr("Count"), self.tr("Share")], self._table_rows(table))
        if months:
            names = [core_words(name) for name, _ in month_figures(months[0])]
            rows = [[row.month, *(self.figure(figure) for _, figure in month_figures(row))] for row in months]
            self._add_table("By month", [self.tr("Month"), *names], rows, self.tr("By month"))

    def _table_rows(self, table: FigureTable) -> list[list[str]]:
        rows = [
            [core_words(row.label), self.figure(row.figure), percent(row.figure, table.total)] for row in table.rows
        ]
        return [*rows, [self.tr("Total"), self.figure(table.total), ""]]

    def _add_table(self, key: str, header: list[str], rows: list[list[str]], title: str = "") -> None:
        """A table under its heading; `key` (core's English title) finds it in self.tables."""
        title = title or core_words(key)
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
        self.tables[key] = view

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
            said = self.tr("The file could not be saved there ({reason}). Choose another folder.")
            tell(self, self.tr("Could not save"), said.format(reason=error.strerror))
            return
        self.message.show_message(self.tr("Saved the figures as {name}.").format(name=path.name), "ok")

    def ask_csv_path(self, suggested: str) -> Path | None:
        only_csv = self.tr("CSV files") + " (*.csv)"
        path, _filter = file_dialogs.get_save_file_name(self, self.tr("Save the figures"), suggested, only_csv)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".csv" else chosen.with_suffix(".csv")

    def save_report(self) -> None:
        figures = self._for_saving()
        saved = save_pdf(self, file_name(figures, "pdf"), self._render_report(figures))
        if saved is not None:
            self.message.show_message(self.tr("Saved the report as {name}.").format(name=saved.name), "ok")


def _bar(figure: Figure) -> int:
    return figure.public or 0
