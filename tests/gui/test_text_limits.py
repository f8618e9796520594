"""Issue 11, item 14: a person's details stop at core/limits.py's lengths when typed or pasted, and say so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from npdrights.core.limits import LONG_TEXT_CHARS, SHORT_TEXT_CHARS, check_limits
from npdrights.core.model import EventKind
from npdrights.gui.cases.event_dialog import EventDialog
from npdrights.gui.cases.people import PersonDialog
from tests.gui.conftest import FIXED_NOW, type_into


def _paste(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().clear()


def _dialog(qtbot: QtBot) -> PersonDialog:
    dialog = PersonDialog(None, [], FIXED_NOW.date())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_huge_name_pasted_is_cut_at_the_limit_and_saves(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)

    _paste(qtbot, dialog.name, "Poppy Fictional-Pupil " * 5_000)

    assert len(dialog.name.text()) == SHORT_TEXT_CHARS
    assert "A name can be up to 1,024 characters" in dialog.message.text()
    dialog._save()
    assert dialog.result_person is not None
    check_limits(dialog.result_person)  # what the dialog made is what a backup may hold


def test_typing_past_the_limit_of_a_postcode_says_so(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.postcode.setText("Z" * SHORT_TEXT_CHARS)
    assert dialog.message.text() == ""

    type_into(qtbot, dialog.postcode, "Z")

    assert len(dialog.postcode.text()) == SHORT_TEXT_CHARS
    assert "A postcode can be up to 1,024 characters" in dialog.message.text()


def test_a_huge_address_pasted_keeps_what_fits_and_says_so(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    type_into(qtbot, dialog.name, "Poppy Fictional-Pupil")

    _paste(qtbot, dialog.address, "1 Madeup Lane\n" * 10_000)

    assert len(dialog.address.toPlainText()) == SHORT_TEXT_CHARS
    assert "The address can be up to 1,024 characters" in dialog.message.text()
    _paste(qtbot, dialog.former, "Poppy Oldname " * 1_000)
    assert len(dialog.former.toPlainText()) == SHORT_TEXT_CHARS
    assert "Former names can be up to 1,024 characters" in dialog.message.text()


def test_within_the_limits_nothing_is_said(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)

    type_into(qtbot, dialog.name, "Poppy Fictional-Pupil")
    _paste(qtbot, dialog.address, "1 Madeup Lane\nNowhere Town")

    assert dialog.name.text() == "Poppy Fictional-Pupil"
    assert dialog.address.toPlainText() == "1 Madeup Lane\nNowhere Town"
    assert not dialog.message.isVisible()


def test_an_events_reference_and_note_stop_at_their_limits(qtbot: QtBot) -> None:
    dialog = EventDialog("c1", FIXED_NOW.date(), body="the DfE", kind=EventKind.ANSWERED_PART)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields.reference is not None

    _paste(qtbot, dialog.fields.reference, "IC-" + "9" * 50_000)

    assert len(dialog.fields.reference.text()) == SHORT_TEXT_CHARS
    assert "A reference can be up to 1,024 characters" in dialog.message.text()
    assert dialog.fields.note is not None

    _paste(qtbot, dialog.fields.note, "They said no. " * 10_000)

    assert len(dialog.fields.note.toPlainText()) == LONG_TEXT_CHARS
    assert "A note can be up to 100,000 characters" in dialog.message.text()
