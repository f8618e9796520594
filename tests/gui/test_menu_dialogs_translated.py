"""Issue 18: the dialogs of the Vault, Organisation and Register menus in Polish and Urdu: their words, their
counts in each language's plural forms, and Urdu's mirrored layout. (Their 200% geometry: test_large_text.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from npdrights.core.after_sending import AfterFinish
from npdrights.core.languages import Language
from npdrights.core.model import PostMethod
from npdrights.core.retention import RetentionPolicy
from npdrights.gui.help_dialogs import WhatNextDialog
from npdrights.gui.organisation.retention_setting import RetentionState
from npdrights.gui.passphrase_dialog import ChangePassphraseDialog
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import type_into


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _settings(qtbot: QtBot, services: Services, retention: RetentionState | None = None) -> SettingsDialog:
    dialog = SettingsDialog(services.settings.load(), keychain_available=True, remembered=False, retention=retention)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _typed(qtbot: QtBot, dialog: SettingsDialog, number: str) -> str:
    """Type a new number of minutes, as a user does, and read back what the box shows."""
    dialog.auto_lock.setFocus()
    dialog.auto_lock.selectAll()
    type_into(qtbot, dialog.auto_lock, number)
    return dialog.auto_lock.text()


def test_settings_in_polish_counts_minutes_in_its_three_forms(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("pl")
    dialog = _settings(qtbot, services)
    assert dialog.windowTitle() == "Ustawienia"
    assert [_typed(qtbot, dialog, number) for number in ("1", "3", "5", "22")] == [
        "1 minuta",
        "3 minuty",
        "5 minut",
        "22 minuty",
    ]
    assert dialog.auto_lock.value() == 22  # the words around the number are not part of it
    assert dialog.remember.text() == "&Zapamiętaj na tym komputerze"
    assert "pęku kluczy" in dialog.remember.accessibleDescription()


def test_settings_in_english_still_says_minute_or_minutes(qtbot: QtBot, services: Services) -> None:
    dialog = _settings(qtbot, services)
    assert [_typed(qtbot, dialog, number) for number in ("1", "15")] == ["1 minute", "15 minutes"]


def test_the_retention_row_in_polish_names_the_translated_menu(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("pl")
    dialog = _settings(qtbot, services, RetentionState(RetentionPolicy(6), editable=False, who_can_change="Ada Admin"))
    assert dialog.retention is not None
    assert dialog.retention.years.text() == "6 lat"
    assert dialog.retention.note.text() == (
        "Tylko administrator może to zmienić: Ada Admin. Sprawy zamknięte tak dawno pojawiają się do przejrzenia "
        "w menu Organizacja › Przechowywanie. Nic nie zostanie usunięte bez pytania."
    )
    dialog.retention.years.setValue(0)
    assert dialog.retention.years.text() == "nigdy (bez zasad)"


def test_settings_in_urdu_is_mirrored(qtbot: QtBot, shown_in: Callable[[str], Language], services: Services) -> None:
    shown_in("ur")
    dialog = _settings(qtbot, services)
    assert dialog.windowTitle() == "ترتیبات"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _typed(qtbot, dialog, "5") == "5 منٹ"
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.auto_lock)
    assert label.text() == "اتنی دیر بعد بند کریں (&L)"
    assert _left(label) > _left(dialog.auto_lock)  # read from the right: the label first


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_no_english_is_left_in_settings(
    qtbot: QtBot, code: str, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in(code)
    dialog = _settings(qtbot, services, RetentionState(RetentionPolicy(2), editable=True))
    english = ["Lock", "Snapshots", "Remember", "Tell me", "Delete", "keychain", "minutes", "years", "Organisation"]
    shown = [label.text() for label in dialog.findChildren(QLabel)] + [dialog.tray.text(), dialog.remember.text()]
    assert [text for text in shown if any(word in text for word in english)] == []


def test_changing_the_passphrase_in_polish_says_what_is_missing_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language]
) -> None:
    shown_in("pl")
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Zmień hasło"
    assert dialog._problem() == "Obecne hasło: wpisz to, którego używasz teraz."
    type_into(qtbot, dialog.old.edit, "kettle orange bicycle meadow")
    type_into(qtbot, dialog.new.edit, "short")
    assert dialog._problem() == "Nowe hasło: użyj co najmniej 10 znaków."
    assert dialog.hint.text().startswith("Użyj co najmniej 10 znaków.")  # core's advice, translated here too
    type_into(qtbot, dialog.new.edit, " and longer now")
    assert dialog._problem() == "Wpisz je ponownie: oba nowe hasła się różnią."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_into(qtbot, dialog.again.edit, "short and longer now")
    assert ok.isEnabled()


def test_what_happens_next_in_urdu_says_its_steps_are_still_in_english(
    qtbot: QtBot, shown_in: Callable[[str], Language]
) -> None:
    shown_in("ur")
    dialog = WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "آگے کیا ہوگا"
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert "ان مراحل کا ابھی ترجمہ نہیں ہوا، اس لیے یہ انگریزی میں ہیں۔" in said
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "بند کریں (&C)"


def test_what_happens_next_in_english_has_no_word_about_translation(qtbot: QtBot) -> None:
    dialog = WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS))
    qtbot.addWidget(dialog)
    assert not [label for label in dialog.findChildren(QLabel) if "translated" in label.text()]
