"""A message's colour follows its kind, also when the same label says something of another kind next."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from npdrights.gui.widgets import MessageLabel


def test_the_colour_follows_the_kind_of_each_message(qtbot: QtBot) -> None:
    label = MessageLabel()
    qtbot.addWidget(label)
    label.show_message("That date is in the future.")
    assert "#a4000f" in label.styleSheet()
    label.show_message("That date is in the future.")  # said again, as a page checks itself at every key
    assert "#a4000f" in label.styleSheet()
    label.show_message("Saved.", "ok")
    assert "#00703c" in label.styleSheet()
    assert label.text() == "✓ Saved."
    label.show_message("Nothing is sent until you print it.", "info")
    assert "palette(text)" in label.styleSheet()
