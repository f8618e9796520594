"""Form fields the journey pages share: labelled rows with buddies, dates typed as day, month and year, lists
typed one per line, schools and corrections as rows, and "Where do I find this?" help.

Every field has an accessible name and a label whose buddy it is, so screen readers and Alt+letter work.
Each field emits `changed` (no arguments) whenever its value changes, so a page can check itself again.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.limits import EARLIEST_DATE, LATEST_DATE
from npdrights.core.model import School
from npdrights.gui.widgets import explanation, without_shortcut

if TYPE_CHECKING:
    from npdrights.core.letters import Correction


def line_edit(accessible_name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible_name)
    return edit


class FormCaption(QLabel):
    """A field's label beside it, word-wrapped so a long one never pushes the field off a narrow screen.

    Asks for a space's width more than its text: laid out at exactly its own size hint, a two-word label such as
    "&Kod pocztowy" wrapped after its first word (Qt rounds each word's width up when it paints), and its second
    line was cut off by the field's row height."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self.fontMetrics().horizontalAdvance(" "), hint.height())


def add_row(form: QFormLayout, label: str, field: QWidget, help_text: str = "") -> QLabel:
    """A labelled row. `label` may hold an "&" for its Alt shortcut; the field gets the label as its buddy."""
    caption = FormCaption(label)
    caption.setWordWrap(True)
    target = field.focusProxy() or field
    caption.setBuddy(target)
    if not target.accessibleName():
        target.setAccessibleName(without_shortcut(label))
    if help_text:
        target.setAccessibleDescription(help_text)
        column = QWidget()
        rows = QVBoxLayout(column)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(field)
        rows.addWidget(explanation(help_text))
        form.addRow(caption, column)
    else:
        form.addRow(caption, field)
    return caption


def new_form() -> QFormLayout:
    form = QFormLayout()
    # Labels above fields would be taller; labels beside them wrap, so nothing is clipped at 200% text.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class HelpToggle(QWidget):
    """A "Where do I find this?" button that shows or hides a short explanation under it."""

    def __init__(self, question: str, answer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setText(f"{self._closed_arrow()} {question}")
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(question)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.answer = explanation(answer)
        self.answer.hide()
        self.button.toggled.connect(self._toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.answer)
        self._question = question

    @staticmethod
    def _closed_arrow() -> str:
        """Pointing the way the line is read: right in English, left in Urdu."""
        return "◂" if QGuiApplication.isRightToLeft() else "▸"

    def _toggle(self, shown: bool) -> None:
        self.answer.setVisible(shown)
        self.button.setText(f"{'▾' if shown else self._closed_arrow()} {self._question}")


class DateField(QWidget):
    """A date typed as day, month and year in three boxes (the GOV.UK pattern): no calendar to fight with."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = line_edit(self.tr("{field}: day").format(field=accessible_name))
        self.month = line_edit(self.tr("{field}: month").format(field=accessible_name))
        self.year = line_edit(self.tr("{field}: year").format(field=accessible_name))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (edit, caption, digits) in enumerate(
            ((self.day, self.tr("Day"), 2), (self.month, self.tr("Month"), 2), (self.year, self.tr("Year"), 4))
        ):
            edit.setMaxLength(digits)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * (digits + 4) + 16)
            edit.textChanged.connect(self.changed)
            label = QLabel(caption)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
        grid.setColumnStretch(3, 1)
        self.setFocusProxy(self.day)
        self.setAccessibleName(accessible_name)

    def is_empty(self) -> bool:
        return not (self.day.text().strip() or self.month.text().strip() or self.year.text().strip())

    def value(self) -> date | None:
        """The date, or None if empty or not a real date (see `problem`). "26" is not taken as the year 26."""
        if len(self.year.text().strip()) != 4:
            return None
        try:
            value = date(int(self.year.text()), int(self.month.text()), int(self.day.text()))
        except ValueError:
            return None
        return value if EARLIEST_DATE <= value <= LATEST_DATE else None

    def problem(self) -> str:
        """What is wrong with what was typed, or "" (an empty field is the page's business)."""
        if self.is_empty() or self.value() is not None:
            return ""
        if len(self.year.text().strip()) != 4:
            return self.tr("write the year with 4 digits, for example 2013")
        year = self.year.text().strip()
        if year.isdecimal() and not EARLIEST_DATE.year <= int(year) <= LATEST_DATE.year:
            return self.tr("write a year from {first} to {last}").format(
                first=EARLIEST_DATE.year, last=LATEST_DATE.year
            )
        return self.tr("not a real date: check the day and the month")

    def set_value(self, value: date | None) -> None:
        for edit, text in zip(
            (self.day, self.month, self.year),
            (str(value.day), str(value.month), str(value.year)) if value else ("", "", ""),
            strict=True,
        ):
            edit.setText(text)


class LinesField(QPlainTextEdit):
    """Several short answers typed one per line (address lines, former names)."""

    changed = Signal()

    def __init__(self, accessible_name: str, rows: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field; Enter starts a new line
        self.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.changed)

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_lines(self, lines: Sequence[str]) -> None:
        self.setPlainText("\n".join(lines))


class TextField(QPlainTextEdit):
    """A paragraph or two in the user's own words."""

    changed = Signal()

    def __init__(self, accessible_name: str, rows: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * rows + 14)
        self.textChanged.connect(self.changed)

    def text(self) -> str:
        return self.toPlainText().strip()


Row = TypeVar("Row")


class RowsEditor(QWidget, Generic[Row]):
    """Rows of short line edits with "Add another" and "Remove" (schools, corrections). Few rows, so plain
    widgets rather than a table view: each cell is a real, labelled, keyboard-reachable field."""

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[str],
        *,
        add_label: str,
        noun: str,
        to_row: Callable[[Sequence[str]], Row],
        from_row: Callable[[Row], Sequence[str]],
        is_blank: Callable[[Row], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._noun = noun
        self._to_row = to_row
        self._from_row = from_row
        self._is_blank = is_blank
        self._rows: list[tuple[QWidget, list[QLineEdit]]] = []
        self.rows_box = QVBoxLayout()
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(without_shortcut(add_label))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, values: Sequence[str] = (), *, focus: bool = False) -> None:
        number = len(self._rows) + 1
        box = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        edits = []
        for column, caption in enumerate(self._columns):
            name = self.tr("{noun} {number}: {field}").format(noun=self._noun, number=number, field=caption)
            edit = line_edit(name, values[column] if column < len(values) else "")
            edit.textChanged.connect(self.changed)
            add_row(form, caption, edit)
            edits.append(edit)
        remove = QPushButton(self.tr("Remove {noun} {number}").format(noun=self._noun.lower(), number=number))
        remove.setAccessibleName(remove.text())
        remove.clicked.connect(lambda: self._remove(box))
        form.addRow("", remove)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 8)
        title = QLabel(self.tr("<b>{noun} {number}</b>").format(noun=self._noun, number=number))
        outer.addWidget(title)
        outer.addLayout(form)
        self.rows_box.addWidget(box)
        self._rows.append((box, edits))
        self._chain_tab_order()
        if focus:
            edits[0].setFocus()
        self.changed.emit()

    def _remove(self, box: QWidget) -> None:
        values = [[edit.text() for edit in edits] for row_box, edits in self._rows if row_box is not box]
        self.set_values(values)
        self.add_button.setFocus()
        self.changed.emit()

    def _chain_tab_order(self) -> None:
        """Reading order: each row's fields, then its Remove button, then the next row, then Add another."""
        focusable: list[QWidget] = []
        for box, edits in self._rows:
            focusable += edits
            focusable += [button for button in box.findChildren(QPushButton)]
        focusable.append(self.add_button)
        for before, after in itertools.pairwise(focusable):
            QWidget.setTabOrder(before, after)

    def set_values(self, rows: Sequence[Sequence[str]]) -> None:
        for box, _edits in self._rows:
            box.setParent(None)
            box.deleteLater()
        self._rows = []
        for values in rows:
            self.add_row(values)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.set_values([self._from_row(row) for row in rows])

    def rows(self) -> tuple[Row, ...]:
        made = (self._to_row([edit.text().strip() for edit in edits]) for _box, edits in self._rows)
        return tuple(row for row in made if not self._is_blank(row))

    def row_count(self) -> int:
        return len(self._rows)

    def edits(self, row: int) -> list[QLineEdit]:
        return self._rows[row][1]


def _year(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _school(values: Sequence[str]) -> School:
    name, start, end, council = values
    return School(name, _year(start), _year(end), council)


def schools_editor() -> RowsEditor[School]:
    return RowsEditor(
        (
            QCoreApplication.translate("RowsEditor", "School name"),
            QCoreApplication.translate("RowsEditor", "From (year)"),
            QCoreApplication.translate("RowsEditor", "To (year, blank if still there)"),
            QCoreApplication.translate("RowsEditor", "Local authority (council)"),
        ),
        add_label=QCoreApplication.translate("RowsEditor", "Add a sc&hool"),
        noun=QCoreApplication.translate("RowsEditor", "School"),
        to_row=_school,
        from_row=lambda school: (
            school.name,
            str(school.from_year or ""),
            str(school.to_year or ""),
            school.local_authority,
        ),
        is_blank=lambda school: not (school.name or school.from_year or school.to_year or school.local_authority),
    )


def corrections_editor() -> RowsEditor[Correction]:
    # Here, not at the top: the cases screen's date fields come from this module, and the letters package (jinja2
    # and all) is not needed to show the cases list (issue 17: first paint and memory).
    from npdrights.core.letters import Correction

    return RowsEditor(
        (
            QCoreApplication.translate("RowsEditor", "What is wrong (for example: surname, date of birth)"),
            QCoreApplication.translate("RowsEditor", "What the record says now"),
            QCoreApplication.translate("RowsEditor", "What it should say"),
        ),
        add_label=QCoreApplication.translate("RowsEditor", "Add &another correction"),
        noun=QCoreApplication.translate("RowsEditor", "Correction"),
        to_row=lambda values: Correction(*values),
        from_row=lambda correction: (correction.item, correction.recorded, correction.correct),
        is_blank=lambda correction: not (correction.item or correction.recorded or correction.correct),
    )


def horizontal(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row
