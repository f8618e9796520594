"""The pages about the request: which case to follow up, who it goes to, what you want, and how you'll send it."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import ClassVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.dates import day_month_year
from npdrights.core.letters import ErasureGround, OrganisationType, ReplyBy, Situation
from npdrights.core.letters.answers import RestrictionGround
from npdrights.core.letters.content import LARGE_PRINT_POINTS
from npdrights.core.model import CaseKind, PostMethod
from npdrights.core.names import event_title
from npdrights.core.wizard_flow import (
    DFE,
    EarlierLetter,
    FollowUp,
    Journey,
    OrganisationDraft,
    Step,
    Target,
)
from npdrights.gui.widgets import explanation, heading, post_method_combo
from npdrights.gui.wizards.base import JourneyContext, JourneyPage
from npdrights.gui.wizards.fields import (
    DateField,
    LinesField,
    TextField,
    add_row,
    corrections_editor,
    line_edit,
    new_form,
)
from npdrights.gui.wizards.releases_box import ReleasesBox


def _choices(
    owner: QWidget, title: str, options: Sequence[tuple[object, str, str]]
) -> tuple[QGroupBox, QButtonGroup, dict[object, QRadioButton]]:
    """A titled group of radio buttons, each with a sentence under it saying what it means."""
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    group = QButtonGroup(owner)
    buttons: dict[object, QRadioButton] = {}
    for key, label, hint in options:
        button = QRadioButton(label)
        button.setAccessibleName(label.replace("&", ""))
        if hint:
            button.setAccessibleDescription(hint)
        group.addButton(button)
        buttons[key] = button
        column.addWidget(button)
        if hint:
            note = explanation(hint)
            note.setContentsMargins(24, 0, 0, 4)
            column.addWidget(note)
    return box, group, buttons


def _checked(buttons: dict[object, QRadioButton]) -> object | None:
    return next((key for key, button in buttons.items() if button.isChecked()), None)


def _check(buttons: dict[object, QRadioButton], key: object) -> None:
    if key in buttons:
        buttons[key].setChecked(True)


# -- follow-ups ----------------------------------------------------------------------------------------------

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
        "it within 30 days. Takes about 5 minutes.",
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

        box, self.action_group, self.follow_ups = _choices(self, "What do you want to do?", FOLLOW_UPS)
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
        chosen = _checked(self.follow_ups)
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
        _check(self.follow_ups, self.draft.follow_up)
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
            lines = [f"You sent it on {day_month_year(history.sent)}, reference {history.reference or 'none'}."]
            body = draft.organisation.name.strip() if draft.target is Target.ORGANISATION else "the DfE"
            lines += [f"{day_month_year(event.date)}: {event_title(event.kind, body)}" for event in history.events]
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


# -- recipient ---------------------------------------------------------------------------------------------

ORGANISATION_TYPES = (
    (OrganisationType.MAINTAINED_SCHOOL, "A maintained school (run by the council)"),
    (OrganisationType.NON_MAINTAINED_SPECIAL_SCHOOL, "A non-maintained special school"),
    (OrganisationType.ACADEMY, "An academy or free school"),
    (OrganisationType.INDEPENDENT_SCHOOL, "An independent (private) school"),
    (OrganisationType.ACADEMY_TRUST, "An academy trust"),
    (OrganisationType.LOCAL_AUTHORITY, "A local authority (council)"),
    (OrganisationType.OTHER, "Another organisation"),
)

NEW_ORGANISATION = ""


class RecipientPage(JourneyPage):
    step = Step.RECIPIENT
    title_text = "Who does it go to?"
    why_text = (
        "The Department for Education (DfE) controls the National Pupil Database, so it must answer for it, not "
        "the school. Schools, academy trusts and councils hold their own records and answer for those."
    )

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        dfe = context.recipients[DFE]
        options = (
            (
                Target.DFE,
                "The &Department for Education: the National Pupil Database",
                "Everything the DfE holds about the pupil, and who it has given it to. Most people start here.",
            ),
            (
                Target.LRS,
                "The &Learning Records Service: the learning record",
                "Qualifications and courses from age 14, found by the Unique Learner Number. The letter goes to the "
                "DfE, which runs the service.",
            ),
            (
                Target.ORGANISATION,
                "A &school, academy trust, council or other organisation",
                "What it holds in its own records.",
            ),
        )
        box, self.target_group, self.targets = _choices(self, "Send it to", options)
        self.body.addWidget(box)
        self.warning = QLabel(f"⚠ {dfe.warning()}" if dfe.warning() else "")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        self.warning.setAccessibleName("Check the address")
        self.body.addWidget(self.warning)
        self.dfe_address = explanation("Address used: " + ", ".join((*dfe.address, dfe.postcode)))
        self.body.addWidget(self.dfe_address)

        self.organisation_box = QGroupBox("The organisation")
        form = new_form()
        self.saved = QComboBox()
        self.saved.setAccessibleName("Saved organisations")
        self.saved.addItem("A new organisation", NEW_ORGANISATION)
        for organisation in sorted(context.organisations, key=lambda o: o.name.casefold()):
            if organisation.id != DFE:
                self.saved.addItem(organisation.name, organisation.id)
        self.name = line_edit("Organisation's name")
        self.address = LinesField("Organisation's address", rows=4)
        self.postcode = line_edit("Organisation's postcode")
        self.email = line_edit("Organisation's email (optional)")
        self.type = QComboBox()
        self.type.setAccessibleName("What kind of organisation")
        for kind, label in ORGANISATION_TYPES:
            self.type.addItem(label, kind)
        self.saved_label = add_row(form, "Sa&ved", self.saved)
        add_row(form, "Na&me", self.name, "For example: Exampleton Primary School, or Exampleshire County Council.")
        add_row(form, "&Address", self.address, "One line for each part, without the postcode.")
        add_row(form, "Post&code", self.postcode)
        add_row(form, "&Email (optional)", self.email)
        add_row(form, "&Kind", self.type, "A maintained school must also show a parent the educational record.")
        self.organisation_box.setLayout(form)
        self.body.addWidget(self.organisation_box)
        self.add_why()
        self.saved.currentIndexChanged.connect(self._use_saved)
        self.target_group.buttonToggled.connect(lambda *_: self.changed())
        self.type.currentIndexChanged.connect(self.changed)
        for edit in (self.name, self.postcode, self.email):
            edit.textChanged.connect(self.changed)
        self.address.changed.connect(self.changed)

    def _use_saved(self) -> None:
        organisation_id = self.saved.currentData()
        found = next((o for o in self.context.organisations if o.id == organisation_id), None)
        if found is None:
            return
        self.name.setText(found.name)
        self.address.set_lines(found.address.lines)
        self.postcode.setText(found.address.postcode)
        self.email.setText(found.email)

    def load(self) -> None:
        asking = self.draft.journey is Journey.ASK
        self.targets[Target.LRS].setVisible(asking)
        if not asking and self.draft.target is Target.LRS:
            self.draft.target = Target.DFE
        _check(self.targets, self.draft.target)
        self.saved.setVisible(self.saved.count() > 1)
        self.saved_label.setVisible(self.saved.count() > 1)
        organisation = self.draft.organisation
        self.saved.setCurrentIndex(max(self.saved.findData(organisation.id), 0))
        self.name.setText(organisation.name)
        self.address.set_lines(organisation.address)
        self.postcode.setText(organisation.postcode)
        self.email.setText(organisation.email)
        self.type.setCurrentIndex(max(self.type.findData(organisation.type), 0))

    def store(self) -> None:
        chosen = _checked(self.targets)
        self.draft.target = chosen if isinstance(chosen, Target) else Target.DFE
        to_organisation = self.draft.target is Target.ORGANISATION
        self.organisation_box.setVisible(to_organisation)
        self.warning.setVisible(not to_organisation and bool(self.warning.text()))
        self.dfe_address.setVisible(not to_organisation)
        self.draft.organisation = OrganisationDraft(
            id=self.saved.currentData() or "",
            name=self.name.text().strip(),
            address=self.address.lines(),
            postcode=self.postcode.text().strip().upper(),
            email=self.email.text().strip(),
            type=self.type.currentData(),
        )


# -- what you want -------------------------------------------------------------------------------------------

SAR_ITEMS = (
    "a copy of everything it holds about the pupil, free of charge",
    "where each piece of information came from",
    "what it uses the information for",
    "every organisation it has given the record to, with dates, the law used, and whether the organisation was a "
    "company, a newspaper or a journalist",
    "the other datasets the record has been linked with",
    "how long it keeps each part, and whether any of it is deleted",
    "any automated decisions made about the pupil, and the safeguards for data sent abroad",
    "the pupil's rights: correction, deletion, restriction, objection and complaint to the ICO",
)

SITUATIONS = (
    (Situation.SEN, "&Special educational needs", "The record shows needs that could lead to unfair judgements."),
    (Situation.EXCLUSIONS, "&Exclusions or absence", "Out of context, these could follow the child for years."),
    (Situation.CARE, "Time in &care", "Private, and could lead to stigma or harm if it became known."),
    (Situation.ADOPTION, "&Adoption", "Linked records could connect an adopted child's past and present."),
    (Situation.SAFETY, "Sa&fety", "Any release of an address or a school could put someone at risk."),
    (
        Situation.PRIVACY,
        "&Privacy in general",
        "The child didn't choose to be in the database. This is true of every pupil, so it needs another reason too.",
    ),
)

RESTRICTION_GROUNDS = (
    (
        RestrictionGround.ACCURACY,
        "I dispute that the data is &accurate",
        "Restricted while the organisation checks it.",
    ),
    (RestrictionGround.OBJECTION_PENDING, "I have &objected", "Restricted until the organisation decides."),
    (RestrictionGround.UNLAWFUL, "It is used &unlawfully", "Kept but not used, instead of deleted."),
    (RestrictionGround.LEGAL_CLAIMS, "I need it for a &legal claim", "Kept for you, though it no longer needs it."),
)

ERASURE_GROUNDS = (
    (
        ErasureGround.OBJECTION_UPHELD,
        "&The organisation agreed to my objection",
        "Once an objection succeeds, the data should be deleted if nothing else justifies keeping it.",
    ),
    (
        ErasureGround.NO_LONGER_NEEDED,
        "It is no &longer needed",
        "For the purpose it was collected for.",
    ),
    (
        ErasureGround.UNLAWFUL,
        "It was collected or used &unlawfully",
        "For example without a proper legal reason.",
    ),
)


def _checkboxes(title: str, options: Sequence[tuple[Enum, str, str]]) -> tuple[QGroupBox, dict[Enum, QCheckBox]]:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    boxes: dict[Enum, QCheckBox] = {}
    for key, label, hint in options:
        checkbox = QCheckBox(label)
        checkbox.setAccessibleName(label.replace("&", ""))
        checkbox.setAccessibleDescription(hint)
        boxes[key] = checkbox
        column.addWidget(checkbox)
        note = explanation(hint)
        note.setContentsMargins(24, 0, 0, 4)
        column.addWidget(note)
    return box, boxes


class WantPage(JourneyPage):
    """One page, a different panel for each kind of letter."""

    step = Step.WANT
    title_text = "What do you want?"

    WHY: ClassVar[dict[str, str]] = {
        "sar": "The law (Article 15 of the UK GDPR) entitles you to all of this, so the letter asks for all of it. "
        "Asking for everything at once means you don't have to write again.",
        "objection": "The DfE can refuse an objection only if it shows 'compelling legitimate grounds' that outweigh "
        "your reasons, so your reasons matter. You don't need legal words: say what worries you.",
        "corrections": "The law (Article 16) says wrong information must be corrected without delay. Say exactly "
        "what is wrong and what is right, so nobody has to guess.",
        "erasure": "The law (Article 17) lets you ask for deletion on these grounds. The DfE may say it must keep the "
        "data for its public tasks or for statistics; the letter says so honestly.",
        "restriction": "The law (Article 18) lets you ask for the data to be kept but not used while something is "
        "settled. The organisation must tell you before it lifts the restriction.",
        "complaint": "An organisation must deal with a complaint about how it handled your data. Saying what went "
        "wrong and how it affected you helps it, and the ICO later, put it right.",
    }

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # First, the releases chosen in the register explorer (if any): what the letter names, under the user's control.
        self.releases = ReleasesBox()
        self.releases.changed.connect(self.changed)
        self.body.addWidget(self.releases)
        # The panels in one column, only the journey's own shown: unlike a QStackedWidget, the column is only as
        # tall as the shown panel, so a short panel doesn't sit in the room of the tallest one.
        self.panels = QWidget()
        self._panel_column = QVBoxLayout(self.panels)
        self._panel_column.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.panels)

        self.sar_panel = QWidget()
        sar = QVBoxLayout(self.sar_panel)
        sar.setContentsMargins(0, 0, 0, 0)
        # One label for the list: as separate labels in a stacked panel, they spread out over its spare height.
        asks = explanation("Your letter asks for:\n" + "\n".join(f"✓ {item}" for item in SAR_ITEMS))
        asks.setAccessibleName("What your letter asks for")
        sar.addWidget(asks)
        self.educational_record = QCheckBox("Also ask for the child's &educational record")
        self.educational_record.setAccessibleName("Also ask for the child's educational record")
        self.record_hint = explanation(
            "A parent can ask a maintained school, or a non-maintained special school, for the educational record. "
            "It must answer within 15 school days."
        )
        sar.addWidget(self.educational_record)
        sar.addWidget(self.record_hint)
        sar.addStretch(1)
        self._panel_column.addWidget(self.sar_panel)

        self.objection_panel = QWidget()
        objection = QVBoxLayout(self.objection_panel)
        objection.setContentsMargins(0, 0, 0, 0)
        objection.addWidget(
            explanation(
                "Tick what applies. Each ticked reason becomes a sentence in the letter. Tick at least one, "
                "or write your own reasons."
            )
        )
        box, self.situations = _checkboxes("Your situation", SITUATIONS)
        objection.addWidget(box)
        self.grounds = TextField("Your reasons in your own words (optional)")
        objection_form = new_form()
        add_row(
            objection_form,
            "Your &reasons (optional)",
            self.grounds,
            "Printed as you write it. Say what makes your child's situation different from other pupils'. For "
            "example: a health condition or special need recorded at school; a move to keep someone safe; time in "
            "care or an adoption; an exclusion that could be misread.",
        )
        objection.addLayout(objection_form)
        self._panel_column.addWidget(self.objection_panel)

        self.corrections_panel = QWidget()
        corrections = QVBoxLayout(self.corrections_panel)
        corrections.setContentsMargins(0, 0, 0, 0)
        corrections.addWidget(explanation("List each thing that is wrong. Add as many as you need."))
        self.corrections = corrections_editor()
        corrections.addWidget(self.corrections)
        self._panel_column.addWidget(self.corrections_panel)

        self.erasure_panel = QWidget()
        erasure = QVBoxLayout(self.erasure_panel)
        erasure.setContentsMargins(0, 0, 0, 0)
        box, self.erasure_grounds = _checkboxes("Why should the data be deleted? Tick all that apply.", ERASURE_GROUNDS)
        erasure.addWidget(box)
        self._panel_column.addWidget(self.erasure_panel)

        self.restriction_panel = QWidget()
        restriction = QVBoxLayout(self.restriction_panel)
        restriction.setContentsMargins(0, 0, 0, 0)
        box, self.restriction_grounds = _checkboxes(
            "Why should the use of the data be restricted? Tick all that apply.", RESTRICTION_GROUNDS
        )
        restriction.addWidget(box)
        self._panel_column.addWidget(self.restriction_panel)

        self.complaint_panel = QWidget()
        complaint = new_form()
        self.complaint = TextField("What went wrong")
        self.harm = TextField("How it affected you or your child (optional)", rows=3)
        self.complaint_hint = add_row(
            complaint, "What went &wrong", self.complaint, "For example: the answer left out who the data was given to."
        )
        add_row(complaint, "How it &affected you (optional)", self.harm)
        self.complaint_panel.setLayout(complaint)
        self._panel_column.addWidget(self.complaint_panel)

        self.add_why()

        self.educational_record.toggled.connect(lambda *_: self.changed())
        for checkbox in (
            *self.situations.values(),
            *self.erasure_grounds.values(),
            *self.restriction_grounds.values(),
        ):
            checkbox.toggled.connect(lambda *_: self.changed())
        for field in (self.grounds, self.corrections, self.complaint, self.harm):
            field.changed.connect(self.changed)

    def _panel(self) -> tuple[QWidget, str]:
        draft = self.draft
        if draft.follow_up is FollowUp.CORRECTION or draft.journey is Journey.CORRECT:
            return self.corrections_panel, "corrections"
        if draft.is_follow_up:
            return self.complaint_panel, "complaint"
        return {
            Journey.ASK: (self.sar_panel, "sar"),
            Journey.OBJECT: (self.objection_panel, "objection"),
            Journey.ERASE: (self.erasure_panel, "erasure"),
            Journey.RESTRICT: (self.restriction_panel, "restriction"),
        }[draft.journey]

    def load(self) -> None:
        panel, key = self._panel()
        # Each panel asks for something different: only the shown one takes part in Tab and its own height.
        for index in range(self._panel_column.count()):
            item = self._panel_column.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(widget is panel)
        self.set_why(self.WHY[key])
        titles = {
            "sar": "What the letter asks for",
            "objection": "Why you object",
            "corrections": "What is wrong",
            "erasure": "Why the data should be deleted",
            "restriction": "Why the use of the data should be restricted",
            "complaint": "What went wrong",
        }
        self.setTitle(titles[key])
        draft = self.draft
        to_organisation = draft.target is Target.ORGANISATION
        self.educational_record.setVisible(to_organisation)
        self.record_hint.setVisible(to_organisation)
        self.educational_record.setChecked(draft.educational_record)
        for situation, checkbox in self.situations.items():
            checkbox.setChecked(situation in draft.situations)
        self.grounds.setPlainText(draft.grounds)
        if not draft.corrections and self.corrections.row_count() == 0:
            self.corrections.add_row()
        elif draft.corrections:
            self.corrections.set_rows(draft.corrections)
        for ground, checkbox in self.erasure_grounds.items():
            checkbox.setChecked(ground in draft.erasure_grounds)
        for reason, checkbox in self.restriction_grounds.items():
            checkbox.setChecked(reason in draft.restriction_grounds)
        self.complaint.setPlainText(draft.complaint)
        self.harm.setPlainText(draft.harm)
        self.releases.show_releases(draft.releases)

    def store(self) -> None:
        draft = self.draft
        draft.releases = self.releases.chosen()
        draft.educational_record = self.educational_record.isChecked() and draft.target is Target.ORGANISATION
        draft.situations = tuple(key for key, box in self.situations.items() if box.isChecked())  # type: ignore[misc]
        draft.grounds = self.grounds.text()
        draft.corrections = self.corrections.rows()
        draft.erasure_grounds = tuple(key for key, box in self.erasure_grounds.items() if box.isChecked())  # type: ignore[misc]
        draft.restriction_grounds = tuple(key for key, box in self.restriction_grounds.items() if box.isChecked())  # type: ignore[misc]
        draft.complaint = self.complaint.text()
        draft.harm = self.harm.text()


# -- how you'll send it ----------------------------------------------------------------------------------------

SEND_OPTIONS = (
    (
        PostMethod.FIRST_CLASS,
        "&First class post",
        "Counted as arriving 2 working days after posting. Ask the Post Office for a free certificate of posting.",
    ),
    (PostMethod.SECOND_CLASS, "S&econd class post", "Counted as arriving 4 working days after posting."),
    (
        PostMethod.SIGNED_FOR,
        "Si&gned for",
        "Costs more, but you can see the day it was delivered. Counted as arriving 2 working days after posting.",
    ),
    (
        PostMethod.EMAIL,
        "Email or the organisation's &web form",
        "Paste the letter's text. Counted as arriving the day you send it.",
    ),
)


class SendPage(JourneyPage):
    step = Step.SEND
    title_text = "How will you send it?"
    why_text = (
        "The organisation's month to answer starts when your letter arrives. How you send it decides when that "
        "counts as being, so npdrights can tell you the right date to expect an answer."
    )

    def __init__(self, context: JourneyContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        box, self.send_group, self.send = _choices(self, "Send it by", SEND_OPTIONS)
        self.body.addWidget(box)
        replies = (
            (ReplyBy.POST, "Reply by p&ost", "To your address."),
            (ReplyBy.EMAIL, "Reply by e&mail", "To the email address you gave. Large files may come by secure link."),
        )
        box, self.reply_group, self.reply = _choices(self, "How you want the answer", replies)
        self.body.addWidget(box)
        self.large_print = QCheckBox(f"Print in &large type ({LARGE_PRINT_POINTS} point)")
        self.large_print.setAccessibleName(f"Print in large type ({LARGE_PRINT_POINTS} point)")
        self.body.addWidget(self.large_print)
        self.body.addWidget(heading("Signing", level=2))
        self.body.addWidget(
            explanation(
                "After printing, sign the letter by hand above your name, and keep a copy. If you email it, your "
                "typed name is enough."
            )
        )
        self.add_why()
        for group in (self.send_group, self.reply_group):
            group.buttonToggled.connect(lambda *_: self.changed())
        self.large_print.toggled.connect(lambda *_: self.changed())

    def load(self) -> None:
        _check(self.send, self.draft.send_by)
        _check(self.reply, self.draft.reply_by)
        self.large_print.setChecked(self.draft.large_print)

    def store(self) -> None:
        method = _checked(self.send)
        reply = _checked(self.reply)
        self.draft.send_by = method if isinstance(method, PostMethod) else PostMethod.FIRST_CLASS
        self.draft.reply_by = reply if isinstance(reply, ReplyBy) else ReplyBy.POST
        self.draft.large_print = self.large_print.isChecked()
