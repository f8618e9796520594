"""Auto-lock's last minute: "npdrights will lock in 45 seconds", with "Keep working". The watch for inactivity and
sleep that starts it is inactivity.py's InactivityWatcher.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LockCountdown(QDialog):
    """ "npdrights will lock in 45 seconds": the last minute before an auto-lock, with "Keep working".

    `keep_working` when the user says so (the button, Enter or Escape); `expired` when the time is up. `stop()`
    closes it without either (the window is locking anyway)."""

    keep_working = Signal()
    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None, *, monotonic: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setWindowTitle(self.tr("npdrights is about to lock"))
        self.setModal(True)
        self._monotonic = monotonic
        self._deadline = monotonic() + seconds
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Time before npdrights locks"))
        self.keep_button = QPushButton(self.tr("&Keep working"))
        self.keep_button.setAccessibleName(self.tr("Keep working"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                self.tr("Anything you are writing is kept, locked in your vault, and you can carry on after unlocking.")
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        layout.addLayout(row)
        # Wakes when the number shown goes down (and at the deadline), not on a fixed beat: the number is never a
        # beat behind, and a countdown with nothing left ends on the next turn of the event loop.
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self._tick)
        self._counting = False
        self._stopped = False
        self._tick()

    def start(self) -> None:
        self._counting = True
        self._ticker.start(self._until_next_second())
        self.open()
        self.keep_button.setFocus()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - self._monotonic()))

    def _until_next_second(self) -> int:
        """Milliseconds until `seconds_left()` goes down by one (0 once it is 0)."""
        left = self._deadline - self._monotonic()
        if left <= 0:
            return 0
        return math.ceil((left - (math.ceil(left) - 1)) * 1000)

    def _tick(self) -> None:
        left = self.seconds_left()
        if left == 0 and self._counting:
            self._stopped = True
            self._counting = False
            self.hide()
            self.expired.emit()
            return
        self.message.setText(
            self.tr(
                "You haven't used npdrights for a while, so it will lock in %n second(s) to keep your cases private.",
                "",
                left,
            )
        )
        if self._counting:
            self._ticker.start(self._until_next_second())

    def reject(self) -> None:
        self._counting = False
        self._ticker.stop()
        if not self._stopped:
            self._stopped = True
            self.keep_working.emit()
        super().reject()

    def stop(self) -> None:
        """Close without a signal."""
        self._stopped = True
        self._counting = False
        self._ticker.stop()
        super().reject()
