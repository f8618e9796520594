"""Choosing the screens' language the way a user does: Settings from the menu, the Language list, Save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from npdrights.gui.main_window import MainWindow
from npdrights.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import click, settle, when_shown

# How a keyboard user picks each language in the list: its first letter, or End for Urdu, the last one (QTest
# cannot type an Arabic-script letter).
TO_CHOOSE = {"pl": "P", "ur": "", "en": "E"}


def choose_in_settings(qtbot: QtBot, window: MainWindow, code: str) -> list[str]:
    """Open Settings from the menu, type the language's first letter in the Language list, and Save. Returns what
    Settings said under the list (its description for a screen reader)."""
    said: list[str] = []

    def choose(dialog: SettingsDialog) -> None:
        said.append(dialog.language.accessibleDescription())
        dialog.language.setFocus()
        if TO_CHOOSE[code]:
            qtbot.keyClicks(dialog.language, TO_CHOOSE[code])
        else:
            qtbot.keyClick(dialog.language, Qt.Key.Key_End)
        assert dialog.language.currentData() == code
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    when_shown(SettingsDialog, choose)
    window.settings_action.trigger()  # modal until saved
    assert said  # the dialog was there and the language chosen
    settle()  # Qt posts the change of language to every window
    return said
