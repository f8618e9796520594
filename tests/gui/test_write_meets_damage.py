"""Issue 17 leftover: a write made in the first moment after unlocking, while the integrity check still runs on a
vault it then finds damaged, waits for the check and is refused. Saving notes (by their button, or as a lock saves
them) did not expect that refusal, and the parent saw the crash dialog just before the snapshot offer. The window
now answers it as the check's own finding: the vault closed, nothing written, the snapshot offered, no crash."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Journey
from npdrights.crash_details import handled_first
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.storage.errors import DamagedDatabase
from tests.damaged_pages import folder_state, hold_the_check
from tests.gui.conftest import click
from tests.gui.journey_helpers import fill_parent
from tests.gui.test_check_after_paint import _damaged_in, _offered_the_snapshot
from tests.gui.test_unlock_and_lock import _unlock


class _Top:
    """What reached the top of the process: answered by the window, or left to the crash dialog."""

    def __init__(self) -> None:
        self.answered: list[BaseException] = []
        self.crashed: list[BaseException] = []


@contextmanager
def _the_apps_hooks(window: MainWindow) -> Iterator[_Top]:
    """The top-of-process hooks as app.py installs them, with what reaches the crash dialog listed, not shown."""
    top = _Top()

    def answered_at_top(error: BaseException) -> bool:
        answered = window.answered_at_top(error)
        if answered:
            top.answered.append(error)
        return answered

    before = sys.excepthook
    sys.excepthook = handled_first(answered_at_top, lambda _kind, error, _tb: top.crashed.append(error))
    try:
        yield top
    finally:
        sys.excepthook = before


def _unlocked_during_the_check(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, threading.Event]:
    """The window showing the cases, the unlock's check held back."""
    may_finish = hold_the_check(monkeypatch)
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    assert not services.vault.database.integrity.done
    return window, may_finish


def _notes_typed(window: MainWindow) -> None:
    window.cases_view.open_case("c1")
    window.cases_view.detail.notes.setPlainText("Rang the DfE on 2 November.")
    window.cases_view.detail.notes.document().setModified(True)


def _check_answers_when_waited_for(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, services: Services, may_finish: threading.Event
) -> list[bool]:
    """The window's thread is about to wait for the check (inside a write, or as it closes): let the check answer as
    the window's thread starts waiting, not a fixed time later. Returns, for each such wait, whether the check had
    answered already (the first should find it still under way)."""
    check = services.vault.database.integrity
    answered_already: list[bool] = []

    def answer_first(wait: Callable[..., bool]) -> Callable[..., bool]:
        def answered(*args: int) -> bool:
            if threading.current_thread() is threading.main_thread():
                answered_already.append(check.done)
                may_finish.set()
            return wait(*args)

        return answered

    monkeypatch.setattr(check, "run", answer_first(check.run))  # what a write waits in
    monkeypatch.setattr(window.integrity_checks, "wait", answer_first(window.integrity_checks.wait))  # closing
    return answered_already


def _closed_with_the_offer(qtbot: QtBot, window: MainWindow, services: Services, crashed: list[BaseException]) -> None:
    _offered_the_snapshot(qtbot, window)
    assert not services.vault.is_unlocked
    assert window.cases_view.model.rowCount() == 0  # the cases are gone from the screen, as at any lock
    assert window.cases_view.detail.notes.toPlainText() == ""
    assert crashed == []


def _save_notes_by_their_button(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.cases_view.detail.save_notes_button)


def _lock_with_ctrl_l(_qtbot: QtBot, window: MainWindow) -> None:
    window.lock_action.trigger()  # the lock saves the notes being typed


@pytest.mark.parametrize("save_notes", [_save_notes_by_their_button, _lock_with_ctrl_l], ids=["button", "lock"])
def test_saving_notes_as_the_check_finds_damage_offers_the_snapshot_without_the_crash_dialog(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    monkeypatch: pytest.MonkeyPatch,
    save_notes: Callable[[QtBot, MainWindow], None],
) -> None:
    before = _damaged_in(existing_vault, "audit")  # only the check finds it: the list reads fine
    window, may_finish = _unlocked_during_the_check(qtbot, make_window, existing_vault, monkeypatch)
    _notes_typed(window)
    with _the_apps_hooks(window) as top:
        waits = _check_answers_when_waited_for(monkeypatch, window, existing_vault, may_finish)
        save_notes(qtbot, window)
        _closed_with_the_offer(qtbot, window, existing_vault, top.crashed)
    assert waits[:1] == [False]  # the window's thread did wait for the check
    assert [type(error) for error in top.answered] == [DamagedDatabase]  # the save met the refusal
    assert folder_state(existing_vault.paths.data) == before  # not a byte written
    assert "Notes saved" not in window.cases_view.detail.notes_message.text()


def test_locking_with_a_letter_half_written_as_the_check_finds_damage_offers_the_snapshot(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeping the open journey as a draft is refused, and said so; the snapshot is offered with it (the message
    already said "You can go back to the latest snapshot", but no button offered it)."""
    before = _damaged_in(existing_vault, "audit")
    window, may_finish = _unlocked_during_the_check(qtbot, make_window, existing_vault, monkeypatch)
    wizard = window.journeys.start(Journey.ASK)
    qtbot.waitExposed(wizard)
    fill_parent(qtbot, wizard, name="Ada Fictionalson")
    with _the_apps_hooks(window) as top:
        waits = _check_answers_when_waited_for(monkeypatch, window, existing_vault, may_finish)
        window.lock_action.trigger()
        _closed_with_the_offer(qtbot, window, existing_vault, top.crashed)
    assert waits[:1] == [False]  # the window's thread did wait for the check
    assert window.unlock_view.message.text().startswith("⚠ Your unfinished letter could not be kept: ")
    assert window.journeys.wizard is None  # its answers gone from memory, as at any lock
    assert folder_state(existing_vault.paths.data) == before


def test_closing_with_notes_typed_as_the_check_finds_damage_writes_nothing_and_shows_no_crash_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing waits for the check, then locks: the lock, seeing the damage, closes the vault before saving notes."""
    before = _damaged_in(existing_vault, "audit")
    window, may_finish = _unlocked_during_the_check(qtbot, make_window, existing_vault, monkeypatch)
    _notes_typed(window)
    with _the_apps_hooks(window) as top:
        waits = _check_answers_when_waited_for(monkeypatch, window, existing_vault, may_finish)
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert waits[:1] == [False]  # the window's thread did wait for the check
    assert top.crashed == []
    assert not existing_vault.vault.is_unlocked
    assert folder_state(existing_vault.paths.data) == before


def _raise_from_a_slot(qtbot: QtBot, top: _Top, error: BaseException) -> None:
    def fail() -> None:
        raise error

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(top.crashed or top.answered), timeout=5000)  # until it has reached the top


def test_a_programming_error_while_the_check_finds_damage_still_reaches_the_crash_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damaged_in(existing_vault, "audit")
    window, may_finish = _unlocked_during_the_check(qtbot, make_window, existing_vault, monkeypatch)
    may_finish.set()
    check = existing_vault.vault.database.integrity
    assert check.run() is False  # answered; the window hears of it once this thread gets back to its events
    with _the_apps_hooks(window) as top:
        fault = RuntimeError("a fault in npdrights")
        sys.excepthook(RuntimeError, fault, None)  # as PySide6 reports an error raised in a slot
        assert top.crashed == [fault]
        assert top.answered == []
    assert existing_vault.vault.is_unlocked  # not taken for the damage: the check's own answer closes it next
    _offered_the_snapshot(qtbot, window)


def test_a_damaged_vault_error_on_a_vault_the_check_passed_still_reaches_the_crash_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    """Only the refusal the check's finding explains is answered with the offer: not one it can't explain."""
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    qtbot.waitUntil(lambda: existing_vault.vault.database.integrity.passed, timeout=5000)
    with _the_apps_hooks(window) as top:
        unexplained = DamagedDatabase(None)
        _raise_from_a_slot(qtbot, top, unexplained)
        assert top.crashed == [unexplained]
    assert window.stack.currentWidget() is window.cases_view
