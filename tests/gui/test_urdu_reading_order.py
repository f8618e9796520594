"""Issue 18: Urdu lines that start with a Latin word ('DfE …', a file's name) still read from the right.

Qt lays a label's line out in the direction of its first letter that has one, so an Urdu sentence starting with
"Scans from school" came out left to right, its words in the wrong order. gui/sentences.py:on_screen starts such
lines with a right-to-left mark. English quoted inside an Urdu line (the unconfirmed-address warning's page title,
what to look for on it) is isolated (U+2068 ... U+2069), so it is placed as one piece; the other address, a whole
English paragraph, starts a line of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npdrights.bundled import recipients_directory
from npdrights.core.languages import Language
from npdrights.core.sentence import Sentence
from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.sentences import on_screen, read_from_the_right
from npdrights.gui.services import Services
from npdrights.storage.repository import Repository
from tests.gui.journey_helpers import fill_child, fill_parent, next_page, start_journey, through, unlocked_window
from tests.tracker_fixtures import fill

RLM = "\u200f"
Switch = Callable[[str], Language]


def test_a_line_of_urdu_starting_with_a_latin_word_is_marked_to_read_from_the_right() -> None:
    assert read_from_the_right("DfE کا جواب آیا۔") == RLM + "DfE کا جواب آیا۔"
    assert read_from_the_right("12 Imaginary Road کا خط") == RLM + "12 Imaginary Road کا خط"  # digits have no side


def test_lines_that_already_read_from_the_right_or_have_no_urdu_are_left_as_they_are() -> None:
    for kept in (
        "جواب آیا: DfE",  # starts with Urdu
        RLM + "DfE کا جواب آیا۔",  # marked by its translation already
        "Zebedee Fictionalson",  # a name: read left to right wherever it is
        "Subject access request: National Pupil Database",  # a letter's subject: the letters stay English
        "<b>DfE کا جواب</b>",  # rich text must start with its markup for a label to see it as such
        "",
    ):
        assert read_from_the_right(kept) == kept


def test_each_line_is_marked_on_its_own() -> None:
    assert read_from_the_right("DfE کا جواب آیا۔\nجواب آیا\nICO سے شکایت") == (
        RLM + "DfE کا جواب آیا۔\nجواب آیا\n" + RLM + "ICO سے شکایت"
    )


def test_only_right_to_left_screens_get_the_mark(shown_in: Switch) -> None:
    # The storage's own refusal of a folder, with a file's name first, in Urdu too.
    said = Sentence(
        "{name} is not an ordinary file (it is a folder, a device or a pipe), so it can't be attached. Choose a "
        "document, a scan or a photo. Nothing was attached.",
        name="Scans from school",
    )
    shown_in("pl")
    assert on_screen("VaultError", said).startswith("Scans from school")
    shown_in("ur")
    assert on_screen("VaultError", said).startswith(RLM + "Scans from school ")
    shown_in("en")
    assert on_screen("VaultError", said) == str(said)
    assert on_screen("Nowhere", Sentence("{name} was read.", name="Scans")) == "Scans was read."


def test_a_folder_attached_by_mistake_is_refused_in_urdu_reading_from_the_right(
    shown_in: Switch, make_window: Callable[[], MainWindow], services: Services, tmp_path: Path
) -> None:
    shown_in("ur")
    window = unlocked_window(make_window, services)
    fill(Repository(services.vault.database))
    window.reload_cases()
    view = window.cases_view
    view.open_case("c-overdue")
    folder = tmp_path / "Scans from school"
    folder.mkdir()
    view.detail.attach_paths([folder])
    shown = view.detail.attachments_message.text()
    assert shown.startswith("⚠ " + RLM + "Scans from school عام فائل نہیں ہے")


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate, and its end


def test_the_address_warning_keeps_each_english_value_apart_in_urdu(shown_in: Switch) -> None:
    warning = recipients_directory()["dfe"].warning()
    shown_in("ur")
    said = on_screen("AddressCheck", warning)
    first, competing = said.split("\n")  # the other address, a whole English paragraph, on a line of its own
    assert f"({FSI}the Department for Education{PDI})" in first
    assert f"GOV.UK کا صفحہ «{FSI}National pupil database (NPD): privacy notice{PDI}» کھولیں" in first
    assert f"(انگریزی میں): {FSI}check the Data Protection Officer's postal address," in first
    assert competing.startswith(f"{FSI}A January 2026 copy of the DfE's further-education privacy notice")
    assert competing.endswith(f"We could not confirm it on GOV.UK.{PDI}")


def test_the_address_warning_has_no_isolates_where_the_screen_reads_left_to_right(shown_in: Switch) -> None:
    warning = recipients_directory()["dfe"].warning()
    assert FSI not in warning  # the English, as the letter and the command line say it
    assert "open the GOV.UK page \u201cNational pupil database (NPD): privacy notice\u201d and check" in warning
    assert "about your data. A January 2026 copy" in warning
    shown_in("pl")
    said = on_screen("AddressCheck", warning)
    assert FSI not in said
    assert "\n" not in said
    shown_in("en")
    assert on_screen("AddressCheck", warning) == str(warning)


def test_the_recipient_page_shows_the_urdu_address_warning_with_its_english_apart(
    qtbot: QtBot,
    shown_in: Switch,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_in("ur")
    wizard = start_journey(qtbot, unlocked_window(make_window, services), monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    through(qtbot, wizard, Step.CONSENT, Step.RECIPIENT)
    shown = wizard.page_for(Step.RECIPIENT).warning.text()  # type: ignore[attr-defined]
    assert shown.startswith("⚠ اس پتے کی تصدیق نہیں ہوئی")
    assert f"\n{FSI}A January 2026 copy" in shown


def test_a_message_starting_with_a_latin_name_reads_from_the_right_in_urdu(qtbot: QtBot, shown_in: Switch) -> None:
    # Messages said whole by a screen ("{name} was added", from AdvisersDialog) are put in reading order too.
    from npdrights.gui.widgets import MessageLabel

    shown_in("ur")
    message = MessageLabel()
    qtbot.addWidget(message)
    message.show_message("Ada Fictionalson کو شامل کر دیا گیا۔", "ok")
    assert message.text() == "✓ " + RLM + "Ada Fictionalson کو شامل کر دیا گیا۔"
    shown_in("en")
    message.show_message("Ada Fictionalson was added.", "ok")
    assert message.text() == "✓ Ada Fictionalson was added."


def test_a_box_starting_with_a_latin_name_reads_from_the_right_in_urdu(
    shown_in: Switch, no_blocking_message_boxes: list[tuple[str, str]]
) -> None:
    from npdrights.gui.message_boxes import ask_yes_no, tell

    shown_in("ur")
    tell(None, "npdrights", "register.ods خالی ہے۔")
    assert no_blocking_message_boxes[-1][1] == "npdrights: " + RLM + "register.ods خالی ہے۔"  # title: text
    ask_yes_no(None, "npdrights", "Ada Fictionalson کو ہٹائیں؟")
    assert no_blocking_message_boxes[-1][1] == "npdrights: " + RLM + "Ada Fictionalson کو ہٹائیں؟"
