"""A letter shown three ways: the printed pages (a picture, which a screen reader cannot read), the same letter
as text, which a screen reader reads line by line and a user can select and search, and what the letter says in
a few plain sentences in the screens' language (issue 18: letters stay English)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QWidget

from npdrights.gui.letter_meaning import meaning_text, meaning_title


def _readable_text() -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setReadOnly(True)
    # Read-only text is selectable only by mouse unless told: a keyboard or screen-reader user needs a caret.
    text.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return text


class LetterView(QTabWidget):
    """Tabs "Printed letter" (from a QPdfDocument in memory), "Letter as text" and, for a letter that asks
    something, "What this letter says" ("In short" on English screens)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._meaning: tuple[str, date | None] = ("", None)
        self.pdf = QPdfView()
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text = _readable_text()
        self.meaning = _readable_text()
        self.addTab(self.pdf, "")
        self.addTab(self.text, "")
        self.addTab(self.meaning, "")
        self.setTabVisible(2, False)
        self._retranslate()

    def _retranslate(self) -> None:
        name = self._name
        self.setAccessibleName(name)
        self.pdf.setAccessibleName(self.tr("{name}, as printed").format(name=name))
        self.pdf.setAccessibleDescription(
            self.tr("A picture of the printed pages. The next tab has the same letter as text.")
        )
        self.text.setAccessibleName(self.tr("{name}, as text").format(name=name))
        self.setTabText(0, self.tr("Printed letter"))
        self.setTabText(1, self.tr("Letter as text"))
        title = meaning_title()
        self.setTabText(2, title)
        self.meaning.setAccessibleName(title)
        kind, answer_by = self._meaning
        self._show_meaning(meaning_text(kind, answer_by))

    def _show_meaning(self, said: str) -> None:
        # A plain-text edit starts every line at the left even in Urdu: its lines start at the right when the
        # screens are right to left.
        option = self.meaning.document().defaultTextOption()
        align = Qt.AlignmentFlag
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option.setAlignment(align.AlignRight | align.AlignAbsolute if right_to_left else align.AlignLeft)
        self.meaning.document().setDefaultTextOption(option)
        self.meaning.setPlainText(said)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._retranslate()
        super().changeEvent(event)

    def set_document(self, document: QPdfDocument) -> None:
        self.pdf.setDocument(document)

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def set_meaning(self, kind: str, answer_by: date | None) -> None:
        """Say what a letter of `kind` asks and by when (`answer_by`, the date the letter states, if any)."""
        self._meaning = (kind, answer_by)
        said = meaning_text(kind, answer_by)
        self._show_meaning(said)
        self.setTabVisible(2, bool(said))

    @property
    def shown_meaning(self) -> tuple[str, date | None]:
        """The letter kind and date the summary was made from (a full-window copy shows the same)."""
        return self._meaning

    def meaning_said(self) -> str:
        return self.meaning.toPlainText()
