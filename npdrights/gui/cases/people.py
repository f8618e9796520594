"""People and families: edit a person's details once and every later letter uses them; keep families apart.

An adviser can keep many families (households) apart and filter the cases list by one; siblings share one.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.identifiers import check_uln, check_upn, normal_uln, normal_upn
from npdrights.core.model import Address, Household, Person, PupilIdentifiers
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.cases.event_dialog import date_problem
from npdrights.gui.cases.record_model import RecordRole, RecordTableModel
from npdrights.gui.cases.store import CaseStore
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.message_boxes import ask_yes_no
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.sentences import on_screen
from npdrights.gui.text_limits import limit_line, limit_text
from npdrights.gui.widgets import MessageLabel, explanation, without_shortcut
from npdrights.gui.wizards.fields import DateField

Index = QModelIndex | QPersistentModelIndex


class PersonColumn(IntEnum):
    NAME = 0
    BORN = 1
    FAMILY = 2


class PeopleModel(RecordTableModel):
    headers = (
        QT_TRANSLATE_NOOP("PeopleModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleModel", "Date of birth"),
        QT_TRANSLATE_NOOP("PeopleModel", "Family"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._families: dict[str, str] = {}

    def set_people(self, people: list[Person], households: dict[str, Household]) -> None:
        self._families = {household_id: household.name for household_id, household in households.items()}
        self.set_records(sorted(people, key=lambda person: person.full_name.casefold()))

    def cell(self, person: Person, column: int) -> str:
        match PersonColumn(column):
            case PersonColumn.NAME:
                return person.full_name
            case PersonColumn.BORN:
                return screen_long_date(person.date_of_birth) if person.date_of_birth else ""
            case PersonColumn.FAMILY:
                return self._families.get(person.household_id or "", "")


class FamiliesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._households: list[Household] = []

    def set_households(self, households: list[Household]) -> None:
        self.beginResetModel()
        self._households = sorted(households, key=lambda household: household.name.casefold())
        self.endResetModel()

    def household_at(self, row: int) -> Household:
        return self._households[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._households)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        household = self._households[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return household.name
        if role == RecordRole:
            return household
        return None


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class PersonDialog(QDialog):
    """A person's details. Schools and past addresses are kept as they are (the guided journeys ask for them)."""

    def __init__(
        self, person: Person | None, households: list[Household], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change a person's details") if person else self.tr("Add a person"))
        self.person = person
        layout = QVBoxLayout(self)
        # The details scroll, the message and the buttons stay: at 200% text in Urdu (its script's lines are about
        # twice as tall) the details alone are taller than a laptop's screen.
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            explanation(
                self.tr("Letters you write from now on use these details. Letters already sent keep what they said.")
            )
        )
        form = QFormLayout()
        self.name = QLineEdit(person.full_name if person else "")
        self.former = QPlainTextEdit("\n".join(person.former_names) if person else "")
        self.known_born = QCheckBox(self.tr("I know the date of birth"))
        self.today = today
        self.born = DateField(self.tr("Date of birth"))  # typed as the wizard's: day, month and year
        self.upn = QLineEdit(person.identifiers.upn if person else "")
        self.uln = QLineEdit(person.identifiers.uln if person else "")
        address = person.address if person else None
        self.address = QPlainTextEdit("\n".join(address.lines) if address else "")
        self.postcode = QLineEdit(address.postcode if address else "")
        self.email = QLineEdit(person.email if person else "")
        self.family = QComboBox()
        self.family.addItem(self.tr("Not in a family"), None)
        for household in households:
            self.family.addItem(household.name, household.id)
        if person and person.household_id:
            self.family.setCurrentIndex(max(self.family.findData(person.household_id), 0))
        if person and person.date_of_birth:
            self.known_born.setChecked(True)
            self.born.set_value(person.date_of_birth)
        self.born.setEnabled(self.known_born.isChecked())
        self.known_born.toggled.connect(self.born.setEnabled)
        for edit in (self.former, self.address):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        for text, field, name in (
            (self.tr("Full &name"), self.name, self.tr("Full name")),
            (self.tr("&Former names, one a line"), self.former, self.tr("Former names")),
            ("", self.known_born, self.tr("I know the date of birth")),
            (self.tr("Date of &birth"), self.born, self.tr("Date of birth")),
            (self.tr("&UPN (optional)"), self.upn, self.tr("Unique pupil number")),
            (self.tr("U&LN (optional)"), self.uln, self.tr("Unique learner number")),
            (self.tr("&Address, one line each"), self.address, self.tr("Address")),
            (self.tr("&Postcode"), self.postcode, self.tr("Postcode")),
            (self.tr("&Email (optional)"), self.email, self.tr("Email")),
            (self.tr("Fa&mily"), self.family, self.tr("Family")),
        ):
            field.setAccessibleName(name)
            if text:
                label = QLabel(text)
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                form.addRow(field)
        column.addLayout(form)
        column.addStretch(1)  # a taller window leaves room below the details, not inside them
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(details.minimumSizeHint().width())
        scroll.setAccessibleName(self.tr("The person's details"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll into view
        layout.addWidget(scroll, 1)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self._limit_lengths()
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_person: Person | None = None
        self._fit(details, buttons)

    def _fit(self, details: QWidget, buttons: QWidget) -> None:
        """As tall as the details and the buttons need, but never taller than the screen (the details scroll then)."""
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        height = margins.top() + margins.bottom() + layout.spacing() + details.sizeHint().height()
        height += buttons.sizeHint().height() + self.fontMetrics().lineSpacing() * 2  # room for the message
        wanted = QSize(max(self.sizeHint().width(), details.sizeHint().width() + margins.left() * 4), height)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            wanted = wanted.boundedTo(QSize(room.width() - 40, room.height() - 60))
        self.resize(wanted)

    def _limit_lengths(self) -> None:
        """Each field stops at the length a backup may hold (core/limits.py): a name or an address line in about a
        kilobyte. The address box's limit is for the whole box, as a paste lands in one line."""
        for edit, field_name, label in (
            (self.name, "full_name", self.tr("A name")),
            (self.upn, "upn", self.tr("A UPN")),
            (self.uln, "uln", self.tr("A ULN")),
            (self.postcode, "postcode", self.tr("A postcode")),
            (self.email, "email", self.tr("An email address")),
        ):
            limit_line(edit, field_name, label, self.message)
        limit_text(self.former, "former_names", self.tr("Former names"), self.message)
        limit_text(self.address, "lines", self.tr("The address"), self.message)

    def _save(self) -> None:
        if not self.name.text().strip():
            self.message.show_message(self.tr("Type the person's full name."))
            self.name.setFocus()
            return
        upn, uln = normal_upn(self.upn.text()) if self.upn.text().strip() else "", normal_uln(self.uln.text())
        for label, field, problem in (
            ("UPN", self.upn, check_upn(upn) if upn else None),
            ("ULN", self.uln, check_uln(uln) if uln else None),
        ):
            if problem is not None and problem.blocking:
                said = self.tr("{field}: {problem}. Check it, or leave it empty.")
                self.message.show_message(said.format(field=label, problem=on_screen("Problems", problem.message)))
                field.setFocus()
                return
        born = date_problem(self.tr("Date of birth"), self.born, self.today) if self.known_born.isChecked() else ""
        if born:
            self.message.show_message(born)
            self.born.setFocus()
            return
        base = self.person or Person(id=uuid.uuid4().hex, full_name="")
        lines = _lines(self.address.toPlainText())
        self.result_person = replace(
            base,
            full_name=self.name.text().strip(),
            former_names=_lines(self.former.toPlainText()),
            date_of_birth=self.born.value() if self.known_born.isChecked() else None,
            identifiers=replace(base.identifiers or PupilIdentifiers(), upn=upn, uln=uln),
            address=Address(lines, self.postcode.text().strip().upper()) if lines else None,
            email=self.email.text().strip(),
            household_id=self.family.currentData(),
        )
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, person: Person | None, households: list[Household], today: date
    ) -> Person | None:
        dialog = cls(person, households, today, parent)
        return dialog.result_person if dialog.exec() == QDialog.DialogCode.Accepted else None


class PeopleDialog(QDialog):
    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("People and families"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        families_box = QGroupBox(self.tr("Families"))
        families_layout = QVBoxLayout(families_box)
        families_layout.addWidget(
            explanation(
                self.tr("Group brothers and sisters in a family. An adviser can keep each family's cases apart.")
            )
        )
        self.families = FamiliesModel(self)
        self.families_view = QListView()
        self.families_view.setModel(self.families)
        self.families_view.setAccessibleName(self.tr("Families"))
        self.families_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        families_label = QLabel(self.tr("&Families"))
        families_label.setBuddy(self.families_view)
        families_layout.addWidget(families_label)
        families_layout.addWidget(self.families_view)
        row = QHBoxLayout()
        self.add_family_button = self._button(row, self.tr("Add a famil&y…"), self.add_family)
        self.rename_family_button = self._button(row, self.tr("&Rename…"), self.rename_family)
        self.remove_family_button = self._button(row, self.tr("Remo&ve the family"), self.remove_family)
        row.addStretch(1)
        families_layout.addLayout(row)
        layout.addWidget(families_box)

        people_box = QGroupBox(self.tr("People"))
        people_layout = QVBoxLayout(people_box)
        self.people = PeopleModel(self)
        self.people_view = QTableView()
        self.people_view.setModel(self.people)
        self.people_view.setAccessibleName(self.tr("People"))
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people_view.doubleClicked.connect(lambda _index: self.change_person())
        people_label = QLabel(self.tr("&People"))
        people_label.setBuddy(self.people_view)
        people_layout.addWidget(people_label)
        people_layout.addWidget(self.people_view)
        row = QHBoxLayout()
        self.add_person_button = self._button(row, self.tr("&Add a person…"), self.add_person)
        self.change_person_button = self._button(row, self.tr("&Change details…"), self.change_person)
        row.addStretch(1)
        people_layout.addLayout(row)
        layout.addWidget(people_box, 1)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._refresh()

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(without_shortcut(text).removesuffix("…"))
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def _refresh(self) -> None:
        self.families.set_households(list(self.store.households.values()))
        self.people.set_people(list(self.store.people.values()), self.store.households)

    def _selected_family(self) -> Household | None:
        index = self.families_view.currentIndex()
        return self.families.household_at(index.row()) if index.isValid() else None

    def _selected_person(self) -> Person | None:
        index = self.people_view.currentIndex()
        return self.people.record_at(index.row()) if index.isValid() else None

    def ask_family_name(self, title: str, current: str = "") -> str | None:
        asked = self.tr("The family's name (for example, a surname):")
        name, ok = QInputDialog.getText(self, title, asked, text=current)
        return name.strip() if ok and name.strip() else None

    def add_family(self) -> None:
        name = self.ask_family_name(self.tr("Add a family"))
        if name:
            self.store.save_household(Household(uuid.uuid4().hex, name))
            self._refresh()

    def rename_family(self) -> None:
        family = self._selected_family()
        if family is None:
            return
        name = self.ask_family_name(self.tr("Rename the family"), family.name)
        if name:
            self.store.save_household(replace(family, name=name))
            self._refresh()

    def remove_family(self) -> None:
        family = self._selected_family()
        if family is None:
            return
        question = self.tr(
            "Remove the family “{family}”? Its people and their cases stay; they are just no longer grouped."
        ).format(family=family.name)
        if ask_yes_no(self, self.tr("Remove the family?"), question):
            self.store.delete_household(family.id)
            self._refresh()

    def add_person(self) -> None:
        person = PersonDialog.ask(self, None, list(self.store.households.values()), self.store.today())
        if person is not None:
            self.store.save_person(person)
            self._refresh()

    def change_person(self) -> None:
        current = self._selected_person()
        if current is None:
            return
        person = PersonDialog.ask(self, current, list(self.store.households.values()), self.store.today())
        if person is not None and person != current:
            self.store.save_person(person)
            self._refresh()
