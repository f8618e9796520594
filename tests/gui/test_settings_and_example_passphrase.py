"""Issue 13 item 8: the number of snapshots kept is in Settings; the create screen's example passphrase is rated
weak if typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from npdrights.core.passphrase import EXAMPLE
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import click, type_into, when_shown
from tests.gui.journey_helpers import unlocked_window


def test_snapshots_to_keep_is_set_in_settings_and_used_by_the_vault(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    assert services.vault.snapshots_to_keep == 7

    def change_it(dialog: SettingsDialog) -> None:
        assert "Snapshots to keep" in dialog.snapshots.accessibleName()
        dialog.snapshots.selectAll()
        type_into(qtbot, dialog.snapshots, "12")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    qtbot.waitUntil(lambda: window.settings_action.isEnabled())
    when_shown(SettingsDialog, change_it)
    window.settings_action.trigger()  # modal until saved
    assert window.settings.snapshots_to_keep == 12
    assert services.settings.load().snapshots_to_keep == 12
    assert services.vault.snapshots_to_keep == 12


def test_the_example_passphrase_is_rated_weak_on_the_create_screen(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    view = window.create_view
    assert EXAMPLE in " ".join(label.text() for label in view.findChildren(type(view.strength)))
    type_into(qtbot, view.passphrase.edit, EXAMPLE.title())
    assert view.strength.isVisible()
    assert view.strength.text().startswith("⚠ This is the example shown on this screen")
    view.passphrase.edit.clear()
    type_into(qtbot, view.passphrase.edit, "copper lantern whistle harbour")
    assert view.strength.text().startswith("✓ Strong")
