"""The DL window geometry, derived from the envelope and fold sizes stated in npdrights/pdf/window.py."""

from __future__ import annotations

from npdrights.pdf.window import ADDRESS_BOX, FOLD_PANEL_MM, Box, always_visible, ever_visible


def test_the_always_visible_part_of_the_sheet() -> None:
    # DL 220 x 110 mm, window 90 x 45 mm at 20 mm from the left and 15 mm from the bottom; A4 folded in three
    # (99 mm panels) moves up to 10 mm sideways and 11 mm up or down. Window spans 20..110 across and 50..95
    # down the envelope; whatever the sheet's position, sheet x 20..100 and y 50..84 show.
    assert FOLD_PANEL_MM == 99
    assert always_visible() == Box(left=20, top=50, right=100, bottom=84)
    assert ever_visible() == Box(left=10, top=39, right=110, bottom=95)


def test_the_address_box_sits_inside_with_padding() -> None:
    assert always_visible().contains(ADDRESS_BOX)
    assert (ADDRESS_BOX.left, ADDRESS_BOX.top, ADDRESS_BOX.right, ADDRESS_BOX.bottom) == (22, 52, 98, 82)
    assert ADDRESS_BOX.bottom < FOLD_PANEL_MM  # on the panel that faces out
