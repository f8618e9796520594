"""The accessibility audit itself finds what it is meant to find, so a screen can't pass it by the audit missing
things: an unnamed field deep inside a real wizard page, a table without a name, an option whose explanation is
a loose label. And the helpers the screens use satisfy it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QRadioButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.widgets import describes, explanation, named_by
from tests.gui.accessibility import audit
from tests.gui.journey_helpers import unlocked_window


def _window(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_unnamed_field_deep_in_a_real_wizard_page_is_found(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    wizard = unlocked_window(make_window, services).journeys.start(Journey.ASK)
    qtbot.waitExposed(wizard)
    assert audit(wizard) == []
    page = wizard.page_for(Step.WHO_ASKING)
    field = QLineEdit()
    page.body.insertWidget(1, field)
    qtbot.waitUntil(field.isVisible)  # a layout shows a new child on the next turn of the event loop
    found = audit(wizard)
    assert len(found) == 1
    assert "EditableText (QLineEdit" in found[0]
    assert "no accessible name" in found[0]


def test_a_button_without_text_or_name_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    found = audit(_window(qtbot, QPushButton()))
    assert [problem for problem in found if "Button" in problem and "no accessible name" in problem]


def test_a_table_without_a_name_is_found_and_a_named_one_passes(qtbot: QtBot) -> None:
    table = QTableView()
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a table needs a name even when it can't take the focus
    window = _window(qtbot, table)
    assert any("table or list without a name" in problem for problem in audit(window))
    table.setAccessibleName("Wrong facts")
    assert audit(window) == []


@pytest.mark.parametrize("option_type", [QRadioButton, QCheckBox])
def test_an_explanation_in_a_loose_label_is_found(qtbot: QtBot, option_type: type[QRadioButton | QCheckBox]) -> None:
    option = option_type("Reply by email")
    window = _window(qtbot, option, explanation("To the email address you gave."))
    found = audit(window)
    assert len(found) == 1
    assert "loose label" in found[0]
    assert "Reply by email" in found[0]


def test_describes_makes_the_explanation_the_options_description(qtbot: QtBot) -> None:
    option = QRadioButton("Reply by &email")
    note = describes(option, "To the email address you gave.")
    window = _window(qtbot, option, note)
    assert audit(window) == []
    assert option.accessibleDescription() == note.text() == "To the email address you gave."


def test_named_by_names_the_field_from_its_label_and_moves_alt_there(qtbot: QtBot) -> None:
    field = QLineEdit()
    label = named_by(QLabel("Your &postcode"), field)
    window = _window(qtbot, label, field)
    assert audit(window) == []
    assert field.accessibleName() == "Your postcode"
    assert label.buddy() is field
