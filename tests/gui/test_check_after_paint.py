"""The window shows the cases while the unlock's integrity check runs beside it (issue 17). Damage it finds then
closes the vault without writing anything and offers the snapshot, as damage found at the unlock always did."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.storage.snapshots import list_snapshots
from tests.conftest import PASSPHRASE
from tests.damaged_pages import flip_a_byte_in_table, folder_state, hold_the_check
from tests.gui.conftest import click
from tests.gui.test_unlock_and_lock import _unlock, _with_one_case


def _damaged_in(services: Services, table: str) -> dict[str, str]:
    """One case and the day's snapshot of the good file, then a flipped byte in `table`; the folder as it is then."""
    _with_one_case(services)
    services.vault.unlock_with_passphrase(PASSPHRASE)
    flip_a_byte_in_table(services.vault, table)
    return folder_state(services.paths.data)


def _offered_the_snapshot(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.unlock_view.restore_button.isVisible(), timeout=5000)
    assert window.stack.currentWidget() is window.unlock_view
    assert "damaged" in window.unlock_view.message.text()
    assert "Nothing has been changed" in window.unlock_view.message.text()


def test_damage_found_after_the_paint_closes_the_vault_without_writing_and_offers_the_snapshot(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    before = _damaged_in(existing_vault, "audit")  # a table the cases list does not read: the check finds it
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    assert window.cases_view.model.rowCount() == 1  # painted first
    _offered_the_snapshot(qtbot, window)
    assert not existing_vault.vault.is_unlocked
    assert window.cases_view.model.rowCount() == 0
    assert folder_state(existing_vault.paths.data) == before
    click(qtbot, window.unlock_view.restore_button)
    assert "snapshot" in window.unlock_view.message.text()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    qtbot.waitUntil(lambda: existing_vault.vault.database.integrity.passed, timeout=5000)


def test_damage_the_list_meets_before_the_check_does_gets_the_same_offer(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    before = _damaged_in(existing_vault, "cases")  # read for the first paint, before the check's answer is in
    window = make_window()
    _unlock(qtbot, window)
    _offered_the_snapshot(qtbot, window)
    assert not existing_vault.vault.is_unlocked
    assert folder_state(existing_vault.paths.data) == before


def test_the_days_snapshot_is_taken_once_the_check_has_passed(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    assert list_snapshots(existing_vault.paths.data) == []  # made, never unlocked: this unlock takes the first
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(list_snapshots(existing_vault.paths.data)) == 1, timeout=5000)
    assert existing_vault.vault.database.integrity.passed
    assert window.stack.currentWidget() is window.cases_view


def test_the_list_is_shown_without_waiting_for_the_check(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing the window does on the way to the list writes: a write would wait for the check held here."""
    _with_one_case(existing_vault)
    counter = existing_vault.vault.slots().generation
    may_finish = hold_the_check(monkeypatch)
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    check = existing_vault.vault.database.integrity
    assert not check.done
    assert window.cases_view.model.rowCount() == 1
    assert existing_vault.vault.slots().generation == counter  # the rollback counter waits for the check too
    may_finish.set()
    qtbot.waitUntil(lambda: existing_vault.vault.slots().generation == counter + 1, timeout=5000)
    assert check.passed
