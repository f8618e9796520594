"""A spin box whose number sits inside words that change with it ("1 minute", "5 minut"), in any language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox


def count_in_words(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """Show `spin`'s number inside `words(number)`, a translated plural ("%n minute(s)"): Polish has three forms
    (1 minuta, 2 minuty, 5 minut) and Urdu may put the words either side, so the words around the number become
    the spin box's prefix and suffix each time the number changes."""

    def show(value: int) -> None:
        said = words(value)
        before, number, after = said.partition(str(value))
        spin.setPrefix(before if number else "")
        spin.setSuffix(after if number else f" {said}")

    show(spin.value())
    spin.valueChanged.connect(show)
