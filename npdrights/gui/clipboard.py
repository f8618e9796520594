"""Copying letter text without leaving it in clipboard history longer than needed.

The text is marked for clipboard managers the way KeePassXC does it, cleared after a timeout and on lock,
and only ever cleared if the clipboard still holds what we put there (the user may have copied since).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QClipboard


def _fingerprint(text: str) -> bytes:
    import hashlib  # loads OpenSSL: when something is first copied, not before the Unlock screen (issue 17)

    return hashlib.sha256(text.encode("utf-8")).digest()


class PrivateClipboard(QObject):
    def __init__(self, clear_after_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        # Imported here: PySide makes these classes when first named, 0.8 ms before the Unlock screen (issue 17).
        from PySide6.QtCore import QByteArray, QMimeData

        data = QMimeData()
        data.setText(text)
        if sys.platform.startswith("linux"):
            data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        elif sys.platform == "darwin":
            data.setData("application/x-nspasteboard-concealed-type", QByteArray(b"secret"))
        elif sys.platform == "win32":
            data.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"\x01\x00\x00\x00"))
            data.setData("CanIncludeInClipboardHistory", QByteArray(b"\x00\x00\x00\x00"))
            data.setData("CanUploadToCloudClipboard", QByteArray(b"\x00\x00\x00\x00"))
        self._clipboard().setMimeData(data)
        self._ours = _fingerprint(text)
        self._timer.start()

    @property
    def holds_ours(self) -> bool:
        return self._ours is not None and _fingerprint(self._clipboard().text()) == self._ours

    def clear_if_ours(self) -> None:
        self._timer.stop()
        if self.holds_ours:
            self._clipboard().clear()
        self._ours = None
