"""Quitting while a job runs off the GUI thread (issue 17): the job finishes after its window is gone, quietly.

A quit runs in its own process, as a user's does: the app's event loop ends, the interpreter tears the
window (and its signal relays) down, and only then does the job finish.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from npdrights.gui.workers import Background, Job, Relay, hand_over
from npdrights.storage.errors import Cancelled

ROOT = Path(__file__).resolve().parents[2]

# As a user's quit: the event loop ends while the job still runs, then the interpreter tears everything down.
QUIT_WHILE_RUNNING = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from npdrights.gui.job_runner import JobRunner
from npdrights.gui.workers import Background
app = QApplication([])
w = QWidget()
{start}
QTimer.singleShot(50, app.quit)
app.exec()
"""

STARTS = {
    "background-result": "bg = Background(w)\nbg.run(lambda: time.sleep(0.5), print, print)",
    "runner-result": "bg = JobRunner(w)\nbg.start(lambda progress, should_stop: time.sleep(0.5))",
    "runner-parts": (
        "def parts(progress, should_stop, deliver):\n"
        "    for done in range(1, 11):\n"
        "        time.sleep(0.05)\n"
        "        progress(done, 10)\n"
        "        deliver([done])\n"
        "bg = JobRunner(w)\n"
        "bg.start_delivering(parts)"
    ),
}


def _quit_while(start: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    script = QUIT_WHILE_RUNNING.format(start=start)
    return subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


@pytest.fixture(scope="module")
def quits() -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The three quits, run side by side: each mostly waits for its job's half second, so one after another the
    test process would wait for three of them."""
    running = {start: _quit_while(start) for start in STARTS.values()}
    yield running
    for process in running.values():
        process.kill()
        process.communicate()


@pytest.mark.parametrize("start", STARTS.values(), ids=STARTS.keys())
def test_a_job_that_finishes_after_its_window_is_gone_ends_quietly(
    start: str, quits: dict[str, subprocess.Popen[str]]
) -> None:
    _out, stderr = quits[start].communicate(timeout=60)
    assert quits[start].returncode == 0, stderr
    assert "Signal source has been deleted" not in stderr
    assert "Traceback" not in stderr, stderr


def test_a_result_for_a_relay_that_is_gone_is_dropped(qapp: object) -> None:
    relay = Relay()
    received: list[object] = []
    relay.succeeded.connect(received.append)
    assert hand_over(relay, "succeeded", 1) is True
    shiboken6.delete(relay)  # as when its window is torn down
    assert hand_over(relay, "succeeded", 2) is False
    assert received == [1]


def test_a_programming_error_in_a_job_whose_window_is_gone_is_still_raised(qapp: object) -> None:
    relay = Relay()
    shiboken6.delete(relay)
    with pytest.raises(ZeroDivisionError):
        Job(lambda: 1 / 0, relay).run()


def test_a_user_error_in_a_job_whose_window_is_gone_ends_quietly(qapp: object) -> None:
    relay = Relay()
    shiboken6.delete(relay)
    Job(lambda: (_ for _ in ()).throw(Cancelled()), relay).run()  # nobody to tell: no error


def test_a_result_for_a_window_deleted_while_its_job_ran_is_not_delivered(qapp: QApplication) -> None:
    """A window closed and deleted mid-job (the register explorer after a language change, say): its Background
    goes with it, and the result is dropped instead of reaching the deleted window's callbacks."""
    window = QObject()
    background = Background(window)
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []

    def work() -> int:
        started.set()
        release.wait(5)
        return 42

    background.run(work, delivered.append, delivered.append)
    assert started.wait(5)
    release.set()
    shiboken6.delete(window)  # waits for the job, whose result is then on its way to the GUI thread
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    assert delivered == []
