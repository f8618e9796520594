"""Issue 11 item 14: a name in a script the letter's font lacks (here Chinese) would print as empty boxes. The CLI
warned; the preview now says so too, naming the characters, and a name the font can show gets no such warning."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.preview_page import PreviewPage
from tests.gui.journey_helpers import fill_child, fill_parent, next_page, start_journey, through, unlocked_window


@pytest.mark.parametrize(
    ("child", "warned"),
    [("Zebedee 小明 Fictionalson", True), ("Zuzanna Łęcka-Fictionalska", False)],
)
def test_the_preview_warns_of_characters_the_printed_letter_cannot_show(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    child: str,
    warned: bool,
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    form = fill_child(qtbot, wizard, "", (4, 5, 2013))
    # Qt's test key presses are Latin-1 only; a family types such a name with an input method or pastes it.
    QApplication.clipboard().setText(child)
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.name.text() == child
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND, Step.PREVIEW)
    preview = wizard.page_for(Step.PREVIEW)
    assert isinstance(preview, PreviewPage)
    shown = preview.warnings.text() if preview.warnings.isVisible() else ""
    assert ("come out as empty boxes: 小明" in shown) is warned
    assert preview.isComplete()  # a warning, not a stop: the family may add the name by hand after printing
