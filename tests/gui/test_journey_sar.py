"""A parent's subject access request, end to end: typed and clicked through, to a tracked case with its letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from npdrights.core.model import CaseKind, EventKind, PostMethod
from npdrights.core.status import CaseStatus, case_state
from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.finish_page import FinishPage
from npdrights.gui.wizards.people_pages import AboutPage, ConsentPage
from npdrights.storage.repository import Repository
from tests.gui.conftest import FIXED_NOW, type_into
from tests.gui.journey_helpers import (
    choose,
    fill_child,
    fill_parent,
    finish,
    next_page,
    start_journey,
    through,
    type_date,
    unlocked_window,
    visible_text,
    wait_for_preview,
)

TODAY = FIXED_NOW.date()  # Saturday 28 November 2026


def test_a_parent_asks_the_dfe_about_one_child(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    assert wizard.current_step() is Step.WHO_ASKING

    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)

    about = wizard.page_for(Step.ABOUT)
    assert isinstance(about, AboutPage)
    form = about.forms[0]
    type_into(qtbot, form.name, "Zebedee Fictionalson")
    type_date(qtbot, form.born, 4, 5, 2013)
    type_into(qtbot, form.upn, "B801200005001")
    next_page(qtbot, wizard, Step.CONSENT)

    consent = wizard.page_for(Step.CONSENT)
    assert isinstance(consent, ConsentPage)
    assert consent.agree[0].isChecked()  # 13 years old: past the ICO's guide age of 12 (docs/law.md §7)
    assert "authority form" in visible_text(consent)
    next_page(qtbot, wizard, Step.RECIPIENT)
    assert "not confirmed" in visible_text(wizard.page_for(Step.RECIPIENT))  # the DfE address is unconfirmed
    next_page(qtbot, wizard, Step.WANT)
    next_page(qtbot, wizard, Step.SEND)
    next_page(qtbot, wizard, Step.PREVIEW)
    wait_for_preview(qtbot, wizard)
    next_page(qtbot, wizard, Step.FINISH)

    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    choose(qtbot, finish_page.now)
    type_into(qtbot, finish_page.mark.proof, "KF 1234 5678 9GB")
    (case_id,) = finish(qtbot, wizard)

    repository = Repository(services.vault.database)
    case = repository.case(case_id)
    assert case is not None
    assert case.kind is CaseKind.SAR_DFE
    events = repository.events(case_id)
    assert [event.kind for event in events] == [EventKind.DRAFTED, EventKind.SENT]
    sent = events[1]
    assert (sent.on, sent.post_method, sent.reference) == (TODAY, PostMethod.FIRST_CLASS, "KF 1234 5678 9GB")
    state = case_state(case, events, TODAY)
    assert state.status is CaseStatus.SENT
    # Posted first class on Saturday 28 November: deemed received Tuesday 1 December, due Friday 1 January,
    # a bank holiday, so Monday 4 January 2027 (docs/law.md §1.3).
    assert state.received is not None
    assert state.received.due == date(2026, 12, 1)
    assert state.response is not None
    assert state.response.due == date(2027, 1, 4)
    (letter,) = repository.letters(case_id)
    assert letter.kind == "sar-dfe"
    assert "This is a subject access request under Article 15" in letter.text
    assert "The DfE is the data controller for the National Pupil Database" in letter.text
    assert "Zebedee Fictionalson" in letter.text
    assert letter.answers["pupil"]["upn"] == "B801200005001"
    pdf = repository.letter_pdf(letter.id)
    assert pdf.startswith(b"%PDF")
    people = {person.full_name for person in repository.people()}
    assert people == {"Ada Fictionalson", "Zebedee Fictionalson"}
    qtbot.waitUntil(lambda: window.journeys.wizard is None)
    assert window.cases_view.model.rowCount() == 1


def test_the_wizard_asks_which_pronoun_the_letter_uses_and_passes_past_postcodes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 10: the letter calls the child by their first name unless a pronoun is chosen; past addresses'
    # postcodes help the DPO find the record.
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    form = fill_child(qtbot, wizard, "Yolanda Pretendwell", (14, 9, 2018))
    assert form.pronoun.currentText() == "By their first name"
    form.pronoun.setCurrentIndex(form.pronoun.findText("she"))
    type_into(qtbot, form.past_addresses, "4 Oldhome Row, Exampleton, EX9 9AA")
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND, Step.PREVIEW, Step.FINISH)
    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    (case_id,) = finish(qtbot, wizard)
    (letter,) = Repository(services.vault.database).letters(case_id)
    assert "have parental responsibility for her. Yolanda is 8, so I am writing for her." in letter.text
    assert letter.answers["pupil"]["pronoun"] == "she"
    assert letter.answers["pupil"]["previous_postcodes"] == ["EX9 9AA"]
