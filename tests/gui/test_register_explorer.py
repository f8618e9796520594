"""The register explorer, used as a family would: open it, filter, import the DfE's file, compare with a child's
school years, correct a type, and start a letter from a release (issue 15, items 3–5)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from npdrights.core.register import RecipientType
from npdrights.core.wizard_flow import Journey, Step, Target
from npdrights.gui.main_window import MainWindow
from npdrights.gui.register import RegisterExplorer
from npdrights.gui.register.letters import LOCKED
from npdrights.gui.register.model import ReleasesModel
from npdrights.gui.services import Services
from npdrights.service.register import RegisterService
from tests.gui.conftest import click
from tests.gui.journey_helpers import unlocked_window
from tests.register_files import LAYOUTS, write_layout


def open_explorer(qtbot: QtBot, window: MainWindow) -> RegisterExplorer:
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+R"))
    explorer = window.register_explorer
    assert explorer is not None
    qtbot.waitExposed(explorer)
    return explorer


def type_year(qtbot: QtBot, box: QSpinBox, year: str) -> None:
    box.setFocus()
    box.selectAll()  # replace "Any", as a user double-clicking into the box would
    qtbot.keyClicks(box, year)
    assert box.value() == int(year)


HOLD_SECONDS = 10.0  # only ever waited out when the import blocks the window, i.e. when the test fails


def import_through_the_button(
    qtbot: QtBot, explorer: RegisterExplorer, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    monkeypatch.setattr(explorer, "ask_file", lambda: path)
    click(qtbot, explorer.import_button)
    assert explorer.progress.isVisible()  # busy, off the GUI thread
    qtbot.waitUntil(lambda: explorer.import_button.isEnabled(), timeout=10_000)
    assert not explorer.progress.isVisible()


def test_opens_locked_with_the_public_record_and_a_chart(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = make_window()
    explorer = open_explorer(qtbot, window)
    assert explorer.model.rowCount() == len(existing_vault.register.releases()) > 0
    assert explorer.count.text().startswith("Showing all")
    assert "2013" in explorer.chart.categories
    assert "Press and media" in explorer.chart.summary()


def test_filtering_by_type_and_years(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    explorer = open_explorer(qtbot, make_window())
    explorer.type_filter.setCurrentIndex(explorer.type_filter.findData(RecipientType.PRESS))
    assert explorer.model.rowCount() > 0
    assert {release.type for release in explorer.model.shown} == {RecipientType.PRESS}
    type_year(qtbot, explorer.first_year, "2014")
    assert all(release.year and release.year >= 2014 for release in explorer.model.shown)
    assert explorer.count.text().startswith("Showing ")
    assert "of" in explorer.count.text()
    qtbot.keyClicks(explorer.search, "newsnight")
    assert [release.recipient for release in explorer.model.shown] == ["BBC Newsnight"]


def test_import_adds_releases_and_reports(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    explorer = open_explorer(qtbot, make_window())
    before = explorer.model.rowCount()
    import_through_the_button(qtbot, explorer, monkeypatch, write_layout(LAYOUTS[1], "xlsx", tmp_path)[0])
    assert explorer.model.rowCount() == before + 13
    kind, text = no_blocking_message_boxes[-1]
    assert kind == "information"
    assert "13 new releases" in text
    assert "DSAP approved shares: 5 releases" in text


def test_the_window_stays_responsive_during_a_big_import(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A big import runs off the GUI thread: meanwhile a timer on the GUI thread keeps ticking, and the window
    says what the import is doing."""
    from PySide6.QtCore import QTimer

    from tests.register_files import big_sheet, write_csv

    explorer = open_explorer(qtbot, make_window())
    path = tmp_path / "DSAP approved shares.csv"
    # The import is held after its first step until the window's own timer has ticked three times: off the GUI
    # thread, that comes at once; on it, nothing would tick and the hold would run out. Counting ticks during an
    # import left to run depended on the machine's speed (with 50,000 rows, 10-20 ticks, but 2 under a profiler).
    rows = 5_000
    write_csv(path, big_sheet(rows))
    ticks: list[int] = []
    ticked_enough = threading.Event()
    messages: list[str] = []
    explorer.import_progress.connect(messages.append)

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 3:
            ticked_enough.set()

    real_import = explorer.register.import_file

    def import_held(path: Path, progress: Callable[[str], None]) -> object:
        def held(message: str) -> None:
            progress(message)
            ticked_enough.wait(HOLD_SECONDS)

        return real_import(path, progress=held)

    monkeypatch.setattr(explorer.register, "import_file", import_held)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    import_through_the_button(qtbot, explorer, monkeypatch, path)
    timer.stop()
    assert ticked_enough.is_set()  # the event loop ran while the import worked
    assert any(message.startswith("Understanding 5,00") for message in messages), messages
    assert explorer.model.rowCount() > rows


def test_a_file_that_is_not_a_spreadsheet_is_explained(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    explorer = open_explorer(qtbot, make_window())
    before = explorer.model.rowCount()
    path = tmp_path / "holiday.ods"
    path.write_bytes(b"\x00\x01 not a spreadsheet")
    import_through_the_button(qtbot, explorer, monkeypatch, path)
    kind, text = no_blocking_message_boxes[-1]
    assert kind == "warning"
    assert "not a spreadsheet" in text
    assert explorer.model.rowCount() == before


def test_could_my_childs_data_have_been_in_this(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    explorer = open_explorer(qtbot, window)
    import_through_the_button(qtbot, explorer, monkeypatch, write_layout(LAYOUTS[1], "ods", tmp_path)[0])
    explorer.select_recipient("University of Nowhere")  # covered 2010/11 to 2017/18
    type_year(qtbot, explorer.school_from, "2012")
    type_year(qtbot, explorer.school_to, "2016")
    assert explorer.comparison.text().startswith("Possibly: it covered 2010 to 2018")
    explorer.select_recipient("Daily Telegraph")  # the register does not say which years
    assert explorer.comparison.text().startswith("Not known")
    window.lock()  # locking forgets the years typed
    assert (explorer.school_from.value(), explorer.school_to.value()) == (0, 0)


def test_correcting_a_type(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    explorer = open_explorer(qtbot, make_window())
    import_through_the_button(qtbot, explorer, monkeypatch, write_layout(LAYOUTS[1], "csv", tmp_path)[1])
    explorer.select_recipient("Made-up Think Tank")
    index = explorer.correct_type.findData(RecipientType.RESEARCH)
    explorer.correct_type.setCurrentIndex(index)
    explorer.correct_type.activated.emit(index)
    think_tank = explorer.selected()[0]
    assert think_tank.recipient == "Made-up Think Tank"
    assert (think_tank.type, think_tank.type_inferred) == (RecipientType.RESEARCH, False)
    assert "You set this type." in explorer.detail.text()


def test_a_letter_needs_the_vault_unlocked(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    window = make_window()
    explorer = open_explorer(qtbot, window)
    explorer.select_recipient("Daily Telegraph")
    click(qtbot, explorer.ask_dfe_button)
    assert explorer.action_note.text() == LOCKED
    assert window._journeys is None or window.journeys.wizard is None


@pytest.mark.parametrize(
    ("button", "journey", "target"),
    [
        ("ask_organisation_button", Journey.ASK, Target.ORGANISATION),
        ("ask_dfe_button", Journey.ASK, Target.DFE),
        ("object_button", Journey.OBJECT, Target.DFE),
    ],
)
def test_a_release_starts_the_right_prefilled_journey(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    button: str,
    journey: Journey,
    target: Target,
) -> None:
    window = unlocked_window(make_window, services)
    explorer = open_explorer(qtbot, window)
    explorer.select_recipient("Times Newspapers")
    click(qtbot, getattr(explorer, button))
    wizard = window.journeys.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    draft = wizard.draft
    assert (draft.journey, draft.target) == (journey, target)
    assert [ref.recipient for ref in draft.releases] == ["Times Newspapers"]
    assert draft.releases[0].approved is not None
    assert draft.releases[0].approved.isoformat() == "2013-09-26"
    if target is Target.ORGANISATION:
        assert draft.organisation.name == "Times Newspapers"
        assert wizard.currentId() in (Step.WHO_ASKING, Step.ABOUT, Step.RECIPIENT)
    wizard.discard()


def test_the_model_passes_qt_checks(qapp: object, qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = ReleasesModel()
    qtmodeltester.check(model)
    model.set_releases(RegisterService(tmp_path).releases())
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    recipients = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert recipients == sorted(recipients, key=str.lower)


def test_the_explorer_works_by_keyboard(
    qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    explorer = open_explorer(qtbot, make_window())
    explorer.activateWindow()
    qtbot.waitUntil(explorer.isActiveWindow)
    explorer.table.setFocus()
    first = explorer.selected()[0]
    qtbot.keyClick(explorer.table, Qt.Key.Key_Down)
    second = explorer.selected()[0]
    assert second != first
    assert explorer.detail_title.text() == second.recipient
    qtbot.keyClick(explorer.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Ask the &DfE about this release…"
    # a mnemonic "animates" its click: the button is released a moment later
    qtbot.waitUntil(lambda: explorer.action_note.text() == LOCKED)  # locked: the explorer says so, and stays open
    assert explorer.isVisible()
