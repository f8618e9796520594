"""Where an A4 letter folded in three shows through the window of a UK DL envelope.

Assumptions (check them against the envelopes you buy; these are the common UK sizes):
- DL envelope: 220 x 110 mm. Left window: 90 x 45 mm, 20 mm from the envelope's left edge and 15 mm from its
  bottom edge (the usual "standard DL window" of UK envelope makers).
- A4 sheet: 210 x 297 mm, folded in three equal panels of 99 mm, the top panel facing out and upright.
- The folded sheet (210 x 99 mm) is free to move inside the envelope: up to 10 mm sideways (220 - 210) and
  11 mm up or down (110 - 99).

So, measured on the sheet from its top-left corner:
- horizontally the window covers 20..110 mm of the envelope; the sheet's left edge sits 0..10 mm in, so sheet
  x from 20 to 100 mm shows whatever the position;
- vertically the window covers 50..95 mm from the envelope's top (110 - 15 - 45 = 50, 110 - 15 = 95); the
  sheet's top edge sits 0..11 mm down, so sheet y from 50 to 84 mm shows whatever the position.
The address goes inside that always-visible box, with a little padding. Anything at sheet x >= 110 mm or
y < 39 mm or y > 95 mm can never show through the window (the sender's address, the barcode).
"""

from __future__ import annotations

from dataclasses import dataclass

A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0
FOLD_PANEL_MM = A4_HEIGHT_MM / 3

ENVELOPE_WIDTH_MM = 220.0
ENVELOPE_HEIGHT_MM = 110.0
WINDOW_LEFT_MM = 20.0
WINDOW_BOTTOM_MM = 15.0
WINDOW_WIDTH_MM = 90.0
WINDOW_HEIGHT_MM = 45.0


@dataclass(frozen=True)
class Box:
    """A rectangle on the sheet in mm, measured from the sheet's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def inset(self, margin: float) -> Box:
        return Box(self.left + margin, self.top + margin, self.right - margin, self.bottom - margin)

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and other.right <= self.right
            and self.top <= other.top
            and other.bottom <= self.bottom
        )


def always_visible() -> Box:
    """The part of the sheet that shows through the window wherever the folded sheet sits in the envelope."""
    slack_x = ENVELOPE_WIDTH_MM - A4_WIDTH_MM
    slack_y = ENVELOPE_HEIGHT_MM - FOLD_PANEL_MM
    window_top = ENVELOPE_HEIGHT_MM - WINDOW_BOTTOM_MM - WINDOW_HEIGHT_MM
    window_bottom = ENVELOPE_HEIGHT_MM - WINDOW_BOTTOM_MM
    return Box(
        left=WINDOW_LEFT_MM,
        top=window_top,
        right=WINDOW_LEFT_MM + WINDOW_WIDTH_MM - slack_x,
        bottom=window_bottom - slack_y,
    )


def ever_visible() -> Box:
    """Everything that can show through the window for some position of the sheet: only the address goes here."""
    slack_x = ENVELOPE_WIDTH_MM - A4_WIDTH_MM
    slack_y = ENVELOPE_HEIGHT_MM - FOLD_PANEL_MM
    window_top = ENVELOPE_HEIGHT_MM - WINDOW_BOTTOM_MM - WINDOW_HEIGHT_MM
    return Box(
        left=WINDOW_LEFT_MM - slack_x,
        top=window_top - slack_y,
        right=WINDOW_LEFT_MM + WINDOW_WIDTH_MM,
        bottom=ENVELOPE_HEIGHT_MM - WINDOW_BOTTOM_MM,
    )


ADDRESS_PADDING_MM = 2.0
ADDRESS_BOX = always_visible().inset(ADDRESS_PADDING_MM)
