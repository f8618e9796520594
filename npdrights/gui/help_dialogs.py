"""Two plain-words pages: "What happens next" after a journey's Finish, and Help > "How this works".

Both are shown from text that ships with the app (core.after_sending; resources/help/), never from the web.
Issue 18: the steps are worded in the screens' language (core marks them), and the help page is read in it
(resources/help/how-this-works.pl.md, .ur.md; bundled.help_page).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from npdrights.bundled import help_page
from npdrights.core.after_sending import AfterFinish, steps
from npdrights.gui.i18n import screens_language
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import explanation, fit_to_screen, heading


def numbered(lines: list[str]) -> str:
    """The steps as a numbered list (HTML, each step's own text escaped)."""
    items = "".join(f"<li style='margin-bottom:6px'>{html.escape(line)}</li>" for line in lines)
    return f"<ol>{items}</ol>"


class WhatNextDialog(QDialog):
    """After Finish: the steps for the way the letter is sent, numbered."""

    def __init__(self, after: AfterFinish, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What happens next"))
        outer = QVBoxLayout(self)
        # The steps scroll above the button: at 200% text, in Urdu's tall script, they can outgrow the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("What happens next"))  # it can take the focus to scroll
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout.addWidget(heading(self.tr("What happens next")))
        layout.addWidget(explanation(self.tr("Your case is saved. Now:")))
        self.steps = QLabel(numbered([on_screen("AfterSending", step) for step in steps(after)]))
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("What to do now, step by step"))
        layout.addWidget(self.steps)
        layout.addWidget(
            explanation(self.tr("You can read how npdrights works at any time: Help, then How this works."))
        )
        layout.addStretch(1)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        outer.addWidget(buttons)
        # As tall as the wrapped steps need at this width (the size hint is worked out at a narrower one), or the
        # screen allows.
        fit_to_screen(self, columns=80, lines=60)  # the width, within the screen
        margins = outer.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        needed = layout.totalHeightForWidth(inner) + buttons.sizeHint().height() + outer.spacing()
        self.resize(self.width(), min(self.height(), needed + margins.top() + margins.bottom()))


def how_this_works_page() -> str:
    """The help page "How npdrights works" in the screens' language (English where it has no translation)."""
    return help_page("how-this-works", screens_language() or "en")


class HowThisWorksDialog(QDialog):
    """Help > How this works: the bundled page, links not followed (npdrights opens no connection)."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How npdrights works"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(markdown)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # A paragraph takes its direction from its first letter, and an Urdu one may start with 'npdrights'.
            whole = QTextCursor(self.text.document())
            whole.select(QTextCursor.SelectionType.Document)
            right_to_left = QTextBlockFormat()
            right_to_left.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            whole.mergeBlockFormat(right_to_left)
        self.text.setAccessibleName(self.tr("How npdrights works"))
        layout.addWidget(self.text)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))  # Qt has no Urdu of its own
        layout.addWidget(buttons)
        fit_to_screen(self, columns=90, lines=36)
