"""An accessibility audit of one window, in process, as a screen reader would meet it through Qt's QAccessible.

`audit(window)` walks the window's accessible tree (the same tree Qt hands to AT-SPI, UI Automation and
VoiceOver) and returns a list of problems, each naming the control so a failing test says what to fix:

- a focusable control a user can reach with Tab that has no accessible name (a screen reader says only "edit");
- a table, list or tree without a name;
- a radio button or check box whose explanation sits in a loose label next to it rather than in the option's
  accessible description (a screen reader reading the option would never hear it);
- a visible message label (a validation message) without a name.

Hidden controls are skipped: they are checked when the screen that shows them is audited.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton, QWidget

from npdrights.gui.widgets import MessageLabel

ITEM_VIEWS = {QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree}
# Parts of a control that Qt exposes as children of their own (a table's cells and headers, a scroll bar's
# arrows): a screen reader names them from the control, so they are not audited one by one.
INSIDE_A_CONTROL = ITEM_VIEWS | {QAccessible.Role.ScrollBar, QAccessible.Role.ComboBox, QAccessible.Role.SpinBox}


def audit(window: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None, "Qt gave no accessible interface for the window"
    assert root.isValid(), "Qt gave no accessible interface for the window"
    found: list[str] = []
    _walk(root, found, depth=0)
    for widget in window.findChildren(QAbstractButton):
        if isinstance(widget, (QRadioButton, QCheckBox)) and widget.isVisibleTo(window):
            found.extend(_loose_explanation(widget))
    for label in window.findChildren(MessageLabel):
        if label.isVisibleTo(window) and not label.accessibleName():
            found.append(f"message label without a name, saying {label.text()!r}")
    return found


def _walk(node: QAccessibleInterface, found: list[str], depth: int) -> None:
    if depth > 60:  # a cycle in the tree would be a Qt bug; don't hang the test on it
        found.append(f"accessible tree deeper than 60 levels at {_describe(node)}")
        return
    state = node.state()
    if state.invisible:
        return
    role = node.role()
    name = node.text(QAccessible.Text.Name).strip()
    if role in ITEM_VIEWS and not name:
        found.append(f"{_describe(node)}: a table or list without a name")
    elif state.focusable and not state.disabled and not name:
        found.append(f"{_describe(node)}: focusable but has no accessible name")
    if role in INSIDE_A_CONTROL:
        return
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None and child.isValid():
            _walk(child, found, depth + 1)


def _loose_explanation(option: QAbstractButton) -> list[str]:
    """The label laid out right after an option, if it explains the option but the option doesn't carry it."""
    parent = option.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return []
    index = layout.indexOf(option)
    if index < 0 or index + 1 >= layout.count():
        return []
    item = layout.itemAt(index + 1)
    following = item.widget() if item is not None else None
    if not isinstance(following, QLabel) or isinstance(following, MessageLabel) or following.buddy() is not None:
        return []
    if following.accessibleName():  # a heading, or a label with a job of its own (heading() names itself)
        return []
    if not following.isVisibleTo(option.window()) or not following.text().strip():
        return []
    if following.text().strip() in option.accessibleDescription():
        return []
    return [
        f"{type(option).__name__} {option.text().replace('&', '')!r}: its explanation "
        f"{following.text()[:60]!r} is a loose label, not the option's accessible description"
    ]


def _describe(node: QAccessibleInterface) -> str:
    widget = node.object()
    kind = type(widget).__name__ if widget is not None else "?"
    path = []
    owner = widget if isinstance(widget, QWidget) else None
    while owner is not None and len(path) < 4:
        path.append(owner.objectName() or owner.accessibleName() or type(owner).__name__)
        owner = owner.parentWidget()
    text = node.text(QAccessible.Text.Description) or node.text(QAccessible.Text.Value)
    return f"{node.role().name} ({kind}, in {' < '.join(path[1:])}{', showing ' + repr(text[:40]) if text else ''})"


def text_read_aloud(widget: QWidget) -> str:
    """A text widget's content through QAccessible's text interface, as AT-SPI or UI Automation would ask; its
    accessible name must be the one the widget was given."""
    node = QAccessible.queryAccessibleInterface(widget)
    assert node is not None
    assert node.text(QAccessible.Text.Name) == widget.accessibleName()
    text = node.textInterface()
    assert text is not None
    return text.text(0, text.characterCount())
