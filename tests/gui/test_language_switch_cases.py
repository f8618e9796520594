"""Issue 18, item 1: the cases list and an open case's page change language as soon as Settings saves a new one,
en → pl → ur → en, without a restart. The list keeps its selection, sort order and search; the case page keeps
its place, the event selected and the notes being typed; Urdu mirrors both.

The cases are the fictional ones every tracker test uses (tests/tracker_fixtures.py), on Saturday 28 November 2026.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from npdrights.gui.cases.detail import CaseDetail
from npdrights.gui.cases.list_model import Column
from npdrights.gui.cases.timeline import TimelineColumn
from npdrights.gui.cases.view import CasesView
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.service.drafts import DraftListing
from tests.gui.accessibility import audit
from tests.gui.conftest import click, type_into
from tests.gui.journey_helpers import window_with_filled_cases
from tests.gui.settings_language import choose_in_settings

RLM = "\u200f"  # the right-to-left mark a line starting with Latin letters begins with on Urdu screens


def _in(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _headers(view: CasesView) -> list[str]:
    return [view.table.model().headerData(column, Qt.Orientation.Horizontal) for column in Column]


def _column(view: CasesView, column: Column) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def _selected_case(view: CasesView) -> str:
    (row,) = view.table.selectionModel().selectedRows()
    return view.proxy.summary(row).case.id


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    table.scrollTo(table.model().index(row, 0))
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2))


def _open_zebedees_case(qtbot: QtBot, view: CasesView) -> CaseDetail:
    type_into(qtbot, view.search, "Zebedee")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # opens the first case found
    return view.detail


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_the_cases_list_changes_language_and_keeps_its_selection_sort_and_search(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    view = window.cases_view
    type_into(qtbot, view.search, "fictionalson")
    _click_header(qtbot, view.table, Column.PERSON)  # sorted by whose case it is, A to Z
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.PERSON, Qt.SortOrder.AscendingOrder)
    people = _column(view, Column.PERSON)
    assert people == sorted(people)
    assert len(people) >= 2
    _click_row(qtbot, view.table, 1)
    chosen = _selected_case(view)
    english_count = view.count.text()
    assert english_count.startswith("Showing ")  # some of the six, as searched

    def still_as_chosen() -> None:
        assert view.search.text() == "fictionalson"
        assert _column(view, Column.PERSON) == people  # names stay as typed, in the same order
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            Column.PERSON,
            Qt.SortOrder.AscendingOrder,
        )
        assert _selected_case(view) == chosen

    choose_in_settings(qtbot, window, "pl")
    assert _headers(view) == ["Osoba", "Stan", "Pozostały czas", "Termin", "Wysłano", "Wniosek", "Adresat"]
    assert "23 dni po terminie" in _column(view, Column.TIME_LEFT)
    assert view.count.text().startswith("Widać ")
    assert view.count.text().endswith(" z 6 spraw.")
    assert view.which.itemText(0) == "Wszystkie sprawy"
    assert view.who.itemText(0) == "Wszyscy"
    assert view.banner.headline.text().startswith("⚠ 2 sprawy są po terminie")
    assert (
        view.search.placeholderText()
        == _in("CasesView", "Name, organisation or reference")
        != ("Name, organisation or reference")
    )
    assert view.new_button.accessibleName() == "Rozpocznij nowy wniosek"  # a screen reader hears the new words
    still_as_chosen()

    choose_in_settings(qtbot, window, "ur")
    assert _headers(view)[Column.PERSON] == "فرد"
    assert view.count.text().startswith(RLM)  # the count first, read from the right
    assert view.table.isRightToLeft()
    assert _left(view.who) < _left(view.which) < _left(view.search)  # the search first, at the right
    assert audit(window) == []  # the new words are the screen reader's names too
    still_as_chosen()

    choose_in_settings(qtbot, window, "en")
    assert _headers(view) == ["Person", "Status", "Time left", "Due", "Sent", "Request", "Sent to"]
    assert view.count.text() == english_count
    assert view.which.itemText(0) == "All cases"
    assert not view.table.isRightToLeft()
    still_as_chosen()


def test_an_open_case_page_changes_language_and_keeps_its_place_selection_and_notes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    view = window.cases_view
    detail = _open_zebedees_case(qtbot, view)
    assert view.states.currentWidget() is detail
    assert detail.case_id == "c-overdue"
    _click_row(qtbot, detail.timeline_view, 1)
    type_into(qtbot, detail.notes, "Ask Fictional School about the letter")  # not saved
    bar = detail.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    place = bar.value()

    def kept() -> None:
        assert view.states.currentWidget() is detail
        assert detail.case_id == "c-overdue"
        assert detail.notes.toPlainText() == "Ask Fictional School about the letter"
        assert detail.notes.document().isModified()  # still to be saved, as before
        assert [index.row() for index in detail.timeline_view.selectionModel().selectedRows()] == [1]
        assert bar.value() == place

    choose_in_settings(qtbot, window, "pl")
    assert detail.title.text() == "Zebedee Fictionalson: Co ma DfE"
    assert detail.status.text() == "⚠ Po terminie: 23 dni po terminie"
    assert detail.back_button.text() == "◀ &Wróć do wszystkich spraw"
    assert detail.back_button.accessibleName() == "Wróć do wszystkich spraw"
    for heading, english in ((detail.dates_heading, "Dates"), (detail.notes_heading, "Notes")):
        assert heading.text() == _in("CaseDetail", english) != english
    assert (
        detail.timeline.headerData(TimelineColumn.WHAT, Qt.Orientation.Horizontal)
        == _in("TimelineModel", "What happened")
        != ("What happened")
    )
    assert detail.timeline.index(2, TimelineColumn.WHAT).data() == "DfE: potwierdzenie otrzymania Twojego listu"
    assert detail.timeline.index(0, TimelineColumn.DATE).data() == "1 października 2026 (czwartek)"
    recommended = detail.next_steps.recommended
    assert recommended is not None
    assert detail.next_steps.buttons[recommended].text() == "Napisz przypomnienie…"
    kept()

    choose_in_settings(qtbot, window, "ur")
    assert detail.title.text() == RLM + "Zebedee Fictionalson: DfE کے پاس کیا ہے"
    assert detail.back_button.text() == "▶ تمام کیسوں پر واپس (&B)"  # back is to the right
    assert detail.isRightToLeft()
    assert _left(detail.change_event_button) < _left(detail.add_event_button)  # the buttons start at the right
    assert audit(window) == []
    kept()

    choose_in_settings(qtbot, window, "en")
    assert detail.title.text() == "Zebedee Fictionalson: What the DfE holds"
    assert detail.back_button.text() == "◀ &Back to all cases"
    assert detail.dates_heading.text() == "Dates"
    assert detail.timeline.index(0, TimelineColumn.DATE).data() == "Thursday 1 October 2026"
    kept()
    click(qtbot, detail.back_button)
    assert view.states.currentWidget() is view.list_page
    assert _headers(view)[Column.PERSON] == "Person"


def test_the_register_opened_again_after_a_change_of_language_is_in_the_new_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    title = "Who has been given pupil data – npdrights"
    english = window.open_register()
    assert english.windowTitle() == title
    english.close()
    choose_in_settings(qtbot, window, "pl")
    polish = window.open_register()
    assert polish is not english
    assert polish.windowTitle() == _in("RegisterExplorer", title) != title
    polish.close()
    assert window.open_register() is polish  # made again only when the language changed


def test_the_unfinished_letters_above_the_list_change_language_and_stay_hidden_on_a_case_page(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    view = window.cases_view
    kept = DraftListing("d1", datetime(2026, 11, 28, 9, 30), "Find out what is held: Zebedee Fictionalson", None)
    view.show_drafts([kept])
    assert view.drafts.delete_buttons["d1"].text() == "Delete"
    choose_in_settings(qtbot, window, "pl")
    assert view.drafts.delete_buttons["d1"].text() == "Usuń"
    assert view.drafts.isVisible()
    view.open_case("c-overdue")
    assert not view.drafts.isVisible()  # a case's page has the room to itself
    choose_in_settings(qtbot, window, "en")
    assert view.drafts.delete_buttons["d1"].text() == "Delete"
    assert not view.drafts.isVisible()


def test_the_notes_box_names_itself_in_the_new_language_when_it_cuts_a_paste(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, back_to_english: None
) -> None:
    window = window_with_filled_cases(qtbot, make_window, services)
    view = window.cases_view
    detail = _open_zebedees_case(qtbot, view)
    choose_in_settings(qtbot, window, "pl")

    detail.notes.setPlainText("Ask Fictional School about the letter. " * 3_000)  # past the notes' 100,000

    said = detail.notes_message.text()
    assert said.startswith(f"⚠ {_in('CaseDetail', 'Notes')}: maksymalna liczba znaków to"), said
