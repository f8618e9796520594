"""Issue 13 item 4: wording and layout a parent trips over, checked as a user meets them."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from npdrights.core.letters.asks import letter_asks
from npdrights.core.model import EventKind, Relationship
from npdrights.core.wizard_flow import Journey, Step, Target
from npdrights.gui.cases.event_dialog import EventDialog
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from npdrights.gui.widgets import MessageLabel
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.gui.wizards.people_pages import ConsentPage, WhoAskingPage
from npdrights.gui.wizards.recipient_page import RecipientPage
from npdrights.gui.wizards.want_page import WantPage
from npdrights.storage.settings import Settings
from tests.gui.conftest import animated_clicks_land, click, settle, type_into
from tests.gui.journey_helpers import (
    choose,
    fill_child,
    fill_parent,
    next_page,
    start_journey,
    through,
    unlocked_window,
    visible_text,
)
from tests.gui.test_tracker import tracker  # noqa: F401  (a fixture: the sample cases, unlocked)

ROOT = Path(__file__).resolve().parents[2]


def _parent_asks_about_zebedee(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> JourneyWizard:
    """A parent's request, on "Who is it about?" with Zebedee (13) filled in."""
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    return wizard


def test_the_consent_page_names_the_tick_box_and_says_what_goes_in_the_envelope(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _parent_asks_about_zebedee(qtbot, unlocked_window(make_window, services), monkeypatch)
    next_page(qtbot, wizard, Step.CONSENT)
    page = wizard.page_for(Step.CONSENT)
    assert isinstance(page, ConsentPage)
    text = visible_text(page)
    assert "In the envelope: the letter and the authority form, signed by Zebedee." in text
    assert "If Zebedee doesn't agree, untick the box above: then only the letter goes." in text
    assert "choose '" not in text  # no control that isn't on the page
    box = page.agree[0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    qtbot.waitUntil(lambda: "In the envelope" in visible_text(page))  # the advice is laid out again
    text = visible_text(page)
    assert "In the envelope: the letter only." in text
    assert "If Zebedee agrees, tick the box above" in text


def test_the_carer_tick_box_does_not_move_the_fields_under_the_mouse(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    page = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(page, WhoAskingPage)
    before = page.name.mapTo(page, QPoint(0, 0))
    choose(qtbot, page.buttons[Relationship.PARENT])
    qtbot.waitUntil(page.carer.isVisible)
    settle()
    assert page.name.mapTo(page, QPoint(0, 0)) == before
    choose(qtbot, page.buttons[Relationship.SELF])
    qtbot.waitUntil(lambda: not page.carer.isVisible())
    settle()
    assert page.name.mapTo(page, QPoint(0, 0)) == before


def test_the_recovery_sheet_names_the_unlock_screens_button(
    make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = make_window()
    button = window.unlock_view.forgot_button.text().replace("&", "")
    sheet = existing_vault.render_recovery_sheet("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "0123456789", date(2026, 11, 28))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet)).pages)
    assert button in " ".join(text.split())


def test_plurals_and_no_bare_i(qtbot: QtBot, tracker: MainWindow) -> None:  # noqa: F811
    dialog = SettingsDialog(Settings(auto_lock_minutes=1), keychain_available=False, remembered=False)
    qtbot.addWidget(dialog)
    assert dialog.auto_lock.text() == "1 minute"
    dialog.auto_lock.setValue(5)
    assert dialog.auto_lock.text() == "5 minutes"
    view = tracker.cases_view
    view.search.setText("Primrose")
    assert view.count.text() == "Showing 1 of 6 cases."
    label = MessageLabel()
    label.show_message("The address is not confirmed.", "info")
    assert label.text() == "Note: The address is not confirmed."
    for path in (ROOT / "npdrights").rglob("*.py"):
        assert "ℹ" not in path.read_text(encoding="utf-8"), path


def test_what_the_letter_asks_for_is_one_list_without_gaps(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _parent_asks_about_zebedee(qtbot, unlocked_window(make_window, services), monkeypatch)
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT)
    page = wizard.page_for(Step.WANT)
    assert isinstance(page, WantPage)
    (asks,) = [label for label in page.sar_panel.findChildren(type(page.record_hint)) if "asks for" in label.text()]

    # The gaps came from eight labels sharing the stacked panel's spare height. Now: one label for the list,
    # and the spare height goes below everything (a stretch last). Measured layouts vary with what other tests
    # did to the application font, so the structure is what is checked.
    panel = page.sar_panel.layout()
    assert panel.itemAt(panel.count() - 1).spacerItem() is not None
    assert asks.height() <= asks.heightForWidth(asks.width()) + page.fontMetrics().lineSpacing()
    assert asks.text().count("✓") == len(letter_asks("sar-dfe"))

    # Sent to a school instead, the list is that letter's: no question about newspapers, which only the DfE's asks.
    wizard.back()
    recipient = wizard.page_for(Step.RECIPIENT)
    assert isinstance(recipient, RecipientPage)
    choose(qtbot, recipient.targets[Target.ORGANISATION])
    type_into(qtbot, recipient.name, "Exampleton Primary School")
    type_into(qtbot, recipient.address, "1 School Lane")
    type_into(qtbot, recipient.postcode, "EX1 1AA")
    next_page(qtbot, wizard, Step.WANT)
    assert asks.text() == "Your letter asks for:\n" + "\n".join(f"✓ {item}" for item in letter_asks("sar-organisation"))
    assert "newspaper" not in asks.text()


def test_the_event_list_offers_what_fits_the_case(
    qtbot: QtBot,
    tracker: MainWindow,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[list[EventKind]] = []

    def exec_(dialog: QDialog) -> int:
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        offered.append([combo.itemData(row) for row in range(combo.count())])
        assert dialog.fields.kind is combo.currentData()  # type: ignore[attr-defined]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventDialog, "exec", exec_)
    view = tracker.cases_view
    view.open_case("c-overdue")  # a request to the DfE, sent and acknowledged
    click(qtbot, view.detail.add_event_button)
    (kinds,) = offered
    assert EventKind.SENT not in kinds  # recorded already, and only once
    assert EventKind.OBJECTION_UPHELD not in kinds  # only an objection has an outcome like that
    recorded = {event.kind for event in view.detail.file.events}  # type: ignore[union-attr]
    assert kinds[0] not in recorded
    view.open_case("c-waiting")  # an objection
    click(qtbot, view.detail.add_event_button)
    assert EventKind.OBJECTION_UPHELD in offered[1]


def test_alt_b_and_escape_go_back_to_all_cases(qtbot: QtBot, tracker: MainWindow) -> None:  # noqa: F811
    view = tracker.cases_view
    for key, modifier in (
        (Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ):
        view.open_case("c-overdue")
        assert view.states.currentWidget() is view.detail
        tracker.activateWindow()
        qtbot.keyClick(view.detail.back_button, key, modifier)
        animated_clicks_land()  # Alt+B's click, without waiting out its 100 ms animation
        qtbot.waitUntil(lambda: view.states.currentWidget() is view.list_page, timeout=2000)
