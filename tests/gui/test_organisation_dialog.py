"""Organisation › Name, address and letterhead… as an adviser uses it: type, choose a logo, save, see it kept; a file
that isn't a logo is refused in words; and an adviser's journey letter then carries it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from npdrights.core.model import Relationship
from npdrights.core.wizard_flow import Draft
from npdrights.gui.main_window import MainWindow
from npdrights.gui.organisation_dialog import OrganisationDialog
from npdrights.gui.services import Services
from npdrights.gui.wizards.letters import prepare
from npdrights.service import organisation
from tests.core.test_wizard_flow import draft, parent
from tests.gui.conftest import click, type_into
from tests.gui.test_unlock_and_lock import _unlock


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services) -> MainWindow:
    made = make_window()
    with qtbot.waitSignal(made.unlocked, timeout=5000):
        _unlock(qtbot, made)
    return made


def _open(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> OrganisationDialog:
    """Trigger the menu action; the (modal) dialog is handed back instead of waiting for it."""
    opened: list[OrganisationDialog] = []
    monkeypatch.setattr(OrganisationDialog, "exec", lambda dialog: opened.append(dialog) or dialog.show() or 0)
    window.organisation_action.trigger()
    (dialog,) = opened
    qtbot.waitExposed(dialog)
    return dialog


def test_an_adviser_sets_the_letterhead_with_a_logo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, window, monkeypatch)
    type_into(qtbot, dialog.name, "Exampleton Family Advice")
    type_into(qtbot, dialog.address, "4 Imaginary Parade")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    type_into(qtbot, dialog.address, "EX9 9ZZ")
    type_into(qtbot, dialog.charity_number, "1234567")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 100), "#1d70b8").save(logo)
    monkeypatch.setattr(dialog, "ask_logo_path", lambda: logo)
    click(qtbot, dialog.choose_logo_button)
    assert dialog.logo_preview.pixmap().width() > 0
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()

    kept = organisation.letterhead(window.vault.database)
    assert kept is not None
    assert kept.lines == (
        "Exampleton Family Advice",
        "4 Imaginary Parade, EX9 9ZZ",
        "Registered charity number 1234567",
    )
    assert kept.logo.startswith(b"\x89PNG")
    again = _open(qtbot, window, monkeypatch)
    assert again.name.text() == "Exampleton Family Advice"
    assert again.remove_logo_button.isEnabled()


def test_a_file_that_is_not_a_logo_and_a_wrong_number_are_said_plainly(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, window, monkeypatch)
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_bytes(b"%PDF-1.7 this is a letter, not a logo")
    monkeypatch.setattr(dialog, "ask_logo_path", lambda: not_a_picture)
    click(qtbot, dialog.choose_logo_button)
    assert "isn't a picture npdrights can read" in dialog.message.text()
    assert dialog.logo == b""
    type_into(qtbot, dialog.name, "Exampleton Family Advice")
    type_into(qtbot, dialog.address, "Exampleton")
    type_into(qtbot, dialog.charity_number, "12")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert "isn't a charity number" in dialog.message.text()
    assert organisation.letterhead(window.vault.database) is None


def test_the_journeys_give_the_letterhead_to_an_advisers_letter_only(window: MainWindow) -> None:
    organisation.save(window.vault.database, "Exampleton Family Advice", "Exampleton", "", b"")
    context = window.journeys._context(_draft())
    assert context.letterhead is not None
    for relationship, headed in ((Relationship.ADVISER, True), (Relationship.PARENT, False)):
        (letter,) = prepare(
            _draft(relationship),
            templates=context.templates,
            recipients=context.recipients,
            letterhead=context.letterhead,
        )
        assert (letter.letter.letterhead is not None) is headed
        assert all(form.letterhead is None for form in letter.forms)


def _draft(relationship: Relationship = Relationship.ADVISER) -> Draft:
    changes = {"organisation": "Exampleton Family Advice"} if relationship is Relationship.ADVISER else {}
    return draft(requester=parent(relationship=relationship, **changes))
