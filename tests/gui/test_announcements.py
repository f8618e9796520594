"""Validation messages are announced to a screen reader when they appear (a message beside a field is otherwise
silent until the user moves onto it), once per message rather than on every key press, and errors interrupt."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.widgets import MessageLabel
from npdrights.gui.wizards.fields import DateField
from tests.conftest import PASSPHRASE
from tests.gui.conftest import click, type_into
from tests.gui.journey_helpers import fill_parent, next_page, start_journey, type_date, unlocked_window

Announced = list[tuple[str, QAccessible.AnnouncementPoliteness]]


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Announced:
    """What was sent to assistive technology as an announcement: (message, politeness)."""
    said: Announced = []
    send = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said


def test_a_message_is_announced_once_when_it_appears_and_again_when_it_changes(
    qtbot: QtBot, announced: Announced
) -> None:
    label = MessageLabel()
    qtbot.addWidget(label)
    label.show_message("The passphrases don't match.")
    label.show_message("The passphrases don't match.")  # the page checked itself again: nothing new to say
    assert announced == [("⚠ The passphrases don't match.", QAccessible.AnnouncementPoliteness.Assertive)]
    label.show_message("Saved.", "ok")
    label.clear_message()
    label.show_message("Saved.", "ok")  # shown again after it went away: said again
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert announced[1:] == [("✓ Saved.", polite), ("✓ Saved.", polite)]


def test_a_wrong_passphrase_is_announced(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services, announced: Announced
) -> None:
    window = make_window()
    type_into(qtbot, window.unlock_view.passphrase.edit, "not the passphrase " + PASSPHRASE)
    click(qtbot, window.unlock_view.unlock_button)
    qtbot.waitUntil(lambda: bool(announced), timeout=10_000)
    message, politeness = announced[-1]
    assert window.unlock_view.message.text() == message
    assert "passphrase" in message
    assert politeness == QAccessible.AnnouncementPoliteness.Assertive


def test_an_impossible_date_on_a_wizard_page_is_announced_as_it_appears(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    announced: Announced,
) -> None:
    wizard = start_journey(qtbot, unlocked_window(make_window, services), monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    page = wizard.page_for(Step.ABOUT)
    born = page.findChild(DateField)
    assert born is not None
    before = len(announced)
    type_date(qtbot, born, 31, 2, 2013)
    errors = [message for message, _politeness in announced[before:] if message == page.problems_label.text()]
    assert errors, announced[before:]
    assert "31" in errors[0] or "date" in errors[0].lower()
    count = len(announced)
    type_into(qtbot, page.forms[0].name, "Zebedee")  # another key press: the same problem is not said again
    assert [m for m, _p in announced[count:] if m == page.problems_label.text()] == []
