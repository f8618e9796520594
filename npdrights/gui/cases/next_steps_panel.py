"""'What you can do next': one recommended action from core.next_steps, then the others that are also possible.

Each with its dates, its reason and one button. The recommendation follows the order the ICO expects after a
missed deadline (docs/law.md §2.2): a reminder, a complaint to the organisation, then the ICO.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from npdrights.core.next_steps import Action, ActionKind, NextStep
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.cases.parts import remove_widgets, titled
from npdrights.gui.cases.wording import action_title
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.language_change import follow_language
from npdrights.gui.sentences import on_screen
from npdrights.gui.widgets import explanation

BUTTON_LABELS = {
    ActionKind.SEND_OR_MARK_SENT: QT_TRANSLATE_NOOP("NextStepsPanel", "Mark as sent…"),
    ActionKind.REPLY: QT_TRANSLATE_NOOP("NextStepsPanel", "Record that you replied…"),
    ActionKind.REMINDER: QT_TRANSLATE_NOOP("NextStepsPanel", "Write a reminder…"),
    ActionKind.COMPLAIN_TO_ORGANISATION: QT_TRANSLATE_NOOP("NextStepsPanel", "Write a complaint…"),
    ActionKind.COMPLAIN_TO_ICO: QT_TRANSLATE_NOOP("NextStepsPanel", "Prepare a complaint to the ICO…"),
    ActionKind.ICO_REVIEW: QT_TRANSLATE_NOOP("NextStepsPanel", "Record that you asked for a review…"),
    ActionKind.RECTIFICATION: QT_TRANSLATE_NOOP("NextStepsPanel", "Ask for corrections…"),
    ActionKind.OBJECTION_FOLLOW_UP: QT_TRANSLATE_NOOP("NextStepsPanel", "Write to ask for its grounds…"),
    ActionKind.CLOSE: QT_TRANSLATE_NOOP("NextStepsPanel", "Close the case…"),
}

# Actions that lead to a letter (the follow-up journeys); the others record something in the timeline.
LETTERS = frozenset(
    {
        ActionKind.REMINDER,
        ActionKind.COMPLAIN_TO_ORGANISATION,
        ActionKind.COMPLAIN_TO_ICO,
        ActionKind.RECTIFICATION,
        ActionKind.OBJECTION_FOLLOW_UP,
    }
)


class NextStepsPanel(QWidget):
    chosen = Signal(object)  # ActionKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[ActionKind, QPushButton] = {}
        self.recommended: ActionKind | None = None
        self.empty = explanation("")
        self.rows.addWidget(self.empty)
        self.retranslate()
        follow_language(self, self.retranslate)  # the rows themselves are made again by the case page

    def retranslate(self) -> None:
        self.empty.setText(self.tr("There is nothing for you to do in this case right now."))

    def set_next_step(self, step: NextStep, today: date) -> None:
        """The recommended action first, under 'Recommended', then the rest under 'Also possible'."""
        self.clear()
        self.empty.setVisible(step.recommended is None and not step.also)
        if step.recommended is not None:
            self.rows.addWidget(titled(self.tr("Recommended")))
            self.rows.addWidget(self._row(step.recommended, today, recommended=True))
        if step.also:
            self.rows.addWidget(titled(self.tr("Also possible")))
            for action in step.also:
                self.rows.addWidget(self._row(action, today))

    def when(self, action: Action, today: date) -> str:
        """'From 5 January 2027, until 4 March 2027.' or 'You can do this now.'"""
        opens, expires = action.opens, action.expires
        if expires is None:
            if opens > today:
                return self.tr("From {opens}.").format(opens=screen_long_date(opens))
            return self.tr("You can do this now.")
        if expires < today:
            if opens > today:  # cannot happen (it closes before it opens), but says what the dates are
                return self.tr("From {opens} (its usual time has passed).").format(opens=screen_long_date(opens))
            return self.tr("You can do this now (its usual time has passed).")
        if opens > today:
            return self.tr("From {opens}, until {expires}.").format(
                opens=screen_long_date(opens), expires=screen_long_date(expires)
            )
        return self.tr("You can do this now, until {expires}.").format(expires=screen_long_date(expires))

    def clear(self) -> None:
        remove_widgets(self.rows, keep=1)
        self.buttons.clear()
        self.recommended = None
        self.empty.show()

    def _row(self, action: Action, today: date, *, recommended: bool = False) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        title = action_title(action.kind)
        reason = on_screen("NextSteps", action.reason)  # why it is offered: the rules engine's Sentence
        layout.addWidget(titled(title, self.when(action, today), reason))
        button = QPushButton(self.tr(BUTTON_LABELS[action.kind]))
        button.setAccessibleName(self.tr("Recommended: {action}").format(action=title) if recommended else title)
        button.setAccessibleDescription(reason)
        button.setEnabled(action.is_open(today) or action.kind in (ActionKind.SEND_OR_MARK_SENT, ActionKind.CLOSE))
        button.clicked.connect(lambda _checked=False, kind=action.kind: self.chosen.emit(kind))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons[action.kind] = button
        if recommended:
            self.recommended = action.kind
            frame.setLineWidth(2)  # stands out from the rows below without relying on colour
            button.setDefault(True)
        return frame
