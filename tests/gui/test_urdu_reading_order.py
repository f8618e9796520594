"""Issue 18: Urdu lines that start with a Latin word ('DfE …', a file's name) still read from the right.

Qt lays a label's line out in the direction of its first letter that has one, so an Urdu sentence starting with
"Scans from school" came out left to right, its words in the wrong order. gui/sentences.py:on_screen starts such
lines with a right-to-left mark.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from npdrights.core.languages import Language
from npdrights.core.sentence import Sentence
from npdrights.gui.main_window import MainWindow
from npdrights.gui.sentences import on_screen, read_from_the_right
from npdrights.gui.services import Services
from npdrights.storage.repository import Repository
from tests.gui.journey_helpers import unlocked_window
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
