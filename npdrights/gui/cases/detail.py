"""One case: where it stands, its dates with their explanations, what to do next, its timeline, letters,
attachments and notes.

Events are added, changed and removed through undo commands, after the rules engine has accepted the change.
Letters for follow-ups are asked for with `follow_up_requested(case_id, ActionKind)`; the main window decides
how to write them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.answer_checklist import CHECKABLE, corrections, missing_items, missing_required
from npdrights.core.authority import authority_state
from npdrights.core.case_list import deadlines
from npdrights.core.event_forms import offered_events
from npdrights.core.model import CaseEvent, EventKind
from npdrights.core.next_steps import ActionKind, recommend
from npdrights.core.status import ImpossibleSequence
from npdrights.gui import file_dialogs
from npdrights.gui.cases.attachments import (
    AttachmentModel,
    AttachmentViewer,
    DropArea,
    ask_export_path,
    suggested_export_name,
)
from npdrights.gui.cases.checklist_dialog import ChecklistDialog
from npdrights.gui.cases.event_dialog import EventDialog
from npdrights.gui.cases.letters import LetterPreviewDialog, LettersModel, letter_name, suggested_pdf_name
from npdrights.gui.cases.next_steps_panel import LETTERS, NextStepsPanel
from npdrights.gui.cases.parts import remove_widgets, titled
from npdrights.gui.cases.store import CaseFile, CaseStore
from npdrights.gui.cases.timeline import TimelineModel
from npdrights.gui.cases.undo import CaseUndo, ChangeEvent
from npdrights.gui.cases.wording import case_kind, status_label, time_left
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.language_change import follow_language
from npdrights.gui.message_boxes import ask_yes_no, tell
from npdrights.gui.sentences import on_screen
from npdrights.gui.text_limits import limit_text
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import MessageLabel, explanation, heading, name_button
from npdrights.storage.atomic import atomic_write_bytes
from npdrights.storage.attachments import Attachment
from npdrights.storage.errors import AttachmentError

ATTACHMENT_FILES = "*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.eml *.msg *.txt"


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


_Dialog = TypeVar("_Dialog", bound=QDialog)  # a viewer or a preview, kept open in its own list


def _table(model: QAbstractItemModel) -> QTableView:
    """A table of records, named by CaseDetail.retranslate."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(table.fontMetrics().lineSpacing() * 8)
    return table


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _button(slot: Callable[[], object]) -> QPushButton:  # whatever the slot returns is not used
    """A button named by CaseDetail.retranslate."""
    button = QPushButton()
    button.clicked.connect(lambda _checked=False: slot())
    return button


class CaseDetail(QScrollArea):
    back_requested = Signal()
    follow_up_requested = Signal(str, object)  # case id, ActionKind

    def __init__(
        self, store: CaseStore, undo: CaseUndo, clipboard: PrivateClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.clipboard = clipboard
        self.file: CaseFile | None = None
        self.viewers: list[AttachmentViewer] = []
        self.previews: list[LetterPreviewDialog] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        # About 120 characters a line at most: longer lines of explanation are hard to read.
        body.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)
        self.column = QVBoxLayout(body)
        self.column.setSpacing(8)
        self.setWidget(body)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._build_header()
        self._build_dates()
        self._build_next_steps()
        self._build_timeline()
        self._build_letters()
        self._build_attachments()
        self._build_notes()
        self.column.addStretch(1)
        self.retranslate()
        follow_language(self, self.retranslate)
        self.store.changed.connect(self._case_changed)

    # -- building ---------------------------------------------------------------------------------

    def _section(self) -> tuple[QLabel, QVBoxLayout]:
        """A section's heading (named by retranslate) and the layout under it."""
        self.column.addSpacing(8)
        title = heading("", level=2)
        self.column.addWidget(title)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(layout)
        return title, layout

    def _build_header(self) -> None:
        self.back_button = _button(self.back_requested.emit)
        # Escape as well as Alt+B: a second shortcut, as setShortcut would replace the "&B" mnemonic.
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_button.click)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.column.addLayout(_buttons(self.back_button))
        self.title = heading("")
        self.column.addWidget(self.title)
        self.about = explanation("")
        self.column.addWidget(self.about)
        self.status = _bold("")
        self.column.addWidget(self.status)
        self.summary = explanation("")
        self.column.addWidget(self.summary)
        self.problem = MessageLabel()
        self.column.addWidget(self.problem)
        self.authority = MessageLabel()  # an adviser's case: the family's signed authority (issue 16, item 3)
        self.column.addWidget(self.authority)
        self.authority_button = _button(self.record_authority)
        self.authority_button.hide()
        self.column.addLayout(_buttons(self.authority_button))

    def _build_dates(self) -> None:
        self.dates_heading, self.dates_layout = self._section()
        self.dates = QVBoxLayout()
        self.dates_layout.addLayout(self.dates)

    def _build_next_steps(self) -> None:
        self.next_steps_heading, layout = self._section()
        self.next_steps = NextStepsPanel()
        self.next_steps.chosen.connect(self.take_action)
        layout.addWidget(self.next_steps)

    def _build_timeline(self) -> None:
        self.timeline_heading, layout = self._section()
        self.timeline = TimelineModel(self)
        self.timeline_view = _table(self.timeline)
        self.timeline_view.doubleClicked.connect(lambda _index: self.change_event())
        layout.addWidget(self.timeline_view)
        self.add_event_button = _button(self.record_event)
        self.change_event_button = _button(self.change_event)
        self.remove_event_button = _button(self.remove_event)
        self.check_button = _button(self.check_selected_answer)
        self.undo_button = _button(self.undo.undo)
        self.redo_button = _button(self.undo.redo)
        self.undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo.undoTextChanged.connect(lambda _text: self._explain_undo())
        self.undo.redoTextChanged.connect(lambda _text: self._explain_undo())
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        # Two rows, so the buttons keep their words at large text sizes.
        layout.addLayout(_buttons(self.add_event_button, self.change_event_button, self.remove_event_button))
        layout.addLayout(_buttons(self.check_button, self.undo_button, self.redo_button))
        self.timeline_view.selectionModel().selectionChanged.connect(self._update_event_buttons)
        self.checklist_note = explanation("")
        layout.addWidget(self.checklist_note)
        self.ask_missing_button = _button(self._ask_for_missing)
        self.ask_corrections_button = _button(self._ask_for_corrections)
        layout.addLayout(_buttons(self.ask_missing_button, self.ask_corrections_button))

    def _build_letters(self) -> None:
        self.letters_heading, layout = self._section()
        self.letters = LettersModel(self)
        self.letters_view = _table(self.letters)
        self.letters_view.doubleClicked.connect(lambda _index: self.view_letter())
        layout.addWidget(self.letters_view)
        self.view_letter_button = _button(self.view_letter)
        layout.addLayout(_buttons(self.view_letter_button))

    def _build_attachments(self) -> None:
        self.attachments_heading, layout = self._section()
        self.attachments_explained = explanation("")
        layout.addWidget(self.attachments_explained)
        self.attachments = AttachmentModel(self)
        self.attachments_view = _table(self.attachments)
        self.attachments_view.doubleClicked.connect(lambda _index: self.view_attachment())
        layout.addWidget(self.attachments_view)
        self.add_file_button = _button(self.attach_files)
        self.view_file_button = _button(self.view_attachment)
        self.export_file_button = _button(self.export_selected)
        self.remove_file_button = _button(self.remove_attachment)
        layout.addLayout(_buttons(self.add_file_button, self.view_file_button))
        layout.addLayout(_buttons(self.export_file_button, self.remove_file_button))
        self.drop_area = DropArea()
        self.drop_area.files_dropped.connect(self.attach_paths)
        layout.addWidget(self.drop_area)
        self.attachments_message = MessageLabel()
        layout.addWidget(self.attachments_message)

    def _build_notes(self) -> None:
        self.notes_heading, layout = self._section()
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notes_label.setBuddy(self.notes)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        self.save_notes_button = _button(self.save_notes)
        self.notes_message = MessageLabel()
        layout.addLayout(_buttons(self.save_notes_button))
        layout.addWidget(self.notes_message)
        # Megabytes pasted froze the window. The box's name is asked for when the limit is said: after a change of
        # language, in the new one.
        limit_text(self.notes, "notes", lambda: self.tr("Notes"), self.notes_message)

    def retranslate(self) -> None:
        """The page's words in the screens' language: at first, and again when Settings changes it. The case shown
        is written out again in place: its tables keep their selections, the page its place, the notes what is
        typed in them."""
        self.setAccessibleName(self.tr("The case"))
        back = "▶ " if self.isRightToLeft() else "◀ "  # pointing the way a reader goes back
        self.back_button.setText(back + self.tr("&Back to all cases"))
        self.back_button.setAccessibleName(self.tr("Back to all cases"))
        self.status.setAccessibleName(self.tr("Status"))
        self.authority.setAccessibleName(self.tr("Signed authority"))
        name_button(self.authority_button, self.tr("Record the family's signed au&thority…"))
        self.dates_heading.setText(self.tr("Dates"))
        self.next_steps_heading.setText(self.tr("What you can do next"))
        self.timeline_heading.setText(self.tr("What has happened"))
        self.timeline_view.setAccessibleName(self.tr("What has happened"))
        name_button(self.add_event_button, self.tr("&Record what happened…"))
        name_button(self.change_event_button, self.tr("C&hange…"))
        name_button(self.remove_event_button, self.tr("Re&move"))
        name_button(self.check_button, self.tr("Chec&k this answer…"))
        name_button(self.undo_button, self.tr("&Undo"))
        name_button(self.redo_button, self.tr("Re&do"))
        self._explain_undo()
        name_button(self.ask_missing_button, self.tr("Write a reminder asking for the &missing items…"))
        name_button(self.ask_corrections_button, self.tr("Ask for the wrong facts to be &corrected…"))
        self.letters_heading.setText(self.tr("Letters"))
        self.letters_view.setAccessibleName(self.tr("Letters"))
        name_button(self.view_letter_button, self.tr("&View the letter…"))
        self.attachments_heading.setText(self.tr("Replies, scans and other papers"))
        self.attachments_explained.setText(
            self.tr(
                "Keep scans and photos of replies, PDFs and emails here. They are stored encrypted, like "
                "everything else in npdrights."
            )
        )
        self.attachments_view.setAccessibleName(self.tr("Attachments"))
        name_button(self.add_file_button, self.tr("&Attach a file…"))
        name_button(self.view_file_button, self.tr("Vie&w"))
        name_button(self.export_file_button, self.tr("E&xport a copy…"))
        name_button(self.remove_file_button, self.tr("Remove the &file"))
        self.notes_heading.setText(self.tr("Notes"))
        self.notes_label.setText(self.tr("&Your notes about this case"))
        self.notes.setAccessibleName(self.tr("Your notes about this case"))
        name_button(self.save_notes_button, self.tr("&Save notes"))
        for model, view in (
            (self.timeline, self.timeline_view),
            (self.letters, self.letters_view),
            (self.attachments, self.attachments_view),
        ):
            model.retranslate()
            view.resizeRowsToContents()  # the new words wrap differently
        if self.file is not None:
            place = self.verticalScrollBar().value()
            self._render_words(self.file)
            self._keep_scrolled_to(place)

    def _keep_scrolled_to(self, place: int) -> None:
        """Back to where the page was scrolled, once it is laid out with its new words (as far as it now goes)."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()
        self.verticalScrollBar().setValue(place)

    def _explain_undo(self) -> None:
        """The Undo and Redo buttons' tooltips name the change they undo or redo (none while there is none)."""
        undo, redo = self.undo.undoText(), self.undo.redoText()
        self.undo_button.setToolTip(self.tr("Undo: {change}").format(change=undo) if undo else "")
        self.redo_button.setToolTip(self.tr("Redo: {change}").format(change=redo) if redo else "")

    # -- showing a case ---------------------------------------------------------------------------

    @property
    def case_id(self) -> str | None:
        return self.file.case.id if self.file is not None else None

    def show_case(self, case_id: str) -> None:
        another = self.case_id != case_id
        if another:
            self.save_notes_if_changed()
        self.file = self.store.case_file(case_id)
        self.undo.show_case(case_id if self.file is not None else None)
        self._render()
        if another:
            self.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)

    def _case_changed(self, case_id: str) -> None:
        if case_id == self.case_id:
            notes = self.notes.toPlainText() if self.notes.document().isModified() else None
            self.refresh()
            if notes is not None:  # keep notes being typed when something else in the case changes
                if self.notes.toPlainText() != notes:  # not written out again (their place, their Undo) if kept
                    self.notes.setPlainText(notes)
                self.notes.document().setModified(True)

    def _render(self) -> None:
        file = self.file
        if file is None:
            self.clear()
            return
        self._render_words(file)
        self.timeline.set_events(file.events, file.body)
        self.timeline_view.resizeRowsToContents()  # a case has tens of events at most: let details wrap
        self._update_event_buttons()
        self.letters.set_records(file.letters)
        self.letters_view.resizeRowsToContents()
        self.view_letter_button.setEnabled(bool(file.letters))
        self.attachments.set_records(file.attachments)
        self.attachments_view.resizeRowsToContents()
        for button in (self.view_file_button, self.export_file_button, self.remove_file_button):
            button.setEnabled(bool(file.attachments))
        if not self.notes.document().isModified():
            self.notes.setPlainText(file.case.notes)
            self.notes.document().setModified(False)

    def _render_words(self, file: CaseFile) -> None:
        """What the page says about the case, above its tables: in the screens' language."""
        summary, case = file.summary, file.case
        today = self.store.today()
        self.title.setText(self.tr("{person}: {request}").format(person=summary.person, request=case_kind(case.kind)))
        self.title.setAccessibleName(self.title.text())
        self.about.setText(
            self.tr("Sent to {recipient}. Reference {reference}.").format(
                recipient=summary.recipient, reference=case.reference
            )
        )
        status = status_label(summary)
        if summary.overdue and summary.time_left:  # "Partly answered: 54 days overdue"
            status = self.tr("{status}: {time_left}").format(status=status, time_left=time_left(summary.days_left))
        self.status.setText(f"⚠ {status}" if summary.overdue or summary.problem else status)
        self.summary.setText(on_screen("CaseSummaries", summary.summary) if not summary.problem else "")
        if summary.problem:
            self.problem.show_message(
                on_screen("Sequence", summary.problem)
                + " "
                + self.tr("Change or remove the event that is wrong, and the dates will work again.")
            )
        else:
            self.problem.clear_message()
        authority = authority_state(case, today)
        self.authority_button.setVisible(bool(authority.sentence))
        if authority.sentence:
            sentence = on_screen("Authority", authority.sentence)
            self.authority.show_message(sentence, "error" if authority.needs_attention else "info")
        else:
            self.authority.clear_message()
        self._render_dates(file)
        self.next_steps.set_next_step(recommend(summary.actions, file.state), today)
        self._render_checklist(file)

    def record_authority(self) -> None:
        from npdrights.gui.cases.authority_dialog import AuthorityDialog

        if self.file is None:
            return
        dates = AuthorityDialog.ask(self.file.case, self.store.today(), self)
        if dates is not None:
            self.store.set_authority(self.file.case, *dates)

    def _render_dates(self, file: CaseFile) -> None:
        self._clear_dates()
        shown = deadlines(file.state) if file.state is not None else []
        if not shown:
            self.dates.addWidget(explanation(self.tr("There are no dates to work out until you send the letter.")))
        for title, deadline in shown:
            points = [f"• {on_screen('AnswerPoints', point)}" for point in deadline.points]
            when = self.tr("{title}: {date}").format(
                title=QCoreApplication.translate("Deadlines", title), date=screen_long_date(deadline.due)
            )
            # How the date was worked out: the rules engine's sentence, said in the screens' language where it is marked
            self.dates.addWidget(titled(when, on_screen("Deadlines", deadline.explanation), *points))

    def _latest_checkable(self) -> CaseEvent | None:
        if self.file is None or not self.file.case.kind.is_access_request:
            return None
        return next((event for event in reversed(self.file.events) if event.kind in CHECKABLE), None)

    def _render_checklist(self, file: CaseFile) -> None:
        answer = self._latest_checkable()
        check = answer.check if answer is not None else None
        missing = missing_required(check) if check is not None else ()
        requested = [item for item in missing_items(check) if item not in missing] if check is not None else []
        wrong = corrections(check) if check is not None else ()
        on = screen_long_date(answer.on) if answer is not None else ""
        if answer is None:
            text = ""
        elif check is None:
            text = self.tr(
                "You haven't checked the answer of {date} yet. Select it and choose “Check this answer” to see "
                "whether it includes everything the law says it must."
            ).format(date=on)
        elif not missing and not wrong:
            text = self.tr("The answer of {date} includes everything the law lists.").format(date=on)
            if requested:
                text += " " + self.tr("It left out things your letter asked for that the law doesn't require.")
        else:
            text = self._answer_gaps(on, len(missing), len(wrong))
        self.checklist_note.setText(text)
        self.checklist_note.setVisible(bool(text))
        self.ask_missing_button.setVisible(bool(missing))
        self.ask_corrections_button.setVisible(bool(wrong))

    def _answer_gaps(self, on: str, missing: int, wrong: int) -> str:
        """'The answer of 4 May 2026 is missing 2 items the law says it must include and shows 1 wrong fact.'"""
        if missing and wrong:
            shows = self.tr("%n wrong fact(s)", "", wrong)
            return self.tr(
                "The answer of {date} is missing %n item(s) the law says it must include and shows {wrong}.",
                "",
                missing,
            ).format(date=on, wrong=shows)
        if missing:
            return self.tr(
                "The answer of {date} is missing %n item(s) the law says it must include.", "", missing
            ).format(date=on)
        return self.tr("The answer of {date} shows %n wrong fact(s).", "", wrong).format(date=on)

    def _selected_event(self) -> CaseEvent | None:
        index = self.timeline_view.currentIndex()
        selected = self.timeline_view.selectionModel().hasSelection()
        return self.timeline.record_at(index.row()) if index.isValid() and selected else None

    def _update_event_buttons(self) -> None:
        event = self._selected_event()
        self.add_event_button.setEnabled(self.file is not None)
        self.change_event_button.setEnabled(event is not None)
        self.remove_event_button.setEnabled(event is not None)
        access_request = self.file is not None and self.file.case.kind.is_access_request
        self.check_button.setEnabled(access_request and event is not None and event.kind in CHECKABLE)

    def select_event(self, event_id: str) -> None:
        row = self.timeline.row_of(event_id)
        if row is not None:
            self.timeline_view.selectRow(row)

    # -- events -----------------------------------------------------------------------------------

    def _reason(self, check: Callable[[CaseEvent], None]) -> Callable[[CaseEvent], str | None]:
        def reason(event: CaseEvent) -> str | None:
            try:
                check(event)
            except ImpossibleSequence as error:
                return on_screen("Sequence", error.message)
            return None

        return reason

    def record_event(self, kind: EventKind | None = None) -> CaseEvent | None:
        if self.file is None:
            return None
        file = self.file
        event = EventDialog.ask(
            self,
            file.case.id,
            self.store.today(),
            body=file.body,
            kind=kind,
            validate=self._reason(self.store.check_add),
            choices=offered_events(file.case, file.events, self.store.today()),
        )
        if event is None:
            return None
        self.undo.push(file.case.id, ChangeEvent(self.store, None, event, file.body))
        self.select_event(event.id)
        if event.kind in CHECKABLE and file.case.kind.is_access_request:
            self.check_answer(event)
        return event

    def change_event(self) -> None:
        event = self._selected_event()
        if self.file is None or event is None:
            return
        body = self.file.body
        changed = EventDialog.ask(
            self,
            event.case_id,
            self.store.today(),
            body=body,
            existing=event,
            validate=self._reason(self.store.check_replace),
        )
        if changed is not None and changed != event:
            self.undo.push(event.case_id, ChangeEvent(self.store, event, changed, body))
            self.select_event(changed.id)

    def remove_event(self) -> None:
        event = self._selected_event()
        if self.file is None or event is None:
            return
        reason = self._reason(self.store.check_remove)(event)
        if reason:
            tell(self, self.tr("Can't remove that"), reason)
            return
        self.undo.push(event.case_id, ChangeEvent(self.store, event, None, self.file.body))

    def check_selected_answer(self) -> None:
        event = self._selected_event()
        if event is not None and event.kind in CHECKABLE:
            self.check_answer(event)

    def check_answer(self, event: CaseEvent) -> None:
        if self.file is None:
            return
        check = ChecklistDialog.ask(self, event.check, body=self.file.body)
        if check is None:
            return
        checked = replace(event, check=check)
        if checked != event:
            self.undo.push(event.case_id, ChangeEvent(self.store, event, checked, self.file.body))

    def take_action(self, kind: ActionKind) -> None:
        if self.file is None:
            return
        if kind in LETTERS:
            self.follow_up_requested.emit(self.file.case.id, kind)
            return
        recorded = {
            ActionKind.SEND_OR_MARK_SENT: EventKind.SENT,
            ActionKind.ICO_REVIEW: EventKind.ICO_REVIEW_REQUESTED,
            ActionKind.CLOSE: EventKind.CLOSED,
            ActionKind.REPLY: (
                EventKind.ID_PROVIDED
                if self.file.state is not None and self.file.state.waiting_for_you is EventKind.ID_REQUESTED
                else EventKind.CLARIFICATION_PROVIDED
            ),
        }
        self.record_event(recorded[kind])

    def _ask_for_missing(self) -> None:
        if self.file is not None:
            self.follow_up_requested.emit(self.file.case.id, ActionKind.REMINDER)

    def _ask_for_corrections(self) -> None:
        if self.file is not None:
            self.follow_up_requested.emit(self.file.case.id, ActionKind.RECTIFICATION)

    # -- letters ----------------------------------------------------------------------------------

    def view_letter(self) -> None:
        index = self.letters_view.currentIndex()
        if not index.isValid() and self.letters.rowCount():
            index = self.letters.index(self.letters.rowCount() - 1, 0)
        if not index.isValid():
            return
        # Here, not at the top: the letters package (jinja2 and all) is not needed until a letter is opened (issue 17).
        from npdrights.core.letters.meaning import answer_date_in_case

        letter = self.letters.record_at(index.row())
        dialog = LetterPreviewDialog(
            letter_name(letter.kind),
            self.store.letter_pdf(letter.id),
            letter.text,
            clipboard=self.clipboard,
            suggested_name=suggested_pdf_name(letter.kind, letter.created_on),
            meaning=(letter.kind, answer_date_in_case(letter.kind, self.file.state if self.file else None)),
            saved=lambda: self.store.note_letter_copied(letter, printed=False),
            printed=lambda: self.store.note_letter_copied(letter, printed=True),
            parent=self,
        )
        self._keep_open(dialog, self.previews)

    # -- attachments ------------------------------------------------------------------------------

    def _selected_attachment(self) -> Attachment | None:
        index = self.attachments_view.currentIndex()
        if not index.isValid():
            index = self.attachments.index(0, 0)
        return self.attachments.record_at(index.row()) if index.isValid() else None

    def attach_files(self) -> None:
        options = QFileDialog.Option.DontUseNativeDialog if sys.platform.startswith("linux") else QFileDialog.Option(0)
        # Linux's native dialogs record picked files in a recent-files list: a scan's name can name a child.
        kinds = self.tr("Scans, photos, PDFs and emails ({patterns});;All files (*)").format(patterns=ATTACHMENT_FILES)
        names, _filter = file_dialogs.get_open_file_names(self, self.tr("Attach files"), "", kinds, options=options)
        self.attach_paths([Path(name) for name in names])

    def attach_paths(self, paths: list[Path]) -> None:
        if self.file is None or not paths:
            return
        attached, problems = 0, []
        for path in paths:
            try:
                self.store.attach_file(self.file.case.id, path)
                attached += 1
            except AttachmentError as error:
                problems.append(shown_message(error))
        if problems:
            self.attachments_message.show_message(" ".join(problems))
        else:
            self.attachments_message.show_message(self.tr("Attached %n file(s).", "", attached), "ok")

    def view_attachment(self) -> AttachmentViewer | None:
        attachment = self._selected_attachment()
        if attachment is None:
            return None
        try:
            content = self.store.read_attachment(attachment.id)
        except AttachmentError as error:
            self.attachments_message.show_message(shown_message(error))
            return None
        viewer = AttachmentViewer(attachment, content, export=self.export_attachment, parent=self)
        self._keep_open(viewer, self.viewers)
        return viewer

    def export_selected(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None:
            return
        try:
            content = self.store.read_attachment(attachment.id)
        except AttachmentError as error:
            self.attachments_message.show_message(shown_message(error))
            return
        self.export_attachment(attachment, content)

    def export_attachment(self, attachment: Attachment, content: bytes) -> None:
        path = ask_export_path(self, suggested_export_name(attachment, self.store.today()))
        if path is None:
            return
        try:
            atomic_write_bytes(path, content)
        except OSError as error:
            tell(
                self,
                self.tr("Could not save"),
                self.tr("The copy could not be saved there ({reason}). Choose another folder.").format(
                    reason=error.strerror
                ),
            )
            return
        self.store.note_exported(attachment)
        self.attachments_message.show_message(
            self.tr("Saved a copy as {path}. That copy is not protected by npdrights.").format(path=path), "ok"
        )

    def remove_attachment(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None:
            return
        question = self.tr("Remove “{name}” from this case? This can't be undone.").format(name=attachment.display_name)
        if ask_yes_no(self, self.tr("Remove this file?"), question):
            self.store.remove_attachment(attachment)

    def _keep_open(self, dialog: _Dialog, kept: list[_Dialog]) -> None:
        kept.append(dialog)
        dialog.finished.connect(lambda _result: kept.remove(dialog) if dialog in kept else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    # -- notes ------------------------------------------------------------------------------------

    def save_notes(self) -> None:
        if self.file is None:
            return
        self.store.set_notes(self.file.case.id, self.notes.toPlainText())
        self.notes.document().setModified(False)
        self.notes_message.show_message(self.tr("Notes saved."), "ok")

    def save_notes_if_changed(self) -> None:
        if self.file is not None and self.notes.document().isModified() and self.store.vault.is_unlocked:
            self.save_notes()

    # -- locking ----------------------------------------------------------------------------------

    def clear(self) -> None:
        """Save notes being typed, close any viewer, and drop everything decrypted: part of locking."""
        self.save_notes_if_changed()
        for dialog in [*self.viewers, *self.previews]:
            dialog.reject()
        self.viewers.clear()
        self.previews.clear()
        self.file = None
        self.undo.show_case(None)
        for model in (self.timeline, self.letters, self.attachments):
            model.clear()
        self.next_steps.clear()
        self._clear_dates()
        for label in (self.title, self.about, self.status, self.summary, self.checklist_note):
            label.clear()
        self.title.setAccessibleName("")
        for message in (self.problem, self.authority, self.attachments_message, self.notes_message):
            message.clear_message()
        self.notes.clear()
        self.notes.document().setModified(False)
        self.ask_missing_button.hide()
        self.ask_corrections_button.hide()
        self.authority_button.hide()

    def _clear_dates(self) -> None:
        remove_widgets(self.dates)
