"""Who the letter goes to: the DfE, the Learning Records Service, or a school, trust or council."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel

from npdrights.core.letters import OrganisationType
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import DFE, Journey, OrganisationDraft, Step, Target
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import explanation
from npdrights.gui.wizards.base import JourneyPage
from npdrights.gui.wizards.choices import check_key, checked_key, radio_choices
from npdrights.gui.wizards.fields import LinesField, add_row, line_edit, new_form

ORGANISATION_TYPES = (
    (
        OrganisationType.MAINTAINED_SCHOOL,
        QT_TRANSLATE_NOOP("RecipientPage", "A maintained school (run by the council)"),
    ),
    (
        OrganisationType.NON_MAINTAINED_SPECIAL_SCHOOL,
        QT_TRANSLATE_NOOP("RecipientPage", "A non-maintained special school"),
    ),
    (OrganisationType.ACADEMY, QT_TRANSLATE_NOOP("RecipientPage", "An academy or free school")),
    (OrganisationType.INDEPENDENT_SCHOOL, QT_TRANSLATE_NOOP("RecipientPage", "An independent (private) school")),
    (OrganisationType.ACADEMY_TRUST, QT_TRANSLATE_NOOP("RecipientPage", "An academy trust")),
    (OrganisationType.LOCAL_AUTHORITY, QT_TRANSLATE_NOOP("RecipientPage", "A local authority (council)")),
    (OrganisationType.OTHER, QT_TRANSLATE_NOOP("RecipientPage", "Another organisation")),
)

NEW_ORGANISATION = ""


class RecipientPage(JourneyPage):
    step = Step.RECIPIENT
    title_text = QT_TRANSLATE_NOOP("RecipientPage", "Who does it go to?")
    why_text = QT_TRANSLATE_NOOP(
        "RecipientPage",
        "The Department for Education (DfE) controls the National Pupil Database, so it must answer for it, not "
        "the school. Schools, academy trusts and councils hold their own records and answer for those.",
    )

    def build(self) -> None:
        dfe = self.context.recipients[DFE]
        options = (
            (
                Target.DFE,
                self.tr("The &Department for Education: the National Pupil Database"),
                self.tr(
                    "Everything the DfE holds about the pupil, and who it has given it to. Most people start here."
                ),
            ),
            (
                Target.LRS,
                self.tr("The &Learning Records Service: the learning record"),
                self.tr(
                    "Qualifications and courses from age 14, found by the Unique Learner Number. The letter goes to "
                    "the DfE, which runs the service."
                ),
            ),
            (
                Target.ORGANISATION,
                self.tr("A &school, academy trust, council or other organisation"),
                self.tr("What it holds in its own records."),
            ),
        )
        box, self.target_group, self.targets = radio_choices(self, self.tr("Send it to"), options)
        self.body.addWidget(box)
        self.warning = QLabel(f"⚠ {on_screen('AddressCheck', dfe.warning())}" if dfe.warning() else "")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        self.warning.setAccessibleName(self.tr("Check the address"))
        self.body.addWidget(self.warning)
        address = ", ".join((*dfe.address, dfe.postcode))
        self.dfe_address = explanation(self.tr("Address used: {address}").format(address=address))
        self.body.addWidget(self.dfe_address)

        self.organisation_box = QGroupBox(self.tr("The organisation"))
        form = new_form()
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved organisations"))
        self.saved.addItem(self.tr("A new organisation"), NEW_ORGANISATION)
        for organisation in sorted(self.context.organisations, key=lambda o: o.name.casefold()):
            if organisation.id != DFE:
                self.saved.addItem(organisation.name, organisation.id)
        self.name = line_edit(self.tr("Organisation's name"))
        self.address = LinesField(self.tr("Organisation's address"), rows=4)
        self.postcode = line_edit(self.tr("Organisation's postcode"))
        self.email = line_edit(self.tr("Organisation's email (optional)"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("What kind of organisation"))
        for kind, label in ORGANISATION_TYPES:
            self.type.addItem(self.tr(label), kind)
        self.saved_label = add_row(form, self.tr("Sa&ved"), self.saved)
        add_row(
            form,
            self.tr("Na&me"),
            self.name,
            self.tr("For example: Exampleton Primary School, or Exampleshire County Council."),
        )
        add_row(form, self.tr("&Address"), self.address, self.tr("One line for each part, without the postcode."))
        add_row(form, self.tr("Post&code"), self.postcode)
        add_row(form, self.tr("&Email (optional)"), self.email)
        add_row(
            form,
            self.tr("&Kind"),
            self.type,
            self.tr("A maintained school must also show a parent the educational record."),
        )
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
        check_key(self.targets, self.draft.target)
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
        chosen = checked_key(self.targets)
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
