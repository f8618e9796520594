"""Checking an answer: tick what it contained (UK GDPR Art 15), and note any facts it shows are wrong.

What is left unticked can go into a reminder asking for exactly those items; wrong facts go into a request
for corrections (see core.answer_checklist).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.answer_checklist import ITEMS
from npdrights.core.model import AnswerCheck, ChecklistItem, WrongFact
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.sentences import body_name
from npdrights.gui.widgets import describes, explanation

Index = QModelIndex | QPersistentModelIndex

_FACT_HEADERS = (
    QT_TRANSLATE_NOOP("WrongFactsModel", "What it is about"),
    QT_TRANSLATE_NOOP("WrongFactsModel", "What the answer says"),
    QT_TRANSLATE_NOOP("WrongFactsModel", "What is right"),
)


class WrongFactsModel(QAbstractTableModel):
    """An editable table of wrong facts, one row each (the Qt address-book example's method set)."""

    def __init__(self, facts: tuple[WrongFact, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = [[fact.item, fact.recorded, fact.correct] for fact in facts]

    def facts(self) -> tuple[WrongFact, ...]:
        """The rows with anything typed in them."""
        return tuple(WrongFact(*(part.strip() for part in row)) for row in self._rows if any(p.strip() for p in row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_FACT_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._rows[index.row()][index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_FACT_HEADERS[section])
        return None

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or not 0 <= row <= len(self._rows) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, ["", "", ""])
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True


class ChecklistDialog(QDialog):
    def __init__(self, check: AnswerCheck | None, *, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the answer"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Check the answer"))
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout.addWidget(
            explanation(
                self.tr(
                    "The law says the answer from {body} must include each of these, except the record of releases, "
                    "which your letter asked for as well. Tick the ones it sent you. Anything you leave unticked can "
                    "go into a reminder asking for it."
                ).format(body=body_name(body))
            )
        )
        received = set(check.received) if check is not None else set()
        self.boxes: dict[ChecklistItem, QCheckBox] = {}
        items = QGroupBox(self.tr("What the answer included"))
        items_layout = QVBoxLayout(items)
        for item, info in ITEMS.items():
            label = QCoreApplication.translate("AnswerItems", info.label)
            box = QCheckBox(label)
            box.setChecked(item in received)
            box.setAccessibleName(label)
            # The Article stays as the law writes it (English), after the plain words.
            help_text = f"{QCoreApplication.translate('AnswerItems', info.help)} ({info.article})"
            box.setToolTip(help_text)
            items_layout.addWidget(box)
            hint = describes(box, help_text)
            hint.setIndent(24)
            items_layout.addWidget(hint)
            self.boxes[item] = box
        layout.addWidget(items)

        facts = QGroupBox(self.tr("Anything it has wrong"))
        facts_layout = QVBoxLayout(facts)
        facts_layout.addWidget(
            explanation(
                self.tr(
                    "If the answer shows something wrong about the child or you (a date of birth, a school, a record "
                    "of an exclusion), note it here. It goes into a request to correct it."
                )
            )
        )
        self.facts = WrongFactsModel(check.wrong_facts if check is not None else (), self)
        self.table = QTableView()
        self.table.setModel(self.facts)
        self.table.setAccessibleName(self.tr("Wrong facts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        facts_label = QLabel(self.tr("&Wrong facts"))
        facts_label.setBuddy(self.table)
        facts_layout.addWidget(facts_label)
        facts_layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_fact = QPushButton(self.tr("&Add a wrong fact"))
        self.add_fact.clicked.connect(self.add_row)
        self.remove_fact = QPushButton(self.tr("&Remove the selected one"))
        self.remove_fact.clicked.connect(self.remove_selected)
        row.addWidget(self.add_fact)
        row.addWidget(self.remove_fact)
        row.addStretch(1)
        facts_layout.addLayout(row)
        layout.addWidget(facts)

        buttons = standard_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def add_row(self) -> None:
        row = self.facts.rowCount()
        self.facts.insertRows(row, 1)
        index = self.facts.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.facts.removeRows(index.row(), 1)

    def check(self) -> AnswerCheck:
        return AnswerCheck(
            received=tuple(item for item, box in self.boxes.items() if box.isChecked()),
            wrong_facts=self.facts.facts(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, check: AnswerCheck | None, *, body: str) -> AnswerCheck | None:
        dialog = cls(check, body=body, parent=parent)
        return dialog.check() if dialog.exec() == QDialog.DialogCode.Accepted else None
