"""The first page of a follow-up: which letter it follows, and whether to remind, complain or ask for corrections."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QWidget

from npdrights.core.deadlines import COMPLAINT_ACKNOWLEDGEMENT_DAYS
from npdrights.core.model import CaseKind
from npdrights.core.names import event_title
from npdrights.core.wizard_flow.draft import EarlierLetter, FollowUp, Step, Target
from npdrights.gui.i18n import screen_date
from npdrights.gui.widgets import explanation, post_method_combo
from npdrights.gui.wizards.base import JourneyContext, JourneyPage
from npdrights.gui.wizards.choices import check_key, checked_key, radio_choices
from npdrights.gui.wizards.fields import DateField, add_row, line_edit, new_form

FOLLOW_UPS = (
    (
        FollowUp.REMINDER,
        "Send a &reminder",
        "A short, firm letter: it cites your letter, the date the answer was due and the rule. Takes 2 minutes.",
    ),
    (
        FollowUp.COMPLAINT,
        "&Complain to the organisation",
        "A formal complaint to its data protection officer, with a dated timeline. The law says it must acknowledge "
        f"it within {COMPLAINT_ACKNOWLEDGEMENT_DAYS} days. Takes about 5 minutes.",
    ),
    (
        FollowUp.ICO,
        "Complain to the &ICO",
        "The Information Commission (the ICO) is the regulator. It expects you to have sent a reminder and complained "
        "to the organisation first. You get a pack to copy into its online form: a summary, the timeline and what "
        "to attach. Takes about 10 minutes.",
    ),
    (
        FollowUp.CORRECTION,
        "Ask for correc&tions",
        "If the answer shows something wrong, ask for it to be put right. This starts a new case with its own "
        "deadline.",
    ),
)

EARLIER_KINDS = (
    (CaseKind.SAR_DFE, "Asked the DfE what it holds"),
    (CaseKind.SAR_LRS, "Asked for the learning record (LRS)"),
    (CaseKind.SAR_ORGANISATION, "Asked a school or council what it holds"),
    (CaseKind.OBJECTION_DFE, "Objected to the DfE sharing data"),
    (CaseKind.RECTIFICATION, "Asked for a correction"),
    (CaseKind.ERASURE, "Asked for data to be deleted"),
    (CaseKind.RESTRICTION, "Asked for the use of data to be restricted"),
)

NOT_TRACKED = "earlier"


class FollowUpPage(JourneyPage):
    step = Step.FOLLOW_UP
    title_text = "What happened, and what do you want to do?"
    why_text = (
        "A reminder or complaint must say which letter it follows, when you sent it and when the answer was due. "
        "npdrights works the dates out from your case, so you don't have to."
    )

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.case_combo = QComboBox()
        self.case_combo.setAccessibleName("Which letter")
        for choice in context.cases:
            self.case_combo.addItem(choice.label, choice.case_id)
        self.case_combo.addItem("A letter I sent without npdrights", NOT_TRACKED)
        form = new_form()
        self.case_label = add_row(form, "&Which letter", self.case_combo)
        self.body.addLayout(form)
        self.timeline = explanation("")
        self.timeline.setAccessibleName("What has happened so far")
        self.body.addWidget(self.timeline)

        self.earlier = QGroupBox("Your earlier letter")
        earlier_form = new_form()
        self.earlier_kind = QComboBox()
        for kind, label in EARLIER_KINDS:
            self.earlier_kind.addItem(label, kind)
        self.earlier_sent = DateField("Date you sent it")
        self.earlier_method = post_method_combo("How you sent it")
        self.earlier_reference = line_edit("Reference on your letter (optional)")
        self.their_reference = line_edit("Their reference (optional)")
        add_row(earlier_form, "What it &asked", self.earlier_kind)
        add_row(earlier_form, "Date you &sent it", self.earlier_sent)
        add_row(earlier_form, "&How you sent it", self.earlier_method)
        add_row(earlier_form, "Your r&eference (optional)", self.earlier_reference)
        add_row(earlier_form, "Their re&ference (optional)", self.their_reference, "From any reply they sent.")
        self.earlier.setLayout(earlier_form)
        self.body.addWidget(self.earlier)

        box, self.action_group, self.follow_ups = radio_choices(self, "What do you want to do?", FOLLOW_UPS)
        self.body.addWidget(box)
        self.add_why()
        self.case_combo.currentIndexChanged.connect(self._case_changed)
        self.action_group.buttonToggled.connect(lambda *_: self.changed())
        for combo in (self.earlier_kind, self.earlier_method):
            combo.currentIndexChanged.connect(self.changed)
        self.earlier_sent.changed.connect(self.changed)
        for edit in (self.earlier_reference, self.their_reference):
            edit.textChanged.connect(self.changed)

    def _case_changed(self) -> None:
        if self._loading:
            return
        self._load_case(self.case_combo.currentData(), self._chosen())
        self.changed()

    def _chosen(self) -> FollowUp | None:
        chosen = checked_key(self.follow_ups)
        return chosen if isinstance(chosen, FollowUp) else None

    def _load_case(self, case_id: str, follow_up: FollowUp | None) -> None:
        """Choosing a tracked case fills the whole draft from it: people, recipient, dates and timeline."""
        loader = self.context.load_follow_up
        if case_id == NOT_TRACKED or loader is None:
            self.context.draft.case_id = ""
            self.context.draft.history = None
        else:
            self.context.draft = loader(case_id, follow_up or FollowUp.REMINDER)
            self.context.draft.follow_up = follow_up

    def load(self) -> None:
        draft = self.draft
        typed_in = draft.earlier.sent is not None
        index = self.case_combo.findData(draft.case_id or (NOT_TRACKED if typed_in else None))
        self.case_combo.setCurrentIndex(max(index, 0))  # the most recent tracked case, unless one was typed in
        if draft.case_id == "" and self.case_combo.currentData() != NOT_TRACKED:
            self._load_case(self.case_combo.currentData(), draft.follow_up)
        check_key(self.follow_ups, self.draft.follow_up)
        earlier = self.draft.earlier
        self.earlier_kind.setCurrentIndex(max(self.earlier_kind.findData(earlier.kind), 0))
        self.earlier_sent.set_value(earlier.sent)
        self.earlier_method.setCurrentIndex(max(self.earlier_method.findData(earlier.post_method), 0))
        self.earlier_reference.setText(earlier.reference)
        self.their_reference.setText(earlier.their_reference)

    def store(self) -> None:
        draft = self.draft
        draft.follow_up = self._chosen()
        tracked = self.case_combo.currentData() != NOT_TRACKED
        self.earlier.setVisible(not tracked)
        self.timeline.setVisible(tracked)
        if tracked and draft.history is not None:
            history = draft.history
            lines = [f"You sent it on {screen_date(history.sent)}, reference {history.reference or 'none'}."]
            body = draft.organisation.name.strip() if draft.target is Target.ORGANISATION else "the DfE"
            lines += [f"{screen_date(event.date)}: {event_title(event.kind, body)}" for event in history.events]
            self.timeline.setText("\n".join(lines))
        if not tracked:
            draft.earlier = EarlierLetter(
                kind=self.earlier_kind.currentData(),
                sent=self.earlier_sent.value(),
                post_method=self.earlier_method.currentData(),
                reference=self.earlier_reference.text().strip(),
                their_reference=self.their_reference.text().strip(),
            )

    def field_problems(self) -> list[str]:
        problem = self.earlier_sent.problem() if self.earlier.isVisibleTo(self) else ""
        return [f"Date you sent it: {problem}"] if problem else []
