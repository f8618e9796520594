"""Issue 18: npdrights starts in Polish and in Urdu, Urdu mirrors the layout, counts use each language's plural
forms, dates on screen are written the language's way (letters stay English), About says the translation has not
been checked by a native speaker, and Settings chooses the language.

The translations are installed as npdrights.app.main installs them, before the first window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from npdrights.core.languages import Language
from npdrights.core.model import Person, Relationship
from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.i18n import screen_date, screen_datetime
from npdrights.gui.lock import LockCountdown
from npdrights.gui.main_window import LockReason, MainWindow
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from npdrights.gui.widgets import without_shortcut
from npdrights.gui.wizards.people_pages import AboutPage, SavedPeople, WhoAskingPage
from npdrights.gui.wizards.start_dialog import StartDialog
from tests.gui.accessibility import audit
from tests.gui.conftest import click, type_into
from tests.gui.journey_helpers import fill_parent, on_about_page, start_journey, unlocked_window


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_npdrights_starts_in_polish(shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow]) -> None:
    assert shown_in("pl").code == "pl"
    window = make_window()
    view = window.create_view
    assert window.stack.currentWidget() is view
    assert view.accessibleName() == "Utwórz swój sejf"
    assert view.create_button.text() == "&Utwórz sejf"
    assert [action.text() for action in window.menuBar().actions()][:3] == ["&Sejf", "Spr&awy", "&Rejestr"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _left(view.passphrase_label) < _left(view.passphrase)  # read from the left: the label, then its field


def test_polish_counts_use_its_three_plural_forms(
    shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow]
) -> None:
    shown_in("pl")
    window = make_window()
    said = {}
    for minutes in (1, 3, 5, 22):
        window.settings = replace(window.settings, auto_lock_minutes=minutes)
        said[minutes] = window._why_locked(LockReason.IDLE)
    assert said[1] == "npdrights zablokował się po 1 minucie bez użycia."
    assert said[3] == "npdrights zablokował się po 3 minutach bez użycia."
    assert said[5] == "npdrights zablokował się po 5 minutach bez użycia."
    assert said[22] == "npdrights zablokował się po 22 minutach bez użycia."
    assert window.tr("Saved %n case(s).", "", 2) == "Zapisano 2 sprawy."
    assert window.tr("Saved %n case(s).", "", 5) == "Zapisano 5 spraw."


def test_english_counts_say_minute_or_minutes(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.settings = replace(window.settings, auto_lock_minutes=1)
    assert window._why_locked(LockReason.IDLE) == "npdrights locked itself after 1 minute without use."
    assert window.tr("Saved %n case(s).", "", 3) == "Saved 3 cases."


def test_npdrights_starts_in_urdu_with_the_layout_mirrored(
    shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow]
) -> None:
    assert shown_in("ur").right_to_left
    window = make_window()
    view = window.create_view
    assert view.accessibleName() == "اپنا محفوظ خانہ بنائیں"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Read from the right: the field's label is to the right of the field, and the menus start at the right.
    menus = window.menuBar().actions()
    first, last = (window.menuBar().actionGeometry(action) for action in (menus[0], menus[-1]))
    assert first.x() > last.x()
    assert _left(view.passphrase_label) > _left(view.passphrase)


def test_the_first_wizard_page_is_in_urdu_and_mirrored(
    qtbot: QtBot,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_in("ur")
    start = StartDialog()
    qtbot.addWidget(start)
    assert start.windowTitle() == "npdrights: آپ کیا کرنا چاہتے ہیں؟"
    assert start.buttons[Journey.ASK].text() == "معلوم کریں کہ DfE کے پاس میرے بچے یا میرے بارے میں کیا ہے"
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    page = wizard.page_for(Step.WHO_ASKING)
    assert isinstance(page, WhoAskingPage)
    assert page.title() == "کون پوچھ رہا ہے؟"
    parent = page.buttons[Relationship.PARENT]
    assert parent.text() == "والدین یا سرپرست (&P)"
    # Its round button is at the right, where an Urdu reader starts: a click there chooses it.
    qtbot.mouseClick(parent, Qt.MouseButton.LeftButton, pos=QPoint(parent.width() - 6, parent.height() // 2))
    assert parent.isChecked()
    assert page.carer.isVisible()
    label = page.form.labelForField(page.name)
    assert label is not None
    assert label.text() == "آپ کا پورا نام (&F)"
    assert _left(label) > _left(page.name)  # the label to the right of its field


def _caption(field: QWidget) -> QLabel:
    """The label beside a field: the one whose Alt shortcut goes to it."""
    window = field.window()
    return next(label for label in window.findChildren(QLabel) if label.buddy() is field)


def _about_the_child(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, monkeypatch: pytest.MonkeyPatch
) -> AboutPage:
    """The page after "Who is asking?", reached as a parent fills in the first page and presses Next."""
    window = unlocked_window(make_window, services)
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    fill_parent(qtbot, wizard)
    page = on_about_page(qtbot, wizard)
    return page


def test_the_page_about_the_child_is_in_polish_and_says_what_is_missing_in_polish(
    qtbot: QtBot,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_in("pl")
    page = _about_the_child(qtbot, make_window, services, monkeypatch)
    assert page.title() == "Kogo to dotyczy?"
    assert page.add_button.text() == "Dodaj &kolejne dziecko"
    form = page.forms[0]
    label = _caption(form.name)
    assert label.text() == "&Imię i nazwisko"
    assert page.tabs.tabText(0) == "Nowe dziecko"
    assert page.to_finish.text().splitlines() == [
        "Aby przejść dalej:",
        "• Imię i nazwisko: wpisz imię i nazwisko ucznia",
        "• Data urodzenia: wpisz dzień, miesiąc i rok",
    ]
    assert [form.pronoun.itemText(index) for index in range(form.pronoun.count())][1] == "he (on)"
    type_into(qtbot, form.name, "Zofia Fikcyjna")
    assert page.tabs.tabText(0) == "Zofia Fikcyjna"
    assert page.to_finish.text().splitlines()[1:] == ["• Data urodzenia: wpisz dzień, miesiąc i rok"]
    click(qtbot, page.add_button)  # a second child: each problem names its child, the new one by number
    assert page.tabs.tabText(1) == "2: Nowe dziecko"
    assert "• Dziecko 2: Imię i nazwisko: wpisz imię i nazwisko ucznia" in page.to_finish.text().splitlines()


def test_the_page_about_the_child_is_in_urdu_and_mirrored(
    qtbot: QtBot,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_in("ur")
    page = _about_the_child(qtbot, make_window, services, monkeypatch)
    assert page.title() == "یہ کس کے بارے میں ہے؟"
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    form = page.forms[0]
    label = _caption(form.name)
    assert label.text() == "پورا نام (&F)"
    assert _left(label) > _left(form.name)  # the label to the right of its field
    # The date's parts are mirrored too: an Urdu reader meets the day first, at the right.
    assert _left(form.born.day) > _left(form.born.year)
    assert "• تاریخ پیدائش: دن، مہینہ اور سال لکھیں" in page.to_finish.text().splitlines()
    assert audit(page.wizard()) == []  # every control has a name a screen reader can say


def test_about_says_who_translated_it_and_that_no_native_speaker_has_checked_it(
    qtbot: QtBot,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    shown_in("pl")
    window = make_window()
    about = next(action for action in window.menuBar().actions()[-1].menu().actions() if "npdrights" in action.text())
    about.trigger()
    kind, text = no_blocking_message_boxes[-1]
    assert kind == "about"
    assert text.startswith("O npdrights: npdrights pomaga")
    assert "tłumaczenie twórców npdrights wykonane z pomocą tłumaczenia maszynowego" in text
    assert "Nie sprawdził go jeszcze żaden rodzimy użytkownik języka" in text
    assert "Listy do DfE są zawsze po angielsku" in text


def test_about_in_english_says_nothing_of_a_translation(
    make_window: Callable[[], MainWindow], no_blocking_message_boxes: list[tuple[str, str]]
) -> None:
    window = make_window()
    window.about()
    assert "native speaker" not in no_blocking_message_boxes[-1][1]


def test_the_language_is_chosen_in_settings_and_kept_for_the_next_start(qtbot: QtBot, services: Services) -> None:
    dialog = SettingsDialog(services.settings.load(), keychain_available=False, remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.language
    assert combo.currentText() == "This computer's language"
    assert [combo.itemText(index) for index in range(combo.count())][1:] == ["English", "Polski", "اردو"]
    combo.setFocus()
    qtbot.keyClicks(combo, "P")  # typing the first letter of a language chooses it, as in any list
    assert combo.currentText() == "Polski"
    assert "They change as soon as you save" in combo.accessibleDescription()
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    choice = dialog.choice()
    services.settings.save(choice.settings)
    assert services.settings.load().language == "pl"


def test_dates_on_screen_are_written_the_languages_way(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    people = [Person("p-zeb", "Zebedee Fictionalson", date(2013, 5, 4))]
    assert SavedPeople(people, "Saved &details", "&Use").combo.itemText(0) == "Zebedee Fictionalson (born 4 May 2013)"
    assert screen_datetime(datetime(2026, 11, 28, 14, 5)) == "Saturday 28 November 2026 at 14:05"
    shown_in("pl")
    saved = SavedPeople(people, "Zapisane &dane", "&Użyj")
    qtbot.addWidget(saved)
    assert saved.combo.itemText(0) == "Zebedee Fictionalson (ur. 4 maja 2013)"  # "maja": May, after a day
    assert screen_datetime(datetime(2026, 11, 28, 14, 5)) == "sobota 28 listopada 2026, 14:05"
    shown_in("ur")
    assert screen_date(date(2013, 5, 4)) == "4 مئی 2013"


def test_letters_stay_in_english_whatever_the_screens_language(shown_in: Callable[[str], Language]) -> None:
    from npdrights.core.dates import long_date

    shown_in("pl")
    assert long_date(date(2026, 11, 28)) == "Saturday 28 November 2026"  # what the letters' templates are given


def test_the_lock_warning_counts_seconds_in_polish(qtbot: QtBot, shown_in: Callable[[str], Language]) -> None:
    shown_in("pl")
    said = {}
    for seconds in (1, 3, 45):
        countdown = LockCountdown(seconds, monotonic=lambda: 0.0)
        qtbot.addWidget(countdown)
        said[seconds] = countdown.message.text()
    assert "zablokuje się za 1 sekundę," in said[1]
    assert "zablokuje się za 3 sekundy," in said[3]
    assert "zablokuje się za 45 sekund," in said[45]
    assert countdown.keep_button.text() == "&Pracuj dalej"


def test_the_cases_screen_before_the_first_case_is_in_urdu(
    qtbot: QtBot, shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow], services: Services
) -> None:
    shown_in("ur")
    window = unlocked_window(make_window, services)
    empty = window.cases_view.empty
    assert window.cases_view.states.currentWidget() is empty
    assert empty.accessibleName() == "آپ کے کیس"
    assert empty.start_button.text() == "نئی درخواست شروع کریں (&S)"


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_a_screen_reader_finds_every_control_named_in_the_translation(
    qtbot: QtBot,
    code: str,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_in(code)
    window = make_window()
    assert audit(window) == []  # the Create screen
    start = StartDialog()
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    assert audit(start) == []
    services.vault.create("kettle orange bicycle meadow")
    window._enter_cases()
    wizard = start_journey(qtbot, window, monkeypatch, Journey.ASK)
    assert audit(wizard) == []
    names = {button.accessibleName() for button in wizard.page_for(Step.WHO_ASKING).findChildren(QRadioButton)}
    assert names & {"Pytam o siebie", "میرے اپنے بارے میں"}  # the translated words, without the "(&M)" shortcut


@pytest.mark.parametrize(
    ("label", "spoken"),
    [("&Save", "Save"), ("Type it &again", "Type it again"), ("محفوظ کریں (&S)", "محفوظ کریں"), ("Dalej", "Dalej")],
)
def test_a_screen_reader_hears_a_label_without_its_shortcut_mark(label: str, spoken: str) -> None:
    assert without_shortcut(label) == spoken
