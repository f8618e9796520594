"""Issue 18, item 3: a language chosen in Settings applies at once, without restarting: the menus, the cases
screen, the unlock and create screens are in the new language, Urdu mirrors the layout, and English comes back.
Settings says plainly that a window open beside the main one changes when it is opened again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from tests.gui.accessibility import audit
from tests.gui.conftest import click
from tests.gui.journey_helpers import unlocked_window
from tests.gui.settings_language import choose_in_settings


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

    choose_in_settings(qtbot, window, "pl")
    assert services.settings.load().language == "pl"
    assert _menus(window)[:3] == ["&Sejf", "Spr&awy", "&Rejestr"]
    assert "&Organisation" not in _menus(window)  # the organisation's own menu too
    assert _in("OrganisationTools", "&Organisation") in _menus(window)
    assert window.create_view.accessibleName() == "Utwórz swój sejf"
    assert window.unlock_view.accessibleName() == _in("UnlockView", "Unlock your vault") != "Unlock your vault"
    assert empty.start_button.text() == _in("EmptyCases", "&Start a new request") != "&Start a new request"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert audit(window) == []  # the new words are the screen reader's names too

    choose_in_settings(qtbot, window, "ur")
    assert services.settings.load().language == "ur"
    assert _menus(window)[0] == _in("MainWindow", "&Vault") not in ("&Vault", "&Sejf")
    assert empty.title.text() == _in("EmptyCases", "Your cases") != "Your cases"
    assert window.unlock_view.accessibleName() == _in("UnlockView", "Unlock your vault") != "Unlock your vault"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert empty.start_button.isRightToLeft()  # the screen on show mirrors at once

    choose_in_settings(qtbot, window, "en")
    assert _menus(window)[:2] == ["&Vault", "&Cases"]
    assert empty.title.text() == "Your cases"
    assert window.create_view.accessibleName() == "Create your vault"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_start_screens_work_after_a_change_of_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    """The unlock screen is made anew in the new language: it still unlocks."""
    window = unlocked_window(make_window, services)
    choose_in_settings(qtbot, window, "pl")
    window.lock()
    assert window.stack.currentWidget() is window.unlock_view
    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import type_into

    type_into(qtbot, window.unlock_view.passphrase.edit, PASSPHRASE)
    click(qtbot, window.unlock_view.unlock_button)
    qtbot.waitUntil(lambda: services.vault.is_unlocked, timeout=10_000)


def test_settings_says_only_windows_open_beside_wait_to_be_opened_again(qtbot: QtBot, services: Services) -> None:
    dialog = SettingsDialog(services.settings.load(), keychain_available=False, remembered=False)
    qtbot.addWidget(dialog)
    said = dialog.language.accessibleDescription()
    assert "They change as soon as you save" in said
    assert "changes when you open it again" in said
    assert "next time you open npdrights" not in said  # nothing waits for a restart any more
