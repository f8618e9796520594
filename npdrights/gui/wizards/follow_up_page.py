"""The first page of a follow-up: which letter it follows, and whether to remind, complain or ask for corrections."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox

from npdrights.core.deadlines import COMPLAINT_ACKNOWLEDGEMENT_DAYS
from npdrights.core.model import CaseKind
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import EarlierLetter, FollowUp, Step, Target
from npdrights.gui.cases.wording import case_kind_in_sentence, event_title
from npdrights.gui.i18n import screen_date
from npdrights.gui.widgets import explanation, post_method_combo
from npdrights.gui.wizards.base import JourneyPage
from npdrights.gui.wizards.choices import check_key, checked_key, radio_choices
from npdrights.gui.wizards.fields import DateField, add_row, line_edit, new_form
from npdrights.service.tracker import CaseChoice

EARLIER_KINDS = (
    (CaseKind.SAR_DFE, QT_TRANSLATE_NOOP("FollowUpPage", "Asked the DfE what it holds")),
    (CaseKind.SAR_LRS, QT_TRANSLATE_NOOP("FollowUpPage", "Asked for the learning record (LRS)")),
    (CaseKind.SAR_ORGANISATION, QT_TRANSLATE_NOOP("FollowUpPage", "Asked a school or council what it holds")),
    (CaseKind.OBJECTION_DFE, QT_TRANSLATE_NOOP("FollowUpPage", "Objected to the DfE sharing data")),
    (CaseKind.RECTIFICATION, QT_TRANSLATE_NOOP("FollowUpPage", "Asked for a correction")),
    (CaseKind.ERASURE, QT_TRANSLATE_NOOP("FollowUpPage", "Asked for data to be deleted")),
    (CaseKind.RESTRICTION, QT_TRANSLATE_NOOP("FollowUpPage", "Asked for the use of data to be restricted")),
)

NOT_TRACKED = "earlier"


class FollowUpPage(JourneyPage):
    step = Step.FOLLOW_UP
    title_text = QT_TRANSLATE_NOOP("FollowUpPage", "What happened, and what do you want to do?")
    why_text = QT_TRANSLATE_NOOP(
        "FollowUpPage",
        "A reminder or complaint must say which letter it follows, when you sent it and when the answer was due. "
        "npdrights works the dates out from your case, so you don't have to.",
    )

    def build(self) -> None:
        self.case_combo = QComboBox()
        self.case_combo.setAccessibleName(self.tr("Which letter"))
        for choice in self.context.cases:
            self.case_combo.addItem(self._choice_label(choice), choice.case_id)
        self.case_combo.addItem(self.tr("A letter I sent without npdrights"), NOT_TRACKED)
        form = new_form()
        self.case_label = add_row(form, self.tr("&Which letter"), self.case_combo)
        self.body.addLayout(form)
        self.timeline = explanation("")
        self.timeline.setAccessibleName(self.tr("What has happened so far"))
        self.body.addWidget(self.timeline)

        self.earlier = QGroupBox(self.tr("Your earlier letter"))
        earlier_form = new_form()
        self.earlier_kind = QComboBox()
        for kind, label in EARLIER_KINDS:
            self.earlier_kind.addItem(self.tr(label), kind)
        self.earlier_sent = DateField(self.tr("Date you sent it"))
        self.earlier_method = post_method_combo(self.tr("How you sent it"))
        self.earlier_reference = line_edit(self.tr("Reference on your letter (optional)"))
        self.their_reference = line_edit(self.tr("Their reference (optional)"))
        add_row(earlier_form, self.tr("What it &asked"), self.earlier_kind)
        add_row(earlier_form, self.tr("Date you &sent it"), self.earlier_sent)
        add_row(earlier_form, self.tr("&How you sent it"), self.earlier_method)
        add_row(earlier_form, self.tr("Your r&eference (optional)"), self.earlier_reference)
        add_row(
            earlier_form,
            self.tr("Their re&ference (optional)"),
            self.their_reference,
            self.tr("From any reply they sent."),
        )
        self.earlier.setLayout(earlier_form)
        self.body.addWidget(self.earlier)

        box, self.action_group, self.follow_ups = radio_choices(
            self, self.tr("What do you want to do?"), self._follow_ups()
        )
        self.body.addWidget(box)
        self.add_why()
        self.case_combo.currentIndexChanged.connect(self._case_changed)
        self.action_group.buttonToggled.connect(lambda *_: self.changed())
        for combo in (self.earlier_kind, self.earlier_method):
            combo.currentIndexChanged.connect(self.changed)
        self.earlier_sent.changed.connect(self.changed)
        for edit in (self.earlier_reference, self.their_reference):
            edit.textChanged.connect(self.changed)

    def _choice_label(self, choice: CaseChoice) -> str:
        """'Ada Fictionalson: stop DfE sharing, sent 20 November 2026', in the screens' language."""
        if choice.kind is None or choice.sent is None:
            return choice.label
        return self.tr("{person}: {request}, sent {date}").format(
            person=choice.person, request=case_kind_in_sentence(choice.kind), date=screen_date(choice.sent)
        )

    def _follow_ups(self) -> tuple[tuple[FollowUp, str, str], ...]:
        return (
            (
                FollowUp.REMINDER,
                self.tr("Send a &reminder"),
                self.tr(
                    "A short, firm letter: it cites your letter, the date the answer was due and the rule. Takes 2 "
                    "minutes."
                ),
            ),
            (
                FollowUp.COMPLAINT,
                self.tr("&Complain to the organisation"),
                self.tr(
                    "A formal complaint to its data protection officer, with a dated timeline. The law says it must "
                    "acknowledge it within {days} days. Takes about 5 minutes."
                ).format(days=COMPLAINT_ACKNOWLEDGEMENT_DAYS),
            ),
            (
                FollowUp.ICO,
                self.tr("Complain to the &ICO"),
                self.tr(
                    "The Information Commission (the ICO) is the regulator. It expects you to have sent a reminder and "
                    "complained to the organisation first. You get a pack to copy into its online form: a summary, the "
                    "timeline and what to attach. Takes about 10 minutes."
                ),
            ),
            (
                FollowUp.CORRECTION,
                self.tr("Ask for correc&tions"),
                self.tr(
                    "If the answer shows something wrong, ask for it to be put right. This starts a new case with its "
                    "own deadline."
                ),
            ),
        )

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
            reference = history.reference or self.tr("none")
            sent = self.tr("You sent it on {date}, reference {reference}.")
            lines = [sent.format(date=screen_date(history.sent), reference=reference)]
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
        return [self.tr("Date you sent it: {problem}").format(problem=problem)] if problem else []
