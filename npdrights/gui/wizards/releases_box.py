"""The releases a letter names, shown where the parent says what the letter asks for (issue 15 follow-up).

A journey started from the register explorer carries the chosen releases (`Draft.releases`). Before this box they
appeared only in the preview; here each is a tick box, ticked to stay in the letter, so the parent sees and decides
what goes in. Unticked ones stay listed, so a change of mind needs no trip back to the explorer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from npdrights.core.register import ReleaseRef
from npdrights.gui.i18n import screen_date
from npdrights.gui.widgets import explanation


class ReleasesBox(QGroupBox):
    """One tick box per release offered; `chosen()` is what the letter names."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Releases this letter asks about"))
        self.setAccessibleName(self.title())
        self._column = QVBoxLayout(self)
        self._column.addWidget(
            explanation(self.tr("From the register of data shares. Untick any you don't want named in the letter."))
        )
        self.boxes: dict[ReleaseRef, QCheckBox] = {}
        self.setVisible(False)

    def show_releases(self, in_letter: Sequence[ReleaseRef]) -> None:
        """Tick the releases the draft names; add any not offered before. Earlier unticked ones stay, unticked."""
        for release in in_letter:
            if release not in self.boxes:
                self._add(release)
        for release, box in self.boxes.items():
            box.setChecked(release in in_letter)
        self.setVisible(bool(self.boxes))

    def _add(self, release: ReleaseRef) -> None:
        label = self.release_label(release)
        box = QCheckBox(label)
        box.setAccessibleName(self.tr("Name in the letter: {release}").format(release=label))
        if release.purpose:
            box.setToolTip(release.purpose)
            box.setAccessibleDescription(release.purpose)
        box.toggled.connect(lambda *_: self.changed.emit())
        self.boxes[release] = box
        self._column.addWidget(box)

    def release_label(self, release: ReleaseRef) -> str:
        """Recipient, reference and date, as the letter names them (resources/letters/en-GB/_releases.j2), in the
        screens' language."""
        parts = [release.recipient or self.tr("Recipient not named")]
        if release.reference:
            parts.append(self.tr("reference {reference}").format(reference=release.reference))
        if release.approved:
            parts.append(screen_date(release.approved))
        return ", ".join(parts)

    def chosen(self) -> tuple[ReleaseRef, ...]:
        return tuple(release for release, box in self.boxes.items() if box.isChecked())
