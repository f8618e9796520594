"""Undo and redo for a case's events: one undo stack per case, so Undo always acts on the case on screen.

A change is checked by the rules engine before it is pushed, so every state a command moves between was valid.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from npdrights.core.model import CaseEvent
from npdrights.gui.cases.store import CaseStore
from npdrights.gui.cases.wording import event_title


class ChangeEvent(QUndoCommand):
    """Moves one event between `before` and `after`; None on either side means it doesn't exist there."""

    def __init__(self, store: CaseStore, before: CaseEvent | None, after: CaseEvent | None, body: str) -> None:
        event = after or before
        assert event is not None
        title = event_title(event.kind, body)
        if before is None:
            said = QCoreApplication.translate("ChangeEvent", "record “{event}”")
        elif after is None:
            said = QCoreApplication.translate("ChangeEvent", "remove “{event}”")
        else:
            said = QCoreApplication.translate("ChangeEvent", "change “{event}”")
        super().__init__(said.format(event=title[:1].lower() + title[1:]))
        self.store = store
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._move(self.before, self.after)

    def undo(self) -> None:
        self._move(self.after, self.before)

    def _move(self, old: CaseEvent | None, new: CaseEvent | None) -> None:
        if new is None:
            assert old is not None
            self.store.remove_event(old)
        elif old is None:
            self.store.add_event(new)
        else:
            self.store.replace_event(new)


class CaseUndo(QUndoGroup):
    """An undo stack for each case opened; the shown case's stack is the active one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stacks: dict[str, QUndoStack] = {}

    def stack_for(self, case_id: str) -> QUndoStack:
        stack = self._stacks.get(case_id)
        if stack is None:
            stack = QUndoStack(self)
            self.addStack(stack)
            self._stacks[case_id] = stack
        return stack

    def show_case(self, case_id: str | None) -> None:
        if case_id is None:
            self._no_active_stack()
        else:
            self.setActiveStack(self.stack_for(case_id))

    def _no_active_stack(self) -> None:
        # Qt takes a null stack here to mean "none active"; PySide6's type stubs don't allow for it.
        self.setActiveStack(None)  # type: ignore[arg-type]

    def push(self, case_id: str, command: QUndoCommand) -> None:
        self.stack_for(case_id).push(command)

    def forget(self) -> None:
        """Drop every stack (they hold decrypted events): part of locking."""
        self._no_active_stack()
        for stack in self._stacks.values():
            self.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
