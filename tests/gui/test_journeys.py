"""Journeys end to end against a temporary vault: siblings, an objection, a rectification, and a reminder and an
ICO complaint started from an overdue case. Each checks the cases saved, their status and dates, and the letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from npdrights.bundled import recipients_directory
from npdrights.core.letters import answers_to_json
from npdrights.core.letters.answers import RestrictionGround, Situation
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, Person, PostMethod, Relationship
from npdrights.core.next_steps import ActionKind, next_steps
from npdrights.core.status import CaseStatus, case_state
from npdrights.core.wizard_flow import Draft, FollowUp, Journey, PupilDraft, RequesterDraft, Step, answers_for
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.finish_page import FinishPage
from npdrights.gui.wizards.follow_up_page import FollowUpPage
from npdrights.gui.wizards.people_pages import ConsentPage, WhoAskingPage
from npdrights.gui.wizards.want_page import WantPage
from npdrights.storage.repository import LetterRecord, Repository
from tests.gui.conftest import FIXED_NOW, click, type_into
from tests.gui.journey_helpers import (
    choose,
    fill_child,
    fill_parent,
    finish,
    next_page,
    on_about_page,
    start_journey,
    through,
    type_date,
    unlocked_window,
    wait_for_preview,
)

TODAY = FIXED_NOW.date()  # Saturday 28 November 2026


def pdf_text(data: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_two_siblings_get_a_letter_and_a_case_each_in_one_print_run(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    about = on_about_page(qtbot, wizard)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    click(qtbot, about.add_button)
    assert len(about.forms) == 2
    fill_child(qtbot, wizard, "Yolanda Fictionalson", (9, 1, 2018), index=1)
    assert about.tabs.tabText(1) == "2: Yolanda Fictionalson"
    next_page(qtbot, wizard, Step.CONSENT)
    consent = wizard.page_for(Step.CONSENT)
    assert isinstance(consent, ConsentPage)
    assert consent.agree[0].isChecked()  # 13: agrees and signs (docs/law.md §7, the ICO's guide of about 12)
    assert not consent.agree[1].isChecked()  # 8: the parent acts for her
    through(qtbot, wizard, Step.RECIPIENT, Step.WANT, Step.SEND, Step.PREVIEW)
    combined = wizard.context.rendered.combined if wizard.context.rendered else b""
    text = pdf_text(combined)
    # One print run: both letters, and Zebedee's authority form (Yolanda is too young to sign one).
    assert text.count("This is a subject access request under Article 15") == 2
    assert "Zebedee Fictionalson" in text
    assert "Yolanda Fictionalson" in text
    assert text.count("Authority to act for me") == 1
    next_page(qtbot, wizard, Step.FINISH)
    case_ids = finish(qtbot, wizard)  # not marked as sent: drafted, no clock yet

    repository = Repository(services.vault.database)
    assert len(case_ids) == 2
    cases = [repository.case(case_id) for case_id in case_ids]
    assert all(case is not None and case.kind is CaseKind.SAR_DFE for case in cases)
    people = {person.id: person for person in repository.people()}
    names = sorted(people[case.person_id].full_name for case in cases if case is not None)
    assert names == ["Yolanda Fictionalson", "Zebedee Fictionalson"]
    (household,) = repository.households()
    assert {person.household_id for person in people.values()} == {household.id}
    for case in cases:
        assert case is not None
        events = repository.events(case.id)
        assert [event.kind for event in events] == [EventKind.DRAFTED]
        state = case_state(case, events, TODAY)
        assert state.status is CaseStatus.DRAFTED
        assert state.response is None
        (letter,) = repository.letters(case.id)
        assert people[case.person_id].full_name in letter.text
        assert letter.reference == case.reference
    references = {case.reference for case in cases if case is not None}
    assert len(references) == 2  # siblings' letters are told apart by their references
    assert window.cases_view.model.rowCount() == 2


def test_a_pupil_objects_to_the_dfe_sharing_their_data(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.OBJECT)
    who = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(who, WhoAskingPage)
    choose(qtbot, who.buttons[Relationship.SELF])
    who.name.insert("Zoë O'Brien-Ŝmith")  # QTest can't type beyond Latin-1; insert is what typing does
    type_into(qtbot, who.address, "2 Storybook Close")
    type_into(qtbot, who.postcode, "TB1 1AA")
    about = on_about_page(qtbot, wizard)
    assert not about.forms[0].name.isVisibleTo(about)  # your own name is already given
    type_date(qtbot, about.forms[0].born, 17, 3, 2010)
    next_page(qtbot, wizard, Step.CONSENT)
    next_page(qtbot, wizard, Step.WANT)  # an objection always goes to the DfE: no recipient page
    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert "Your situation" in want.to_finish.text()
    choose(qtbot, want.situations[next(iter(want.situations))])  # special educational needs
    type_into(qtbot, want.grounds, "I was excluded for a short time in Year 8.")
    next_page(qtbot, wizard, Step.SEND)
    # The same large-print size as the PDF and npdrights-cli's help (tests/test_law_in_letters.py).
    assert wizard.page_for(Step.SEND).large_print.text() == "Print in &large type (16 point)"  # type: ignore[attr-defined]
    choose(qtbot, wizard.page_for(Step.SEND).send[PostMethod.SIGNED_FOR])  # type: ignore[attr-defined]
    next_page(qtbot, wizard, Step.PREVIEW)
    wait_for_preview(qtbot, wizard)
    next_page(qtbot, wizard, Step.FINISH)
    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    choose(qtbot, finish_page.now)
    assert finish_page.mark.method.currentData() is PostMethod.SIGNED_FOR
    (case_id,) = finish(qtbot, wizard)

    repository = Repository(services.vault.database)
    case = repository.case(case_id)
    assert case is not None
    assert case.kind is CaseKind.OBJECTION_DFE
    assert case.relationship is Relationship.SELF
    assert case.person_id == case.requester_id
    (person,) = repository.people()
    assert person.full_name == "Zoë O'Brien-Ŝmith"
    assert person.date_of_birth == date(2010, 3, 17)
    state = case_state(case, repository.events(case_id), TODAY)
    assert state.status is CaseStatus.SENT
    assert state.response is not None
    assert state.response.due == date(2027, 1, 4)  # signed for, like first class: in on 1 December (law §1.3)
    (letter,) = repository.letters(case_id)
    assert "Under Article 21(1) of the UK General Data Protection Regulation" in letter.text
    assert "Special educational needs." in letter.text
    assert "I was excluded for a short time in Year 8." in letter.text
    assert "restrict the processing under Article 18(1)(d)" in letter.text


def test_a_parent_asks_a_school_to_correct_wrong_data(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.CORRECT)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT)
    recipient = wizard.page_for(Step.RECIPIENT)
    from npdrights.core.wizard_flow import Target

    assert not recipient.targets[Target.LRS].isVisibleTo(recipient)  # type: ignore[attr-defined]
    choose(qtbot, recipient.targets[Target.ORGANISATION])  # type: ignore[attr-defined]
    type_into(qtbot, recipient.name, "Exampleton Primary School")  # type: ignore[attr-defined]
    type_into(qtbot, recipient.address, "1 School Lane")  # type: ignore[attr-defined]
    type_into(qtbot, recipient.postcode, "EX1 1AA")  # type: ignore[attr-defined]
    next_page(qtbot, wizard, Step.WANT)
    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    item, recorded, correct = want.corrections.edits(0)
    type_into(qtbot, item, "Surname")
    type_into(qtbot, recorded, "Fictonalson")
    assert "What is wrong: say what it should say" in want.to_finish.text()
    type_into(qtbot, correct, "Fictionalson")
    through(qtbot, wizard, Step.SEND, Step.PREVIEW, Step.FINISH)
    (case_id,) = finish(qtbot, wizard)

    repository = Repository(services.vault.database)
    case = repository.case(case_id)
    assert case is not None
    assert case.kind is CaseKind.RECTIFICATION
    organisation = repository.organisation(case.organisation_id)
    assert organisation is not None
    assert organisation.name == "Exampleton Primary School"
    assert case_state(case, repository.events(case_id), TODAY).status is CaseStatus.DRAFTED
    (letter,) = repository.letters(case_id)
    assert "Under Article 16 of the UK General Data Protection Regulation" in letter.text
    assert "Surname: Fictonalson: Fictionalson" in letter.text or "Fictonalson" in letter.text
    assert "Exampleton Primary School" in letter.text


# -- follow-ups from an overdue case ---------------------------------------------------------------------------

SENT = date(2026, 9, 1)  # answer due Monday 5 October 2026: overdue on 28 November


def overdue_case(services: Services) -> str:
    """A parent's SAR to the DfE, made and sent with npdrights on 1 September, never answered."""
    repository = Repository(services.vault.database)
    draft = Draft(
        journey=Journey.ASK,
        today=SENT,
        requester=RequesterDraft(
            person_id="p1",
            relationship=Relationship.PARENT,
            name="Ada Fictionalson",
            address=("12 Imaginary Road", "Exampleton"),
            postcode="EX1 2AB",
        ),
        pupils=[PupilDraft(person_id="p2", name="Zebedee Fictionalson", date_of_birth=date(2013, 5, 4))],
    )
    case = Case("c1", CaseKind.SAR_DFE, "p2", "dfe", "p1", Relationship.PARENT, "NPD-SAR-20260901-TEST", SENT)
    repository.create_case(
        case,
        people=(
            Person("p1", "Ada Fictionalson"),
            Person("p2", "Zebedee Fictionalson", date(2013, 5, 4)),
        ),
        organisation=recipients_directory()["dfe"].to_organisation(),
        events=(
            CaseEvent("e1", "c1", EventKind.DRAFTED, SENT),
            CaseEvent("e2", "c1", EventKind.SENT, SENT, post_method=PostMethod.FIRST_CLASS),
            CaseEvent("e3", "c1", EventKind.ACKNOWLEDGED, date(2026, 9, 8), reference="DPO-0000-FICTION"),
        ),
        letter=LetterRecord(
            "l1",
            "c1",
            "sar-dfe",
            SENT,
            "the first letter",
            reference=case.reference,
            answers=answers_to_json(answers_for(draft)),
        ),
        pdf=b"%PDF-1.4 first letter",
    )
    state = case_state(case, repository.events("c1"), TODAY)
    assert state.overdue
    return case.id


def test_a_reminder_from_an_overdue_case(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    case_id = overdue_case(services)
    window.start_follow_up(case_id, ActionKind.REMINDER)
    wizard = window.journeys.wizard
    assert wizard is not None
    assert wizard.current_step() is Step.FOLLOW_UP
    page = wizard.page_for(Step.FOLLOW_UP)
    assert isinstance(page, FollowUpPage)
    assert page.follow_ups[FollowUp.REMINDER].isChecked()
    assert "1 September 2026" in page.timeline.text()
    assert wizard.draft.requester.address == ("12 Imaginary Road", "Exampleton")  # from the first letter
    through(qtbot, wizard, Step.SEND, Step.PREVIEW, Step.FINISH)
    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    choose(qtbot, finish_page.now)
    assert finish(qtbot, wizard) == [case_id]

    repository = Repository(services.vault.database)
    first, reminder = repository.letters(case_id)
    assert first.kind == "sar-dfe"
    assert reminder.kind == "reminder"
    assert reminder.reference == "NPD-SAR-20260901-TEST"  # a reminder keeps the case's reference
    # Deemed received Thursday 3 September; a month later is Saturday 3 October, so Monday 5 October (law §1.3).
    assert "your reply was due by Monday 5 October 2026" in reminder.text
    assert "I have not received it." in reminder.text
    assert "DPO-0000-FICTION" in reminder.text
    events = repository.events(case_id)
    assert events[-1].kind is EventKind.REMINDER_SENT
    assert events[-1].on == TODAY
    case = repository.case(case_id)
    assert case is not None
    state = case_state(case, events, TODAY)
    assert state.status is CaseStatus.OVERDUE
    assert ActionKind.COMPLAIN_TO_ORGANISATION in {action.kind for action in next_steps(case, events, TODAY)}


def test_an_ico_complaint_from_an_overdue_case(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    case_id = overdue_case(services)
    window.start_follow_up(case_id, ActionKind.COMPLAIN_TO_ICO)
    wizard = window.journeys.wizard
    assert wizard is not None
    next_page(qtbot, wizard, Step.WANT)
    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    type_into(qtbot, want.harm, "We still don't know who has our son's record.")
    through(qtbot, wizard, Step.PREVIEW, Step.FINISH)  # the ICO pack is not posted: no sending page
    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    choose(qtbot, finish_page.now)
    assert finish(qtbot, wizard) == [case_id]

    repository = Repository(services.vault.database)
    pack = repository.letters(case_id)[-1]
    assert pack.kind == "complaint-ico"
    # law §2.3: named as the Information Commission (ICO) from 30 September 2026.
    assert "This pack has everything the complaint form of the Information Commission (ICO) asks for" in pack.text
    assert "We still don't know who has our son's record." in pack.text
    assert "The form takes up to 2,000 characters." in pack.text
    events = repository.events(case_id)
    assert events[-1].kind is EventKind.ICO_COMPLAINT_SENT
    assert events[-1].post_method is None
    case = repository.case(case_id)
    assert case is not None
    assert case_state(case, events, TODAY).status is CaseStatus.WITH_ICO


def test_a_follow_up_the_app_has_no_letter_for_says_so(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = unlocked_window(make_window, services)
    case_id = overdue_case(services)
    window.start_follow_up(case_id, ActionKind.CLOSE)
    assert window.journeys.wizard is None
    assert "no letter for this step" in window.statusBar().currentMessage()


def test_chase_from_the_start_screen_lists_the_sent_cases(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window(make_window, services)
    case_id = overdue_case(services)
    window.reload_cases()
    from npdrights.gui.wizards.start_dialog import StartDialog

    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda _cls, _parent: Journey.FOLLOW_UP))
    window.start_new_request()
    wizard = window.journeys.wizard
    assert wizard is not None
    page = wizard.page_for(Step.FOLLOW_UP)
    assert isinstance(page, FollowUpPage)
    assert page.case_combo.currentData() == case_id
    assert "Zebedee Fictionalson: what the DfE holds, sent 1 September 2026" in page.case_combo.currentText()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # nothing chosen yet
    choose(qtbot, page.follow_ups[FollowUp.COMPLAINT])
    assert wizard.draft.case_id == case_id
    assert wizard.draft.history is not None
    next_page(qtbot, wizard, Step.WANT)


def test_an_objection_on_privacy_alone_keeps_next_disabled_with_a_plain_reason(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # docs/law.md §3.2: "privacy in general" is true of every pupil; Article 21(1) needs a particular situation.
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.OBJECT)
    who = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(who, WhoAskingPage)
    choose(qtbot, who.buttons[Relationship.SELF])
    type_into(qtbot, who.name, "Zebedee Fictionalson")
    type_into(qtbot, who.address, "2 Storybook Close")
    about = on_about_page(qtbot, wizard)
    type_date(qtbot, about.forms[0].born, 17, 3, 2010)
    next_page(qtbot, wizard, Step.CONSENT)
    next_page(qtbot, wizard, Step.WANT)
    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    choose(qtbot, want.situations[Situation.PRIVACY])
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert "privacy in general is true of every pupil" in want.problems_label.text()
    type_into(qtbot, want.grounds, "My family moved to get away from someone who must not find us.")
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.discard()


def test_a_parent_asks_the_dfe_to_restrict_the_use_of_data(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # docs/law.md §3.2: a restriction letter of its own (Article 18(1)(a) to (d)), tracked as a restriction case.
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.RESTRICT)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Yolanda Pretendwell", (14, 9, 2018))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT, Step.WANT)
    want = wizard.page_for(Step.WANT)
    assert isinstance(want, WantPage)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    choose(qtbot, want.restriction_grounds[RestrictionGround.ACCURACY])
    through(qtbot, wizard, Step.SEND, Step.PREVIEW, Step.FINISH)
    (case_id,) = finish(qtbot, wizard)
    repository = Repository(services.vault.database)
    case = repository.case(case_id)
    assert case is not None
    assert case.kind is CaseKind.RESTRICTION
    (letter,) = repository.letters(case_id)
    assert "I dispute the accuracy of the data. Please restrict it for as long as it takes you to check it" in (
        letter.text
    )
