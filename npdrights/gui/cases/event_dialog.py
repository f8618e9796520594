"""Recording what happened in a case: a date, and only the other details that kind of event needs.

`EventFields` is the form itself, so other screens can embed it (the guided journeys' Finish page reuses it
for "Mark as sent"); `EventDialog.ask(...)` wraps it in a dialog and returns the event, or None if cancelled.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.event_forms import MAX_EXTENSION_MONTHS, NEEDS, RECORDABLE
from npdrights.core.model import CaseEvent, EventKind, PostMethod
from npdrights.gui.cases.wording import event_title
from npdrights.gui.screen_language import standard_buttons
from npdrights.gui.text_limits import limit_line, limit_text
from npdrights.gui.widgets import MessageLabel, explanation, post_method_combo, without_shortcut
from npdrights.gui.wizards.fields import DateField

# Checks a finished event against the case (the rules engine): the reason it can't be saved, or None.
Validator = Callable[[CaseEvent], "str | None"]


def date_field(accessible_name: str, today: date) -> DateField:
    """The wizard's date entry (day, month and year typed in three boxes), starting at today."""
    field = DateField(accessible_name)
    field.set_value(today)
    return field


def date_problem(label: str, field: DateField, today: date) -> str:
    """Why a typed date is refused, in plain words (in the screens' language), or ''."""
    if field.is_empty():
        return QCoreApplication.translate("EventFields", "{field}: type the day, month and year.").format(field=label)
    if field.problem():
        return QCoreApplication.translate("EventFields", "{field}: {problem}.").format(
            field=label, problem=field.problem()
        )
    value = field.value()
    if value is not None and value > today:
        return QCoreApplication.translate(
            "EventFields", "{field}: that date is in the future. Only record things that have happened."
        ).format(field=label)
    return ""


def _row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    label.setWordWrap(True)
    form.addRow(label, field)
    return label


class EventFields(QWidget):
    """The fields for one kind of event. Call `make_event(case_id)` once `problem()` is empty."""

    changed = Signal()

    def __init__(
        self,
        kind: EventKind,
        today: date,
        *,
        body: str = "the organisation",
        existing: CaseEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.today = today
        self.existing = existing
        needs = NEEDS[kind]
        form = QFormLayout(self)
        self.on = date_field(self.tr("Date"), today)
        _row(form, self.tr("&Date"), self.on)
        self.method: QComboBox | None = None
        self.reference: QLineEdit | None = None
        self.delivered: QCheckBox | None = None
        self.delivered_on: DateField | None = None
        self.months: QSpinBox | None = None
        self.note: QPlainTextEdit | None = None
        if needs.method:
            self.method = post_method_combo(self.tr("How you sent it"))
            _row(form, self.tr("&How you sent it"), self.method)
            self.method.currentIndexChanged.connect(self._method_changed)
        if needs.reference:
            self.reference = QLineEdit()
            self.reference.setAccessibleName(self._without_optional(needs.reference))
            _row(form, "&" + self.tr(needs.reference), self.reference)
            self.reference.textChanged.connect(self.changed)
        if needs.delivered:
            self.delivered = QCheckBox(self.tr("I know the day it &arrived"))
            self.delivered.setAccessibleName(without_shortcut(self.delivered.text()))
            self.delivered_on = date_field(self.tr("Day it arrived"), today)
            self.delivered_on.setEnabled(False)
            form.addRow(self.delivered)
            _row(form, self.tr("Day it a&rrived"), self.delivered_on)
            self.delivered.toggled.connect(self.delivered_on.setEnabled)
            self.delivered.toggled.connect(self.changed)
            self.delivered_on.changed.connect(self.changed)
        if needs.months:
            self.months = QSpinBox()
            self.months.setRange(1, 12)
            self.months.setValue(MAX_EXTENSION_MONTHS)
            self.months.setSuffix(self.tr(" more months"))
            self.months.setAccessibleName(self.tr("How much more time it said it needs, in months"))
            _row(form, self.tr("How much more &time it said it needs"), self.months)
            self.months.valueChanged.connect(self.changed)
        if needs.note:
            self.note = QPlainTextEdit()
            self.note.setTabChangesFocus(True)
            self.note.setAccessibleName(self._without_optional(needs.note))
            self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
            _row(form, "&" + self.tr(needs.note), self.note)
        self.on.changed.connect(self.changed)
        if existing is not None:
            self._fill(existing)

    def _without_optional(self, label: str) -> str:
        """A field's name for a screen reader: its label without "(optional)", which the label shows."""
        return self.tr(label).removesuffix(self.tr(" (optional)"))

    def _fill(self, event: CaseEvent) -> None:
        self.on.set_value(event.on)
        if self.method is not None and event.post_method is not None:
            self.method.setCurrentIndex(self.method.findData(event.post_method))
        if self.reference is not None:
            self.reference.setText(event.reference)
        if self.delivered is not None and self.delivered_on is not None and event.delivered_on is not None:
            self.delivered.setChecked(True)
            self.delivered_on.set_value(event.delivered_on)
        if self.months is not None and event.extension_months is not None:
            self.months.setValue(event.extension_months)
        if self.note is not None:
            self.note.setPlainText(event.note)

    def _method_changed(self) -> None:
        # Email arrives the day it is sent: there is no delivery day or proof of posting to ask about.
        by_post = self.post_method() is not PostMethod.EMAIL
        for widget in (self.delivered, self.delivered_on):
            if widget is not None:
                widget.setVisible(by_post)
        self.changed.emit()

    def post_method(self) -> PostMethod | None:
        return self.method.currentData() if self.method is not None else None

    def problem(self) -> str:
        """What to fix before saving, in plain words, or ''."""
        needs = NEEDS[self.kind]
        problem = date_problem(self.tr("Date"), self.on, self.today)
        if problem:
            return problem
        if self.delivered is not None and self.delivered_on is not None and self.delivered.isChecked():
            problem = date_problem(self.tr("Day it arrived"), self.delivered_on, self.today)
            if problem and self.post_method() is not PostMethod.EMAIL:
                return problem
        if needs.required_reference and self.reference is not None and not self.reference.text().strip():
            field = self.tr(needs.reference)
            return self.tr("Type {field}.").format(field=field[:1].lower() + field[1:])
        delivered = self.delivered_day()
        if delivered is not None and delivered < self.sent_day():
            return self.tr("The day it arrived can't be before the day you sent it. Check both dates.")
        return ""

    def delivered_day(self) -> date | None:
        """The day it arrived, if the user knows it (never for email, which arrives the day it is sent)."""
        if self.delivered is None or self.delivered_on is None or not self.delivered.isChecked():
            return None
        return self.delivered_on.value() if self.post_method() is not PostMethod.EMAIL else None

    def sent_day(self) -> date:
        """The event's date; only once `problem()` is empty is it certain to be a real date."""
        return self.on.value() or self.today

    def warning(self) -> str:
        if self.months is not None and self.months.value() > MAX_EXTENSION_MONTHS:
            return self.tr(
                "The law allows at most {months} more months. The app still counts three months from the start, and "
                "you can say so in a complaint."
            ).format(months=MAX_EXTENSION_MONTHS)
        return ""

    def make_event(self, case_id: str) -> CaseEvent:
        return CaseEvent(
            id=self.existing.id if self.existing is not None else uuid.uuid4().hex,
            case_id=case_id,
            kind=self.kind,
            on=self.sent_day(),
            reference=self.reference.text().strip() if self.reference is not None else "",
            note=self.note.toPlainText().strip() if self.note is not None else "",
            post_method=self.post_method(),
            delivered_on=self.delivered_day(),
            extension_months=self.months.value() if self.months is not None else None,
            check=self.existing.check if self.existing is not None else None,
        )


class EventDialog(QDialog):
    """Add or edit one event. Without a kind, it first asks what happened."""

    def __init__(
        self,
        case_id: str,
        today: date,
        *,
        body: str,
        kind: EventKind | None = None,
        existing: CaseEvent | None = None,
        validate: Validator | None = None,
        choices: Sequence[EventKind] = RECORDABLE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.today = today
        self.body = body
        self.validate = validate
        self.setWindowTitle(self.tr("Change what happened") if existing else self.tr("Record what happened"))
        self.layout_ = QVBoxLayout(self)
        self.kind: QComboBox | None = None
        if existing is None and kind is None:
            chooser = QFormLayout()
            self.kind = QComboBox()
            for choice in choices or RECORDABLE:
                self.kind.addItem(event_title(choice, body), choice)
            self.kind.setAccessibleName(self.tr("What happened"))
            _row(chooser, self.tr("&What happened"), self.kind)
            self.layout_.addLayout(chooser)
            self.kind.currentIndexChanged.connect(self._kind_changed)
        chosen = existing.kind if existing is not None else kind or (choices or RECORDABLE)[0]
        if existing is not None or kind is not None:
            self.layout_.addWidget(explanation(self.tr("{event}.").format(event=event_title(chosen, body))))
        self.fields = EventFields(chosen, today, body=body, existing=existing)
        self.layout_.addWidget(self.fields)
        self.message = MessageLabel()
        self.layout_.addWidget(self.message)
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self._connect_fields()
        self.result_event: CaseEvent | None = None

    def _connect_fields(self) -> None:
        self.fields.changed.connect(self._show_warning)
        # A reference or a note stops at the length a backup may hold (core/limits.py, issue 11 item 14).
        if self.fields.reference is not None:
            limit_line(self.fields.reference, "reference", self.tr("A reference"), self.message)
        if self.fields.note is not None:
            limit_text(self.fields.note, "note", self.tr("A note"), self.message)
        self._show_warning()

    def _kind_changed(self) -> None:
        assert self.kind is not None
        old = self.fields
        self.fields = EventFields(self.kind.currentData(), self.today, body=self.body)
        self.layout_.replaceWidget(old, self.fields)
        old.deleteLater()
        self._connect_fields()

    def _show_warning(self) -> None:
        warning = self.fields.warning()
        if warning:
            self.message.show_message(warning, "info")
        else:
            self.message.clear_message()

    def refuse(self, reason: str) -> None:
        """Show why the event can't be saved (the rules engine's reason), keeping what was typed."""
        self.message.show_message(reason)

    def _save(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.refuse(problem)
            return
        event = self.fields.make_event(self.case_id)
        reason = self.validate(event) if self.validate is not None else None
        if reason:
            self.refuse(reason)
            return
        self.result_event = event
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        case_id: str,
        today: date,
        *,
        body: str,
        kind: EventKind | None = None,
        existing: CaseEvent | None = None,
        validate: Validator | None = None,
        choices: Sequence[EventKind] = RECORDABLE,
    ) -> CaseEvent | None:
        dialog = cls(
            case_id, today, body=body, kind=kind, existing=existing, validate=validate, choices=choices, parent=parent
        )
        return dialog.result_event if dialog.exec() == QDialog.DialogCode.Accepted else None
