"""A letter shown two ways: the printed pages (a picture, which a screen reader cannot read) and the same letter
as text, which a screen reader reads line by line and a user can select and search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QWidget


class LetterView(QTabWidget):
    """Tabs "Printed letter" (from a QPdfDocument in memory) and "Letter as text"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.pdf = QPdfView()
        self.pdf.setAccessibleName(f"{name}, as printed")
        self.pdf.setAccessibleDescription("A picture of the printed pages. The next tab has the same letter as text.")
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        # Read-only text is selectable only by mouse unless told: a keyboard or screen-reader user needs a caret.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(f"{name}, as text")
        self.addTab(self.pdf, "Printed letter")
        self.addTab(self.text, "Letter as text")

    def set_document(self, document: QPdfDocument) -> None:
        self.pdf.setDocument(document)

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def plain_text(self) -> str:
        return self.text.toPlainText()
