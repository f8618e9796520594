"""Issue 18: the last English texts found on translated screens: a field cut at its length limit, an address too
long for the envelope window, and the chart's words for a screen reader, each in Polish and Urdu."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from npdrights.core.languages import Language
from npdrights.core.letters.content import LetterContent
from npdrights.core.model import EventKind
from npdrights.gui.cases.event_dialog import EventDialog
from npdrights.gui.cases.people import PersonDialog
from npdrights.gui.charts import Series, StackedBarChart
from npdrights.gui.help_dialogs import HowThisWorksDialog
from npdrights.gui.wizards.letters import PreparedLetter, RenderFailed, render
from npdrights.pdf import letter_pdf
from tests.gui.conftest import FIXED_NOW

# language: (the cut field's message, the address message, an empty chart read aloud, a month with nothing)
EXPECTED = {
    "pl": (
        "maksymalna liczba znaków to",
        "Adres organizacji jest za długi, by zmieścić się w okienku koperty.",
        "Brak danych.",
        "brak.",
    ),
    "ur": (
        "حروف آ سکتے ہیں",
        "ادارے کا پتہ لفافے کی کھڑکی میں سمانے کے لیے بہت لمبا ہے۔",
        "کوئی معلومات نہیں۔",
        "کوئی نہیں.",
    ),
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_a_name_pasted_past_its_limit_is_explained_in_the_screens_language(
    qtbot: QtBot, shown_in: Callable[[str], Language], code: str
) -> None:
    shown_in(code)
    dialog = PersonDialog(None, [], FIXED_NOW.date())
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText("Poppy Fictional-Pupil " * 5_000)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().clear()

    said = dialog.message.text()
    assert EXPECTED[code][0] in said
    assert "can be up to" not in said


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_an_address_too_long_for_the_window_is_explained_in_the_screens_language(
    shown_in: Callable[[str], Language], monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    shown_in(code)

    def too_long(*_args: object, **_kwargs: object) -> bytes:
        raise letter_pdf.AddressTooLong()

    monkeypatch.setattr(letter_pdf, "render_pdf", too_long)
    letter = LetterContent.__new__(LetterContent)  # never read: the renderer refuses it first

    result = render([PreparedLetter(0, letter, ())], large_print=False)

    assert isinstance(result, RenderFailed)
    assert result.message.startswith(EXPECTED[code][1])


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_chart_read_aloud_in_the_screens_language(
    qtbot: QtBot, shown_in: Callable[[str], Language], code: str
) -> None:
    shown_in(code)
    chart = StackedBarChart("")
    qtbot.addWidget(chart)
    assert chart.summary() == EXPECTED[code][2]

    chart.set_data(["2019", "2020"], [Series("Zedland Data Ltd", [3, 0])])

    assert chart.summary() == f"2019: Zedland Data Ltd 3. 2020: {EXPECTED[code][3]}"


# Dialogs built from the cases screen's own modules, each with a row of Qt's standard buttons (Save, Cancel,
# Close), for which Qt itself has no Urdu words.
DIALOGS_WITH_STANDARD_BUTTONS: dict[str, Callable[[], QDialog]] = {
    "person": lambda: PersonDialog(None, [], FIXED_NOW.date()),
    "how it works": lambda: HowThisWorksDialog("# npdrights"),
    "record what happened": lambda: EventDialog("c1", FIXED_NOW.date(), body="the DfE", kind=EventKind.ANSWERED_PART),
}


@pytest.mark.parametrize("name", sorted(DIALOGS_WITH_STANDARD_BUTTONS))
def test_standard_buttons_are_named_in_urdu(qtbot: QtBot, shown_in: Callable[[str], Language], name: str) -> None:
    shown_in("ur")
    dialog = DIALOGS_WITH_STANDARD_BUTTONS[name]()
    qtbot.addWidget(dialog)
    (box,) = dialog.findChildren(QDialogButtonBox)

    words = [button.text() for button in box.buttons()]

    assert words
    assert not [word for word in words if word.replace("&", "") in {"Save", "Cancel", "Close", "OK"}], words
    assert all(any("\u0600" <= letter <= "\u06ff" for letter in word) for word in words), words
