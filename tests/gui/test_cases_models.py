"""Every item model of the tracker: Qt's model tester, then what each column and role gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from npdrights.core.case_list import WORKING_OUT, Filter, provisional, summarise
from npdrights.core.model import Household, WrongFact
from npdrights.gui.cases.attachments import AttachmentColumn, AttachmentModel
from npdrights.gui.cases.checklist_dialog import WrongFactsModel
from npdrights.gui.cases.letters import LetterColumn, LettersModel
from npdrights.gui.cases.list_model import HEADERS, CaseListModel, Column, SortRole, SummaryRole
from npdrights.gui.cases.list_proxy import CaseFilterProxy, Who
from npdrights.gui.cases.people import FamiliesModel, PeopleModel, PersonColumn
from npdrights.gui.cases.record_model import RecordRole
from npdrights.gui.cases.timeline import TimelineColumn, TimelineModel
from npdrights.gui.cases.who_choices import WhoChoices
from npdrights.storage.attachments import Attachment
from npdrights.storage.repository import LetterRecord
from tests.tracker_fixtures import FICTIONALSONS, ORGANISATIONS, PEOPLE, SAMPLES, TESTPERSONS

TODAY = date(2026, 11, 28)
DISPLAY = Qt.ItemDataRole.DisplayRole


def _summaries() -> list:  # type: ignore[type-arg]
    people = {person.id: person for person in PEOPLE}
    organisations = {organisation.id: organisation for organisation in ORGANISATIONS}
    households = {h.id: h for h in (FICTIONALSONS, TESTPERSONS)}
    return [
        summarise(s.case, s.events, TODAY, people=people, organisations=organisations, households=households)
        for s in SAMPLES
    ]


def _provisional() -> list:  # type: ignore[type-arg]
    people = {person.id: person for person in PEOPLE}
    organisations = {organisation.id: organisation for organisation in ORGANISATIONS}
    sent = {s.case.id: e.on for s in SAMPLES for e in s.events if e.kind.value == "sent"}
    return [provisional(s.case, sent.get(s.case.id), people=people, organisations=organisations) for s in SAMPLES]


def _column(model: CaseListModel | CaseFilterProxy, column: Column, role: int = DISPLAY) -> list[object]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


@pytest.fixture
def case_model(qapp: object, qtmodeltester: ModelTester) -> CaseListModel:
    model = CaseListModel()
    qtmodeltester.check(model)
    model.set_rows(_summaries())
    qtmodeltester.check(model)
    return model


def test_case_list_columns_and_roles(case_model: CaseListModel) -> None:
    model = case_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == list(HEADERS.values())
    # Overdue first (the default sort), then the soonest due, then cases with nothing due.
    assert _column(model, Column.PERSON) == [
        "Primrose Testperson",
        "Zebedee Fictionalson",
        "Ada Fictionalson",
        "Ada Fictionalson",
        "Bartholomew Madeup",
        "Zebedee Fictionalson",
    ]
    assert _column(model, Column.TIME_LEFT) == [
        "54 days overdue",
        "23 days overdue",
        "18 days left",
        "23 days left",
        "",
        "",
    ]
    assert _column(model, Column.STATUS) == [
        "Partly answered",
        "Overdue",
        "Complaint made",
        "Waiting for an answer",
        "Not sent yet",
        "Closed",
    ]
    assert _column(model, Column.RECIPIENT)[0] == "Fictional Academy Trust"
    assert _column(model, Column.KIND)[1] == "What the DfE holds"
    assert _column(model, Column.SENT)[1] == "1 Oct 2026"
    assert _column(model, Column.DUE)[1] == "5 Nov 2026"
    # Overdue is said in words and marked with an icon, not by colour alone.
    icons = _column(model, Column.TIME_LEFT, Qt.ItemDataRole.DecorationRole)
    assert [icon is not None for icon in icons] == [True, True, False, False, False, False]
    assert _column(model, Column.STATUS, Qt.ItemDataRole.AccessibleTextRole)[0] == "Partly answered, overdue"
    assert "answered in part" in _column(model, Column.STATUS, Qt.ItemDataRole.ToolTipRole)[0]  # type: ignore[operator]
    assert str(_column(model, Column.DUE, Qt.ItemDataRole.ToolTipRole)[1]).startswith("The DfE must answer by")
    summary = model.index(0, 0).data(SummaryRole)
    assert summary.case.id == "c-part"
    sort_values = _column(model, Column.SENT, SortRole)
    assert sort_values[1] == date(2026, 10, 1).toordinal()
    assert sort_values[4] == date.max.toordinal()  # never sent: last when sorting by the day sent
    assert _column(model, Column.PERSON, SortRole)[0] == "primrose testperson"


def test_sorting_by_a_column_keeps_selections_on_their_case(case_model: CaseListModel) -> None:
    model = case_model
    kept = model.index(model.row_of("c-waiting") or 0, 0)
    persistent = QPersistentModelIndex(kept)
    model.sort(Column.SENT, Qt.SortOrder.DescendingOrder)
    assert _column(model, Column.SENT)[:2] == ["", "20 Nov 2026"]  # never sent sorts as the latest
    assert model.summary_at(persistent.row()).case.id == "c-waiting"
    model.sort(Column.PERSON)
    assert _column(model, Column.PERSON)[0] == "Ada Fictionalson"


def test_one_case_changes_without_a_reset(case_model: CaseListModel, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = case_model
    summaries = {s.case.id: s for s in _summaries()}
    later = summarise(
        summaries["c-waiting"].case,
        SAMPLES[1].events,
        date(2027, 1, 10),
        people={p.id: p for p in PEOPLE},
        organisations={o.id: o for o in ORGANISATIONS},
    )
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.put(later)
    assert model.summary_at(model.row_of("c-waiting") or 0).overdue
    model.remove("c-waiting")
    assert model.row_of("c-waiting") is None
    assert model.rowCount() == len(SAMPLES) - 1


def test_proxy_filters_and_searches(case_model: CaseListModel, qtmodeltester: ModelTester) -> None:
    proxy = CaseFilterProxy(case_model)
    qtmodeltester.check(proxy)
    proxy.set_filter(Filter.OVERDUE)
    assert [proxy.summary(proxy.index(r, 0)).case.id for r in range(proxy.rowCount())] == ["c-part", "c-overdue"]
    proxy.set_filter(Filter.CLOSED)
    assert _column(proxy, Column.STATUS) == ["Closed"]
    proxy.set_filter(Filter.WAITING)
    # docs/law.md §2.2: after complaining to the DfE on 16 November you wait for its reply (30 days) before the ICO.
    assert sorted(_column(proxy, Column.STATUS)) == ["Complaint made", "Waiting for an answer"]
    proxy.set_filter(Filter.NEEDS_ACTION)  # the complaint waits for the DfE's reply, so it needs nothing yet
    assert set(_column(proxy, Column.STATUS)) == {"Partly answered", "Overdue", "Not sent yet"}
    proxy.set_filter(Filter.ALL)
    proxy.set_who(Who(household_id=FICTIONALSONS.id))
    assert set(_column(proxy, Column.PERSON)) == {"Zebedee Fictionalson", "Ada Fictionalson"}
    proxy.set_who(Who(person_id="p-ada"))
    assert _column(proxy, Column.PERSON) == ["Ada Fictionalson", "Ada Fictionalson"]
    proxy.set_who(Who())
    proxy.set_search("madeupson")  # a former name
    assert _column(proxy, Column.PERSON) == ["Zebedee Fictionalson", "Zebedee Fictionalson"]
    proxy.set_search("DFE-SAR-4471")  # the DfE's own reference, from the timeline
    assert _column(proxy, Column.STATUS) == ["Overdue"]
    proxy.set_search("academy trust")
    assert _column(proxy, Column.PERSON) == ["Primrose Testperson"]
    proxy.reset()
    assert proxy.rowCount() == len(SAMPLES)
    qtmodeltester.check(proxy)


def test_timeline_model(qtmodeltester: ModelTester) -> None:
    model = TimelineModel()
    model.set_events(SAMPLES[2].events, "the trust")
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in TimelineColumn] for r in range(model.rowCount())]
    assert rows[0] == ["Tuesday 1 September 2026", "You drafted the letter", ""]
    assert rows[1] == ["Tuesday 1 September 2026", "You sent the letter", "First class post"]
    assert rows[2][1] == "The trust answered in part"
    assert rows[2][2] == (
        "reference FAT/DP/0192; checked: 6 of the 10 things the law lists missing. Not included, though asked for: "
        "the record of releases to others. 1 wrong fact noted."
    )
    assert model.index(2, 0).data(RecordRole) == SAMPLES[2].events[2]
    assert model.row_of(SAMPLES[2].events[1].id) == 1
    model.clear()
    assert model.rowCount() == 0


def test_letters_model(qtmodeltester: ModelTester) -> None:
    model = LettersModel()
    letter = LetterRecord("l1", "c1", "reminder", date(2026, 11, 9), "text", subject="Reminder: reply overdue")
    model.set_records([letter])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in LetterColumn] == [
        "Monday 9 November 2026",
        "Reminder",
        "Reminder: reply overdue",
    ]
    assert model.index(0, 0).data(RecordRole) == letter


def test_attachment_model(qtmodeltester: ModelTester) -> None:
    model = AttachmentModel()
    scan = Attachment("a" * 32, "c1", "reply.pdf", "application/pdf", 2_400_000, date(2026, 10, 3))
    photo = Attachment("b" * 32, "c1", "page 2.jpg", "image/jpeg", 830, date(2026, 10, 4))
    model.set_records([scan, photo])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in AttachmentColumn] == [
        "reply.pdf",
        "PDF",
        "2.4 MB",
        "Saturday 3 October 2026",
    ]
    assert [model.index(1, c).data() for c in AttachmentColumn][1:3] == ["Picture", "830 bytes"]
    assert model.index(1, 0).data(RecordRole) == photo


def test_wrong_facts_model_is_editable(qtmodeltester: ModelTester) -> None:
    model = WrongFactsModel((WrongFact("School", "Exampleton Primary", "Notarealplace Academy"),))
    qtmodeltester.check(model)
    assert model.insertRows(1, 1)
    assert model.setData(model.index(1, 0), "Date of birth")
    assert model.setData(model.index(1, 1), "5 May 2013")
    assert model.setData(model.index(1, 2), "4 May 2013")
    assert model.index(1, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.facts()[1] == WrongFact("Date of birth", "5 May 2013", "4 May 2013")
    assert model.insertRows(2, 1)
    assert len(model.facts()) == 2  # an empty row is not a fact
    assert model.removeRows(0, 1)
    assert [fact.item for fact in model.facts()] == ["Date of birth"]
    assert not model.removeRows(5, 1)
    assert not model.setData(QModelIndex(), "x")
    qtmodeltester.check(model)


def test_people_and_families_models(qtmodeltester: ModelTester) -> None:
    people = PeopleModel()
    people.set_people(list(PEOPLE), {FICTIONALSONS.id: FICTIONALSONS, TESTPERSONS.id: TESTPERSONS})
    qtmodeltester.check(people)
    rows = [[people.index(r, c).data() for c in PersonColumn] for r in range(people.rowCount())]
    assert rows[0] == ["Ada Fictionalson", "Saturday 12 September 2015", "Fictionalson"]
    assert rows[1] == ["Bartholomew Madeup", "Thursday 15 January 2004", ""]
    assert people.index(0, 0).data(RecordRole).id == "p-ada"
    families = FamiliesModel()
    families.set_households([TESTPERSONS, Household("h0", "Alphabetical")])
    qtmodeltester.check(families)
    assert [families.index(r, 0).data() for r in range(families.rowCount())] == ["Alphabetical", "Testperson"]
    assert families.index(1, 0).data(RecordRole) == TESTPERSONS


def test_rows_not_worked_out_yet_say_so_and_sort_after_the_rest(qapp: object, qtmodeltester: ModelTester) -> None:
    model = CaseListModel()
    model.set_rows(_provisional())
    qtmodeltester.check(model)
    assert set(_column(model, Column.STATUS)) == {WORKING_OUT}
    assert set(_column(model, Column.DUE)) == {WORKING_OUT}
    assert set(_column(model, Column.TIME_LEFT)) == {WORKING_OUT}
    assert set(_column(model, Column.STATUS, Qt.ItemDataRole.AccessibleTextRole)) == {WORKING_OUT}
    assert _column(model, Column.PERSON, Qt.ItemDataRole.ToolTipRole)[0] == (
        "npdrights is still working out this case's dates."
    )
    assert _column(model, Column.STATUS, Qt.ItemDataRole.DecorationRole) == [None] * 6  # no warning sign yet
    # Until they are worked out, the lines go by person (the sort by time left can't be known yet).
    assert _column(model, Column.PERSON) == sorted(_column(model, Column.PERSON), key=str.casefold)
    assert "1 Oct 2026" in _column(model, Column.SENT)  # the sent date needs no working out

    worked_out = {summary.case.id: summary for summary in _summaries()}
    model.set_rows([*_provisional()[:3], *list(worked_out.values())[3:]])
    assert _column(model, Column.STATUS)[-3:] == [WORKING_OUT] * 3  # pending lines after the worked-out ones
    model.sort(Column.PERSON)
    persons = _column(model, Column.PERSON)
    assert persons == sorted(persons, key=str.casefold)  # by person, whether worked out or not


def test_filling_in_keeps_rows_in_place_until_released(qapp: object, qtbot, qtmodeltester: ModelTester) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel()
    qtmodeltester.check(model)
    model.set_rows(_provisional())
    model.hold_order()
    order = [model.summary_at(row).case.id for row in range(model.rowCount())]
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_roles: changes.append((top.row(), bottom.row(), top.column(), bottom.column()))
    )
    summaries = {summary.case.id: summary for summary in _summaries()}
    # A part of three rows, two of them next to each other: two dataChanged, on the worked-out columns only.
    model.fill([summaries[order[0]], summaries[order[1]], summaries[order[4]]])
    assert changes == [(0, 1, Column.STATUS, Column.SENT), (4, 4, Column.STATUS, Column.SENT)]
    model.fill([summaries[order[2]], summaries[order[3]], summaries[order[5]]])
    assert [model.summary_at(row).case.id for row in range(model.rowCount())] == order  # held in place
    model.put(summaries["c-closed"])  # an edit meanwhile doesn't sort either
    assert [model.summary_at(row).case.id for row in range(model.rowCount())] == order
    with qtbot.waitSignal(model.layoutChanged):
        model.release_order()
    assert _column(model, Column.TIME_LEFT)[:2] == ["54 days overdue", "23 days overdue"]
    model.fill([summaries["c-draft"]])  # not held any more: sorted as it changes
    assert _column(model, Column.TIME_LEFT)[:2] == ["54 days overdue", "23 days overdue"]
    draft = summaries["c-draft"]
    model.fill([draft._replace(case=replace(draft.case, id="c-gone"))])  # a case no longer listed: ignored
    assert model.row_of("c-gone") is None
    assert model.rowCount() == 6


def test_status_filters_show_nothing_while_statuses_are_worked_out(case_model: CaseListModel) -> None:
    proxy = CaseFilterProxy(case_model)
    proxy.set_working(True)
    assert proxy.rowCount() == 6  # everything, unfiltered
    proxy.set_filter(Filter.OVERDUE)
    assert proxy.waiting_for_statuses
    assert proxy.rowCount() == 0
    proxy.set_working(False)
    assert not proxy.waiting_for_statuses
    assert _column(proxy, Column.STATUS) == ["Partly answered", "Overdue"]
    proxy.set_working(True)
    proxy.reset()
    assert not proxy.working
    assert proxy.rowCount() == 6


def test_whose_cases_choices(qapp: object, qtmodeltester: ModelTester) -> None:
    choices = WhoChoices()
    qtmodeltester.check(choices)
    households = {h.id: h for h in (FICTIONALSONS, TESTPERSONS)}
    choices.set_people(households, {person.id: person for person in PEOPLE})
    qtmodeltester.check(choices)
    texts = [choices.index(row).data() for row in range(choices.rowCount())]
    assert texts == [
        "Everyone",
        "Fictionalson (family)",
        "    Ada Fictionalson",
        "    Marigold Fictionalson",
        "    Zebedee Fictionalson",
        "Testperson (family)",
        "    Primrose Testperson",
        "Bartholomew Madeup",
    ]
    user = Qt.ItemDataRole.UserRole
    assert choices.index(0).data(user) == Who()
    assert choices.index(1).data(user) == Who(household_id=FICTIONALSONS.id)
    assert choices.index(7).data(user) == Who(person_id="p-bartholomew")
    assert choices.index(7).data(Qt.ItemDataRole.AccessibleTextRole) == "Bartholomew Madeup"
    assert choices.index(7).data(Qt.ItemDataRole.ToolTipRole) is None
    assert choices.data(QModelIndex()) is None
    assert choices.rowCount(choices.index(0)) == 0
    assert choices.row_of(Who(person_id="p-zebedee")) == 4
    assert choices.row_of(Who(person_id="p-nobody")) is None
    choices.clear()
    assert choices.rowCount() == 0


def test_a_new_language_sorts_by_status_in_its_words_keeping_the_selection(
    case_model: CaseListModel, shown_in: Callable[[str], object], qtbot: QtBot
) -> None:
    """Rows sorted by a translated column take their places in the new language's order; rows sorted by days
    or dates stay where they are, without a re-sort."""
    model = case_model
    model.sort(Column.STATUS)
    persistent = QPersistentModelIndex(model.index(model.row_of("c-waiting") or 0, 0))
    english = _column(model, Column.STATUS)
    shown_in("pl")
    with qtbot.waitSignal(model.headerDataChanged), qtbot.waitSignal(model.layoutChanged):
        model.retranslate()
    polish = [str(status) for status in _column(model, Column.STATUS)]
    assert polish != english
    assert polish == sorted(polish, key=str.casefold)
    assert model.summary_at(persistent.row()).case.id == "c-waiting"
    model.sort(Column.TIME_LEFT)
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.layoutChanged):
        model.retranslate()
