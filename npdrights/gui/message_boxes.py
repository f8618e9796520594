"""The app's small question and warning boxes, with every button named in the screens' language (issue 18).

Qt's ready-made boxes (QMessageBox.question, .warning) name their Yes, No and OK buttons from the qtbase
translation Qt ships, and it ships none for Urdu: built here instead, and named by screen_language.

QMessageBox is named only inside the functions: PySide makes a class, with all its enums, when it is first named
(1.2 ms for this one), and the Unlock screen shows no box (issue 17).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from npdrights.gui.screen_language import name_standard_buttons
from npdrights.gui.sentences import in_reading_order

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

Choice = TypeVar("Choice")
_KINDS = {"Information": "information", "Critical": "critical"}  # a box's object name by its icon's


def ask_yes_no(
    parent: QWidget, title: str, question: str, *, warning: bool = False, no_is_cancel: bool = False
) -> bool:
    """A question with Yes and No (or Cancel), No being the default: for things that can't be undone."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    no = buttons.Cancel if no_is_cancel else buttons.No
    box = QMessageBox(
        QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
        title,
        in_reading_order(question),  # an Urdu question starting with a Latin name still reads from the right
        parent=parent,
    )
    box.setStandardButtons(buttons.Yes | no)
    box.setDefaultButton(no)
    name_standard_buttons(box)
    return box.exec() == buttons.Yes.value  # exec gives the standard button pressed, as a number


def tell(parent: QWidget | None, title: str, text: str, *, icon: QMessageBox.Icon | None = None) -> None:
    """Something the user should know now (a save that failed, an import that worked), with one OK button: a
    warning unless `icon` says otherwise."""
    from PySide6.QtWidgets import QMessageBox

    if icon is None:
        icon = QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, in_reading_order(text), parent=parent)
    box.setObjectName(_KINDS.get(icon.name, "warning"))  # what kind of box it is, for tests that answer it
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    name_standard_buttons(box)
    box.exec()


def about(parent: QWidget, title: str, text: str) -> None:
    """Help > About: the app's own icon beside the text, and one OK button."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
    box.setObjectName("about")
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    name_standard_buttons(box)
    box.exec()


def ask_three_ways(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    first: tuple[str, Choice],
    destructive: tuple[str, Choice],
    back: tuple[str, Choice],
) -> Choice:
    """A question with a default answer, one that throws something away, and one that goes back (also Escape).
    Its buttons carry the caller's own (translated) words, so Qt names none of them."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    default = box.addButton(first[0], QMessageBox.ButtonRole.AcceptRole)
    throw_away = box.addButton(destructive[0], QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(back[0], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    if clicked is default:
        return first[1]
    return destructive[1] if clicked is throw_away else back[1]
