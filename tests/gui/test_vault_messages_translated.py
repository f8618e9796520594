"""Issue 18: what goes wrong with the vault is said in the screens' language, with its dates written the
language's way; the command line (str(error)) keeps the English."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from npdrights.core.languages import Language
from npdrights.gui.i18n import screen_datetime
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.vault_messages import shown_message
from npdrights.storage.errors import AdviserRefused, DamagedDatabase, VaultError, WrongSecret
from npdrights.storage.faults import DiskFull
from tests.gui.conftest import type_into

SNAPSHOT_TAKEN = datetime(2026, 11, 27, 9, 30)


def test_a_wrong_passphrase_is_explained_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    shown_in("pl")
    window = make_window()
    type_into(qtbot, window.unlock_view.passphrase.edit, "not my passphrase")
    qtbot.keyClick(window.unlock_view.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.unlock_view.message.isVisible, timeout=5000)
    assert "To hasło nie otwiera tego sejfu." in window.unlock_view.message.text()
    assert not existing_vault.vault.is_unlocked


def test_a_damaged_cases_file_is_explained_in_urdu_with_the_snapshots_date_in_urdu(
    shown_in: Callable[[str], Language],
) -> None:
    error = DamagedDatabase(SNAPSHOT_TAKEN)
    shown_in("ur")
    said = shown_message(error)
    assert said.startswith("آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) خراب ہے۔")
    assert f"آپ {screen_datetime(SNAPSHOT_TAKEN)} کو لیے گئے" in said  # the date the Urdu way, not in English
    assert "November" not in said
    assert "taken on Friday 27 November 2026 at 09:30" in str(error)  # the command line's English, unchanged


def test_names_and_numbers_go_into_the_translated_sentence(shown_in: Callable[[str], Language]) -> None:
    shown_in("pl")
    refusal = AdviserRefused(
        "There is already an adviser called {name}. Choose another name.", name="Ada {not a field} Admin"
    )
    assert shown_message(refusal) == "Jest już doradca o nazwie Ada {not a field} Admin. Wybierz inną nazwę."
    assert shown_message(DiskFull()).startswith("Dysk jest pełny, więc npdrights nie mógł zapisać.")
    assert shown_message(WrongSecret()).startswith("To hasło nie otwiera tego sejfu.")


def test_a_message_without_a_translation_is_shown_as_it_came(shown_in: Callable[[str], Language]) -> None:
    shown_in("pl")
    assert shown_message(VaultError("Not yet marked {for} translation.")) == "Not yet marked {for} translation."


def test_english_screens_show_the_english_message() -> None:
    error = DamagedDatabase(SNAPSHOT_TAKEN, missing=True)
    assert shown_message(error) == str(error)
    assert "is missing. Nothing has been changed." in str(error)
