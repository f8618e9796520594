"""Above the cases: the unfinished letters kept when npdrights locked, each with "Carry on" and "Delete"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from npdrights.gui.i18n import screen_datetime
from npdrights.gui.language_change import follow_language
from npdrights.gui.sentences import on_screen
from npdrights.service.drafts import DraftListing

VISIBLE_LINES = 6  # about three drafts at a time


class DraftsPanel(QFrame):
    """Hidden when there are no drafts. Emits the draft's id."""

    carry_on_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        # An adviser may keep several: past a few lines they scroll, so the cases below keep their room.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.rows = QGridLayout(holder)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setColumnStretch(0, 1)
        self.scroll_area.setWidget(holder)
        layout.addWidget(self.scroll_area)
        self.listings: list[DraftListing] = []
        self.carry_on_buttons: dict[str, QPushButton] = {}
        self.delete_buttons: dict[str, QPushButton] = {}
        self.hide()
        self.retranslate()
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        """Named again in the screens' language; the drafts listed again, shown or hidden as they were (the case
        page hides them)."""
        self.setAccessibleName(self.tr("Unfinished letters"))
        if self.listings:
            hidden = self.isHidden()
            self.show_drafts(self.listings)
            self.setHidden(hidden)

    def show_drafts(self, listings: list[DraftListing]) -> None:
        self.clear()
        self.listings = listings
        if not listings:
            return
        self.headline.setText(
            self.tr(
                "<b>Unfinished letters (%n draft(s))</b> — kept locked in your vault. Nothing has been sent.",
                "",
                len(listings),
            )
        )
        for row, listing in enumerate(listings):
            title = on_screen("Journeys", listing.title)  # "Find out what is held: Ada", in the screens' language
            label = QLabel(
                self.tr("Draft: {title} (kept {when})").format(title=title, when=screen_datetime(listing.kept_at))
            )
            label.setWordWrap(True)
            self.rows.addWidget(label, row, 0)
            carry_on = QPushButton(self.tr("Carry on"))
            carry_on.setAccessibleName(self.tr("Carry on with the draft {title}").format(title=title))
            carry_on.setEnabled(listing.journey is not None)
            carry_on.clicked.connect(lambda _checked=False, key=listing.id: self.carry_on_requested.emit(key))
            delete = QPushButton(self.tr("Delete"))
            delete.setAccessibleName(self.tr("Delete the draft {title}").format(title=title))
            delete.clicked.connect(lambda _checked=False, key=listing.id: self.delete_requested.emit(key))
            self.rows.addWidget(carry_on, row, 1)
            self.rows.addWidget(delete, row, 2)
            self.carry_on_buttons[listing.id] = carry_on
            self.delete_buttons[listing.id] = delete
        self.show()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the drafts' wrapped lines at this width, up to a few lines; more scroll."""
        width = self.scroll_area.viewport().width() or self.width()
        needed = self.rows.heightForWidth(width) if self.rows.hasHeightForWidth() else self.rows.sizeHint().height()
        self.scroll_area.setFixedHeight(min(needed, self.fontMetrics().lineSpacing() * VISIBLE_LINES))

    def clear(self) -> None:
        """Part of locking: no title (it names a child) stays on screen."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.listings = []
        self.carry_on_buttons.clear()
        self.delete_buttons.clear()
        self.headline.clear()
        self.hide()
