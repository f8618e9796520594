"""A message label keeps its colour in step with the kind of message, though a page says its message again on
every key (issue 12, item 5: the colour is set only when it changes)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from npdrights.gui.widgets import MessageLabel


def test_the_colour_follows_the_kind_of_message_as_it_changes_and_repeats(qtbot: QtBot) -> None:
    label = MessageLabel()
    qtbot.addWidget(label)
    label.show_message("Date of birth: type the year with 4 digits", "error")
    assert "#a4000f" in label.styleSheet()
    label.show_message("Date of birth: type the year with 4 digits", "error")  # said again at the next key
    assert "#a4000f" in label.styleSheet()
    label.show_message("Saved.", "ok")
    assert "#00703c" in label.styleSheet()
    assert label.text() == "✓ Saved."
    label.show_message("Saved.", "ok")  # said again, unchanged
    assert "#00703c" in label.styleSheet()
    label.show_message("Nothing is sent until you print it.", "info")
    assert "palette(text)" in label.styleSheet()
    label.clear_message()
    label.show_message("Date of birth: type the year with 4 digits", "error")
    assert "#a4000f" in label.styleSheet()
    assert label.text() == "⚠ Date of birth: type the year with 4 digits"
    assert not label.isHidden()
