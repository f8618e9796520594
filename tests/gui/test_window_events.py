"""The main window hears of being minimised once it matters: from the first unlock, or once the register is open.
Before either it listens to none of its events, so that the Unlock screen is shown without PySide making its
event classes (issue 17; window_events.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from tests.gui.journey_helpers import unlocked_window


def _lock_when_minimised(services: Services) -> None:
    services.settings.save(replace(services.settings.load(), lock_on_minimise=True))


def test_an_unlocked_window_locks_when_minimised(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    _lock_when_minimised(services)
    window = unlocked_window(make_window, services)
    window.showMinimized()
    qtbot.waitUntil(lambda: not services.vault.is_unlocked, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_view
    assert "when its window was minimised" in window.unlock_view.message.text()


def test_a_locked_window_minimised_forgets_the_years_typed_in_the_register(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    _lock_when_minimised(existing_vault)
    window = make_window()
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+R"))
    explorer = window.register_explorer
    assert explorer is not None
    qtbot.waitExposed(explorer)
    explorer.school_from.setFocus()
    explorer.school_from.selectAll()
    qtbot.keyClicks(explorer.school_from, "2012")
    assert explorer.school_from.value() == 2012
    window.showMinimized()
    qtbot.waitUntil(lambda: explorer.school_from.value() == 0, timeout=5000)
