"""The shared frame of the full-window screens: a centred, readable column that scrolls at large text sizes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

# About 70 characters a line: comfortable to read, and the column still fits a 1366-pixel screen at 200%.
COLUMN_WIDTH_CHARACTERS = 70


class CentredPage(QScrollArea):
    """Subclasses add their widgets to `self.column`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        across = QHBoxLayout()
        self.body = QWidget()
        self.body.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_WIDTH_CHARACTERS)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(12)
        across.addStretch(1)
        across.addWidget(self.body, 100)
        across.addStretch(1)
        rows.addSpacing(24)
        rows.addLayout(across)
        rows.addStretch(1)
        self.setWidget(inner)
