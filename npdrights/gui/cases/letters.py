"""The letters kept with a case, and a preview of one (or of a follow-up letter) with Save PDF, Print and Copy text.

The preview reads the PDF from memory (QPdfView over a QBuffer): no temporary file. Copied text goes through
PrivateClipboard, which clears it after a while and on lock. Saved files get a name with no one's name in it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.cases.record_model import RecordTableModel
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.widgets import MessageLabel, fit_to_screen, without_shortcut
from npdrights.service.tracker import LetterRecord

LETTER_NAMES = {
    "sar-dfe": QT_TRANSLATE_NOOP("LetterNames", "Subject access request"),
    "sar-lrs": QT_TRANSLATE_NOOP("LetterNames", "Request for the learning record"),
    "sar-organisation": QT_TRANSLATE_NOOP("LetterNames", "Subject access request"),
    "objection-dfe": QT_TRANSLATE_NOOP("LetterNames", "Objection"),
    "rectification": QT_TRANSLATE_NOOP("LetterNames", "Request for corrections"),
    "erasure": QT_TRANSLATE_NOOP("LetterNames", "Request to delete data"),
    "reminder": QT_TRANSLATE_NOOP("LetterNames", "Reminder"),
    "complaint-organisation": QT_TRANSLATE_NOOP("LetterNames", "Complaint"),
    "complaint-ico": QT_TRANSLATE_NOOP("LetterNames", "Complaint to the ICO"),
}


def letter_name(kind: str) -> str:
    if kind in LETTER_NAMES:
        return QCoreApplication.translate("LetterNames", LETTER_NAMES[kind])
    return kind.replace("-", " ").capitalize()


def suggested_pdf_name(kind: str, on: date) -> str:
    """'npdrights-reminder-2026-11-28.pdf': the kind and the date, never a name (recent-file lists leak it)."""
    return f"npdrights-{kind}-{on.isoformat()}.pdf"


class LetterColumn(IntEnum):
    DATE = 0
    LETTER = 1
    SUBJECT = 2


class LettersModel(RecordTableModel):
    headers = (
        QT_TRANSLATE_NOOP("LettersModel", "Date"),
        QT_TRANSLATE_NOOP("LettersModel", "Letter"),
        QT_TRANSLATE_NOOP("LettersModel", "Subject"),
    )

    def cell(self, letter: LetterRecord, column: int) -> str:
        match LetterColumn(column):
            case LetterColumn.DATE:
                return screen_long_date(letter.created_on)
            case LetterColumn.LETTER:
                return letter_name(letter.kind)
            case LetterColumn.SUBJECT:
                return letter.subject


class LetterPreviewDialog(QDialog):
    """A letter shown from memory with Save PDF, Print and Copy text (and, for a new letter, Keep with the case)."""

    def __init__(
        self,
        title: str,
        pdf: bytes,
        text: str,
        *,
        clipboard: PrivateClipboard,
        suggested_name: str,
        warnings: tuple[str, ...] = (),
        keep: Callable[[], None] | None = None,
        meaning: tuple[str, date | None] = ("", None),
        saved: Callable[[], None] | None = None,
        printed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`meaning` is the letter's kind and the date its answer is due, for "What this letter says".
        `saved` and `printed` are told when a copy of the letter has left the vault, saved as a file or printed
        (the print dialog's "print to PDF" too), for the audit trail; not when the user cancels."""
        # Imported here, not at the top: the PDF viewer and the letters package (jinja2 and all) are not needed
        # to show the cases list, only once a letter is opened (issue 17: first paint and memory).
        from npdrights.gui import printing
        from npdrights.gui.letter_view import LetterView

        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, columns=108, lines=50)  # a page's width; never taller than a laptop's screen
        self._pdf: bytes | None = pdf
        self._text = text
        self._clipboard = clipboard
        self._suggested = suggested_name
        self._keep = keep
        self._saved = saved
        self._printed = printed
        layout = QVBoxLayout(self)
        self.message = MessageLabel()
        if warnings:
            self.message.show_message(" ".join(warnings), "info")
        layout.addWidget(self.message)
        self.document, self.buffer = printing.load_pdf(pdf, self)
        self.view = LetterView(self.tr("The letter"), self)
        self.view.set_document(self.document)
        self.view.set_text(text)
        self.view.set_meaning(*meaning)
        layout.addWidget(self.view, 1)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.save_button = self._button(buttons, self.tr("&Save PDF…"), self.save_pdf)
        self.print_button = self._button(buttons, self.tr("&Print…"), self.print_letter)
        self.copy_button = self._button(buttons, self.tr("&Copy text"), self.copy_text)
        self.keep_button: QPushButton | None = None
        if keep is not None:
            self.keep_button = self._button(buttons, self.tr("&Keep with this case"), self.keep_letter)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def text(self) -> str:
        """The letter as plain text (what Copy text copies)."""
        return self._text

    @staticmethod
    def _button(buttons: QDialogButtonBox, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(without_shortcut(text).removesuffix("…"))
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def save_pdf(self) -> None:
        if self._pdf is None:
            return
        from npdrights.gui import printing  # loaded by __init__ already: see there

        path = printing.save_pdf(self, self._suggested, self._pdf)
        if path is not None:
            if self._saved is not None:
                self._saved()
            self.message.show_message(
                self.tr("Saved as {path}. That copy is not protected by npdrights.").format(path=path), "ok"
            )

    def print_letter(self) -> None:
        from npdrights.gui import printing  # loaded by __init__ already: see there

        if self._pdf is not None and printing.print_pdf(self._pdf, self, "npdrights letter") and self._printed:
            self._printed()

    def copy_text(self) -> None:
        self._clipboard.copy(self._text)
        self.message.show_message(
            self.tr("Copied. The clipboard is cleared after a short while, and when you lock."), "ok"
        )

    def keep_letter(self) -> None:
        if self._keep is not None:
            self._keep()
            self._keep = None
        if self.keep_button is not None:
            self.keep_button.setEnabled(False)
        self.message.show_message(self.tr("Kept with this case, under Letters."), "ok")

    def done(self, result: int) -> None:
        self.document.close()
        self.buffer.close()
        self._pdf = None
        self._text = ""
        self.view.set_text("")
        super().done(result)
