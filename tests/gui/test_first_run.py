"""First run: create the vault, keep the recovery code, land on the empty cases screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from npdrights.gui import printing
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from tests.conftest import PASSPHRASE
from tests.gui.conftest import click, settle, type_into


def _create(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    view = window.create_view
    type_into(qtbot, view.passphrase.edit, passphrase)
    type_into(qtbot, view.confirm.edit, passphrase)
    assert view.create_button.isEnabled()
    click(qtbot, view.create_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_view, timeout=10_000)


def _keep_code(qtbot: QtBot, window: MainWindow) -> None:
    view = window.recovery_view
    group = view.code_label.text().split()[view.asked_group]
    type_into(qtbot, view.check_edit, group.lower())
    assert view.continue_button.isEnabled()
    click(qtbot, view.continue_button)


def test_first_run_creates_the_vault_and_shows_the_empty_cases_screen(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.create_view
    assert not services.vault.exists()
    _create(qtbot, window)
    assert services.vault.exists()
    assert len(window.recovery_view.code_label.text().split()) == 14
    _keep_code(qtbot, window)
    assert window.stack.currentWidget() is window.cases_view
    assert window.cases_view.empty.start_button.isVisible()
    assert window.recovery_view.code_label.text() == ""
    assert window.lock_action.isEnabled()


def test_create_stays_disabled_until_both_passphrases_agree(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    view = window.create_view
    type_into(qtbot, view.passphrase.edit, "short")
    assert not view.create_button.isEnabled()
    assert "too short" not in view.strength.text()
    assert "at least 10" in view.strength.text()
    type_into(qtbot, view.passphrase.edit, " but now long enough")
    type_into(qtbot, view.confirm.edit, "something else entirely")
    assert not view.create_button.isEnabled()
    qtbot.keyClick(view.confirm.edit, Qt.Key.Key_Return)
    assert "different" in view.message.text()


def test_a_wrong_group_does_not_continue(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    _create(qtbot, window)
    view = window.recovery_view
    type_into(qtbot, view.check_edit, "ZZZZ")
    assert not view.continue_button.isEnabled()
    qtbot.keyClick(view.check_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is view
    assert "isn't the" in view.message.text()


def test_recovery_sheet_can_be_saved_as_pdf(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chosen" / "sheet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(printing, "ask_save_path", lambda _parent, _name: target)
    window = make_window()
    _create(qtbot, window)
    click(qtbot, window.recovery_view.save_button)
    assert target.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = PdfReader(target).pages[0].extract_text()
    first_group = window.recovery_view.code_label.text().split()[0]
    assert first_group in text


def test_keychain_choice_is_hidden_without_a_keychain(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.background.wait(5000)
    settle()  # the keychain check's answer, queued by the finished job
    assert not window.create_view.remember.isVisible()


def test_keychain_choice_is_offered_and_used_when_a_keychain_works(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, memory_keyring: object
) -> None:
    window = make_window()
    qtbot.waitUntil(window.create_view.remember.isVisible, timeout=5000)
    window.create_view.remember.setChecked(True)
    _create(qtbot, window)
    _keep_code(qtbot, window)
    assert services.vault.has_keychain_slot()
