"""Check and preview: the letters rendered off the GUI thread, shown from memory (never a temporary file), with
Save PDF, Print and Copy text. Back (the wizard's own button) changes the answers."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QCheckBox, QDialog, QProgressBar, QPushButton, QVBoxLayout, QWidget

from npdrights.core.letters import AnswersError
from npdrights.core.letters.meaning import answer_date
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.answers import encloses_first_letter, history_of
from npdrights.core.wizard_flow.draft import Step
from npdrights.core.wizard_flow.flow import letter_kind
from npdrights.gui import printing
from npdrights.gui.i18n import screen_date
from npdrights.gui.letter_view import LetterView
from npdrights.gui.sentences import on_screen as translated
from npdrights.gui.widgets import MessageLabel, explanation, without_shortcut
from npdrights.gui.wizards.base import JourneyContext, JourneyPage, on_screen
from npdrights.gui.wizards.fields import horizontal
from npdrights.gui.wizards.letters import (
    PreparedLetter,
    Rendered,
    RenderFailed,
    all_text,
    prepare,
    readable_text,
    render,
)


class PreviewPage(JourneyPage):
    step = Step.PREVIEW
    title_text = QT_TRANSLATE_NOOP("PreviewPage", "Check your letter")
    why_text = QT_TRANSLATE_NOOP(
        "PreviewPage",
        "Read the letter before you send it. If anything is wrong, press Back and change your answer: the letter is "
        "written again from your answers.",
    )

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.full_window: QDialog | None = None
        self._buffer: QBuffer | None = None
        self._generation = 0
        self.prepared: list[PreparedLetter] = []
        self.rendered: Rendered | None = None
        self.error = ""

    def build(self) -> None:
        self.summary = explanation("")
        self.summary.setAccessibleName(self.tr("What is in the preview"))
        self.body.addWidget(self.summary)
        self.enclose = QCheckBox(self.tr("Print a &copy of my first letter with it"))
        self.enclose.setAccessibleName(without_shortcut(self.enclose.text()))
        self.enclose.setToolTip(self.tr("Your letter says a copy is enclosed: this prints it after your letter."))
        self.enclose.toggled.connect(self._enclose_toggled)
        self.body.addWidget(self.enclose)
        self.warnings = MessageLabel()
        self.warnings.setAccessibleName(self.tr("Check before sending"))
        self.body.addWidget(self.warnings)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Preparing your letter"))
        self.progress.setFormat(self.tr("Preparing your letter…"))
        self.progress.setTextVisible(True)
        self.body.addWidget(self.progress)
        self.view = LetterView(self.tr("Letter preview"))
        self.view.setMinimumHeight(320)
        self.body.addWidget(self.view, 1)
        self.full_button = QPushButton(self.tr("See it &full window"))
        self.full_button.setAccessibleName(self.tr("See the letter full window"))
        self.full_button.clicked.connect(self.show_full_window)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.copy_button = QPushButton(self.tr("&Copy text"))
        for button in (self.save_button, self.print_button, self.copy_button):
            button.setAccessibleName(without_shortcut(button.text()).removesuffix("…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_letters)
        self.copy_button.clicked.connect(self.copy_text)
        self.body.addWidget(horizontal(self.full_button, self.save_button, self.print_button, self.copy_button))
        self.body.addWidget(
            explanation(
                self.tr(
                    "Copy text puts the letter on the clipboard for an email or web form. It is cleared again "
                    "after a short while, and when npdrights locks."
                )
            )
        )
        self.add_why()
        # One document for the page's life, shown by the view; each render loads new bytes into it from memory.
        self.document = QPdfDocument(self)
        self.view.set_document(self.document)

    # -- making the letters ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.ensure_built()
        self._generation += 1
        self.rendered = None
        self.error = ""
        self._close_document()
        self.warnings.clear_message()
        try:
            self.prepared = prepare(
                self.draft,
                templates=self.context.templates,
                recipients=self.context.recipients,
                letterhead=self.context.letterhead,
            )
        except AnswersError as error:
            self.prepared = []
            found = "; ".join(on_screen(problem) for problem in error.problems)
            self.error = self.tr("This letter can't be written yet. {problems}. Press Back to change your answers.")
            self.error = self.error.format(problems=found)
            self.warnings.show_message(self.error, "error")
            self._set_busy(False)
            self.completeChanged.emit()
            return
        enclosed = self._first_letter()
        self.view.set_text(readable_text(self.prepared))
        first = self.prepared[0].letter
        self.view.set_meaning(first.kind, answer_date(first.kind, first.date, self.draft.send_by))
        self._describe_letters()
        self._set_busy(True)
        generation = self._generation
        prepared, large_print = list(self.prepared), self.draft.large_print
        self.context.background.run(
            lambda: render(prepared, large_print=large_print, enclosed=enclosed),
            lambda result: self._rendered(generation, result),
            lambda error: self._failed(generation, error.message),
        )
        self.completeChanged.emit()

    def _first_letter(self) -> bytes | None:
        """The case's first letter to print with a reminder or complaint, if wanted and npdrights has it."""
        offered = encloses_first_letter(self.draft)
        self.enclose.blockSignals(True)
        self.enclose.setVisible(offered)
        self.enclose.setChecked(self.draft.enclose_first_letter)
        self.enclose.blockSignals(False)
        if not offered or not self.draft.enclose_first_letter:
            return None
        load = self.context.first_letter
        return load(self.draft.case_id) if load is not None and self.draft.case_id else None

    def _enclose_toggled(self, checked: bool) -> None:
        self.draft.enclose_first_letter = checked
        self.initializePage()  # made again, with or without the copy

    def _describe_letters(self, enclosed_copy: bool | None = None, font_warning: str | None = None) -> None:
        """What prints together. `enclosed_copy` and `font_warning` are known once rendered (a stored copy may turn
        out unreadable; a name may hold characters the printed font lacks)."""
        count = len(self.prepared)
        forms = sum(len(item.forms) for item in self.prepared)
        letters = (
            self.tr("Below is your letter")
            if count == 1
            else self.tr("Below are %n letters, one for each child", "", count)
        )
        with_forms = (
            ""
            if not forms
            else self.tr(", with the form to sign")
            if forms == 1
            else self.tr(", with %n forms to sign", "", forms)
        )
        copy = ""
        if encloses_first_letter(self.draft):
            history = history_of(self.draft)
            first = (
                self.tr("your letter of {date}").format(date=screen_date(history.sent))
                if history is not None
                else self.tr("your first letter")
            )
            if not self.draft.enclose_first_letter:
                copy = " " + self.tr("Your letter says a copy of {first} is enclosed: put one in the envelope.")
            elif enclosed_copy is None:
                copy = " " + self.tr("A copy of {first} follows it.")
            elif enclosed_copy:
                with_forms += self.tr(", followed by a copy of {first}")
            else:
                copy = " " + self.tr(
                    "npdrights has no copy of {first} it can print: put a copy in the envelope yourself."
                )
            copy, with_forms = copy.format(first=first), with_forms.format(first=first)
        self.summary.setText(
            self.tr("{letters}{forms}. They print together.").format(letters=letters, forms=with_forms) + copy
        )
        # The rules engine's cautions are said in the screens' language where core marked them ("Advice").
        warnings = list(dict.fromkeys(translated("Advice", w) for item in self.prepared for w in item.letter.warnings))
        if font_warning is not None:
            warnings.append(font_warning)
        if warnings:
            self.warnings.show_message("\n".join(warnings), "error" if font_warning else "info")

    def _rendered(self, generation: int, result: Rendered | RenderFailed) -> None:
        if generation != self._generation or self.wizard() is None:
            return  # the answers changed while this was rendering; a newer render is on its way
        self._set_busy(False)
        if isinstance(result, RenderFailed):
            self._failed(generation, result.message)
            return
        self.rendered = result
        self.context.rendered = result
        self._describe_letters(result.enclosed_copy, result.font_warning)
        self.context.prepared = list(self.prepared)
        previous, self._buffer = self._buffer, printing.memory_buffer(result.combined, self)
        self.document.load(self._buffer)
        if previous is not None:
            previous.deleteLater()  # the document now reads the new letter; don't keep every render in memory
        self.completeChanged.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.error = message
        self.warnings.show_message(message, "error")
        self.completeChanged.emit()

    def show_full_window(self) -> None:
        """The same letter in a window of its own, maximised: at large text the page's preview is small."""
        if self.rendered is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Your letter"))
        view = LetterView(self.tr("Letter preview, full window"), dialog)
        view.set_document(self.document)  # the page's own document: nothing read again, nothing written
        view.set_text(self.view.plain_text())
        view.set_meaning(*self.view.shown_meaning)
        close = QPushButton(self.tr("&Close"), dialog)
        close.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "full_window", None))
        self.full_window = dialog
        dialog.showMaximized()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.full_button, self.save_button, self.print_button, self.copy_button):
            button.setEnabled(not busy and not self.error)

    def _close_document(self) -> None:
        if not self.built:
            return  # never shown: there is no letter to close
        if self.full_window is not None:
            self.full_window.reject()  # it shows this document
        self.document.close()
        self.view.set_text("")  # the letter names the family: it doesn't stay in a widget after the page is left
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def cleanupPage(self) -> None:
        """Going Back: drop the rendered letters, they will be made again from the changed answers."""
        self._generation += 1
        self._close_document()
        self.rendered = None
        self.context.rendered = None

    def discard(self) -> None:
        self.cleanupPage()
        self.prepared = []
        self.context.prepared = []

    def isComplete(self) -> bool:
        return self.rendered is not None

    def validatePage(self) -> bool:
        return self.rendered is not None

    # -- the buttons ----------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        """No names in it: file names end up in recent-file lists and backups."""
        return f"npdrights-{letter_kind(self.draft)}-{self.draft.today.isoformat()}.pdf"

    def save_pdf(self) -> None:
        if self.rendered is None:
            return
        path = printing.save_pdf(self, self.suggested_name(), self.rendered.combined)
        if path is not None:
            self.warnings.show_message(self.tr("Saved as {path}.").format(path=path), "ok")

    def print_letters(self) -> None:
        if self.rendered is not None:
            printing.print_pdf(self.rendered.combined, self, "npdrights letter")

    def copy_text(self) -> None:
        if self.prepared:
            self.context.clipboard.copy(all_text(self.prepared))
            self.warnings.show_message(self.tr("The letter's text is on the clipboard."), "ok")
