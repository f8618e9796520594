"""Issue 18, item 3: a language chosen in Settings applies at once, without restarting: the menus, the cases
screen, the unlock and create screens are in the new language, Urdu mirrors the layout, and English comes back.
Settings says plainly that a few screens wait for the next start."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from npdrights.gui.i18n import install_language, remove_language
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from tests.gui.accessibility import audit
from tests.gui.conftest import click, settle
from tests.gui.journey_helpers import unlocked_window

# How a keyboard user picks each language in the list: its first letter, or End for Urdu, the last one (QTest
# cannot type an Arabic-script letter).
TO_CHOOSE = {"pl": "P", "ur": "", "en": "E"}


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    remove_language(qapp)
    install_language(qapp, "en")


def _choose_in_settings(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """Open Settings from the menu, type the language's first letter in the Language list, and Save."""
    said: list[str] = []

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        said.append(dialog.language.accessibleDescription())
        dialog.language.setFocus()
        if TO_CHOOSE[code]:
            qtbot.keyClicks(dialog.language, TO_CHOOSE[code])
        else:
            qtbot.keyClick(dialog.language, Qt.Key.Key_End)
        assert dialog.language.currentData() == code
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    QTimer.singleShot(200, choose)
    window.settings_action.trigger()  # modal until saved
    assert said  # the dialog was there and the language chosen
    settle()  # Qt posts the change of language to every window


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _in(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_the_language_changes_at_once_and_urdu_mirrors_the_layout(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    window = unlocked_window(make_window, services)
    empty = window.cases_view.empty
    assert _menus(window)[:2] == ["&Vault", "&Cases"]

    _choose_in_settings(qtbot, window, "pl")
    assert services.settings.load().language == "pl"
    assert _menus(window)[:3] == ["&Sejf", "Spr&awy", "&Rejestr"]
    assert window.create_view.accessibleName() == "Utwórz swój sejf"
    assert window.unlock_view.accessibleName() == _in("UnlockView", "Unlock your vault") != "Unlock your vault"
    assert empty.start_button.text() == _in("EmptyCases", "&Start a new request") != "&Start a new request"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert audit(window) == []  # the new words are the screen reader's names too

    _choose_in_settings(qtbot, window, "ur")
    assert services.settings.load().language == "ur"
    assert _menus(window)[0] == _in("MainWindow", "&Vault") not in ("&Vault", "&Sejf")
    assert empty.title.text() == _in("EmptyCases", "Your cases") != "Your cases"
    assert window.unlock_view.accessibleName() == _in("UnlockView", "Unlock your vault") != "Unlock your vault"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert empty.start_button.isRightToLeft()  # the screen on show mirrors at once

    _choose_in_settings(qtbot, window, "en")
    assert _menus(window)[:2] == ["&Vault", "&Cases"]
    assert empty.title.text() == "Your cases"
    assert window.create_view.accessibleName() == "Create your vault"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_start_screens_work_after_a_change_of_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    """The unlock screen is made anew in the new language: it still unlocks."""
    window = unlocked_window(make_window, services)
    _choose_in_settings(qtbot, window, "pl")
    window.lock()
    assert window.stack.currentWidget() is window.unlock_view
    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import type_into

    type_into(qtbot, window.unlock_view.passphrase.edit, PASSPHRASE)
    click(qtbot, window.unlock_view.unlock_button)
    qtbot.waitUntil(lambda: services.vault.is_unlocked, timeout=10_000)


def test_settings_says_which_screens_wait_for_the_next_start(qtbot: QtBot, services: Services) -> None:
    dialog = SettingsDialog(services.settings.load(), keychain_available=False, remembered=False)
    qtbot.addWidget(dialog)
    said = dialog.language.accessibleDescription()
    assert "Most screens change as soon as you save" in said
    assert "the next time you open npdrights" in said
