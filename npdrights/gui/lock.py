"""Auto-lock's last minute: "npdrights will lock in 45 seconds", with "Keep working". The watch for inactivity and
sleep that starts it is inactivity.py's InactivityWatcher.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
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
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self._stopped = False
        self._tick()

    def start(self) -> None:
        self._ticker.start()
        self.open()
        self.keep_button.setFocus()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - self._monotonic()))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left == 0 and self._ticker.isActive():
            self._stopped = True
            self._ticker.stop()
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

    def reject(self) -> None:
        self._ticker.stop()
        if not self._stopped:
            self._stopped = True
            self.keep_working.emit()
        super().reject()

    def stop(self) -> None:
        """Close without a signal."""
        self._stopped = True
        self._ticker.stop()
        super().reject()
