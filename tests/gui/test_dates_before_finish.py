"""Issue 13 item 2: dates that can't be true are caught before Finish, so no saved case shows "Dates need checking".

A parent who posted last week and records it today: the sending date is before the letter's date. The Finish
page says so, offers to date the letter that day, shows the re-dated letter to check, then saves a case the
rules engine can follow.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.case_list import NEEDS_CHECKING
from npdrights.core.model import EventKind
from npdrights.core.status import case_state
from npdrights.core.wizard_flow import Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.finish_page import FinishPage
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.storage.repository import Repository
from tests.gui.conftest import FIXED_NOW, click
from tests.gui.journey_helpers import (
    choose,
    finish,
    next_page,
    parent_sar_to_preview,
    type_date,
    unlocked_window,
    visible_text,
    wait_for_preview,
)

TODAY = FIXED_NOW.date()  # Saturday 28 November 2026
POSTED = date(2026, 11, 20)


def _to_finish(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[JourneyWizard, FinishPage]:
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    next_page(qtbot, wizard, Step.FINISH)
    page = wizard.page_for(Step.FINISH)
    assert isinstance(page, FinishPage)
    choose(qtbot, page.now)
    return wizard, page


def test_a_sent_date_before_the_letter_is_caught_and_the_letter_re_dated(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard, page = _to_finish(qtbot, window, monkeypatch)
    type_date(qtbot, page.mark.sent_on, 20, 11, 2026)
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish_button.isEnabled()
    assert "before the letter's date (28 November 2026)" in page.problems_label.text()
    assert page.redate_button.isVisible()
    assert page.redate_button.text().replace("&", "") == "Date the letter 20 November 2026 instead"

    click(qtbot, page.redate_button)
    qtbot.waitUntil(lambda: wizard.current_step() is Step.PREVIEW, timeout=3000)
    wait_for_preview(qtbot, wizard)
    preview = wizard.page_for(Step.PREVIEW)
    letter = preview.prepared[0].letter  # type: ignore[attr-defined]
    assert letter.date == POSTED
    assert letter.reference.startswith("NPD-SAR-20261120-")
    next_page(qtbot, wizard, Step.FINISH)
    assert page.mark.sent_on.value() == POSTED  # what was typed is still there
    assert page.problems_label.text() == "" or not page.problems_label.isVisible()
    (case_id,) = finish(qtbot, wizard)

    repository = Repository(services.vault.database)
    case = repository.case(case_id)
    assert case is not None
    events = repository.events(case_id)
    assert [(event.kind, event.on) for event in events] == [(EventKind.DRAFTED, POSTED), (EventKind.SENT, POSTED)]
    case_state(case, events, TODAY)  # the rules engine follows it: no ImpossibleSequence
    (letter_record,) = repository.letters(case_id)
    assert letter_record.created_on == POSTED
    qtbot.waitUntil(lambda: window.cases_view.model.rowCount() == 1)
    row = [window.cases_view.model.index(0, column).data() for column in range(window.cases_view.model.columnCount())]
    assert NEEDS_CHECKING not in row


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ((29, 11, 2026), "that date is in the future"),
        ((20, 11, 2024), "before the letter's date"),  # re-dating wouldn't help: more than a year ago
        ((31, 11, 2026), "not a real date"),
    ],
)
def test_other_impossible_sent_dates_say_why(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    typed: tuple[int, int, int],
    said: str,
) -> None:
    window = unlocked_window(make_window, services)
    wizard, page = _to_finish(qtbot, window, monkeypatch)
    type_date(qtbot, page.mark.sent_on, *typed)
    assert said in visible_text(page)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not page.redate_button.isVisible()
    assert Repository(services.vault.database).cases() == []


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ((29, 11, 2026), "Date: that date is in the future. Only record things that have happened."),
        ((30, 2, 2026), "Date: not a real date: check the day and the month."),
        ((1, 11, 26), "Date: write the year with 4 digits, for example 2013."),
    ],
)
def test_the_event_form_types_dates_as_the_wizard_does_and_says_why_one_is_refused(
    qtbot: QtBot, typed: tuple[int, int, int], said: str
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from npdrights.gui.cases.event_dialog import EventDialog
    from npdrights.gui.wizards.fields import DateField

    dialog = EventDialog("c1", TODAY, body="the DfE", kind=EventKind.ACKNOWLEDGED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog.fields.on, DateField)  # the same day, month and year boxes as the wizard
    assert dialog.fields.on.value() == TODAY
    type_date(qtbot, dialog.fields.on, *typed)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.message.text().endswith(said)
    assert dialog.result_event is None
    type_date(qtbot, dialog.fields.on, 27, 11, 2026)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.result_event is not None
    assert dialog.result_event.on == date(2026, 11, 27)


@pytest.mark.parametrize("year", [1899, 2101, 9999])
def test_a_year_outside_1900_to_2100_is_refused_in_the_date_boxes(qtbot: QtBot, year: int) -> None:
    """Issue 11, items 14 and 16: the year 9999 used to reach the date arithmetic and crash it."""
    from npdrights.gui.wizards.fields import DateField

    field = DateField("Date of birth")
    qtbot.addWidget(field)
    type_date(qtbot, field, 1, 2, year)
    assert field.value() is None
    assert field.problem() == "write a year from 1900 to 2100"
