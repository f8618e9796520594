"""The backup, check and restore dialogs, clicked through as a user would (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npdrights.gui.backup_dialogs import CheckDialog, ExportDialog, suggested_backup_name
from npdrights.gui.main_window import MainWindow
from npdrights.gui.restore_dialog import RestoreDialog
from npdrights.gui.services import Services
from npdrights.storage.backup_export import Scope, export_backup
from npdrights.storage.backup_import import verify_backup
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import click, type_into
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF, fill

JOB_TIMEOUT = 15_000


@pytest.fixture
def filled(services: Services) -> Services:
    services.vault.create(PASSPHRASE)
    fill(services.vault)
    services.vault.lock()
    return services


def _unlocked_window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        type_into(qtbot, window.unlock_view.passphrase.edit, PASSPHRASE)
        click(qtbot, window.unlock_view.unlock_button)
    return window


def _type_twice(qtbot: QtBot, first: object, second: object, text: str) -> None:
    type_into(qtbot, first, text)
    type_into(qtbot, second, text)


def test_back_up_from_the_vault_menu(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    window = _unlocked_window(qtbot, make_window)
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, ExportDialog)
    suggested: list[str] = []
    target = tmp_path / "chosen.npdbackup"
    dialog.choose_path = lambda name: suggested.append(name) or target  # type: ignore[method-assign]
    _type_twice(qtbot, dialog.passphrase.edit, dialog.confirm.edit, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert suggested == ["npdrights-backup-2026-11-28.npdbackup"]
    assert f"Saved the backup as {target}." in dialog.message.text()  # the full path
    assert dialog.cancel_button.text() == "Close"
    assert verify_backup(target, BACKUP_PASSPHRASE, tmp_path).counts["cases"] == 4
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()


def test_a_mismatched_backup_passphrase_is_caught_before_anything_runs(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services
) -> None:
    window = _unlocked_window(qtbot, make_window)
    window.backup_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.choose_path = lambda _name: pytest.fail("asked where to save")  # type: ignore[method-assign]
    type_into(qtbot, dialog.passphrase.edit, BACKUP_PASSPHRASE)
    type_into(qtbot, dialog.confirm.edit, "something else entirely")
    click(qtbot, dialog.action_button)
    assert "different" in dialog.message.text()


def _backup_started(qtbot: QtBot, window: MainWindow, target: Path) -> ExportDialog:
    window.backup_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.choose_path = lambda _name: target  # type: ignore[method-assign]
    _type_twice(qtbot, dialog.passphrase.edit, dialog.confirm.edit, BACKUP_PASSPHRASE)
    click(qtbot, dialog.action_button)
    return dialog


def test_cancel_stops_a_backup_and_leaves_no_file(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    dialog = _backup_started(qtbot, _unlocked_window(qtbot, make_window), tmp_path / "never.npdbackup")
    assert dialog.progress.isVisible()
    click(qtbot, dialog.cancel_button)  # the job sees it at its first row
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=JOB_TIMEOUT)
    assert "Stopped" in dialog.message.text()
    assert list(tmp_path.glob("*npdbackup*")) == []
    assert dialog.isVisible()  # still open, to try again


def test_suggested_names_never_hold_a_name() -> None:
    today = date(2026, 11, 28)
    assert suggested_backup_name(today, Scope.one_case("c1")) == "npdrights-case-backup-2026-11-28.npdbackup"
    assert suggested_backup_name(today, Scope.one_household("h1")) == "npdrights-household-backup-2026-11-28.npdbackup"


def _a_backup(services: Services, tmp_path: Path) -> Path:
    services.vault.unlock_with_passphrase(PASSPHRASE)
    backup = tmp_path / "made-earlier.npdbackup"
    export_backup(services.vault, backup, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    services.vault.lock()
    return backup


def test_check_a_backup_file(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    backup = _a_backup(filled, tmp_path)
    window = make_window()
    assert window.check_backup_action.isEnabled()  # checking needs no unlocked vault
    window.check_backup_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, CheckDialog)
    dialog.choose_file = lambda: backup  # type: ignore[method-assign]
    click(qtbot, dialog.file.button)
    type_into(qtbot, dialog.passphrase.edit, "a wrong passphrase")
    with qtbot.waitSignal(dialog.runner.failed, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert "doesn't open this backup" in dialog.message.text()
    dialog.passphrase.clear()
    type_into(qtbot, dialog.passphrase.edit, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert "complete and undamaged" in dialog.message.text()
    assert "4 cases" in dialog.message.text()


def test_restore_by_merging_shows_duplicates_first(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    backup = _a_backup(filled, tmp_path)
    filled.vault.unlock_with_passphrase(PASSPHRASE)
    with filled.vault.database.transaction():
        filled.vault.database.execute("DELETE FROM cases WHERE id IN ('c3', 'c4')")
    filled.vault.lock()
    window = _unlocked_window(qtbot, make_window)
    assert window.cases_view.model.rowCount() == 2
    window.restore_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.choose_file = lambda: backup  # type: ignore[method-assign]
    click(qtbot, dialog.file.button)
    type_into(qtbot, dialog.passphrase.edit, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert "2 of its cases are already in this vault" in dialog.message.text()
    assert "NPD-0001, NPD-0002" in dialog.message.text()
    assert window.cases_view.model.rowCount() == 2  # nothing changed yet
    with qtbot.waitSignal(dialog.restored, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert "Added 2 cases" in dialog.message.text()
    assert window.cases_view.model.rowCount() == 4
    assert list((filled.vault.folder / "staging").iterdir()) == []


def test_restore_by_replacing(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    backup = _a_backup(filled, tmp_path)
    window = _unlocked_window(qtbot, make_window)
    with filled.vault.database.transaction():
        filled.vault.database.execute("DELETE FROM cases WHERE id='c4'")
    window.restore_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.choose_file = lambda: backup  # type: ignore[method-assign]
    click(qtbot, dialog.file.button)
    type_into(qtbot, dialog.passphrase.edit, BACKUP_PASSPHRASE)
    click(qtbot, dialog.replace_choice)
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    with qtbot.waitSignal(dialog.restored, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert filled.vault.is_unlocked
    assert sorted(c.id for c in Repository(filled.vault.database).cases()) == ["c1", "c2", "c3", "c4"]
    assert window.cases_view.model.rowCount() == 4
    assert list((filled.vault.folder / "backups").glob("*-replaced.db"))


def test_first_run_restore_creates_the_vault_and_shows_its_recovery_code(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, tmp_path: Path
) -> None:
    elsewhere = Vault(tmp_path / "old-computer", KeyringKeyStore(), kdf=FAST_KDF)
    elsewhere.create(PASSPHRASE)
    fill(elsewhere)
    backup = tmp_path / "from-the-old-computer.npdbackup"
    export_backup(elsewhere, backup, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    elsewhere.lock()
    window = make_window()
    assert window.stack.currentWidget() is window.create_view
    click(qtbot, window.create_view.restore_button)
    dialog = window.job_dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.choose_file = lambda: backup  # type: ignore[method-assign]
    click(qtbot, dialog.file.button)
    type_into(qtbot, dialog.passphrase.edit, BACKUP_PASSPHRASE)
    _type_twice(qtbot, dialog.new_passphrase.edit, dialog.new_confirm.edit, "my new laptop passphrase")
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    with qtbot.waitSignal(dialog.created, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert window.stack.currentWidget() is window.recovery_view
    assert not dialog.isVisible()
    assert services.vault.is_unlocked
    assert len(Repository(services.vault.database).cases()) == 4


def test_locking_stops_a_running_job_and_closes_the_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    window = _unlocked_window(qtbot, make_window)
    dialog = _backup_started(qtbot, window, tmp_path / "locked.npdbackup")
    window.lock()
    assert not dialog.isVisible()
    assert not filled.vault.is_unlocked
    assert not (tmp_path / "locked.npdbackup").exists()


def test_an_older_cases_file_asks_before_carrying_on(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services
) -> None:
    folder = filled.vault.folder
    old = (folder / "cases.db").read_bytes()
    filled.vault.unlock_with_passphrase(PASSPHRASE)  # raises the counter past the copy above
    filled.vault.lock()
    (folder / "cases.db").write_bytes(old)
    window = make_window()
    answers = [False, True]
    asked: list[str] = []

    def ask(error: object) -> bool:
        asked.append(str(error))
        return answers.pop(0)

    window.ask_continue_with_older_database = ask  # type: ignore[method-assign]
    type_into(qtbot, window.unlock_view.passphrase.edit, PASSPHRASE)
    click(qtbot, window.unlock_view.unlock_button)
    qtbot.waitUntil(lambda: window.unlock_view.message.isVisible(), timeout=5000)
    assert "old copy of cases.db" in window.unlock_view.message.text()
    assert not filled.vault.is_unlocked
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        type_into(qtbot, window.unlock_view.passphrase.edit, PASSPHRASE)
        click(qtbot, window.unlock_view.unlock_button)
    assert len(asked) == 2


def test_a_damaged_attachment_is_named_before_writing_and_the_rest_is_backed_up(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, tmp_path: Path
) -> None:
    """Issue 11, item 5: the dialog lists the damaged attachment by case, then "Back up the rest" saves the rest."""
    window = _unlocked_window(qtbot, make_window)
    (damaged_id,) = [row[0] for row in window.vault.database.query("SELECT id FROM attachments WHERE case_id='c2'")]
    window.vault.blobs.path_for(damaged_id).write_bytes(b"not the attachment any more")
    window.backup_action.trigger()
    dialog = window.job_dialog
    assert isinstance(dialog, ExportDialog)
    target = tmp_path / "chosen.npdbackup"
    asked: list[str] = []
    dialog.choose_path = lambda name: asked.append(name) or target  # type: ignore[method-assign]
    _type_twice(qtbot, dialog.passphrase.edit, dialog.confirm.edit, BACKUP_PASSPHRASE)
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: dialog.action_button.text() == "Back up the &rest", timeout=JOB_TIMEOUT)
    assert "reply-1.pdf (case NPD-0002)" in dialog.message.text()
    assert not target.exists()
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT):
        click(qtbot, dialog.action_button)
    assert len(asked) == 1  # the file name chosen once is kept
    assert "1 damaged attachment left out." in dialog.message.text()
    assert verify_backup(target, BACKUP_PASSPHRASE, tmp_path).counts["attachments"] == 2
