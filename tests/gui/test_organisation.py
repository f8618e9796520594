"""An adviser's screens (issue 16): sign in by name, who is signed in, advisers, the audit trail, retention."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from npdrights.core.model import EventKind
from npdrights.core.retention import RetentionPolicy
from npdrights.gui.backup_dialogs import ExportDialog
from npdrights.gui.main_window import MainWindow
from npdrights.gui.organisation.advisers_dialog import AdvisersDialog
from npdrights.gui.organisation.audit_dialog import SHOWN as AUDIT_SHOWN
from npdrights.gui.organisation.audit_dialog import AuditDialog
from npdrights.gui.organisation.retention_dialog import RetentionDialog
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from npdrights.service.retention import Retention
from npdrights.storage import audit
from npdrights.storage.advisers import Advisers
from npdrights.storage.backup_import import verify_backup
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import click, type_into, when_shown
from tests.gui.journey_helpers import unlocked_window
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE
from tests.storage.test_repository import CHILD, DFE, HOUSEHOLD, PARENT, _case, _event

ADA, ADA_PASS = "Ada Fictionalson", "ada's long test passphrase"
BEN, BEN_PASS = "Ben Madeupton", "ben's own test passphrase"


@pytest.fixture
def organisation(services: Services) -> Services:
    """Ada (admin) and Ben (adviser); one case closed in 2019."""
    vault = services.vault
    vault.create(PASSPHRASE)
    repository = Repository(vault.database)
    repository.create_case(_case(), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    repository.add_event(_event("e1", EventKind.CLOSED, date(2019, 5, 1)))
    Advisers(vault).start_organisation(ADA, ADA_PASS)
    Advisers(vault).add(BEN, BEN_PASS)
    vault.lock()
    return services


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Yes.value))


def _sign_in(qtbot: QtBot, window: MainWindow, name: str, passphrase: str) -> None:
    view = window.unlock_view
    view.name.clear()
    type_into(qtbot, view.name, name)
    qtbot.keyClick(view.name, Qt.Key.Key_Return)  # on to the passphrase
    view.passphrase.edit.clear()
    type_into(qtbot, view.passphrase.edit, passphrase)
    qtbot.keyClick(view.passphrase.edit, Qt.Key.Key_Return)


def _signed_in(qtbot: QtBot, make_window: Callable[[], MainWindow], name: str, passphrase: str) -> MainWindow:
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _sign_in(qtbot, window, name, passphrase)
    return window


def test_the_unlock_screen_asks_for_a_name_and_the_window_says_who_is_signed_in(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services
) -> None:
    window = make_window()
    assert window.unlock_view.name.isVisible()
    assert not window.unlock_view.unlock_button.isEnabled()
    _sign_in(qtbot, window, ADA, BEN_PASS)  # Ada's name with Ben's passphrase
    qtbot.waitUntil(lambda: window.unlock_view.message.isVisible(), timeout=5000)
    assert "name and passphrase don't open" in window.unlock_view.message.text()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _sign_in(qtbot, window, "ben madeupton", BEN_PASS)
    assert window.organisation.signed_in.isVisible()
    assert window.organisation.signed_in.text() == f"Signed in as {BEN}"
    window.lock()
    assert not window.organisation.signed_in.isVisible()


def test_a_parents_vault_asks_no_name_and_says_no_one_is_signed_in(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = make_window()
    assert not window.unlock_view.name.isVisible()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        type_into(qtbot, window.unlock_view.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(window.unlock_view.passphrase.edit, Qt.Key.Key_Return)
    assert not window.organisation.signed_in.isVisible()


def test_an_admin_adds_and_removes_an_adviser(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services, answer_yes: None
) -> None:
    window = _signed_in(qtbot, make_window, ADA, ADA_PASS)
    window.organisation.advisers_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, AdvisersDialog)
    assert dialog.table.rowCount() == 2
    type_into(qtbot, dialog.form.name, "Cleo Inventedby")
    type_into(qtbot, dialog.form.passphrase.edit, "cleo's test passphrase")
    type_into(qtbot, dialog.form.confirm.edit, "cleo's test passphrase")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Added Cleo Inventedby" in dialog.message.text()
    assert [dialog.table.item(row, 0).text() for row in range(3)] == [ADA, BEN, "Cleo Inventedby"]
    dialog.table.selectRow(1)
    click(qtbot, dialog.remove_button)
    assert dialog.message.text().endswith(f"Removed {BEN}.")
    assert [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())] == [ADA, "Cleo Inventedby"]
    vault = organisation.vault
    window.lock()
    with pytest.raises(Exception, match="name and passphrase"):
        vault.unlock_with_passphrase(BEN_PASS, BEN)


def _type_a_new_adviser(qtbot: QtBot, dialog: AdvisersDialog) -> None:
    type_into(qtbot, dialog.form.name, "Cleo Inventedby")
    type_into(qtbot, dialog.form.passphrase.edit, "cleo's test passphrase")
    type_into(qtbot, dialog.form.confirm.edit, "cleo's test passphrase")


@pytest.fixture
def slow_key(organisation: Services, monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """Hold the adviser's key slot (where Argon2 runs) until the test lets it go, noting the thread it ran on."""
    release, threads = threading.Event(), []
    setting_up = organisation.vault.set_adviser_slot

    def held(name: str, passphrase: str) -> None:
        threads.append(threading.current_thread().name)
        assert release.wait(10)
        setting_up(name, passphrase)

    monkeypatch.setattr(organisation.vault, "set_adviser_slot", held)
    return release, threads


def _adding_an_adviser_while_held(
    qtbot: QtBot, make_window: Callable[[], MainWindow], threads: list[str]
) -> tuple[MainWindow, AdvisersDialog]:
    """Ada signs in and adds Cleo; returns once the held key derivation has started."""
    window = _signed_in(qtbot, make_window, ADA, ADA_PASS)
    window.organisation.advisers_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, AdvisersDialog)
    _type_a_new_adviser(qtbot, dialog)
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    return window, dialog


def test_the_new_advisers_key_is_worked_out_off_the_screens_thread_with_a_busy_state(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    organisation: Services,
    slow_key: tuple[threading.Event, list[str]],
) -> None:
    release, threads = slow_key
    _window, dialog = _adding_an_adviser_while_held(qtbot, make_window, threads)
    # The key is being worked out, and the screen still answers: busy, with nothing to click twice.
    assert threads != [threading.main_thread().name]
    assert dialog.busy
    assert dialog.progress.isVisible()
    assert [widget.isEnabled() for widget in (dialog.add_button, dialog.form, dialog.remove_button)] == [False] * 3
    assert "few seconds" in dialog.message.text()
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2000)  # the screen's event loop runs while the work is held
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert not dialog.progress.isVisible()
    assert dialog.add_button.isEnabled()
    assert "Added Cleo Inventedby" in dialog.message.text()
    assert dialog.table.rowCount() == 3


def test_locking_while_a_key_is_worked_out_waits_for_it_and_keeps_the_adviser(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    organisation: Services,
    slow_key: tuple[threading.Event, list[str]],
) -> None:
    release, threads = slow_key
    window, _dialog = _adding_an_adviser_while_held(qtbot, make_window, threads)
    threading.Timer(0.3, release.set).start()
    window.lock()  # closes the dialog, which lets the key slot be written before the key is wiped
    qtbot.wait(50)  # the result arrives for a closed dialog: ignored, nothing raised
    organisation.vault.unlock_with_passphrase("cleo's test passphrase", "Cleo Inventedby")
    organisation.vault.lock()


def test_an_adviser_sees_the_advisers_but_cant_change_them(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services
) -> None:
    window = _signed_in(qtbot, make_window, BEN, BEN_PASS)
    window.organisation.advisers_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, AdvisersDialog)
    assert not dialog.add_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert "admin role" in dialog.message.text()


def test_the_audit_screen_lists_changes_and_checks_them(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services
) -> None:
    window = _signed_in(qtbot, make_window, ADA, ADA_PASS)
    window.organisation.audit_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, AuditDialog)
    assert [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())] == [
        "event added: closing the case",
        "case created: What the DfE holds",
    ]
    assert dialog.table.horizontalHeaderItem(1).text() == "When (UK time)"
    assert dialog.count_line.isHidden()  # every entry is on screen: nothing to say
    click(qtbot, dialog.check_button)
    assert "checks out: 2 entries" in dialog.message.text()
    # The screen shows the case by the reference the cases list's search finds; the trail itself holds none.
    assert {dialog.table.item(row, 4).text() for row in range(2)} == {_case().reference}
    dialog.reject()
    Repository(window.vault.database).delete_case("c1")
    window.organisation.audit_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, AuditDialog)
    assert {dialog.table.item(row, 4).text() for row in range(3)} == {"c1 (no longer in the vault)"}


def test_the_audit_screen_shows_uk_time_and_says_when_it_shows_only_the_newest(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services
) -> None:
    window = _signed_in(qtbot, make_window, ADA, ADA_PASS)
    connection = window.vault.database.connection
    # A summer afternoon's work, more than the screen shows: the clock is fixed so the time shown is known.
    audit.install(connection, adviser=lambda: ADA, now=lambda: "2026-07-01T13:05:09Z")
    with window.vault.database.transaction():
        for _ in range(AUDIT_SHOWN + 1):
            audit.record(connection, audit.LETTER_SAVED, "c1", "sar-dfe")
    total = audit.count(connection)
    window.organisation.audit_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, AuditDialog)
    assert dialog.table.rowCount() == AUDIT_SHOWN
    assert dialog.table.item(0, 1).text() == "2026-07-01 14:05:09 BST"
    assert dialog.count_line.isVisible()
    assert dialog.count_line.text().startswith(f"Showing the newest 1,000 of {total:,} entries.")
    assert "npdrights-cli audit list --limit 0" in dialog.count_line.text()


def test_retention_review_sets_the_policy_and_deletes_on_confirmation(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services, answer_yes: None
) -> None:
    window = _signed_in(qtbot, make_window, ADA, ADA_PASS)
    window.organisation.retention_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, RetentionDialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.delete_button.isEnabled()
    assert "Vault › Settings" in dialog.summary.text()
    dialog.reject()
    settings = _in_settings(qtbot, window, lambda shown: _type_years(qtbot, shown, "6"))
    assert settings.retention is not None
    assert settings.retention.years.isEnabled()
    window.organisation.retention_action.trigger()
    dialog = window.organisation.dialog
    assert isinstance(dialog, RetentionDialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == CHILD.full_name
    assert "1 case is past it" in dialog.summary.text()
    click(qtbot, dialog.delete_button)
    assert "Deleted 1 case" in dialog.message.text()
    assert "daily snapshots" in dialog.message.text()
    assert dialog.table.rowCount() == 0
    assert Repository(organisation.vault.database).cases() == []


def _type_years(qtbot: QtBot, dialog: SettingsDialog, years: str) -> None:
    assert dialog.retention is not None
    dialog.retention.years.selectAll()
    type_into(qtbot, dialog.retention.years, years)


def _in_settings(qtbot: QtBot, window: MainWindow, change: Callable[[SettingsDialog], None]) -> SettingsDialog:
    """Open Vault › Settings… (modal), let `change` type into it, press Save; returns the dialog as it was."""
    seen: list[SettingsDialog] = []

    def answer(dialog: SettingsDialog) -> None:
        seen.append(dialog)
        change(dialog)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    when_shown(SettingsDialog, answer)
    window.settings_action.trigger()
    assert seen, "Settings did not open"
    return seen[0]


def test_an_adviser_sees_the_retention_policy_in_settings_and_who_can_change_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services
) -> None:
    organisation.vault.unlock_with_passphrase(ADA_PASS, ADA)
    Retention(organisation.vault, date.today).set_policy(RetentionPolicy(6))
    organisation.vault.lock()
    window = _signed_in(qtbot, make_window, BEN, BEN_PASS)

    def try_to_change(dialog: SettingsDialog) -> None:
        assert dialog.retention is not None
        assert not dialog.retention.years.isEnabled()
        assert dialog.retention.years.text() == "6 years"
        assert f"Only an admin can change this: {ADA}." in dialog.retention.note.text()
        dialog.retention.years.setValue(1)  # even if it could be changed, it isn't saved for him

    _in_settings(qtbot, window, try_to_change)
    assert Retention(organisation.vault, date.today).policy() == RetentionPolicy(6)


def test_a_familys_own_vault_sets_its_retention_policy_in_settings(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    settings = _in_settings(qtbot, window, lambda dialog: _type_years(qtbot, dialog, "3"))
    assert settings.retention is not None
    assert "Only an admin" not in settings.retention.note.text()
    assert Retention(services.vault, date.today).policy() == RetentionPolicy(3)
    _in_settings(qtbot, window, lambda dialog: _type_years(qtbot, dialog, "0"))  # back to no policy
    assert Retention(services.vault, date.today).policy() == RetentionPolicy()
    window.lock()
    assert window.organisation.retention_state() is None  # kept in the vault: not shown, nor read, while locked


def test_the_review_offers_a_backup_first_which_keeps_the_case_it_then_deletes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], organisation: Services, answer_yes: None, tmp_path: Path
) -> None:
    window = _signed_in(qtbot, make_window, ADA, ADA_PASS)
    Retention(window.vault, date.today).set_policy(RetentionPolicy(6))
    window.organisation.retention_action.trigger()
    review = window.organisation.dialog
    assert isinstance(review, RetentionDialog)
    click(qtbot, review.backup_button)
    backup = window.job_dialog
    assert isinstance(backup, ExportDialog)
    assert QApplication.activeModalWidget() is backup  # above the review, which stays open for the deleting
    target = tmp_path / "before deleting.npdbackup"
    backup.choose_path = lambda _name: target  # type: ignore[method-assign]
    for field in (backup.passphrase.edit, backup.confirm.edit):
        type_into(qtbot, field, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(backup.job_done, timeout=15_000):
        click(qtbot, backup.action_button)
    click(qtbot, backup.cancel_button)  # now "Close"
    assert review.isVisible()
    click(qtbot, review.delete_button)
    assert "Deleted 1 case" in review.message.text()
    assert Repository(window.vault.database).cases() == []
    assert verify_backup(target, BACKUP_PASSPHRASE, tmp_path).counts["cases"] == 1  # it can still come back
    newest = [entry.kind for entry in audit.entries(window.vault.database.connection, limit=3)]
    assert newest == [audit.CASE_DELETED, audit.DELETED_BY_POLICY, audit.CASE_EXPORTED]
