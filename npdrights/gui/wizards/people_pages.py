"""The pages about people: who is asking, who the letter is about (siblings allowed), and whose agreement."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.letters.answers import Pronoun
from npdrights.core.model import Address, Person, Relationship
from npdrights.core.requesters import GUIDE_AGE, PUPIL_SIGNS, advise, age_on
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.answers import asker, forms_to_enclose
from npdrights.core.wizard_flow.draft import PupilDraft, Step
from npdrights.core.wizard_flow.prefill import pupil_from_person
from npdrights.gui.i18n import screen_date
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import explanation, heading, without_shortcut
from npdrights.gui.wizards.base import JourneyPage
from npdrights.gui.wizards.fields import (
    DateField,
    HelpToggle,
    LinesField,
    add_row,
    horizontal,
    line_edit,
    new_form,
    schools_editor,
)

# The child's details (PersonForm) are translated where shown; these are marked in its context (issue 18).
UPN_HELP = QT_TRANSLATE_NOOP(
    "PersonForm",
    "The Unique Pupil Number (UPN) is a 13-character code every state school in England gives each pupil, for "
    "example B801200005001. It is on some school reports and letters about exams or admissions; the school office "
    "can tell you it. Leave it blank if you don't know it: the DfE can search by name, date of birth and school.",
)
ULN_HELP = QT_TRANSLATE_NOOP(
    "PersonForm",
    "The Unique Learner Number (ULN) is a 10-digit number given to anyone aged 14 or over in education or training. "
    "It is on exam certificates and on a Personal Learning Record. Leave it blank if you don't know it.",
)
FORMER_NAMES_HELP = QT_TRANSLATE_NOOP(
    "PersonForm", "Any other name the school records may use: an earlier surname, or a different spelling."
)
PAST_ADDRESSES_HELP = QT_TRANSLATE_NOOP(
    "PersonForm", "One address per line, with commas between the parts, for example: 3 Old Lane, Exampleton, EX2 3CD"
)

_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)


def _address_from_line(line: str) -> Address:
    parts = tuple(part.strip() for part in line.split(",") if part.strip())
    if parts and _POSTCODE.match(parts[-1]):
        return Address(parts[:-1], parts[-1].upper())
    return Address(parts)


def _address_line(address: Address) -> str:
    return ", ".join(address.as_lines())


class SavedPeople(QWidget):
    """ "Use details you saved before": a list of people in the vault and a button to use one."""

    chosen = Signal(object)  # a Person

    def __init__(self, people: list[Person], label: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = sorted(people, key=lambda person: person.full_name.casefold())
        self.combo = QComboBox()
        self.combo.setAccessibleName(label)
        for person in self.people:
            born = (
                self.tr(" (born {date})").format(date=screen_date(person.date_of_birth)) if person.date_of_birth else ""
            )
            self.combo.addItem(f"{person.full_name}{born}", person.id)
        self.use_button = QPushButton(button)
        self.use_button.setAccessibleName(f"{without_shortcut(label)}: {without_shortcut(button)}")
        self.use_button.clicked.connect(self._use)
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, label, horizontal(self.combo, self.use_button))
        self.setLayout(form)
        self.setVisible(bool(self.people))

    def _use(self) -> None:
        index = self.combo.currentIndex()
        if index >= 0:
            self.chosen.emit(self.people[index])


class WhoAskingPage(JourneyPage):
    step = Step.WHO_ASKING
    title_text = QT_TRANSLATE_NOOP("WhoAskingPage", "Who is asking?")
    why_text = QT_TRANSLATE_NOOP(
        "WhoAskingPage",
        "The letter is written in your words and signed by you, so the organisation knows who is asking and where "
        "to send the answer. A parent or adviser also needs to say how they are connected to the child.",
    )

    CHOICES = (
        (
            Relationship.SELF,
            QT_TRANSLATE_NOOP("WhoAskingPage", "I'm asking about &myself"),
            QT_TRANSLATE_NOOP("WhoAskingPage", "You went to school in England, and want your own records."),
        ),
        (
            Relationship.PARENT,
            QT_TRANSLATE_NOOP("WhoAskingPage", "I'm a &parent or carer"),
            QT_TRANSLATE_NOOP("WhoAskingPage", "You're asking for your child, or for several children."),
        ),
        (
            Relationship.ADVISER,
            QT_TRANSLATE_NOOP("WhoAskingPage", "I'm an ad&viser helping a family"),
            QT_TRANSLATE_NOOP("WhoAskingPage", "You work for a charity or service, with a signed authority."),
        ),
    )

    def build(self) -> None:
        self.choice = QButtonGroup(self)
        choices = QGroupBox(self.tr("Who is asking"))
        column = QVBoxLayout(choices)
        self.buttons: dict[Relationship, QRadioButton] = {}
        for relationship, english_label, english_hint in self.CHOICES:
            label, hint = self.tr(english_label), self.tr(english_hint)
            button = QRadioButton(label)
            button.setAccessibleName(without_shortcut(label))
            button.setAccessibleDescription(hint)
            self.choice.addButton(button)
            self.buttons[relationship] = button
            column.addWidget(button)
            column.addWidget(explanation(hint))
        self.carer = QCheckBox(self.tr("I'm the child's carer, not their paren&t"))
        self.carer.setAccessibleName(without_shortcut(self.carer.text()))
        # It shows only for a parent or carer; its room is kept meanwhile, so nothing moves under the mouse.
        keep_room = self.carer.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.carer.setSizePolicy(keep_room)
        column.addWidget(self.carer)
        self.body.addWidget(choices)

        self.saved = SavedPeople(self.context.people, self.tr("Saved &details"), self.tr("&Use these details"))
        self.saved.chosen.connect(self._use_person)
        self.body.addWidget(self.saved)
        form = self.form = new_form()
        self.name = line_edit(self.tr("Your full name"))
        self.address = LinesField(self.tr("Your address"), rows=3)
        self.postcode = line_edit(self.tr("Postcode"))
        self.email = line_edit(self.tr("Your email address (optional)"))
        self.phone = line_edit(self.tr("Your phone number (optional)"))
        self.organisation = line_edit(self.tr("Your organisation"))
        add_row(form, self.tr("Your &full name"), self.name)
        add_row(form, self.tr("Your &address"), self.address, self.tr("One line for each part, without the postcode."))
        add_row(form, self.tr("Post&code"), self.postcode)
        add_row(form, self.tr("&Email (optional)"), self.email, self.tr("Only if you want the answer by email."))
        add_row(form, self.tr("P&hone (optional)"), self.phone)
        self.organisation_label = add_row(
            form, self.tr("Your &organisation"), self.organisation, self.tr("The charity or service.")
        )
        self.body.addLayout(form)
        self.add_why()
        self.choice.buttonToggled.connect(lambda *_: self.changed())
        self.carer.toggled.connect(lambda *_: self.changed())
        for edit in (self.name, self.postcode, self.email, self.phone, self.organisation):
            edit.textChanged.connect(self.changed)
        self.address.changed.connect(self.changed)

    def _use_person(self, person: Person) -> None:
        self.draft.requester.person_id = person.id
        self.draft.requester.household_id = person.household_id
        self.name.setText(person.full_name)
        if person.address:
            self.address.set_lines(person.address.lines)
            self.postcode.setText(person.address.postcode)
        self.email.setText(person.email)

    def load(self) -> None:
        requester = self.draft.requester
        relationship = requester.relationship
        key = Relationship.PARENT if relationship is Relationship.CARER else relationship
        if key in self.buttons:
            self.buttons[key].setChecked(True)
        self.carer.setChecked(relationship is Relationship.CARER)
        self.name.setText(requester.name)
        self.address.set_lines(requester.address)
        self.postcode.setText(requester.postcode)
        self.email.setText(requester.email)
        self.phone.setText(requester.phone)
        self.organisation.setText(requester.organisation)

    def store(self) -> None:
        requester = self.draft.requester
        chosen = next((key for key, button in self.buttons.items() if button.isChecked()), None)
        if chosen is Relationship.PARENT and self.carer.isChecked():
            chosen = Relationship.CARER
        requester.relationship = chosen
        self.carer.setVisible(chosen in (Relationship.PARENT, Relationship.CARER))
        adviser = chosen is Relationship.ADVISER
        self.form.setRowVisible(self.organisation_label, adviser)
        requester.name = self.name.text().strip()
        requester.address = self.address.lines()
        requester.postcode = self.postcode.text().strip().upper()
        requester.email = self.email.text().strip()
        requester.phone = self.phone.text().strip()
        requester.organisation = self.organisation.text().strip()


# The letters are in English, so a translation keeps the English word beside its own: "he (on)".
PRONOUNS = (
    (QT_TRANSLATE_NOOP("PersonForm", "By their first name"), None),
    (QT_TRANSLATE_NOOP("PersonForm", "he"), Pronoun.HE),
    (QT_TRANSLATE_NOOP("PersonForm", "she"), Pronoun.SHE),
    (QT_TRANSLATE_NOOP("PersonForm", "they"), Pronoun.THEY),
)


class PersonForm(QWidget):
    """The details that help an organisation find a pupil's records. Only the name and date of birth are needed."""

    changed = Signal()

    def __init__(self, *, with_name: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = new_form()
        self.name = line_edit(self.tr("Full name"))
        self.former_names = LinesField(self.tr("Former names (optional)"), rows=2)
        self.born = DateField(self.tr("Date of birth"))
        self.upn = line_edit(self.tr("Unique Pupil Number, UPN (optional)"))
        self.former_upns = LinesField(self.tr("Former UPNs (optional)"), rows=2)
        self.uln = line_edit(self.tr("Unique Learner Number, ULN (optional)"))
        self.schools = schools_editor()
        self.past_addresses = LinesField(self.tr("Past addresses (optional)"), rows=2)
        # Which word the letters use for the child after naming them (issue 10): the name unless chosen.
        self.pronoun = QComboBox()
        for label, value in PRONOUNS:
            self.pronoun.addItem(self.tr(label), value)
        self.pronoun.setAccessibleName(self.tr("In the letter, call the child"))
        if with_name:
            add_row(form, self.tr("&Full name"), self.name, self.tr("As the school would have it."))
        add_row(form, self.tr("F&ormer names (optional)"), self.former_names, self.tr(FORMER_NAMES_HELP))
        add_row(form, self.tr("&Date of birth"), self.born, self.tr("For example 4 5 2013."))
        add_row(form, self.tr("&UPN (optional)"), self.upn)
        form.addRow("", HelpToggle(self.tr("Where do I find the UPN?"), self.tr(UPN_HELP)))
        add_row(
            form,
            self.tr("Former UPN&s (optional)"),
            self.former_upns,
            self.tr("One per line, if the pupil had another."),
        )
        add_row(form, self.tr("U&LN (optional)"), self.uln)
        form.addRow("", HelpToggle(self.tr("Where do I find the ULN?"), self.tr(ULN_HELP)))
        add_row(form, self.tr("Pas&t addresses (optional)"), self.past_addresses, self.tr(PAST_ADDRESSES_HELP))
        if with_name:
            add_row(
                form,
                self.tr("In the letter, call the&m"),
                self.pronoun,
                self.tr(
                    "After the first mention the letter uses their first name, or he, she or they if you choose one."
                ),
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Schools attended (optional)"), level=2))
        layout.addWidget(
            explanation(self.tr("Schools help the organisation find every record. Add the ones you know."))
        )
        layout.addWidget(self.schools)
        self.name.setVisible(with_name)
        for edit in (self.name, self.upn, self.uln):
            edit.textChanged.connect(self.changed)
        self.pronoun.currentIndexChanged.connect(lambda *_: self.changed.emit())
        for field in (self.former_names, self.born, self.former_upns, self.schools, self.past_addresses):
            field.changed.connect(self.changed)
        self.setFocusProxy(self.name if with_name else self.former_names)

    def load(self, pupil: PupilDraft) -> None:
        self.name.setText(pupil.name)
        self.former_names.set_lines(pupil.former_names)
        self.born.set_value(pupil.date_of_birth)
        self.upn.setText(pupil.upn)
        self.former_upns.set_lines(pupil.former_upns)
        self.uln.setText(pupil.uln)
        self.schools.set_rows(pupil.schools)
        self.past_addresses.set_lines([_address_line(address) for address in pupil.past_addresses])
        self.pronoun.setCurrentIndex(max(0, self.pronoun.findData(pupil.pronoun)))

    def store(self, pupil: PupilDraft) -> PupilDraft:
        return replace(
            pupil,
            name=self.name.text().strip(),
            former_names=self.former_names.lines(),
            date_of_birth=self.born.value(),
            upn=self.upn.text().strip(),
            former_upns=self.former_upns.lines(),
            uln=self.uln.text().strip(),
            schools=self.schools.rows(),
            past_addresses=tuple(_address_from_line(line) for line in self.past_addresses.lines()),
            pronoun=self.pronoun.currentData(),
        )


class AboutPage(JourneyPage):
    step = Step.ABOUT
    title_text = QT_TRANSLATE_NOOP("AboutPage", "Who is it about?")
    why_text = QT_TRANSLATE_NOOP(
        "AboutPage",
        "Organisations find records by name and date of birth. Former names, pupil numbers and schools help them "
        "find every record, so nothing is missed. For brothers and sisters, add each child: each gets their own "
        "letter and their own case, printed together.",
    )

    def build(self) -> None:
        self.intro = explanation("")
        self.body.addWidget(self.intro)
        children = [person for person in self.context.people if person.date_of_birth is not None]
        self.saved = SavedPeople(children, self.tr("Saved &people"), self.tr("Add this &child"))
        self.saved.chosen.connect(self._add_saved)
        self.body.addWidget(self.saved)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Children in this request"))
        self.tabs.setDocumentMode(True)
        self.body.addWidget(self.tabs)
        self.add_button = QPushButton(self.tr("&Add another child"))
        self.add_button.setAccessibleName(without_shortcut(self.add_button.text()))
        self.add_button.clicked.connect(self.add_child)
        self.remove_button = QPushButton(self.tr("&Remove this child"))
        self.remove_button.setAccessibleName(without_shortcut(self.remove_button.text()))
        self.remove_button.clicked.connect(self._remove_current)
        self.body.addWidget(horizontal(self.add_button, self.remove_button))
        self.add_why()
        self.forms: list[PersonForm] = []

    def _make_form(self, pupil: PupilDraft) -> PersonForm:
        form = PersonForm(with_name=not self.draft.is_self)
        form.load(pupil)
        form.changed.connect(self.changed)
        form.name.textChanged.connect(self._retitle)
        return form

    def load(self) -> None:
        for form in self.forms:  # the tabs only let go of them: they held the children's details, made again below
            form.deleteLater()
        self.tabs.clear()
        self.forms = []
        if not self.draft.pupils:
            self.draft.pupils.append(PupilDraft())
        for pupil in self.draft.pupils:
            form = self._make_form(pupil)
            self.forms.append(form)
            self.tabs.addTab(form, "")
        self._retitle()
        is_self = self.draft.is_self
        self.setTitle(self.tr("About you") if is_self else self.tr(self.title_text))
        self.intro.setText(
            self.tr("Tell us what the school records may say about you.")
            if is_self
            else self.tr(
                "Tell us about the child the letter is about. If you're asking for brothers and sisters too, add "
                "each of them: they get a letter each."
            )
        )
        for widget in (self.add_button, self.remove_button, self.saved):
            widget.setVisible(not is_self and (widget is not self.saved or bool(self.saved.people)))
        self.tabs.tabBar().setVisible(not is_self)

    def _retitle(self) -> None:
        for index, form in enumerate(self.forms):
            name = form.name.text().strip() or self.tr("New child")
            self.tabs.setTabText(index, f"{index + 1}: {name}" if len(self.forms) > 1 else name)
        self.remove_button.setEnabled(len(self.forms) > 1)

    def add_child(self, pupil: PupilDraft | None = None) -> None:
        self.store()
        self.draft.pupils.append(pupil if isinstance(pupil, PupilDraft) else PupilDraft())
        form = self._make_form(self.draft.pupils[-1])
        self.forms.append(form)
        self.tabs.addTab(form, "")
        self.tabs.setCurrentWidget(form)
        self._retitle()
        form.setFocus()
        self.changed()

    def _add_saved(self, person: Person) -> None:
        pupil = pupil_from_person(person)
        if any(existing.person_id == person.id for existing in self.draft.pupils):
            return
        current = self.forms[-1].store(PupilDraft()) if self.forms else None
        if current is not None and current == PupilDraft() and not self.draft.pupils[-1].person_id:
            self.draft.pupils[-1] = pupil  # the empty first child becomes the saved one
            self.forms[-1].load(pupil)
            self._retitle()
            self.changed()
            return
        self.add_child(pupil)

    def _remove_current(self) -> None:
        index = self.tabs.currentIndex()
        if len(self.forms) < 2 or index < 0:
            return
        self.store()
        del self.draft.pupils[index]
        self.forms.pop(index)
        self.tabs.removeTab(index)
        self._retitle()
        self.changed()

    def store(self) -> None:
        self.draft.pupils[:] = [form.store(pupil) for form, pupil in zip(self.forms, self.draft.pupils, strict=True)]

    def field_problems(self) -> list[str]:
        found = []
        for index, form in enumerate(self.forms):
            if form.born.problem():
                label = self.tr("Date of birth")
                found.append(self.describe(f"pupils[{index}]", f"{label}: {form.born.problem()}"))
        return found

    def describe(self, path: str, text: str) -> str:
        match = re.match(r"pupils\[(\d+)\]", path)
        if match is None or len(self.forms) < 2:
            return text
        index = int(match.group(1))
        name = self.draft.pupils[index].name or self.tr("Child {number}").format(number=index + 1)
        return f"{name}: {text}"


class ConsentPage(JourneyPage):
    step = Step.CONSENT
    title_text = QT_TRANSLATE_NOOP("ConsentPage", "Who signs, and what goes in the envelope")
    why_text = QT_TRANSLATE_NOOP(
        "ConsentPage",
        "The rights belong to the child. The law has no fixed age in England, but the ICO (the regulator) says "
        "around 12 is a reasonable guide to when a child can decide for themselves. npdrights gives advice: it "
        "never stops you sending a letter.",
    )

    def build(self) -> None:
        self.holder = QVBoxLayout()
        self.body.addLayout(self.holder)
        self.agree: list[QCheckBox] = []
        self.add_why()

    def load(self) -> None:
        while self.holder.count():
            item = self.holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.agree = []
        family = self.draft.requester.relationship in (Relationship.PARENT, Relationship.CARER)
        for index, pupil in enumerate(self.draft.pupils):
            child = pupil.name or self.tr("Child {number}").format(number=index + 1)
            box = QGroupBox(self.tr("You") if self.draft.is_self else child)
            column = QVBoxLayout(box)
            checkbox = QCheckBox()
            if family and pupil.date_of_birth is not None:
                age = age_on(pupil.date_of_birth, self.draft.today)
                first = pupil.name.split()[0] if pupil.name.split() else self.tr("Your child")
                checkbox.setText(
                    self.tr("{name} agrees to me asking, and will sign the authority form").format(name=first)
                )
                checkbox.setAccessibleName(checkbox.text())
                checkbox.setChecked(pupil.authority if pupil.authority is not None else age >= GUIDE_AGE)
                checkbox.toggled.connect(lambda on, i=index: self._agree(i, on))
                column.addWidget(checkbox)
            self.agree.append(checkbox)
            self.holder.addWidget(box)
            self._fill_advice(index, column)

    def _fill_advice(self, index: int, column: QVBoxLayout) -> None:
        who = asker(self.draft, index)
        if who is None:
            return
        advice = advise(who, letter_date=self.draft.today, born=self.draft.pupils[index].date_of_birth)
        box = column.parentWidget()
        assert box is not None  # each child's column is laid out in its own box
        old = box.findChild(QWidget, "advice")
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        holder = QWidget()
        holder.setObjectName("advice")
        lines = QVBoxLayout(holder)
        lines.setContentsMargins(0, 0, 0, 0)
        for caution in advice.cautions:
            label = explanation("⚠ " + on_screen("Advice", caution))
            label.setStyleSheet("font-weight: bold;")
            lines.addWidget(label)
        for sentence in advice.advice:
            lines.addWidget(explanation(on_screen("Advice", sentence)))
        lines.addWidget(explanation(self._in_the_envelope(index, advice.authority_signed_by)))
        column.addWidget(holder)

    def _in_the_envelope(self, index: int, signer: str) -> str:
        """What goes in the envelope with this child's letter, and what the tick-box changes about it."""
        pupil = self.draft.pupils[index]
        first = pupil.name.split()[0] if pupil.name.split() else self.tr("your child")
        forms = forms_to_enclose(self.draft, index)
        family = self.draft.requester.relationship in (Relationship.PARENT, Relationship.CARER)
        if forms:
            signed_by = first if signer in ("", PUPIL_SIGNS) else on_screen("Signers", signer)
            now = self.tr("In the envelope: the letter and the authority form, signed by {signer}.").format(
                signer=signed_by
            )
        else:
            now = self.tr("In the envelope: the letter only.")
        if not family or pupil.date_of_birth is None:
            return now
        if forms:
            then = self.tr("If {name} doesn't agree, untick the box above: then only the letter goes.")
        else:
            then = self.tr("If {name} agrees, tick the box above: then the authority form for {name} to sign goes too.")
        return f"{now} {then.format(name=first)}"

    def _agree(self, index: int, agreed: bool) -> None:
        self.draft.pupils[index].authority = agreed
        box = self.agree[index].parentWidget()
        assert box is not None  # the tick box sits in its child's box
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        self._fill_advice(index, layout)
        self.changed()
