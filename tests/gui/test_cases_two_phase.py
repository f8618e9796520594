"""A big cases list as a user meets it: every row at once, statuses and dates arriving after, then one sort.

The worker is held after its first part (`gate`), as on a slow computer, so each test can look at the list, type,
filter, edit or lock while the rest is still being worked out. Sizes are shrunk (LOAD_AT_ONCE, PART_SIZE) so the
six fictional cases go through both phases, and the worker's pause after typing (USER_QUIET_MS) is a few ms.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from npdrights.core.case_list import WORKING_OUT, Filter
from npdrights.core.model import CaseEvent, EventKind, Person, PostMethod
from npdrights.gui.cases import view as view_module
from npdrights.gui.cases.list_model import Column
from npdrights.gui.cases.view import CasesView
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.service import summary_cache
from npdrights.service.tracker import Tracker
from npdrights.storage.database import Database
from npdrights.storage.errors import DamagedDatabase
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import FIXED_NOW, settle, type_into
from tests.gui.test_unlock_and_lock import _unlock
from tests.tracker_fixtures import SAMPLES, fill

ALL_SIX = sorted(
    [
        "Zebedee Fictionalson",
        "Ada Fictionalson",
        "Primrose Testperson",
        "Bartholomew Madeup",
        "Ada Fictionalson",
        "Zebedee Fictionalson",
    ]
)


QUICK_QUIET_MS = 5


@dataclass
class Gate:
    """Phase 2 delivers `allowed` parts, then holds each later part (already worked out) until `release`."""

    release: threading.Event = field(default_factory=threading.Event)
    allowed: int = 1
    delivered: int = 0
    readers: list[Database] = field(default_factory=list)
    gave_way: int = 0  # times the worker was told to wait for someone using the list


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    real = view_module.work_out_in_parts

    def held(reader: Database, *args: Any) -> int:
        *rest, should_stop, deliver, give_way = args
        gate.readers.append(reader)

        def deliver_held(part: object) -> None:
            while gate.delivered >= gate.allowed and not gate.release.wait(0.01):
                if should_stop():
                    return
            deliver(part)
            gate.delivered += 1

        def give_way_counted() -> bool:
            asked = give_way()
            gate.gave_way += asked
            return asked

        return real(reader, *rest, should_stop, deliver_held, give_way_counted)

    monkeypatch.setattr(view_module, "work_out_in_parts", held)
    monkeypatch.setattr(view_module, "LOAD_AT_ONCE", 2)
    monkeypatch.setattr(view_module, "PART_SIZE", 2)
    # Taken up again a few ms after the last key, not 300: the tests prove that it carries on, not how soon (the
    # shipped time has its own test). The quiet timer runs only when the event loop does, never while a test types.
    monkeypatch.setattr(view_module, "USER_QUIET_MS", QUICK_QUIET_MS)
    yield gate
    gate.release.set()  # never leave a worker waiting


@pytest.fixture
def filled(existing_vault: Services) -> Services:
    existing_vault.vault.unlock_with_passphrase(PASSPHRASE)
    fill(Repository(existing_vault.vault.database))
    existing_vault.vault.lock()
    return existing_vault


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, gate: Gate) -> MainWindow:
    """Unlocked, with the first part of phase 2 in and the rest held."""
    made = make_window()
    with qtbot.waitSignal(made.unlocked, timeout=5000):
        _unlock(qtbot, made)
    qtbot.waitUntil(lambda: gate.delivered == 1, timeout=5000)
    return made


def _column(view: CasesView, column: Column) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def _case_ids(view: CasesView) -> list[str]:
    return [view.proxy.summary(view.proxy.index(row, 0)).case.id for row in range(view.proxy.rowCount())]


def _finish(qtbot: QtBot, view: CasesView, gate: Gate) -> None:
    with qtbot.waitSignal(view.loaded, timeout=5000):
        gate.release.set()


def test_every_row_shows_at_once_then_statuses_arrive_and_it_is_sorted_once(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    view = window.cases_view
    assert view.states.currentWidget() is view.list_page
    assert view.loading
    assert sorted(_column(view, Column.PERSON)) == ALL_SIX
    statuses = _column(view, Column.STATUS)
    assert statuses[2:] == [WORKING_OUT] * 4  # only the first part is in, at the top
    assert WORKING_OUT not in statuses[:2]
    assert _column(view, Column.DUE)[2:] == [WORKING_OUT] * 4
    assert _column(view, Column.TIME_LEFT)[2:] == [WORKING_OUT] * 4
    # Who, what, to whom and when sent need no working out.
    sent = dict(zip(_case_ids(view), _column(view, Column.SENT), strict=True))
    assert sent["c-overdue"] == "1 Oct 2026"
    assert sent["c-draft"] == ""
    assert set(_column(view, Column.RECIPIENT)) >= {"Department for Education", "Learning Records Service"}
    assert view.progress.isVisible()
    assert not view.banner.isVisible()  # the due-soon summary waits for every status
    index = view.proxy.index(5, Column.STATUS)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "npdrights is still working out this case's dates."
    assert not view.table.horizontalHeader().isSortIndicatorShown()

    order = _case_ids(view)
    changed: list[tuple[int, int]] = []
    view.model.dataChanged.connect(lambda top, bottom, *_roles: changed.append((top.column(), bottom.column())))
    _finish(qtbot, view, gate)
    assert changed
    assert set(changed) == {(Column.STATUS, Column.SENT)}  # only the worked-out columns, not whole rows
    assert WORKING_OUT not in _column(view, Column.STATUS)
    assert _case_ids(view) != order  # sorted once, now that it can be: overdue first
    assert _column(view, Column.TIME_LEFT)[:2] == ["54 days overdue", "23 days overdue"]
    assert view.table.horizontalHeader().isSortIndicatorShown()
    assert view.banner.headline.text().startswith("⚠ 2 cases are overdue")
    assert not view.progress.isVisible()
    assert not view.loading


def test_people_are_decoded_only_when_first_asked_for(qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    view = window.cases_view
    assert view.who.count() == 8  # everyone, two families and their people, then Bartholomew: from names alone
    _finish(qtbot, view, gate)
    assert view.store._people_rows is not None  # working every line out needed only their names
    assert view.store.people["p-zebedee"].former_names == ("Zebedee Madeupson",)  # asked for: decoded then
    assert view.store._people_rows is None
    view.load()  # every line is kept now: shown at once, and the people are left undecoded again
    assert not view.loading
    assert view.store._people_rows is not None
    assert view.store.people["p-primrose"].date_of_birth == date(2008, 2, 29)


def test_rows_keep_their_places_while_statuses_arrive(qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    view = window.cases_view
    order = _case_ids(view)
    gate.allowed = 2  # one more part: its rows fill in where they are
    qtbot.waitUntil(lambda: _column(view, Column.STATUS)[3] != WORKING_OUT, timeout=5000)
    assert _case_ids(view) == order
    assert _column(view, Column.STATUS)[4:] == [WORKING_OUT] * 2
    assert view.loading


def test_the_worker_gives_way_only_to_the_person_not_to_the_list_filling_itself_in(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    """Filling in the person filter as the list loads is not someone choosing: it used to pause the working out for
    a moment at every load (issue 12, item 5)."""
    view = window.cases_view
    assert view.loading
    assert view.who.count() > 1  # filled in with the people read for the list
    assert gate.gave_way == 0
    view.who.setCurrentIndex(1)  # the person chooses a household or person
    assert view._user_busy.is_set()
    qtbot.waitUntil(lambda: not view._user_busy.is_set(), timeout=2000)


def test_the_worker_takes_up_its_work_again_300_ms_after_the_last_key(qtbot: QtBot, services: Services) -> None:
    """What ships: the tests above and below shorten it (`gate`)."""
    from npdrights.gui.clipboard import PrivateClipboard

    view = CasesView(services.vault, services.clock.today, PrivateClipboard(1000))
    qtbot.addWidget(view)
    assert view._user_quiet.interval() == view_module.USER_QUIET_MS == 300


def test_search_works_and_status_filters_say_they_are_still_working(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    view = window.cases_view
    type_into(qtbot, view.search, "madeupson")  # Zebedee's former name
    assert _column(view, Column.PERSON) == ["Zebedee Fictionalson"] * 2
    view.search.clear()
    type_into(qtbot, view.search, "academy trust")  # the recipient
    assert _column(view, Column.PERSON) == ["Primrose Testperson"]
    assert view._user_busy.is_set()  # the worker gives way while someone types
    qtbot.waitUntil(lambda: not view._user_busy.is_set(), timeout=2000)  # and carries on a moment after
    view.search.clear()
    type_into(qtbot, view.search, "NPD-LRS")  # a case's own reference
    assert _column(view, Column.PERSON) == ["Bartholomew Madeup"]
    view.search.clear()

    view.which.setCurrentIndex(view.which.findData(Filter.OVERDUE))
    assert view.proxy.rowCount() == 0  # not a wrong, partial answer
    assert view.working_note.isVisible()
    assert view.working_note.text() == (
        "Note: npdrights is still working out your cases' dates. Overdue cases will show here when that is done."
    )
    assert view.count.text() == "6 cases."  # not "Showing 0 of 6", which would read as "none is overdue"
    view.which.setCurrentIndex(view.which.findData(Filter.NEEDS_ACTION))
    assert "Cases that need action will show here" in view.working_note.text()

    _finish(qtbot, view, gate)
    assert not view.working_note.isVisible()
    # Needs action, now known. Not the complaint of 16 November: its 30 days for a reply are still running (law §2.2).
    assert set(_case_ids(view)) == {"c-overdue", "c-part", "c-draft"}
    view.which.setCurrentIndex(view.which.findData(Filter.OVERDUE))
    assert _column(view, Column.STATUS) == ["Partly answered", "Overdue"]


def test_the_one_sort_keeps_the_selected_case_selected_and_in_view(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    view = window.cases_view
    row = _case_ids(view).index("c-closed")
    view.table.selectRow(row)
    _finish(qtbot, view, gate)
    selected = view.table.selectionModel().selectedRows()
    assert [view.proxy.summary(index).case.id for index in selected] == ["c-closed"]
    assert _case_ids(view)[-1] == "c-closed"  # closed cases go last
    assert view.table.viewport().rect().intersects(view.table.visualRect(selected[0]))


def test_locking_while_statuses_are_worked_out_stops_the_worker_and_clears_everything(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    view = window.cases_view
    assert view.loading
    window.lock()
    assert not view.loading
    assert view._runner is None  # stopped and waited for
    assert [reader.is_open for reader in gate.readers] == [False]  # its own connection closed before the vault
    assert view.model.rowCount() == 0
    assert view.proxy.rowCount() == 0
    assert view.who.count() == 0
    assert view.store.people == {}
    assert not view.progress.isVisible()
    gate.release.set()
    settle()  # anything still queued from the stopped worker is delivered, and dropped
    assert view.model.rowCount() == 0
    assert not window.vault.is_unlocked


def test_a_case_edited_meanwhile_keeps_what_was_saved_not_the_workers_older_reading(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    view = window.cases_view
    qtbot.waitUntil(lambda: gate.delivered == 1 and len(gate.readers) == 1, timeout=5000)
    held_back = _case_ids(view)[2]  # in the second part: worked out already, waiting to be handed over
    view.store.set_notes(held_back, "Rang them on Friday.")
    row = view.model.row_of(held_back)
    assert row is not None
    assert not view.model.summary_at(row).pending  # worked out at once, on its own
    _finish(qtbot, view, gate)
    row = view.model.row_of(held_back)
    assert row is not None
    assert view.model.summary_at(row).case.notes == "Rang them on Friday."


def test_a_new_event_recorded_meanwhile_shows_at_once_and_stays(qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    view = window.cases_view
    answer = CaseEvent("e-answer", "c-overdue", EventKind.ANSWERED_FULL, date(2026, 11, 27))
    view.store.add_event(answer)
    row = view.model.row_of("c-overdue")
    assert row is not None
    assert view.model.index(row, Column.STATUS).data() == "Answered"
    _finish(qtbot, view, gate)
    assert view.model.index(view.model.row_of("c-overdue") or 0, Column.STATUS).data() == "Answered"


@pytest.fixture
def many(existing_vault: Services) -> Services:
    """The six samples and forty more sent letters, so the list scrolls."""
    vault = existing_vault.vault
    vault.unlock_with_passphrase(PASSPHRASE)
    repository = Repository(vault.database)
    fill(repository)
    template = SAMPLES[1].case
    for number in range(40):
        person = Person(f"p-extra{number}", f"Extra{number:02d} Fictionalson")
        case = replace(template, id=f"c-extra{number}", person_id=person.id, requester_id=person.id)
        sent = date(2026, 11, 27) - timedelta(days=number * 3)
        event = CaseEvent(f"e-extra{number}", case.id, EventKind.SENT, sent, post_method=PostMethod.EMAIL)
        repository.create_case(case, people=[person], events=[event])
    vault.lock()
    return existing_vault


def _scroll_to_top_of_list(view: CasesView, case_id: str) -> int:
    """Scroll so `case_id` is the top row of the list's window, as a user would with the scroll bar."""
    row = _case_ids(view).index(case_id)
    view.table.scrollTo(view.proxy.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert view.table.indexAt(view.table.viewport().rect().topLeft()).row() == row
    return view.table.rowViewportPosition(row)


# Looked-at rows from the middle of the sorted list to its last rows. The window's height comes from the font's
# line spacing (fit_to_screen), so which of them the list can scroll to the top varies between computers: each
# is checked either way, and some always fall on each side of the list's end.
LOOKED_AT = [f"c-extra{number}" for number in (19, 14, 12, 11, 10, 9, 8, 3, 0)]


def test_the_one_sort_keeps_the_place_of_the_row_being_looked_at(
    qtbot: QtBot, make_window: Callable[[], MainWindow], many: Services, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    view = window.cases_view
    bar = view.table.verticalScrollBar()
    row_height = view.table.verticalHeader().defaultSectionSize()
    kept_place = stopped_at_end = 0
    for attempt, looked_at in enumerate(LOOKED_AT):
        if attempt:  # loaded again, with nothing kept from the last time: the one sort comes again
            gate.release.clear()
            gate.delivered = 0
            monkeypatch.setattr(summary_cache, "rules_version", lambda attempt=attempt: f"rules {attempt}")
            view.load()
        qtbot.waitUntil(lambda: gate.delivered == 1, timeout=5000)
        place = _scroll_to_top_of_list(view, looked_at)
        assert bar.value() > 0
        _finish(qtbot, view, gate)
        row = _case_ids(view).index(looked_at)
        if row <= bar.maximum():  # the list can scroll that far: the row is where it was (at the very end, the
            # last row lines up with the bottom instead, moving the top row by less than a row)
            assert abs(view.table.rowViewportPosition(row) - place) < row_height, looked_at
            kept_place += 1
        else:  # sorted into the last rows: the list is scrolled to its end, the row in view
            assert bar.value() == bar.maximum(), looked_at
            assert 0 < view.table.rowViewportPosition(row) < view.table.viewport().height(), looked_at
            stopped_at_end += 1
    assert kept_place  # both cases were really tried
    assert stopped_at_end


def test_loading_again_hides_the_old_summary_until_the_new_one_is_known(
    qtbot: QtBot, window: MainWindow, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.cases_view
    _finish(qtbot, view, gate)
    assert view.banner.isVisible()
    gate.release.clear()
    gate.delivered = 0
    monkeypatch.setattr(summary_cache, "rules_version", lambda: "new rules")  # nothing kept is good: work it out
    view.load()  # e.g. after an update of npdrights
    assert not view.banner.isVisible()
    assert view.loading
    _finish(qtbot, view, gate)
    assert view.banner.isVisible()


def test_a_failure_while_working_out_is_said_plainly_and_stops_the_work(
    qtbot: QtBot, make_window: Callable[[], MainWindow], filled: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaged(reader: Database, *_args: object) -> int:
        reader.close(checkpoint=False)  # as the real one does, however it ends
        raise DamagedDatabase(None)

    monkeypatch.setattr(view_module, "work_out_in_parts", damaged)
    monkeypatch.setattr(view_module, "LOAD_AT_ONCE", 2)
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    view = window.cases_view
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.message.text() == "⚠ " + DamagedDatabase(None).message
    assert not view.progress.isVisible()
    assert view.model.rowCount() == 6  # the rows stay, to search and open


def test_working_out_starts_once_the_list_is_on_screen(
    qtbot: QtBot, window: MainWindow, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.cases_view
    _finish(qtbot, view, gate)
    gate.release.clear()
    gate.delivered = 0
    monkeypatch.setattr(summary_cache, "rules_version", lambda: "new rules")  # nothing kept is good: work it out
    view.load()
    assert gate.readers[1:] == []  # not yet: the first paint of the list comes first
    qtbot.waitUntil(lambda: len(gate.readers) == 2, timeout=5000)
    _finish(qtbot, view, gate)
    # Reloaded while a case is open, the list isn't on screen: it starts straight away.
    view.open_case("c-overdue")
    gate.release.clear()
    gate.delivered = 0
    monkeypatch.setattr(summary_cache, "rules_version", lambda: "newer rules")
    view.load()
    assert view.states.currentWidget() is view.detail
    qtbot.waitUntil(lambda: len(gate.readers) == 3, timeout=5000)
    _finish(qtbot, view, gate)


def test_the_next_unlock_the_same_day_shows_the_kept_lines_at_once_instead_of_working_them_out(
    qtbot: QtBot, window: MainWindow, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.cases_view
    _finish(qtbot, view, gate)
    statuses = _column(view, Column.STATUS)
    window.lock()
    worked_out: list[str] = []
    real = summary_cache.summarise_for_days
    monkeypatch.setattr(
        summary_cache, "summarise_for_days", lambda case, *a, **k: worked_out.append(case.id) or real(case, *a, **k)
    )
    readers = len(gate.readers)
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    assert WORKING_OUT not in _column(view, Column.STATUS)  # the first paint already has every status
    assert not view.progress.isVisible()  # and says nothing is being worked out
    assert not view.loading  # nothing left to work out: no second phase, no worker, no second sort
    assert len(gate.readers) == readers
    assert view.table.horizontalHeader().isSortIndicatorShown()
    assert view.banner.headline.text().startswith("⚠ 2 cases are overdue")
    assert worked_out == []
    assert _column(view, Column.STATUS) == statuses


def test_the_next_days_first_unlock_shows_the_lines_still_true_at_once_with_the_days_left_counted_again(
    qtbot: QtBot, window: MainWindow, gate: Gate, filled: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Overnight no sample reaches a date its status depends on: every kept line still holds (issue 17)."""
    view = window.cases_view
    _finish(qtbot, view, gate)
    statuses = dict(zip(_case_ids(view), _column(view, Column.STATUS), strict=True))
    time_left = dict(zip(_case_ids(view), _column(view, Column.TIME_LEFT), strict=True))
    window.lock()
    monkeypatch.setattr(filled.clock, "now", lambda: FIXED_NOW + timedelta(days=1))
    worked_out: list[str] = []
    real = summary_cache.summarise_for_days
    monkeypatch.setattr(
        summary_cache, "summarise_for_days", lambda case, *a, **k: worked_out.append(case.id) or real(case, *a, **k)
    )
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    assert not view.loading  # the first paint has every status: nothing to work out
    assert worked_out == []
    assert dict(zip(_case_ids(view), _column(view, Column.STATUS), strict=True)) == statuses
    assert time_left["c-waiting"] == "23 days left"
    assert dict(zip(_case_ids(view), _column(view, Column.TIME_LEFT), strict=True))["c-waiting"] == "22 days left"


def test_loading_again_once_every_line_is_kept_shows_them_all_at_once(window: MainWindow) -> None:
    view = window.cases_view
    assert view.loading
    assert view.progress.isVisible()
    Tracker(view.store.vault, view.store.today).summaries(view.store.today())  # e.g. `case list` run meanwhile
    view.load()  # e.g. a person renamed: every line is kept by now
    assert not view.loading
    assert not view.progress.isVisible()
    assert WORKING_OUT not in _column(view, Column.STATUS)
    assert view.banner.headline.text().startswith("⚠ 2 cases are overdue")
