"""Issue 17: the desktop app starts with Python's cycle collector paused, and has it back once its window is up.

The launch runs as a user's does, in a fresh interpreter through npdrights.launcher.run, with Qt's event loop
replaced by one turn of it and a look at the collector before and after.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from npdrights import app, launcher, selftest
from npdrights.storage.vault import Vault
from tests.app.launched import launch_and_look

ONE_TURN_INSTEAD_OF_RUNNING = """
import gc, json, sys
from PySide6.QtWidgets import QApplication
from npdrights import launcher
from npdrights.gui.main_window import MainWindow

def one_turn(self):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    while_building = gc.isenabled()
    QApplication.processEvents()
    print(json.dumps([
        window.isVisible(), window.stack.currentWidget().__class__.__name__, while_building, gc.isenabled(),
        gc.get_freeze_count() > 0,
    ]))
    return 0

QApplication.exec = one_turn
sys.exit(launcher.run())
"""


def test_the_collector_waits_for_the_first_window_then_comes_back(tmp_path: Path, vault: Vault) -> None:
    vault.lock()
    vault.folder.rename(tmp_path / "data")  # where the app looks for it with NPDRIGHTS_HOME set
    visible, screen, while_building, afterwards, frozen = launch_and_look(ONE_TURN_INSTEAD_OF_RUNNING, tmp_path)
    assert (visible, screen) == (True, "UnlockView")
    assert while_building is False  # paused from the start until the event loop's first turn
    assert (afterwards, frozen) == (True, True)  # back on, and what start-up made set aside for good


def test_the_self_test_runs_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """--self-test shows no window, so nothing would bring the collector back: main() does, before it starts."""
    collector_on: list[bool] = []
    monkeypatch.setattr(selftest, "main", lambda: collector_on.append(gc.isenabled()) or 0)
    frozen_before = gc.get_freeze_count() > 0  # what the suite froze after collecting (tests/conftest.py)
    launcher.pause_collector_for_start_up()
    try:
        assert app.main(["npdrights", "--self-test"]) == 0
    finally:  # this test process goes on: as it was
        gc.unfreeze()
        if frozen_before:  # frozen again, but not the garbage earlier tests left for the collector
            gc.collect()
            gc.freeze()
        gc.enable()
    assert collector_on == [True]
