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

TITLE = "Releases this letter asks about"
HINT = "From the register of data shares. Untick any you don't want named in the letter."


def release_label(release: ReleaseRef) -> str:
    """Recipient, reference and date, as the letter names them (resources/letters/en-GB/_releases.j2)."""
    parts = [release.recipient or "Recipient not named"]
    if release.reference:
        parts.append(f"reference {release.reference}")
    if release.approved:
        parts.append(screen_date(release.approved))
    return ", ".join(parts)


class ReleasesBox(QGroupBox):
    """One tick box per release offered; `chosen()` is what the letter names."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent)
        self.setAccessibleName(TITLE)
        self._column = QVBoxLayout(self)
        self._column.addWidget(explanation(HINT))
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
        label = release_label(release)
        box = QCheckBox(label)
        box.setAccessibleName(f"Name in the letter: {label}")
        if release.purpose:
            box.setToolTip(release.purpose)
            box.setAccessibleDescription(release.purpose)
        box.toggled.connect(lambda *_: self.changed.emit())
        self.boxes[release] = box
        self._column.addWidget(box)

    def chosen(self) -> tuple[ReleaseRef, ...]:
        return tuple(release for release, box in self.boxes.items() if box.isChecked())
