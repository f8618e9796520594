"""Two plain-words pages: "What happens next" after a journey's Finish, and Help > "How this works".

Both are shown from text that ships with the app (core.after_sending; resources/help/), never from the web.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from npdrights.core.after_sending import AfterFinish, what_next
from npdrights.gui.widgets import explanation, fit_to_screen, heading


class WhatNextDialog(QDialog):
    """After Finish: the steps for the way the letter is sent, numbered."""

    def __init__(self, after: AfterFinish, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What happens next")
        layout = QVBoxLayout(self)
        layout.addWidget(heading("What happens next"))
        layout.addWidget(explanation("Your case is saved. Now:"))
        items = "".join(f"<li style='margin-bottom:6px'>{html.escape(step)}</li>" for step in what_next(after))
        self.steps = QLabel(f"<ol>{items}</ol>")
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName("What to do now, step by step")
        layout.addWidget(self.steps)
        layout.addWidget(explanation("You can read how npdrights works at any time: Help, then How this works."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Close")
        layout.addWidget(buttons)
        # As tall as the wrapped steps need at this width (the size hint is worked out at a narrower one).
        fit_to_screen(self, columns=80, lines=60)  # the width, within the screen
        self.resize(self.width(), min(self.height(), layout.totalHeightForWidth(self.width())))


class HowThisWorksDialog(QDialog):
    """Help > How this works: the bundled page, links not followed (npdrights opens no connection)."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("How npdrights works")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(markdown)
        self.text.setAccessibleName("How npdrights works")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, columns=90, lines=36)
