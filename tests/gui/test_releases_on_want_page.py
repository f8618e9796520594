"""A letter started from a release in the register explorer shows that release where the parent says what the
letter asks for, and the parent can take it out of the letter (issue 15 follow-up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.gui.wizards.letters import all_text
from npdrights.gui.wizards.preview_page import PreviewPage
from npdrights.gui.wizards.want_page import WantPage
from tests.gui.conftest import click
from tests.gui.journey_helpers import fill_child, fill_parent, next_page, through, unlocked_window
from tests.gui.test_register_explorer import open_explorer

RECIPIENT = "Times Newspapers"  # a release in the built-in public record (resources/register)


def letter_text(wizard: JourneyWizard) -> str:
    preview = wizard.page_for(Step.PREVIEW)
    assert isinstance(preview, PreviewPage)
    return all_text(preview.prepared)


def back_to_want(qtbot: QtBot, wizard: JourneyWizard) -> None:
    back = wizard.button(QWizard.WizardButton.BackButton)
    for _ in range(2):  # Preview -> Send -> What do you want?
        click(qtbot, back)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.WANT), timeout=3000)


def test_a_release_from_the_register_is_shown_and_can_be_taken_out(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    explorer = open_explorer(qtbot, window)
    explorer.select_recipient(RECIPIENT)
    click(qtbot, explorer.ask_dfe_button)
    wizard = window.journeys.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT)

    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    assert want.releases.isVisible()
    [(release, box)] = want.releases.boxes.items()
    assert box.text() == f"{RECIPIENT}, 26 September 2013"
    assert box.isChecked()

    through(qtbot, wizard, Step.SEND, Step.PREVIEW)
    assert RECIPIENT in letter_text(wizard)  # ticked: the letter names it

    back_to_want(qtbot, wizard)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # untick, as a parent would
    assert not box.isChecked()
    assert wizard.draft.releases == ()
    through(qtbot, wizard, Step.SEND, Step.PREVIEW)
    assert RECIPIENT not in letter_text(wizard)
    assert "Releases I am asking about" not in letter_text(wizard)

    back_to_want(qtbot, wizard)  # still listed, unticked, so it can be put back
    assert list(want.releases.boxes) == [release]
    assert not box.isChecked()
    wizard.discard()
