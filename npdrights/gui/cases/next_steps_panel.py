"""'What you can do next': one recommended action from core.next_steps, then the others that are also possible.

Each with its dates, its reason and one button. The recommendation follows the order the ICO expects after a
missed deadline (docs/law.md §2.2): a reminder, a complaint to the organisation, then the ICO.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from npdrights.core.next_steps import Action, ActionKind, NextStep
from npdrights.gui.cases.parts import remove_widgets, titled
from npdrights.gui.i18n import screen_long_date
from npdrights.gui.widgets import explanation

BUTTON_LABELS = {
    ActionKind.SEND_OR_MARK_SENT: "Mark as sent…",
    ActionKind.REPLY: "Record that you replied…",
    ActionKind.REMINDER: "Write a reminder…",
    ActionKind.COMPLAIN_TO_ORGANISATION: "Write a complaint…",
    ActionKind.COMPLAIN_TO_ICO: "Prepare a complaint to the ICO…",
    ActionKind.ICO_REVIEW: "Record that you asked for a review…",
    ActionKind.RECTIFICATION: "Ask for corrections…",
    ActionKind.OBJECTION_FOLLOW_UP: "Write to ask for its grounds…",
    ActionKind.CLOSE: "Close the case…",
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


def when(action: Action, today: date) -> str:
    text = f"From {screen_long_date(action.opens)}" if action.opens > today else "You can do this now"
    if action.expires is not None:
        expired = action.expires < today
        text += " (its usual time has passed)" if expired else f", until {screen_long_date(action.expires)}"
    return text + "."


class NextStepsPanel(QWidget):
    chosen = Signal(object)  # ActionKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[ActionKind, QPushButton] = {}
        self.recommended: ActionKind | None = None
        self.empty = explanation("There is nothing for you to do in this case right now.")
        self.rows.addWidget(self.empty)

    def set_next_step(self, step: NextStep, today: date) -> None:
        """The recommended action first, under 'Recommended', then the rest under 'Also possible'."""
        self.clear()
        self.empty.setVisible(step.recommended is None and not step.also)
        if step.recommended is not None:
            self.rows.addWidget(titled("Recommended"))
            self.rows.addWidget(self._row(step.recommended, today, recommended=True))
        if step.also:
            self.rows.addWidget(titled("Also possible"))
            for action in step.also:
                self.rows.addWidget(self._row(action, today))

    def clear(self) -> None:
        remove_widgets(self.rows, keep=1)
        self.buttons.clear()
        self.recommended = None
        self.empty.show()

    def _row(self, action: Action, today: date, *, recommended: bool = False) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(titled(action.kind.title, when(action, today), action.reason))
        button = QPushButton(BUTTON_LABELS[action.kind])
        button.setAccessibleName(f"Recommended: {action.kind.title}" if recommended else action.kind.title)
        button.setAccessibleDescription(action.reason)
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
