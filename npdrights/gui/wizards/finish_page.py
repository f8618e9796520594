"""Finish: what will be saved, and "Mark as sent" now or later (date, method, proof-of-posting reference)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QPushButton, QRadioButton, QVBoxLayout, QWidget

from npdrights.core.deadlines import deemed_receipt, response_due
from npdrights.core.model import PostMethod
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import FollowUp, Step
from npdrights.core.wizard_flow.flow import letter_kind
from npdrights.core.wizard_flow.sending import Sending, may_redate_to, sent_date_problem
from npdrights.gui.i18n import screen_date, screen_long_date
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import explanation, post_method_combo, without_shortcut
from npdrights.gui.wizards.base import JourneyContext, JourneyPage
from npdrights.gui.wizards.fields import DateField, add_row, line_edit, new_form

KIND_WORDS = {
    "sar-dfe": QT_TRANSLATE_NOOP("FinishPage", "asking the DfE what it holds"),
    "sar-lrs": QT_TRANSLATE_NOOP("FinishPage", "asking for the learning record"),
    "sar-organisation": QT_TRANSLATE_NOOP("FinishPage", "asking what the organisation holds"),
    "objection-dfe": QT_TRANSLATE_NOOP("FinishPage", "objecting to the DfE sharing data"),
    "rectification": QT_TRANSLATE_NOOP("FinishPage", "asking for corrections"),
    "erasure": QT_TRANSLATE_NOOP("FinishPage", "asking for data to be deleted"),
    "reminder": QT_TRANSLATE_NOOP("FinishPage", "a reminder"),
    "complaint-organisation": QT_TRANSLATE_NOOP("FinishPage", "a complaint"),
    "complaint-ico": QT_TRANSLATE_NOOP("FinishPage", "a complaint to the ICO"),
}


class MarkAsSent(QWidget):
    """When and how the letter went, and the proof-of-posting reference. Reusable wherever a letter is sent."""

    def __init__(self, default_method: PostMethod, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.sent_on = DateField(self.tr("Date sent"))
        self.method = post_method_combo(self.tr("How you sent it"))
        self.method.setCurrentIndex(max(self.method.findData(default_method), 0))
        self.proof = line_edit(self.tr("Proof of posting reference (optional)"))
        add_row(form, self.tr("Date &sent"), self.sent_on)
        add_row(form, self.tr("&How"), self.method)
        add_row(
            form,
            self.tr("Proof of posting (&optional)"),
            self.proof,
            self.tr("The number on your certificate of posting or signed-for receipt. Keep the slip."),
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
    title_text = QT_TRANSLATE_NOOP("FinishPage", "Save and send")
    why_text = QT_TRANSLATE_NOOP(
        "FinishPage",
        "npdrights keeps a copy of the letter with the case, so you can print it again, and works out when the "
        "answer is due. The clock starts when you mark the letter as sent.",
    )

    def __init__(
        self, context: JourneyContext, save: Callable[[Sending | None], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._save = save

    def build(self) -> None:
        self.summary = explanation("")
        self.summary.setAccessibleName(self.tr("What will be saved"))
        self.body.addWidget(self.summary)
        box = QGroupBox(self.tr("Have you sent it?"))
        column = QVBoxLayout(box)
        self.later = QRadioButton(self.tr("Not yet: I'll mark it as sent &later, from the case"))
        self.now = QRadioButton(self.tr("Yes, or I'm sending it &today"))
        self.group = QButtonGroup(self)
        for button in (self.later, self.now):
            button.setAccessibleName(without_shortcut(button.text()))
            self.group.addButton(button)
            column.addWidget(button)
        self.mark = MarkAsSent(self.draft.send_by)
        column.addWidget(self.mark)
        self.redate_button = QPushButton()
        self.redate_button.setAccessibleName(self.tr("Date the letter the day you sent it"))
        self.redate_button.hide()
        self.redate_button.clicked.connect(self._redate)
        column.addWidget(self.redate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.clock = explanation("")
        self.clock.setAccessibleName(self.tr("When the answer is due"))
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
        kind = self.tr(KIND_WORDS.get(letter_kind(draft), QT_TRANSLATE_NOOP("FinishPage", "a letter")))
        names: list[str] = []
        if draft.follows_tracked_case and draft.follow_up is not FollowUp.CORRECTION:
            saved = self.tr("When you press Finish, npdrights adds {kind} to the case it follows, with the letter.")
        else:
            you = self.tr("you")
            names = [pupil.name or you for pupil in draft.pupils] if not draft.is_self else [you]
            count = len(names)
            saved = self.tr(
                "When you press Finish, npdrights saves %n case(s) for {names}: {kind}, with the letter.", "", count
            )
        # Filled in once: a name typed with a brace in it is not read as a placeholder.
        saved = saved.format(names=", ".join(names), kind=kind)
        self.summary.setText(saved + " " + self.tr("Nothing has been saved yet."))
        self.mark.method.setCurrentIndex(max(self.mark.method.findData(draft.send_by), 0))
        if self.mark.sent_on.is_empty():
            self.mark.sent_on.set_value(draft.today)

    def store(self) -> None:
        self.mark.setEnabled(self.now.isChecked())
        sending = self.sending()
        redate = sending is not None and may_redate_to(self.draft, sending.on)
        if sending is not None and redate:
            self.redate_button.setText(self.tr("&Date the letter {date} instead").format(date=screen_date(sending.on)))
        self.redate_button.setVisible(redate)
        if sending is None or self.draft.follow_up is FollowUp.ICO:
            self.clock.setText("")
            return
        if self.draft.is_follow_up and self.draft.follow_up is not FollowUp.CORRECTION:
            self.clock.setText(
                self.tr("The case's deadlines will be worked out again with this letter in its timeline.")
            )
            return
        arrival = deemed_receipt(sending.on, sending.method)
        due = response_due(arrival.due)
        self.clock.setText(  # how the arrival was worked out is the rules engine's sentence, in the screens' language
            self.tr("{arrival} So the answer is due by {date}. npdrights will remind you.").format(
                arrival=on_screen("ArrivalRules", arrival.explanation), date=screen_long_date(due.due)
            )
        )

    def sending(self) -> Sending | None:
        return self.mark.sending() if self.now.isChecked() else None

    def field_problems(self) -> list[str]:
        if not self.now.isChecked():
            return []
        date_field = self.mark.sent_on
        said = self.tr("Date sent: {problem}")
        if date_field.problem():
            return [said.format(problem=date_field.problem())]
        sent_on = date_field.value()
        if sent_on is None:
            return [said.format(problem=self.tr("type the day, month and year"))]
        problem = sent_date_problem(self.draft, sent_on)
        return [said.format(problem=on_screen("SentDateProblems", problem))] if problem else []

    def _redate(self) -> None:
        """The letter went earlier than it is dated: date it that day, and show it again to check before Finish."""
        sending = self.sending()
        if sending is None:
            return
        self.draft.letter_date = sending.on
        self.redate_requested.emit()

    def validatePage(self) -> bool:
        self.ensure_built()
        self.store()
        return self.isComplete() and self._save(self.sending())
