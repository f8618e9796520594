"""Driving the journey wizard as a user would: typing into fields and clicking Next or Finish."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.fields import DateField
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.gui.wizards.people_pages import AboutPage, PersonForm
from npdrights.gui.wizards.start_dialog import StartDialog
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import click, settle, type_into
from tests.tracker_fixtures import fill


def unlocked_window(make_window: Callable[[], MainWindow], services: Services) -> MainWindow:
    services.vault.create(PASSPHRASE)  # leaves the vault open, as after the first run
    window = make_window()
    window._enter_cases()
    return window


def lasting_unlocked_window(services: Services) -> MainWindow:
    """An unlocked window on a new, empty vault that outlasts a test (qtbot closes its widgets as each test ends):
    for a module whose tests only start a journey from it and close it again (issue 12, item 5). Close it with
    close_lasting_window()."""
    services.vault.create(PASSPHRASE)
    window = MainWindow(services)
    window.show()
    window._enter_cases()
    settle()
    return window


def close_lasting_window(window: MainWindow) -> None:
    window.journeys.discard()
    window.background.wait(5000)
    window.close()
    window.deleteLater()
    settle()


def window_with_filled_cases(qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services) -> MainWindow:
    """A new vault holding the tracker's fictional cases (tests/tracker_fixtures.py), their list on screen."""
    services.vault.create(PASSPHRASE)
    fill(Repository(services.vault.database))
    window = make_window()
    window._enter_cases()
    qtbot.waitUntil(lambda: not window.cases_view.loading, timeout=10_000)
    return window


def start_journey(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, journey: Journey) -> JourneyWizard:
    """Press "Start a new request" and choose `journey` on the start screen."""
    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda _cls, _parent: journey))
    click(qtbot, window.cases_view.empty.start_button)
    wizard = window.journeys.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def type_lines(qtbot: QtBot, field: QPlainTextEdit, lines: Sequence[str]) -> None:
    for index, line in enumerate(lines):
        if index:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        type_into(qtbot, field, line)


def type_date(qtbot: QtBot, field: DateField, day: int, month: int, year: int) -> None:
    for edit, value in ((field.day, day), (field.month, month), (field.year, year)):
        edit.clear()
        type_into(qtbot, edit, str(value))


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_into(qtbot, edit, text)


def next_page(qtbot: QtBot, wizard: JourneyWizard, expected: Step) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), _stuck(wizard)
    click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.currentId() == int(expected), timeout=3000)


def on_about_page(qtbot: QtBot, wizard: JourneyWizard) -> AboutPage:
    """On to "Who is it about?", and that page."""
    next_page(qtbot, wizard, Step.ABOUT)
    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    return about


def _stuck(wizard: JourneyWizard) -> str:
    page = wizard.page_for(wizard.current_step())
    return f"Next is disabled on {wizard.current_step().name}: {page.current_problems()}"


def choose(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its box or label (its middle may be past the end of the label); the
    box is at the right in a right-to-left language."""
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0, timeout=2000)
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))
    assert button.isChecked()


def wait_for_preview(qtbot: QtBot, wizard: JourneyWizard) -> None:
    page = wizard.page_for(Step.PREVIEW)
    qtbot.waitUntil(page.isComplete, timeout=20_000)


def finish(qtbot: QtBot, wizard: JourneyWizard) -> list[str]:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled(), _stuck(wizard)
    with qtbot.waitSignal(wizard.saved, timeout=5000) as saved:
        click(qtbot, button)
    case_ids: list[str] = saved.args[0]
    return case_ids


def fill_parent(qtbot: QtBot, wizard: JourneyWizard, *, name: str = "Ada Fictionalson") -> None:
    from npdrights.core.model import Relationship
    from npdrights.gui.wizards.people_pages import WhoAskingPage

    page = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(page, WhoAskingPage)
    choose(qtbot, page.buttons[Relationship.PARENT])
    type_into(qtbot, page.name, name)
    type_lines(qtbot, page.address, ["12 Imaginary Road", "Exampleton"])
    type_into(qtbot, page.postcode, "EX1 2AB")


def visible_text(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def fill_child(
    qtbot: QtBot, wizard: JourneyWizard, name: str, born: tuple[int, int, int], index: int = 0
) -> PersonForm:
    """On "Who is it about?": the `index`th child's name and date of birth (day, month, year)."""
    from npdrights.gui.wizards.people_pages import AboutPage

    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    form = about.forms[index]
    type_into(qtbot, form.name, name)
    type_date(qtbot, form.born, *born)
    return form


def through(qtbot: QtBot, wizard: JourneyWizard, *pages: Step) -> None:
    """Press Next on each page in turn, checking each page it arrives at."""
    for page in pages:
        next_page(qtbot, wizard, page)
        if page is Step.PREVIEW:
            wait_for_preview(qtbot, wizard)


def parent_sar_to_preview(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> JourneyWizard:
    """The shortest parent's request to the DfE, as far as the rendered preview."""
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND, Step.PREVIEW)
    return wizard
