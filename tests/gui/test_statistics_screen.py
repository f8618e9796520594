"""The Statistics screen as an adviser or a parent meets it: opened from the Cases menu, small numbers hidden
unless they ask to see their own exactly, saved as CSV and PDF (always hidden), closed by locking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from npdrights.core.statistics import statistics
from npdrights.gui import printing
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.statistics_dialog import NO_CASES, StatisticsDialog
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.core.statistics_fixture import NAMES, UPNS
from tests.gui.conftest import click
from tests.gui.test_unlock_and_lock import _unlock
from tests.statistics_vault import fill


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services) -> MainWindow:
    existing_vault.vault.unlock_with_passphrase(PASSPHRASE)
    fill(Repository(existing_vault.vault.database))
    existing_vault.vault.lock()
    made = make_window()
    with qtbot.waitSignal(made.unlocked, timeout=5000):
        _unlock(qtbot, made)
    return made


def _open(qtbot: QtBot, window: MainWindow) -> StatisticsDialog:
    assert window.statistics_action.isEnabled()
    window.statistics_action.trigger()
    dialog = window.findChild(StatisticsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _worked_out(qtbot, dialog)
    return dialog


def _worked_out(qtbot: QtBot, dialog: StatisticsDialog) -> None:
    """Wait for the figures: they are worked out off the GUI thread, with the box and buttons off meanwhile."""
    qtbot.waitUntil(lambda: dialog.exact.isEnabled() and dialog.shown is not None, timeout=5000)


def _cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_screen_hides_small_numbers_until_asked_to_show_them_exactly(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    by_kind = _cells(dialog.tables["Requests by kind"])
    assert ["What the DfE holds", "6", "50%"] in by_kind
    assert ["Stop DfE sharing", "fewer than 5", ""] in by_kind
    assert "Half the answers came within 30 days" in dialog.summary.text()
    # Every month from the first to the last, with none left out: the years are in the title.
    assert dialog.chart.categories == ["Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    assert dialog.chart.title == "Answers by month, March 2026 to November 2026"

    qtbot.mouseClick(dialog.exact, Qt.MouseButton.LeftButton)
    _worked_out(qtbot, dialog)
    assert ["Stop DfE sharing", "3", "25%"] in _cells(dialog.tables["Requests by kind"])
    # Due and never answered: two in July, one in September.
    assert dialog.chart.series[2].values == [0, 0, 0, 0, 2, 0, 1, 0, 0]

    everything = " ".join(" ".join(" ".join(row) for row in _cells(view)) for view in dialog.tables.values())
    for secret in (*NAMES, *UPNS, "Quillfeather"):
        assert secret not in everything + dialog.summary.text()


def test_saved_files_hide_small_numbers_even_when_the_screen_shows_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.exact, Qt.MouseButton.LeftButton)
    _worked_out(qtbot, dialog)
    target = tmp_path / "figures"
    monkeypatch.setattr(dialog, "ask_csv_path", lambda suggested: target.with_suffix(".csv"))
    monkeypatch.setattr(printing, "ask_save_path", lambda _parent, suggested: target.with_suffix(".pdf"))
    click(qtbot, dialog.csv_button)
    click(qtbot, dialog.pdf_button)
    text = target.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "Stop DfE sharing,fewer than 5," in text
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert dialog.message.text() == "✓ Saved the report as figures.pdf."


def test_a_folder_that_cannot_be_written_is_said_plainly(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_blocking_message_boxes: list
) -> None:
    dialog = _open(qtbot, window)
    monkeypatch.setattr(dialog, "ask_csv_path", lambda suggested: tmp_path)  # a folder, not a file
    click(qtbot, dialog.csv_button)
    assert no_blocking_message_boxes
    kind, text = no_blocking_message_boxes[-1]
    assert kind == "warning"
    assert text.startswith("Could not save: The file could not be saved there")


def test_locking_closes_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert not window.statistics_action.isEnabled()


def test_an_empty_vault_says_so_instead_of_an_empty_chart(qtbot: QtBot) -> None:
    dialog = StatisticsDialog(lambda hide: statistics([], {}, {}, date(2026, 11, 28), hide_small=hide), bytes)
    qtbot.addWidget(dialog)
    dialog.show()
    _worked_out(qtbot, dialog)
    assert dialog.summary.text() == NO_CASES
    assert not dialog.chart.isVisible()
    assert not dialog.chart_note.isVisible()
