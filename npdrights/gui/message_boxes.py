"""The app's small question and warning boxes, with every button named in the screens' language (issue 18).

Qt's ready-made boxes (QMessageBox.question, .warning) name their Yes, No and OK buttons from the qtbase
translation Qt ships, and it ships none for Urdu: built here instead, and named by screen_language.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from npdrights.gui.screen_language import name_standard_buttons
from npdrights.gui.sentences import in_reading_order

Choice = TypeVar("Choice")
_Button = QMessageBox.StandardButton
_KINDS = {QMessageBox.Icon.Information: "information", QMessageBox.Icon.Critical: "critical"}


def ask_yes_no(
    parent: QWidget, title: str, question: str, *, warning: bool = False, no_is_cancel: bool = False
) -> bool:
    """A question with Yes and No (or Cancel), No being the default: for things that can't be undone."""
    no = _Button.Cancel if no_is_cancel else _Button.No
    box = QMessageBox(
        QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
        title,
        in_reading_order(question),  # an Urdu question starting with a Latin name still reads from the right
        parent=parent,
    )
    box.setStandardButtons(_Button.Yes | no)
    box.setDefaultButton(no)
    name_standard_buttons(box)
    return box.exec() == _Button.Yes.value  # exec gives the standard button pressed, as a number


def tell(parent: QWidget | None, title: str, text: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Something the user should know now (a save that failed, an import that worked), with one OK button."""
    box = QMessageBox(icon, title, in_reading_order(text), parent=parent)
    box.setObjectName(_KINDS.get(icon, "warning"))  # what kind of box it is, for tests that answer it
    box.setStandardButtons(_Button.Ok)
    name_standard_buttons(box)
    box.exec()


def about(parent: QWidget, title: str, text: str) -> None:
    """Help > About: the app's own icon beside the text, and one OK button."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
    box.setObjectName("about")
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(_Button.Ok)
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
