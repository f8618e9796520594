"""How the journey wizard behaves: keyboard only, Next disabled with the field named, no temporary files, the
start screen, Cancel asking before discarding, and locking throwing typed answers away."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.model import CaseKind, Relationship
from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.journey_wizard import CancelChoice
from npdrights.gui.wizards.people_pages import AboutPage, PersonForm, WhoAskingPage
from npdrights.gui.wizards.start_dialog import StartDialog
from npdrights.storage.repository import Repository
from tests.gui.conftest import animated_clicks_land, click, settle, type_into
from tests.gui.journey_helpers import (
    fill_parent,
    next_page,
    on_about_page,
    parent_sar_to_preview,
    start_journey,
    type_date,
    unlocked_window,
    wait_for_preview,
)

ALT = Qt.KeyboardModifier.AltModifier


def focused(qtbot: QtBot) -> QWidget:
    """The widget with the keyboard focus, once one has it: a page just turned to gives it a moment later."""

    def has_focus() -> None:
        assert QApplication.focusWidget() is not None, "nothing has the keyboard focus"

    qtbot.waitUntil(has_focus, timeout=2000)
    target = QApplication.focusWidget()
    assert target is not None
    return target


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(qtbot), key, modifier)
    if modifier == ALT:  # a mnemonic "animates" its click: the button is clicked as it is released, 100 ms on
        animated_clicks_land()
        qtbot.waitUntil(lambda: not any(button.isDown() for button in _all_buttons()))


def _all_buttons() -> list[QAbstractButton]:
    return [b for top in QApplication.topLevelWidgets() for b in top.findChildren(QAbstractButton)]


def typed(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(qtbot), text)


def test_a_whole_journey_by_keyboard_alone(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A former pupil objects, using only key presses: Alt+letter to reach each field, Tab, typing, Alt+N."""
    window = unlocked_window(make_window, services)
    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda _cls, _parent: Journey.OBJECT))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Cases > New request…
    wizard = window.journeys.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and wizard.isActiveWindow())

    press(qtbot, Qt.Key.Key_M, ALT)  # I'm asking about &myself
    press(qtbot, Qt.Key.Key_F, ALT)  # Your &full name
    typed(qtbot, "Zebedee Fictionalson")
    press(qtbot, Qt.Key.Key_A, ALT)  # Your &address
    typed(qtbot, "12 Imaginary Road")
    press(qtbot, Qt.Key.Key_Return)
    typed(qtbot, "Exampleton")
    press(qtbot, Qt.Key.Key_C, ALT)  # Post&code
    typed(qtbot, "EX1 2AB")
    press(qtbot, Qt.Key.Key_N, ALT)  # &Next
    qtbot.waitUntil(lambda: wizard.currentId() == Step.ABOUT)

    press(qtbot, Qt.Key.Key_D, ALT)  # &Date of birth: the day box
    typed(qtbot, "4")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "5")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "2004")
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == Step.CONSENT)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == Step.WANT)
    press(qtbot, Qt.Key.Key_P, ALT)  # &Privacy in general: true of every pupil, so not enough alone (law §3.2)
    press(qtbot, Qt.Key.Key_N, ALT)
    assert wizard.currentId() == Step.WANT
    press(qtbot, Qt.Key.Key_E, ALT)  # &Exclusions or absence
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == Step.SEND)
    press(qtbot, Qt.Key.Key_E, ALT)  # S&econd class post
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == Step.PREVIEW)
    wait_for_preview(qtbot, wizard)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == Step.FINISH)
    with qtbot.waitSignal(wizard.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_F, ALT)  # &Finish
    (case_id,) = saved.args[0]

    repository = Repository(services.vault.database)
    case = repository.case(case_id)
    assert case is not None
    assert case.kind is CaseKind.OBJECTION_DFE
    assert case.relationship is Relationship.SELF
    (letter,) = repository.letters(case_id)
    assert "Privacy. I did not choose to be in the NPD." in letter.text
    assert letter.answers["send_by"] == "second"


def test_tab_order_follows_reading_order_on_who_is_asking(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    page = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(page, WhoAskingPage)
    fill_parent(qtbot, wizard)
    page.name.setFocus()
    order = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.address, page.postcode, page.email]


def test_only_the_first_page_is_built_on_opening_and_a_later_one_keeps_reading_order(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12, item 5: pressing "New request" builds the first page's questions only; each later page is built
    when Next reaches it, and Tab still goes through it in reading order."""
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    assert [step for step, page in wizard.pages.items() if page.built] == [Step.WHO_ASKING]
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    assert [step for step, page in wizard.pages.items() if page.built] == [Step.WHO_ASKING, Step.ABOUT]
    about = wizard.pages[Step.ABOUT]
    assert isinstance(about, AboutPage)
    form = about.forms[0]
    assert about.isAncestorOf(focused(qtbot))  # the keyboard starts on the page just reached
    form.name.setFocus()
    order = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [form.former_names, form.born.day, form.born.month, form.born.year]


def test_going_back_and_on_again_keeps_one_form_per_child_holding_what_was_typed(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's details are made again from the answers each time the page is reached; the forms they replace
    don't linger hidden with a child's details in them."""
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    about = on_about_page(qtbot, wizard)
    type_into(qtbot, about.forms[0].name, "Zebedee Fictionalson")
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    qtbot.waitUntil(lambda: wizard.current_step() is Step.WHO_ASKING)
    next_page(qtbot, wizard, Step.ABOUT)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the app's event loop does, between events
    (form,) = about.findChildren(PersonForm)
    assert form is about.forms[0]
    assert form.name.text() == "Zebedee Fictionalson"


def test_every_field_has_an_accessible_name_and_a_buddy(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    for step in (Step.WHO_ASKING, Step.ABOUT):
        page = wizard.page_for(step)
        edits = page.findChildren(QLineEdit)
        assert edits
        buddies = {label.buddy() for label in page.findChildren(QLabel)}
        for edit in edits:
            assert edit.accessibleName(), edit
            assert edit in buddies, edit.accessibleName()


def test_next_stays_disabled_while_a_field_is_wrong_and_the_message_names_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    who = wizard.page_for(Step.WHO_ASKING)
    assert not next_button.isEnabled()
    assert "Who is asking: choose who is asking" in who.to_finish.text()
    fill_parent(qtbot, wizard)
    type_into(qtbot, who.email, "not-an-address")  # type: ignore[attr-defined]
    assert not next_button.isEnabled()
    assert "Your email address: not an email address" in who.problems_label.text()
    who.email.clear()  # type: ignore[attr-defined]
    assert next_button.isEnabled()
    next_page(qtbot, wizard, Step.ABOUT)

    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    form = about.forms[0]
    type_into(qtbot, form.name, "Zebedee Fictionalson")
    assert not next_button.isEnabled()
    assert "Date of birth: type the day, month and year" in about.to_finish.text()
    type_date(qtbot, form.born, 31, 2, 2013)
    assert not next_button.isEnabled()
    assert "Date of birth: not a real date" in about.problems_label.text()
    type_date(qtbot, form.born, 4, 5, 2013)
    type_into(qtbot, form.upn, "B80120000500X")
    assert not next_button.isEnabled()
    assert about.problems_label.text().startswith("⚠ Unique Pupil Number (UPN): ")
    form.upn.clear()
    type_into(qtbot, form.upn, "B801200005001")
    assert next_button.isEnabled()
    assert not about.problems_label.isVisible()


def test_next_follows_the_page_while_the_wizard_is_disabled_and_after(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page tells the wizard only when its completeness changes (issue 12, item 5): a change made while the whole
    wizard is disabled (e.g. behind a dialog) still reaches Next once it is enabled again."""
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    who = wizard.page_for(Step.WHO_ASKING)
    fill_parent(qtbot, wizard)
    assert next_button.isEnabled()
    wizard.setEnabled(False)
    who.email.setText("not-an-address")  # type: ignore[attr-defined]
    wizard.setEnabled(True)
    assert not next_button.isEnabled()
    wizard.setEnabled(False)
    who.email.clear()  # type: ignore[attr-defined]
    wizard.setEnabled(True)
    assert next_button.isEnabled()
    type_into(qtbot, who.email, "ada@example.org")  # type: ignore[attr-defined]
    assert next_button.isEnabled()
    next_page(qtbot, wizard, Step.ABOUT)


def test_the_preview_writes_no_temporary_file(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert QDir.tempPath() == str(temp)
    window = unlocked_window(make_window, services)
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    preview = wizard.page_for(Step.PREVIEW)
    assert preview.document.pageCount() >= 2  # type: ignore[attr-defined]
    assert list(temp.iterdir()) == []
    assert not any(path.is_file() for path in services.paths.data.rglob("*.pdf"))


def test_save_pdf_suggests_a_name_without_a_person_in_it(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from npdrights.gui import printing

    window = unlocked_window(make_window, services)
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    suggested: list[str] = []

    def ask_save_path(_parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return tmp_path / "letter.pdf"

    monkeypatch.setattr(printing, "ask_save_path", ask_save_path)
    preview = wizard.page_for(Step.PREVIEW)
    click(qtbot, preview.save_button)  # type: ignore[attr-defined]
    assert suggested == ["npdrights-sar-dfe-2026-11-28.pdf"]
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    click(qtbot, preview.copy_button)  # type: ignore[attr-defined]
    assert "subject access request" in QApplication.clipboard().text()
    assert window.clipboard.holds_ours
    window.lock()
    assert QApplication.clipboard().text() == ""


def test_cancel_asks_before_throwing_answers_away(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    asked: list[bool] = []
    monkeypatch.setattr(type(wizard), "ask_on_cancel", lambda _self: asked.append(True) or CancelChoice.STAY)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert asked == [True]
    assert wizard.isVisible()
    assert wizard.draft.requester.name == "Ada Fictionalson"  # nothing lost
    monkeypatch.setattr(type(wizard), "ask_on_cancel", lambda _self: CancelChoice.THROW_AWAY)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: window.journeys.wizard is None)
    assert Repository(services.vault.database).people() == []  # nothing was saved


def test_locking_closes_the_journey_without_asking_and_forgets_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    asked: list[bool] = []
    monkeypatch.setattr(type(wizard), "ask_on_cancel", lambda _self: asked.append(True) or CancelChoice.STAY)
    context = wizard.context
    window.lock()
    assert asked == []
    assert not wizard.isVisible()
    assert window.journeys.wizard is None
    assert context.draft.requester.name == ""
    assert context.people == []
    assert window.stack.currentWidget() is window.unlock_view


def test_ctrl_n_opens_the_start_screen_only_when_unlocked(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    shown: list[bool] = []
    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda _cls, _parent: shown.append(True)))
    assert window.new_request_action.shortcut().toString() == "Ctrl+N"
    window.new_request_action.trigger()
    assert shown == [True]
    assert window.journeys.wizard is None  # cancelled on the start screen
    window.lock()
    assert not window.new_request_action.isEnabled()


def test_the_start_screen_offers_the_six_choices_by_keyboard(qtbot: QtBot) -> None:
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [button.text() for button in dialog.buttons.values()] == [
        "Find out what the DfE holds about my child or me",
        "Stop my child's data going to companies and journalists",
        "Get wrong information corrected",
        "Ask for data to be deleted",
        "Ask for the use of data to be restricted",  # docs/law.md §3.2: a restriction letter of its own
        "I asked and got no answer, or a bad one",
    ]
    assert all("minute" in button.accessibleDescription() for button in dialog.buttons.values())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.buttons[Journey.ASK])
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.buttons[Journey.CORRECT]
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.chosen is Journey.CORRECT


def test_nothing_is_clipped_at_200_percent_on_a_small_screen(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At double text size every page's content is reachable: it scrolls instead of being cut off."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    monkeypatch.setattr(app, "font", lambda: font)
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(bigger)
    try:
        window = unlocked_window(make_window, services)
        wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
        wizard.resize(1366 - 40, 768 - 60)
        fill_parent(qtbot, wizard)
        page = wizard.page_for(Step.WHO_ASKING)
        settle()
        scroll = page.scroll_area  # type: ignore[attr-defined]
        assert scroll.inner.height() >= scroll.inner.layout().heightForWidth(scroll.viewport().width())
        assert scroll.verticalScrollBar().maximum() > 0  # taller than the window: it scrolls
        assert scroll.inner.width() <= scroll.viewport().width()  # never wider: no text cut at the side
    finally:
        app.setFont(font)


@pytest.mark.skipif(os.name == "nt", reason="TMPDIR is how Unix chooses the temporary folder")
def test_tempdir_override_is_what_qt_uses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert QDir.tempPath() == str(tmp_path)
