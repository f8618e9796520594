"""`qtbot.waitUntil` checks its condition again as soon as Qt has delivered something, not every 10 ms.

pytest-qt's waitUntil sleeps a fixed 10 ms between checks, in a fresh event loop each time. Most conditions the GUI
tests wait for (a window active, a page shown, a job's result delivered) come true with the very next event, so
nearly every wait cost the full 10 ms doing nothing: about 1,500 waits a run, most of the idle time of the GUI
tests, on a machine where the other worker could not use it either (issue 12, item 5).

Here the wait between checks lasts until Qt has something to deliver, at most POLL_MS: a condition set without an
event (another thread's flag) is still seen within that time, as before. The condition, its two forms (an assert,
or True/False), the timeout and the error are pytest-qt's.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

# The longest gap between checks when nothing happens: pytest-qt's own interval.
POLL_MS = 10


class PromptQtBot(QtBot):
    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
        __tracebackhide__ = True
        deadline = time.monotonic() + timeout / 1000
        message = f"waitUntil timed out in {timeout} milliseconds"
        wake_up = QTimer()  # so a condition that comes true without any event is still checked again
        wake_up.setSingleShot(True)
        while True:
            try:
                result = callback()
            except AssertionError as error:
                if time.monotonic() > deadline:
                    raise QtTimeoutError(message) from error
            else:
                if result not in (None, True, False):
                    raise ValueError(f"waitUntil() callback must return None, True or False, returned {result!r}")
                if result is None or result:
                    return
                if time.monotonic() > deadline:
                    raise QtTimeoutError(message)
            wake_up.start(POLL_MS)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> QtBot:
    """pytest-qt's qtbot, with the prompter waitUntil."""
    return PromptQtBot(request)
