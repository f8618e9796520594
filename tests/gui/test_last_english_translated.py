"""Issue 18, the last English on translated screens: the help page, the unconfirmed-address warning, and the
buttons of the app's question boxes (Qt ships no Urdu of its own for Yes and No)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from npdrights.bundled import recipients_directory
from npdrights.core.languages import Language
from npdrights.crash_details import plain_line
from npdrights.gui.help_dialogs import HowThisWorksDialog, how_this_works_page
from npdrights.gui.message_boxes import ask_yes_no, tell
from npdrights.gui.sentences import on_screen
from npdrights.gui.vault_messages import shown_message
from npdrights.storage.errors import AttachmentError
from npdrights.storage.vault import Vault


@pytest.fixture
def pressed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Each box is shown, its buttons' words noted, and the one named by `press` clicked as a user would."""
    seen: dict[str, list[str]] = {"buttons": [], "press": ["Yes"]}

    def show_and_click(box: QMessageBox) -> int:
        box.show()
        seen["buttons"] = [button.text() for button in box.buttons()]
        wanted = box.button(getattr(QMessageBox.StandardButton, seen["press"][0]))
        qtbot.mouseClick(wanted, Qt.MouseButton.LeftButton)
        return box.result()

    monkeypatch.setattr(QMessageBox, "exec", show_and_click)
    return seen


def test_a_question_in_urdu_names_its_yes_and_no_in_urdu(
    qtbot: QtBot, shown_in: Callable[[str], Language], pressed: dict[str, list[str]]
) -> None:
    shown_in("ur")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_yes_no(parent, "عنوان", "سوال؟") is True
    assert sorted(pressed["buttons"]) == sorted(["ہاں (&Y)", "نہیں (&N)"])
    pressed["press"] = ["No"]
    assert ask_yes_no(parent, "عنوان", "سوال؟") is False


def test_a_question_that_names_cancel_says_it_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language], pressed: dict[str, list[str]]
) -> None:
    shown_in("pl")
    parent = QWidget()
    qtbot.addWidget(parent)
    pressed["press"] = ["Cancel"]
    assert ask_yes_no(parent, "Usuń", "Na pewno?", warning=True, no_is_cancel=True) is False
    assert sorted(pressed["buttons"]) == ["&Anuluj", "&Tak"]


def test_a_warning_in_urdu_has_its_ok_in_urdu(
    qtbot: QtBot, shown_in: Callable[[str], Language], pressed: dict[str, list[str]]
) -> None:
    shown_in("ur")
    parent = QWidget()
    qtbot.addWidget(parent)
    pressed["press"] = ["Ok"]
    tell(parent, "عنوان", "متن")
    assert pressed["buttons"] == ["ٹھیک ہے (&O)"]


def test_english_questions_keep_qts_own_yes_and_no(qtbot: QtBot, pressed: dict[str, list[str]]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_yes_no(parent, "Delete it?", "Are you sure?") is True
    assert sorted(text.replace("&", "") for text in pressed["buttons"]) == ["No", "Yes"]


@pytest.mark.parametrize(
    ("code", "heading", "section"),
    [("pl", "# Jak działa npdrights", "## 2. Poczekaj na odpowiedź"), ("ur", "# npdrights کیسے کام کرتا ہے", "## 3.")],
)
def test_the_help_page_is_in_the_screens_language_without_a_note_that_it_is_english(
    qtbot: QtBot, shown_in: Callable[[str], Language], code: str, heading: str, section: str
) -> None:
    shown_in(code)
    page = how_this_works_page()
    assert page.startswith(heading)
    assert section in page
    dialog = HowThisWorksDialog(page)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText()
    assert "How npdrights works" not in shown
    assert "English" not in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_help_page_has_the_same_sections_in_every_language(shown_in: Callable[[str], Language]) -> None:
    english = how_this_works_page()
    for code in ("pl", "ur"):
        shown_in(code)
        translated = how_this_works_page()
        assert translated.count("\n## ") == english.count("\n## ")
        assert translated.count("\n- ") == english.count("\n- ")


def test_the_address_warning_is_in_polish_on_screen_and_english_in_the_letter(
    shown_in: Callable[[str], Language],
) -> None:
    warning = recipients_directory()["dfe"].warning()
    assert warning.startswith("The address for the Department for Education is not confirmed")
    shown_in("pl")
    said = on_screen("AddressCheck", warning)
    assert said.startswith(
        "Adres (the Department for Education) nie jest potwierdzony. Ostatnie sprawdzenie: listopad 2026."
    )
    assert "Przed wysłaniem otwórz stronę GOV.UK „National pupil database (NPD): privacy notice”" in said
    assert "Sheffield S1 2FJ" in said  # the competing address, recipients.toml's own words
    assert str(warning).startswith("The address for")  # the letter's own text is unchanged


def test_the_address_warning_in_urdu_names_the_month_in_urdu(shown_in: Callable[[str], Language]) -> None:
    shown_in("ur")
    said = on_screen("AddressCheck", recipients_directory()["dfe"].warning())
    assert "نومبر 2026" in said
    assert "not confirmed" not in said


def test_why_a_folder_cant_be_attached_is_said_in_polish(
    shown_in: Callable[[str], Language], vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "Szkolne papiery"
    folder.mkdir()
    with pytest.raises(AttachmentError) as refused:
        vault.attachments().add_file("c1", folder)  # refused before any case is looked up
    assert str(refused.value).startswith("Szkolne papiery is not an ordinary file")  # the command line's English
    shown_in("pl")
    assert shown_message(refused.value).startswith("Szkolne papiery nie jest zwykłym plikiem")


def test_an_internal_error_is_told_in_polish(
    shown_in: Callable[[str], Language], no_blocking_message_boxes: list[tuple[str, str]], tmp_path: Path
) -> None:
    from npdrights import app

    shown_in("pl")
    app._show_crash(plain_line(tmp_path / "crash.txt"))
    app._crashes.clear()  # this process did not really crash
    kind, text = no_blocking_message_boxes[-1]
    assert kind == "critical"  # the app's own box, with its button named in the screens' language
    assert text.startswith("npdrights napotkał problem: W npdrights wystąpił błąd wewnętrzny")
    assert text.endswith(f"Szczegóły do zgłoszenia błędu (bez danych osobowych) są w {tmp_path / 'crash.txt'}.")
