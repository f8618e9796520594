"""The choices in the cases list's "Whose cases" box: everyone, each household with its people under it, then the
people in no household.

A list model rather than items added one by one: an adviser's vault may hold ten thousand people, and filling the
box is then one reset instead of ten thousand calls into Qt (and no pass over every household for each person).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npdrights.core.case_list import Named
from npdrights.core.model import Household
from npdrights.gui.cases.list_proxy import EVERYONE, Who

Index = QModelIndex | QPersistentModelIndex


class WhoChoices(QAbstractListModel):
    """Display text, and the `Who` as `Qt.UserRole` (what QComboBox.currentData() returns).

    The words around names ("Everyone", "(family)") are put in when shown, so a change of language needs only
    `retranslate`, not the people again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # name, household id, person id. A person listed under a household has that household's id too: the
        # indent is added when shown, not kept as a second copy of every name (issue 17: memory).
        self._choices: list[tuple[str, str | None, str | None]] = []

    def set_people(self, households: Mapping[str, Household], people: Mapping[str, Named]) -> None:
        """`people` by id: whole people, or only their names (as the cases list reads them)."""
        # Ids alone while sorting and grouping, not a pair per person: ten thousand pairs made and dropped here
        # raised the cases list's peak memory (issue 17).
        by_household: dict[str | None, list[str]] = defaultdict(list)
        for person_id in sorted(people, key=lambda person_id: people[person_id].full_name.casefold()):
            household_id = people[person_id].household_id
            by_household[household_id if household_id in households else None].append(person_id)
        choices: list[tuple[str, str | None, str | None]] = [("", None, None)]  # everyone
        for household in sorted(households.values(), key=lambda household: household.name.casefold()):
            choices.append((household.name, household.id, None))
            choices += [
                (people[person_id].full_name, household.id, person_id) for person_id in by_household[household.id]
            ]
        choices += [(people[person_id].full_name, None, person_id) for person_id in by_household[None]]
        self._set(choices)

    def clear(self) -> None:
        self._set([])

    def retranslate(self) -> None:
        """The screens' language changed: "Everyone" and each "(family)" read again; the choice made stays."""
        if self._choices:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._choices) - 1, 0))

    def _set(self, choices: list[tuple[str, str | None, str | None]]) -> None:
        self.beginResetModel()
        self._choices = choices
        self.endResetModel()

    def row_of(self, who: Who) -> int | None:
        """The row that chooses `who`. Found by a scan (under a millisecond for ten thousand people), as it is asked
        once a load: an index by id held 0.6 MB more at the cases list's peak (issue 17)."""
        for row, (_name, household_id, person_id) in enumerate(self._choices):
            if person_id is not None:
                if person_id == who.person_id and who.household_id is None:
                    return row
            elif household_id == who.household_id and who.person_id is None:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, household_id, person_id = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if person_id is not None:
                return f"    {name}" if household_id is not None else name  # under their household: indented
            if household_id is not None:
                return self.tr("{household} (family)").format(household=name)
            return self.tr("Everyone")
        if role == Qt.ItemDataRole.UserRole:
            if person_id is not None:
                return Who(person_id=person_id)
            return Who(household_id=household_id) if household_id is not None else EVERYONE
        return None
