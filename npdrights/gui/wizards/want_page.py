"""What the letter asks for: one panel for each kind of letter (a SAR's list, an objection's reasons, the
corrections, erasure or restriction grounds, a complaint)."""

from __future__ import annotations

from enum import Enum
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from npdrights.core.deadlines import SCHOOL_RECORD_SCHOOL_DAYS
from npdrights.core.letters import ErasureGround, Situation
from npdrights.core.letters.answers import RestrictionGround
from npdrights.core.letters.asks import letter_asks
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import FollowUp, Journey, Step, Target
from npdrights.core.wizard_flow.flow import letter_kind
from npdrights.gui.widgets import explanation
from npdrights.gui.wizards.base import JourneyPage
from npdrights.gui.wizards.choices import checkbox_choices
from npdrights.gui.wizards.fields import TextField, add_row, corrections_editor, new_form
from npdrights.gui.wizards.releases_box import ReleasesBox

_Key = TypeVar("_Key", bound=Enum)

SITUATIONS = (
    (
        Situation.SEN,
        QT_TRANSLATE_NOOP("WantPage", "&Special educational needs"),
        QT_TRANSLATE_NOOP("WantPage", "The record shows needs that could lead to unfair judgements."),
    ),
    (
        Situation.EXCLUSIONS,
        QT_TRANSLATE_NOOP("WantPage", "&Exclusions or absence"),
        QT_TRANSLATE_NOOP("WantPage", "Out of context, these could follow the child for years."),
    ),
    (
        Situation.CARE,
        QT_TRANSLATE_NOOP("WantPage", "Time in &care"),
        QT_TRANSLATE_NOOP("WantPage", "Private, and could lead to stigma or harm if it became known."),
    ),
    (
        Situation.ADOPTION,
        QT_TRANSLATE_NOOP("WantPage", "&Adoption"),
        QT_TRANSLATE_NOOP("WantPage", "Linked records could connect an adopted child's past and present."),
    ),
    (
        Situation.SAFETY,
        QT_TRANSLATE_NOOP("WantPage", "Sa&fety"),
        QT_TRANSLATE_NOOP("WantPage", "Any release of an address or a school could put someone at risk."),
    ),
    (
        Situation.PRIVACY,
        QT_TRANSLATE_NOOP("WantPage", "&Privacy in general"),
        QT_TRANSLATE_NOOP(
            "WantPage",
            "The child didn't choose to be in the database. This is true of every pupil, so it needs another reason "
            "too.",
        ),
    ),
)

RESTRICTION_GROUNDS = (
    (
        RestrictionGround.ACCURACY,
        QT_TRANSLATE_NOOP("WantPage", "I dispute that the data is &accurate"),
        QT_TRANSLATE_NOOP("WantPage", "Restricted while the organisation checks it."),
    ),
    (
        RestrictionGround.OBJECTION_PENDING,
        QT_TRANSLATE_NOOP("WantPage", "I have &objected"),
        QT_TRANSLATE_NOOP("WantPage", "Restricted until the organisation decides."),
    ),
    (
        RestrictionGround.UNLAWFUL,
        QT_TRANSLATE_NOOP("WantPage", "It is used &unlawfully"),
        QT_TRANSLATE_NOOP("WantPage", "Kept but not used, instead of deleted."),
    ),
    (
        RestrictionGround.LEGAL_CLAIMS,
        QT_TRANSLATE_NOOP("WantPage", "I need it for a &legal claim"),
        QT_TRANSLATE_NOOP("WantPage", "Kept for you, though it no longer needs it."),
    ),
)

ERASURE_GROUNDS = (
    (
        ErasureGround.OBJECTION_UPHELD,
        QT_TRANSLATE_NOOP("WantPage", "&The organisation agreed to my objection"),
        QT_TRANSLATE_NOOP(
            "WantPage", "Once an objection succeeds, the data should be deleted if nothing else justifies keeping it."
        ),
    ),
    (
        ErasureGround.NO_LONGER_NEEDED,
        QT_TRANSLATE_NOOP("WantPage", "It is no &longer needed"),
        QT_TRANSLATE_NOOP("WantPage", "For the purpose it was collected for."),
    ),
    (
        ErasureGround.UNLAWFUL,
        QT_TRANSLATE_NOOP("WantPage", "It was collected or used &unlawfully"),
        QT_TRANSLATE_NOOP("WantPage", "For example without a proper legal reason."),
    ),
)


class WantPage(JourneyPage):
    """One page, a different panel for each kind of letter."""

    step = Step.WANT
    title_text = QT_TRANSLATE_NOOP("WantPage", "What do you want?")

    WHY: ClassVar[dict[str, str]] = {
        "sar": QT_TRANSLATE_NOOP(
            "WantPage",
            "The law (Article 15 of the UK GDPR) entitles you to all of this, so the letter asks for all of it. "
            "Asking for everything at once means you don't have to write again.",
        ),
        "objection": QT_TRANSLATE_NOOP(
            "WantPage",
            "The DfE can refuse an objection only if it shows 'compelling legitimate grounds' that outweigh your "
            "reasons, so your reasons matter. You don't need legal words: say what worries you.",
        ),
        "corrections": QT_TRANSLATE_NOOP(
            "WantPage",
            "The law (Article 16) says wrong information must be corrected without delay. Say exactly what is wrong "
            "and what is right, so nobody has to guess.",
        ),
        "erasure": QT_TRANSLATE_NOOP(
            "WantPage",
            "The law (Article 17) lets you ask for deletion on these grounds. The DfE may say it must keep the data "
            "for its public tasks or for statistics; the letter says so honestly.",
        ),
        "restriction": QT_TRANSLATE_NOOP(
            "WantPage",
            "The law (Article 18) lets you ask for the data to be kept but not used while something is settled. The "
            "organisation must tell you before it lifts the restriction.",
        ),
        "complaint": QT_TRANSLATE_NOOP(
            "WantPage",
            "An organisation must deal with a complaint about how it handled your data. Saying what went wrong and "
            "how it affected you helps it, and the ICO later, put it right.",
        ),
    }
    TITLES: ClassVar[dict[str, str]] = {
        "sar": QT_TRANSLATE_NOOP("WantPage", "What the letter asks for"),
        "objection": QT_TRANSLATE_NOOP("WantPage", "Why you object"),
        "corrections": QT_TRANSLATE_NOOP("WantPage", "What is wrong"),
        "erasure": QT_TRANSLATE_NOOP("WantPage", "Why the data should be deleted"),
        "restriction": QT_TRANSLATE_NOOP("WantPage", "Why the use of the data should be restricted"),
        "complaint": QT_TRANSLATE_NOOP("WantPage", "What went wrong"),
    }

    def build(self) -> None:
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
        self.asks = explanation("")  # filled in on load: what it asks depends on who it goes to
        self.asks.setAccessibleName(self.tr("What your letter asks for"))
        sar.addWidget(self.asks)
        self.educational_record = QCheckBox(self.tr("Also ask for the child's &educational record"))
        self.educational_record.setAccessibleName(self.tr("Also ask for the child's educational record"))
        self.record_hint = explanation(
            self.tr(
                "A parent can ask a maintained school, or a non-maintained special school, for the educational "
                "record. It must answer within {days} school days."
            ).format(days=SCHOOL_RECORD_SCHOOL_DAYS)
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
                self.tr(
                    "Tick what applies. Each ticked reason becomes a sentence in the letter. Tick at least one, "
                    "or write your own reasons."
                )
            )
        )
        box, self.situations = checkbox_choices(self.tr("Your situation"), self._translated(SITUATIONS))
        objection.addWidget(box)
        self.grounds = TextField(self.tr("Your reasons in your own words (optional)"))
        objection_form = new_form()
        add_row(
            objection_form,
            self.tr("Your &reasons (optional)"),
            self.grounds,
            self.tr(
                "Printed as you write it. Say what makes your child's situation different from other pupils'. For "
                "example: a health condition or special need recorded at school; a move to keep someone safe; time "
                "in care or an adoption; an exclusion that could be misread."
            ),
        )
        objection.addLayout(objection_form)
        self._panel_column.addWidget(self.objection_panel)

        self.corrections_panel = QWidget()
        corrections = QVBoxLayout(self.corrections_panel)
        corrections.setContentsMargins(0, 0, 0, 0)
        corrections.addWidget(explanation(self.tr("List each thing that is wrong. Add as many as you need.")))
        self.corrections = corrections_editor()
        corrections.addWidget(self.corrections)
        self._panel_column.addWidget(self.corrections_panel)

        self.erasure_panel = QWidget()
        erasure = QVBoxLayout(self.erasure_panel)
        erasure.setContentsMargins(0, 0, 0, 0)
        box, self.erasure_grounds = checkbox_choices(
            self.tr("Why should the data be deleted? Tick all that apply."), self._translated(ERASURE_GROUNDS)
        )
        erasure.addWidget(box)
        self._panel_column.addWidget(self.erasure_panel)

        self.restriction_panel = QWidget()
        restriction = QVBoxLayout(self.restriction_panel)
        restriction.setContentsMargins(0, 0, 0, 0)
        box, self.restriction_grounds = checkbox_choices(
            self.tr("Why should the use of the data be restricted? Tick all that apply."),
            self._translated(RESTRICTION_GROUNDS),
        )
        restriction.addWidget(box)
        self._panel_column.addWidget(self.restriction_panel)

        self.complaint_panel = QWidget()
        complaint = new_form()
        self.complaint = TextField(self.tr("What went wrong"))
        self.harm = TextField(self.tr("How it affected you or your child (optional)"), rows=3)
        self.complaint_hint = add_row(
            complaint,
            self.tr("What went &wrong"),
            self.complaint,
            self.tr("For example: the answer left out who the data was given to."),
        )
        add_row(complaint, self.tr("How it &affected you (optional)"), self.harm)
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

    def _translated(self, options: tuple[tuple[_Key, str, str], ...]) -> list[tuple[_Key, str, str]]:
        """A table's choices in the screens' language (each marked in this page's context)."""
        return [(key, self.tr(label), self.tr(hint)) for key, label, hint in options]

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
        self.set_why(self.tr(self.WHY[key]))
        self.setTitle(self.tr(self.TITLES[key]))
        draft = self.draft
        asks = [QCoreApplication.translate("Asks", item) for item in letter_asks(letter_kind(draft))]
        self.asks.setText(self.tr("Your letter asks for:") + "\n" + "\n".join(f"✓ {item}" for item in asks))
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
        draft.situations = tuple(key for key, box in self.situations.items() if box.isChecked())
        draft.grounds = self.grounds.text()
        draft.corrections = self.corrections.rows()
        draft.erasure_grounds = tuple(key for key, box in self.erasure_grounds.items() if box.isChecked())
        draft.restriction_grounds = tuple(key for key, box in self.restriction_grounds.items() if box.isChecked())
        draft.complaint = self.complaint.text()
        draft.harm = self.harm.text()
