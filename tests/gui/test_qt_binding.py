"""Guards the PySide6 pin in pyproject.toml.

PySide6 6.12.0 on Python 3.11 takes one reference from None on every call of a Qt method that returns nothing;
a long session (or 12,000 QComboBox.addItem calls) then aborts Python with "deallocating None". If a future
PySide6 brings this back, this test fails before a user's app crashes.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for number in range(2000):
        combo.addItem(f"item {number}")
        combo.setToolTip("tip")
    # Other code may take or drop a handful of references meanwhile; a broken binding loses thousands.
    assert sys.getrefcount(None) - before > -100
