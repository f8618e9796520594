"""Finish: what will be saved, and "Mark as sent" now or later (date, method, proof-of-posting reference)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QPushButton, QRadioButton, QVBoxLayout, QWidget

from npdrights.core.deadlines import deemed_receipt, response_due
from npdrights.core.model import PostMethod
from npdrights.core.wizard_flow.draft import FollowUp, Step
from npdrights.core.wizard_flow.flow import letter_kind
from npdrights.core.wizard_flow.sending import Sending, may_redate_to, sent_date_problem
from npdrights.gui.i18n import screen_date, screen_long_date
from npdrights.gui.widgets import explanation, post_method_combo
from npdrights.gui.wizards.base import JourneyContext, JourneyPage
from npdrights.gui.wizards.fields import DateField, add_row, line_edit, new_form

KIND_WORDS = {
    "sar-dfe": "asking the DfE what it holds",
    "sar-lrs": "asking for the learning record",
    "sar-organisation": "asking what the organisation holds",
    "objection-dfe": "objecting to the DfE sharing data",
    "rectification": "asking for corrections",
    "erasure": "asking for data to be deleted",
    "reminder": "a reminder",
    "complaint-organisation": "a complaint",
    "complaint-ico": "a complaint to the ICO",
}


class MarkAsSent(QWidget):
    """When and how the letter went, and the proof-of-posting reference. Reusable wherever a letter is sent."""

    def __init__(self, default_method: PostMethod, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.sent_on = DateField("Date sent")
        self.method = post_method_combo("How you sent it")
        self.method.setCurrentIndex(max(self.method.findData(default_method), 0))
        self.proof = line_edit("Proof of posting reference (optional)")
        add_row(form, "Date &sent", self.sent_on)
        add_row(form, "&How", self.method)
        add_row(
            form,
            "Proof of posting (&optional)",
            self.proof,
            "The number on your certificate of posting or signed-for receipt. Keep the slip.",
        )
        self.setLayout(form)

    def sending(self) -> Sending | None:
        sent_on = self.sent_on.value()
        if sent_on is None:
            return None
        return Sending(sent_on, self.method.currentData(), self.proof.text().strip())


class FinishPage(JourneyPage):
    """Emits `redate_requested` when the user dates the letter the day they sent it (the preview is made again)."""

    redate_requested = Signal()
    step = Step.FINISH
    title_text = "Save and send"
    why_text = (
        "npdrights keeps a copy of the letter with the case, so you can print it again, and works out when the "
        "answer is due. The clock starts when you mark the letter as sent."
    )

    def __init__(
        self, context: JourneyContext, save: Callable[[Sending | None], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._save = save
        self.summary = explanation("")
        self.summary.setAccessibleName("What will be saved")
        self.body.addWidget(self.summary)
        box = QGroupBox("Have you sent it?")
        column = QVBoxLayout(box)
        self.later = QRadioButton("Not yet: I'll mark it as sent &later, from the case")
        self.now = QRadioButton("Yes, or I'm sending it &today")
        self.group = QButtonGroup(self)
        for button in (self.later, self.now):
            button.setAccessibleName(button.text().replace("&", ""))
            self.group.addButton(button)
            column.addWidget(button)
        self.mark = MarkAsSent(context.draft.send_by)
        column.addWidget(self.mark)
        self.redate_button = QPushButton()
        self.redate_button.setAccessibleName("Date the letter the day you sent it")
        self.redate_button.hide()
        self.redate_button.clicked.connect(self._redate)
        column.addWidget(self.redate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.clock = explanation("")
        self.clock.setAccessibleName("When the answer is due")
        column.addWidget(self.clock)
        self.body.addWidget(box)
        self.add_why()
        self.later.setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self.changed())
        self.mark.sent_on.changed.connect(self.changed)
        self.mark.method.currentIndexChanged.connect(self.changed)
        self.mark.proof.textChanged.connect(self.changed)

    def load(self) -> None:
        draft = self.draft
        kind = KIND_WORDS.get(letter_kind(draft), "a letter")
        if draft.follows_tracked_case and draft.follow_up is not FollowUp.CORRECTION:
            saved = f"When you press Finish, npdrights adds {kind} to the case it follows, with the letter."
        else:
            names = [pupil.name or "you" for pupil in draft.pupils] if not draft.is_self else ["you"]
            cases = "a case" if len(names) == 1 else f"{len(names)} cases, one"
            saved = f"When you press Finish, npdrights saves {cases} for {', '.join(names)}: {kind}, with the letter."
        self.summary.setText(saved + " Nothing has been saved yet.")
        self.mark.method.setCurrentIndex(max(self.mark.method.findData(draft.send_by), 0))
        if self.mark.sent_on.is_empty():
            self.mark.sent_on.set_value(draft.today)

    def store(self) -> None:
        self.mark.setEnabled(self.now.isChecked())
        sending = self.sending()
        redate = sending is not None and may_redate_to(self.draft, sending.on)
        if sending is not None and redate:
            self.redate_button.setText(f"&Date the letter {screen_date(sending.on)} instead")
        self.redate_button.setVisible(redate)
        if sending is None or self.draft.follow_up is FollowUp.ICO:
            self.clock.setText("")
            return
        if self.draft.is_follow_up and self.draft.follow_up is not FollowUp.CORRECTION:
            self.clock.setText("The case's deadlines will be worked out again with this letter in its timeline.")
            return
        arrival = deemed_receipt(sending.on, sending.method)
        due = response_due(arrival.due)
        self.clock.setText(
            f"{arrival.explanation} So the answer is due by {screen_long_date(due.due)}. npdrights will remind you."
        )

    def sending(self) -> Sending | None:
        return self.mark.sending() if self.now.isChecked() else None

    def field_problems(self) -> list[str]:
        if not self.now.isChecked():
            return []
        date_field = self.mark.sent_on
        if date_field.problem():
            return [f"Date sent: {date_field.problem()}"]
        sent_on = date_field.value()
        if sent_on is None:
            return ["Date sent: missing: type the day, month and year"]
        problem = sent_date_problem(self.draft, sent_on)
        return [f"Date sent: {problem}"] if problem else []

    def _redate(self) -> None:
        """The letter went earlier than it is dated: date it that day, and show it again to check before Finish."""
        sending = self.sending()
        if sending is None:
            return
        self.draft.letter_date = sending.on
        self.redate_requested.emit()

    def validatePage(self) -> bool:
        self.store()
        return self.isComplete() and self._save(self.sending())
