"""Issue 18: the request wizard's pages after "Who is it about?" in Polish and in Urdu, reached as a parent fills
them in and presses Next. The letter itself stays English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from npdrights.core.languages import Language
from npdrights.core.model import PostMethod
from npdrights.core.wizard_flow import Journey, Step
from npdrights.core.wizard_flow.draft import FollowUp, Target
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.fields import DateField
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from tests.gui.accessibility import audit
from tests.gui.conftest import type_into
from tests.gui.journey_helpers import (
    choose,
    fill_child,
    fill_parent,
    next_page,
    parent_sar_to_preview,
    start_journey,
    type_date,
    unlocked_window,
    visible_text,
)

Switch = Callable[[str], Language]


WindowIn = Callable[[str], MainWindow]


@pytest.fixture
def window_in(shown_in: Switch, make_window: Callable[[], MainWindow], services: Services) -> WindowIn:
    """An unlocked main window with its screens in a language ("pl", "ur")."""

    def open_in(code: str) -> MainWindow:
        shown_in(code)
        return unlocked_window(make_window, services)

    return open_in


def _to_consent(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    born: tuple[int, int, int] = (4, 5, 2013),
) -> JourneyWizard:
    """A parent asks the DfE about Zebedee (13 on the fictional today, 28 November 2026), as far as the consent page."""
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    fill_child(qtbot, wizard, "Zebedee Fictionalson", born)
    next_page(qtbot, wizard, Step.CONSENT)
    return wizard


def test_the_consent_page_advises_in_polish(qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = _to_consent(qtbot, window_in("pl"), monkeypatch)
    page = wizard.page_for(Step.CONSENT)
    assert page.title() == "Kto podpisuje i co wkładasz do koperty"
    said = visible_text(page)
    assert "Te prawa należą do Twojego dziecka, nie do Ciebie." in said
    assert (
        "W kopercie: list i formularz upoważnienia podpisany przez: Zebedee. Jeśli Zebedee się nie zgadza, odznacz "
        "pole powyżej: wtedy wyślesz tylko list." in said
    )
    agree = page.agree[0]  # type: ignore[attr-defined]
    assert agree.text() == "Zebedee zgadza się na mój wniosek i podpisze formularz upoważnienia"


def test_the_advice_for_a_young_child_gives_the_age_in_urdu_and_mirrors(
    qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _to_consent(qtbot, window_in("ur"), monkeypatch, born=(4, 5, 2019))  # 7 years old
    page = wizard.page_for(Step.CONSENT)
    assert page.title() == "کون دستخط کرے، اور لفافے میں کیا جائے"
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "اپنے بچے کو ایسے الفاظ میں بتائیں" in visible_text(page)
    assert audit(wizard) == []


def test_who_it_goes_to_what_it_asks_and_how_it_is_sent_are_in_polish(
    qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _to_consent(qtbot, window_in("pl"), monkeypatch)
    next_page(qtbot, wizard, Step.RECIPIENT)
    recipient = wizard.page_for(Step.RECIPIENT)
    assert recipient.title() == "Do kogo to wysłać?"
    assert recipient.targets[Target.DFE].text() == "&Departament Edukacji (DfE): Krajowa Baza Danych Uczniów"  # type: ignore[attr-defined]
    next_page(qtbot, wizard, Step.WANT)
    want = wizard.page_for(Step.WANT)
    assert want.title() == "O co prosi list"
    asks = want.asks.text().splitlines()  # type: ignore[attr-defined]
    assert asks[:2] == ["Twój list prosi o:", "✓ bezpłatną kopię wszystkiego, co ma o uczniu"]
    next_page(qtbot, wizard, Step.SEND)
    send = wizard.page_for(Step.SEND)
    assert send.title() == "Jak to wyślesz?"
    first_class = send.send[PostMethod.FIRST_CLASS]  # type: ignore[attr-defined]
    assert first_class.text() == "Poczta &priorytetowa (first class)"
    assert first_class.accessibleDescription() == (
        "Uznaje się, że dociera po 2 dniach roboczych od nadania. Poproś na poczcie o bezpłatne potwierdzenie "
        "nadania (certificate of posting)."
    )


def test_a_mistyped_date_is_explained_in_polish_and_its_parts_are_mirrored_in_urdu(
    qtbot: QtBot,
    shown_in: Switch,
) -> None:
    shown_in("pl")
    born = DateField("Data urodzenia")
    qtbot.addWidget(born)
    assert born.day.accessibleName() == "Data urodzenia: dzień"
    for edit, text in ((born.day, "31"), (born.month, "2"), (born.year, "2013")):
        qtbot.keyClicks(edit, text)
    assert born.problem() == "taka data nie istnieje: sprawdź dzień i miesiąc"
    born.year.setText("13")
    assert born.problem() == "wpisz rok czterema cyframi, na przykład 2013"
    shown_in("ur")
    mirrored = DateField("تاریخ پیدائش")
    qtbot.addWidget(mirrored)
    mirrored.show()
    qtbot.waitExposed(mirrored)
    captions = {label.buddy(): label.text() for label in mirrored.findChildren(QLabel)}
    assert captions[mirrored.day] == "دن"
    assert mirrored.day.x() > mirrored.year.x()  # the day first, at the right


def test_a_mistyped_pupil_number_is_explained_in_polish(
    qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("pl")
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    next_page(qtbot, wizard, Step.ABOUT)
    form = fill_child(qtbot, wizard, "Zebedee Fictionalson", (4, 5, 2013))
    type_into(qtbot, form.upn, "A1234")
    type_into(qtbot, form.uln, "12345")
    said = wizard.page_for(Step.ABOUT).problems_label.text()
    assert "numer UPN ma 13 znaków (litera, a potem 12 kolejnych); 'A1234' ma 5" in said
    assert "numer ULN ma 10 cyfr; '12345' nie ma" in said


def test_the_preview_and_the_last_page_say_what_is_in_the_envelope_and_what_is_saved_in_polish(
    qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("pl")
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    preview = wizard.page_for(Step.PREVIEW)
    assert preview.title() == "Sprawdź swój list"
    summary = preview.summary.text()  # type: ignore[attr-defined]
    assert summary == "Poniżej jest Twój list, z formularzem do podpisu. Drukują się razem."
    next_page(qtbot, wizard, Step.FINISH)
    finish = wizard.page_for(Step.FINISH)
    assert finish.title() == "Zapisz i wyślij"
    assert finish.summary.text() == (  # type: ignore[attr-defined]
        "Gdy naciśniesz „Zakończ”, npdrights zapisze 1 sprawę dla: Zebedee Fictionalson — pytanie DfE, jakie ma "
        "dane — razem z listem. Nic jeszcze nie zostało zapisane."
    )
    assert finish.now.text() == "Tak, albo wysyłam &dziś"  # type: ignore[attr-defined]
    choose(qtbot, finish.now)  # type: ignore[attr-defined]
    # How the arrival was worked out, from the rules engine, said in Polish (posted on Saturday 28 November 2026).
    assert finish.clock.text().startswith(  # type: ignore[attr-defined]
        "Organizacja ma pismo od 1 grudnia 2026 (wtorek) – tak się przyjmuje, bo to drugi dzień roboczy po wysłaniu go "
    )


def test_a_follow_up_starts_in_urdu(qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_in("ur")
    wizard = start_journey(qtbot, window, monkeypatch, Journey.FOLLOW_UP)
    page = wizard.page_for(Step.FOLLOW_UP)
    assert page.title() == "کیا ہوا، اور آپ کیا کرنا چاہتے ہیں؟"
    reminder = page.follow_ups[FollowUp.REMINDER]  # type: ignore[attr-defined]
    assert reminder.text() == "یاد دہانی بھیجیں (&R)"
    assert reminder.accessibleName() == "یاد دہانی بھیجیں"
    assert audit(wizard) == []


def test_a_sent_date_before_the_letter_is_explained_in_polish(
    qtbot: QtBot, window_in: WindowIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("pl")
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    next_page(qtbot, wizard, Step.FINISH)
    finish = wizard.page_for(Step.FINISH)
    choose(qtbot, finish.now)  # type: ignore[attr-defined]
    type_date(qtbot, finish.mark.sent_on, 20, 11, 2026)  # type: ignore[attr-defined]
    assert "Data wysłania: to przed datą listu (28 listopada 2026)." in finish.problems_label.text()  # type: ignore[attr-defined]
