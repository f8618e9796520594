"""Unlocking (wrong then right passphrase, recovery code, keychain), locking by Ctrl+L and when idle."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from npdrights.core.model import Case, CaseKind, Person, Relationship
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import FIXED_NOW, click, lock_when_idle, type_into, when_shown


def _unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    view = window.unlock_view
    view.passphrase.edit.clear()
    type_into(qtbot, view.passphrase.edit, passphrase)
    qtbot.keyClick(view.passphrase.edit, Qt.Key.Key_Return)


def _with_one_case(services: Services) -> None:
    services.vault.unlock_with_passphrase(PASSPHRASE)
    repository = Repository(services.vault.database)
    repository.save_person(Person(id="p1", full_name="Zebedee Fictionalson"))
    repository.add_case(
        Case(
            id="c1",
            kind=CaseKind.SAR_DFE,
            person_id="p1",
            organisation_id="dfe",
            requester_id="p1",
            relationship=Relationship.SELF,
            reference="NPD-0001",
            created_on=FIXED_NOW.date(),
        )
    )
    services.vault.lock()


def test_wrong_then_right_passphrase(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.unlock_view
    assert not window.lock_action.isEnabled()
    _unlock(qtbot, window, "not my passphrase")
    qtbot.waitUntil(lambda: window.unlock_view.message.isVisible(), timeout=5000)
    assert "doesn't open this vault" in window.unlock_view.message.text()
    assert not existing_vault.vault.is_unlocked
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    assert window.stack.currentWidget() is window.cases_view
    assert window.unlock_view.passphrase.text() == ""


def test_recovery_code_unlocks_and_sets_a_new_passphrase(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    code = services.vault.create(PASSPHRASE)
    services.vault.lock()
    window = make_window()
    view = window.unlock_view
    click(qtbot, view.forgot_button)
    assert view.in_recovery_mode
    type_into(qtbot, view.code, code.replace("-", " ").lower())
    assert not view.recover_button.isEnabled()
    type_into(qtbot, view.new_passphrase.edit, "my new memorable words")
    type_into(qtbot, view.new_confirm.edit, "my new memorable words")
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        click(qtbot, view.recover_button)
    window.lock()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window, "my new memorable words")


def test_ctrl_l_locks_and_clears_the_list(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    _with_one_case(existing_vault)
    window = _unlocked(qtbot, make_window)
    assert window.cases_view.model.rowCount() == 1
    assert window.cases_view.model.index(0, 0).data() == "Zebedee Fictionalson"
    window.activateWindow()
    with qtbot.waitSignal(window.locked, timeout=5000):
        qtbot.keyClick(window.cases_view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock_view
    assert window.cases_view.model.rowCount() == 0
    assert not existing_vault.vault.is_unlocked


def test_idle_timeout_locks_and_clears_the_models(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_one_case(existing_vault)
    window = _unlocked(qtbot, make_window)
    assert window.cases_view.model.rowCount() == 1
    # What ships: ten minutes, the last of them the countdown's; waited for here for no time at all (its "Keep
    # working" has a test in test_kept_drafts.py).
    assert (window.watcher.timeout_ms(), window.countdown_seconds) == (9 * 60_000, 60)
    lock_when_idle(qtbot, window, monkeypatch)
    assert "locked itself after 10 minutes without use" in window.unlock_view.message.text()
    assert window.cases_view.model.rowCount() == 0
    assert window.stack.currentWidget() is window.unlock_view
    assert not existing_vault.vault.is_unlocked


def test_input_postpones_the_idle_lock(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = _unlocked(qtbot, make_window)
    window.watcher.set_timeout(300)
    screen = window.windowHandle()  # input as the computer delivers it: to the window, then on to the widget

    def move_and_press() -> None:
        qtbot.mouseMove(screen, pos=window.cases_view.mapTo(window, window.cases_view.rect().center()))
        qtbot.keyClick(screen, Qt.Key.Key_Shift)

    _input_keeps_it_unlocked(qtbot, window, existing_vault, move_and_press)


def test_input_in_a_window_opened_since_postpones_the_idle_lock(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    from PySide6.QtGui import QGuiApplication

    window = _unlocked(qtbot, make_window)
    window.watcher.set_timeout(300)
    window.how_this_works()  # a window of its own, opened while the watcher listens, and without input
    page = window.how_dialog
    assert page is not None
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is page.windowHandle(), timeout=5000)
    _input_keeps_it_unlocked(
        qtbot, window, existing_vault, lambda: qtbot.keyClick(page.windowHandle(), Qt.Key.Key_Shift)
    )


def _unlocked(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    return window


def _input_keeps_it_unlocked(
    qtbot: QtBot, window: MainWindow, existing_vault: Services, send_input: Callable[[], None]
) -> None:
    """An input as soon as the watcher looks again after the last one (a tenth of the idle time on), at least six
    times and for twice the idle time: well past it, yet no lock and no warning."""
    watcher = window.watcher
    until = time.monotonic() + 2 * watcher.timeout_ms() / 1000
    inputs = 0
    while inputs < 6 or time.monotonic() < until:
        qtbot.waitUntil(lambda: watcher._listening, timeout=5000)  # the events of the pause delivered meanwhile
        send_input()
        inputs += 1
        assert not watcher._listening  # seen: counting from now again, and pausing
        assert window.countdown is None  # no warning either
    assert existing_vault.vault.is_unlocked


def test_a_sleep_detected_by_the_clocks_locks(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = _unlocked(qtbot, make_window)
    wall = [1000.0]
    window.watcher._wall = lambda: wall[0]  # the wall clock jumps while the monotonic clock stood still
    window.watcher._offset = wall[0] - window.watcher._monotonic()
    wall[0] += 3600
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.watcher.check_clocks()


def test_lock_closes_open_dialogs(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    from npdrights.gui.settings_dialog import SettingsDialog

    window = _unlocked(qtbot, make_window)
    shown: list[SettingsDialog] = []
    when_shown(SettingsDialog, lambda dialog: (shown.append(dialog), window.lock()))  # locked once it is on screen
    window.edit_settings()  # modal: returns only because locking rejected it
    assert shown
    assert window.stack.currentWidget() is window.unlock_view


def test_damaged_database_offers_the_snapshot(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, monkeypatch: object
) -> None:
    from npdrights.storage import schema

    folder = existing_vault.paths.data
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE t2(x TEXT) STRICT;"])  # type: ignore[attr-defined]
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))  # type: ignore[attr-defined]
    existing_vault.vault.unlock_with_passphrase(PASSPHRASE)  # migrates, so a snapshot is taken first
    existing_vault.vault.lock()
    db = folder / "cases.db"
    db.write_bytes(db.read_bytes()[:2000])
    window = make_window()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.unlock_view.restore_button.isVisible(), timeout=5000)
    assert "damaged" in window.unlock_view.message.text()
    click(qtbot, window.unlock_view.restore_button)
    assert "snapshot" in window.unlock_view.message.text()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)


def test_a_missing_key_file_offers_the_copy_kept_with_the_snapshots(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    """Issue 11, item 7: not "create a vault" but the copy of vault.json from backups/, put back with one click."""
    _with_one_case(existing_vault)  # its unlock takes the day's snapshot, with a copy of vault.json
    for name in ("vault.json", "vault.json.bak"):
        (existing_vault.paths.data / name).unlink()
    window = make_window()
    assert window.stack.currentWidget() is window.unlock_view
    view = window.unlock_view
    qtbot.waitUntil(lambda: view.restore_button.isVisible(), timeout=5000)
    assert "vault.json) is missing" in view.message.text()
    assert view.restore_button.text() == "Put the &copy back"
    click(qtbot, view.restore_button)
    assert "copy of your vault's key file is back" in view.message.text()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    assert window.vault.database.query("SELECT count(*) FROM cases") == [(1,)]


def test_remembered_vault_unlocks_by_itself(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, memory_keyring: object
) -> None:
    services.vault.create(PASSPHRASE)
    services.vault.enable_keychain()
    services.vault.lock()
    window = make_window()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cases_view, timeout=5000)
