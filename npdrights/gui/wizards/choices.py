"""Groups of options shared by the request pages: radio buttons or tick boxes, each with a sentence under it.

The callers pass their words already translated (issue 18)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TypeVar

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from npdrights.gui.widgets import explanation, without_shortcut


def _under_its_option(hint: str) -> QLabel:
    """The sentence under an option, indented past its round button or tick box: at the right in Urdu (a widget's
    margins are not mirrored with the layout)."""
    note = explanation(hint)
    left, right = (0, 24) if QGuiApplication.isRightToLeft() else (24, 0)
    note.setContentsMargins(left, 0, right, 4)
    return note


def radio_choices(
    owner: QWidget, title: str, options: Sequence[tuple[object, str, str]]
) -> tuple[QGroupBox, QButtonGroup, dict[object, QRadioButton]]:
    """A titled group of radio buttons, each with a sentence under it saying what it means."""
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    group = QButtonGroup(owner)
    buttons: dict[object, QRadioButton] = {}
    for key, label, hint in options:
        button = QRadioButton(label)
        button.setAccessibleName(without_shortcut(label))
        if hint:
            button.setAccessibleDescription(hint)
        group.addButton(button)
        buttons[key] = button
        column.addWidget(button)
        if hint:
            column.addWidget(_under_its_option(hint))
    return box, group, buttons


def checked_key(buttons: dict[object, QRadioButton]) -> object | None:
    return next((key for key, button in buttons.items() if button.isChecked()), None)


def check_key(buttons: dict[object, QRadioButton], key: object) -> None:
    if key in buttons:
        buttons[key].setChecked(True)


_Option = TypeVar("_Option", bound=Enum)


def checkbox_choices(
    title: str, options: Sequence[tuple[_Option, str, str]]
) -> tuple[QGroupBox, dict[_Option, QCheckBox]]:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    boxes: dict[_Option, QCheckBox] = {}
    for key, label, hint in options:
        checkbox = QCheckBox(label)
        checkbox.setAccessibleName(without_shortcut(label))
        checkbox.setAccessibleDescription(hint)
        boxes[key] = checkbox
        column.addWidget(checkbox)
        column.addWidget(_under_its_option(hint))
    return box, boxes
