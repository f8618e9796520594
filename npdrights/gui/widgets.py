"""Small widgets the screens share: headings, plain explanations, messages, passphrase fields."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.gui.sentences import in_reading_order

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QMenu


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # setWordWrap set this; a new policy must keep it, or wrapped text leaves gaps
    label.setSizePolicy(policy)
    return label


def describes(option: QWidget, text: str) -> QLabel:
    """An explanation shown under an option (a radio button or check box) that is also the option's accessible
    description: a screen reader says it with the option, where a separate label would be skipped over."""
    option.setAccessibleDescription(text)
    return explanation(text)


# A translation whose script has no letter for the Alt shortcut names it after the words, "نام (&N)" (as Qt's
# own translations do for Chinese, Japanese and Arabic).
_SHORTCUT_AFTER_WORDS = re.compile(r"\s*\(&[^)]\)")


def without_shortcut(label: str) -> str:
    """A label's words as a screen reader should say them: '&Save' -> 'Save', 'محفوظ کریں (&S)' -> 'محفوظ کریں'."""
    return _SHORTCUT_AFTER_WORDS.sub("", label).replace("&", "")


def name_button(button: QAbstractButton, text: str) -> None:
    """Give a button its words and the name a screen reader says ('&People…' -> 'People'), e.g. again after a
    change of language."""
    button.setText(text)
    button.setAccessibleName(without_shortcut(text).removesuffix("…"))


def named_by(label: QLabel, widget: QWidget) -> QLabel:
    """Make `label` the visible name of `widget`: its Alt shortcut moves there and a screen reader says it."""
    label.setBuddy(widget)
    widget.setAccessibleName(without_shortcut(label.text()))
    return label


def announce(source: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say `text` now, wherever the user's focus is: a message that appears beside a field
    is otherwise silent until the user happens to move onto it. Urgent messages interrupt what is being read."""
    # Imported here: making PySide's QAccessible class (its many enums) took 3% of a bare window's start-up, before
    # the Unlock screen says anything (issue 17).
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


class MessageLabel(QLabel):
    """A message that says what happened and what to do. Shown with a sign as well as colour."""

    # Said in words where a symbol would be a bare "i" in many fonts (translated where shown).
    SIGNS: ClassVar[dict[str, str]] = {"error": "⚠ ", "info": QT_TRANSLATE_NOOP("MessageLabel", "Note: "), "ok": "✓ "}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        text = in_reading_order(text)  # "{name} was added" in Urdu, a Latin name first, still read from the right
        sign = self.SIGNS.get(kind, "")
        shown = (self.tr(sign) if sign else "") + text
        new = self.isHidden() or shown != self.text()  # pages check themselves on every key: say it once
        self.setText(shown)
        colour = {"error": "#a4000f", "ok": "#00703c"}.get(kind, "palette(text)")
        sheet = f"color: {colour}; font-weight: bold;"
        if sheet != self.styleSheet():  # Qt re-styles the label at every call, even with the same sheet
            self.setStyleSheet(sheet)
        self.setAccessibleDescription(text)
        self.show()
        if new:
            announce(self, shown, urgent=kind == "error")

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class PassphraseField(QWidget):
    """A password line edit with a Show/Hide button. `text()` and `textChanged` as on QLineEdit."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)
        self.toggle = QPushButton(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show {field}").format(field=accessible_name.lower()))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _set_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if visible else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)


def post_method_combo(accessible_name: str) -> QComboBox:
    """How a letter went, worded the same in the wizard, the case's events and the command line."""
    # Imported here: event_forms brings the rules engine and its bank holidays, which the Unlock screen (built from
    # these widgets too) does not need; and PySide makes QComboBox's class and enums, 0.8 ms, when it is first named.
    from PySide6.QtWidgets import QComboBox

    from npdrights.core.event_forms import METHOD_LABELS

    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for method, label in METHOD_LABELS.items():
        combo.addItem(QCoreApplication.translate("PostMethods", label), method)  # marked in event_forms.py
    return combo


def add_separator(menu: QMenu) -> None:
    """The same line as menu.addSeparator() draws: that gives back its action, and naming an action Qt gives back
    makes PySide build QWidgetAction's class, 0.4 ms before the Unlock screen (issue 17)."""
    separator = QAction(menu)
    separator.setSeparator(True)
    menu.addAction(separator)


def fit_to_screen(window: QWidget, *, columns: int, lines: int) -> None:
    """Size a window for `columns` characters by `lines` lines of its text, never beyond the screen: at large
    text sizes it grows with the text, and on a small screen its pages scroll rather than clip."""
    metrics = window.fontMetrics()
    width, height = metrics.averageCharWidth() * columns, metrics.lineSpacing() * lines
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    window.resize(width, height)
