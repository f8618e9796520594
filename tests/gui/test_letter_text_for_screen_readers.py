"""The letter preview's text is reachable by a screen reader: beside the printed pages (a picture) there is the
same letter as text, read-only but with a keyboard caret, in the wizard's preview, its full window and a
stored letter. It is emptied when the preview is left, as the PDF is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Step
from npdrights.gui.letter_view import LetterView
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.preview_page import PreviewPage
from tests.gui.accessibility import text_read_aloud
from tests.gui.conftest import click
from tests.gui.journey_helpers import parent_sar_to_preview, unlocked_window, window_with_filled_cases


def test_the_wizards_preview_has_the_letter_and_its_form_as_text(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = parent_sar_to_preview(qtbot, unlocked_window(make_window, services), monkeypatch)
    page = wizard.page_for(Step.PREVIEW)
    assert isinstance(page, PreviewPage)
    view = page.view
    assert [view.tabText(index) for index in range(view.count())][:2] == ["Printed letter", "Letter as text"]
    qtbot.mouseClick(view.tabBar(), Qt.MouseButton.LeftButton, pos=view.tabBar().tabRect(1).center())
    assert view.currentWidget() is view.text
    said = text_read_aloud(view.text)
    assert "Zebedee Fictionalson" in said
    assert "Ada Fictionalson" in said
    assert page.prepared[0].text in said
    assert view.text.isReadOnly()
    assert view.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard

    click(qtbot, page.full_button)
    assert page.full_window is not None
    full = page.full_window.findChild(LetterView)
    assert full is not None
    assert full.plain_text() == view.plain_text()
    page.full_window.reject()

    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.SEND))
    assert view.plain_text() == ""  # the letter names the family: not kept in a widget once the page is left


def test_a_stored_letter_has_its_text_beside_the_printed_pages(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    window.cases_view.open_case("c-overdue")
    detail = window.cases_view.detail
    detail.view_letter()
    dialog = detail.previews[-1]
    view = dialog.findChild(LetterView)
    assert view is not None
    assert text_read_aloud(view.text) == dialog.text != ""
    dialog.reject()
    assert view.plain_text() == ""
