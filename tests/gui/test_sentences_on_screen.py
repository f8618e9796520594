"""Issue 18: `on_screen` says a Sentence in the screens' language, writing its dates, dates and times and
organisation the screen's way; on English screens it is exactly the English of the letters and command line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from npdrights.core.deadlines import (
    complaint_acknowledgement_due,
    describe_days_off,
    ico_complaint_window,
    response_due,
)
from npdrights.core.languages import Language
from npdrights.core.sentence import Sentence
from npdrights.gui.i18n import screen_date, screen_datetime, screen_day_and_month, screen_long_date
from npdrights.gui.sentences import on_screen

DAY = date(2026, 11, 27)
MOMENT = datetime(2026, 11, 27, 9, 30)
UNTRANSLATED = "An untranslated {thing} on {day}."  # no .ts holds it: the template comes back as it is


def test_on_english_screens_a_sentence_is_its_own_english(shown_in: Callable[[str], Language]) -> None:
    shown_in("en")
    for said in (
        Sentence(UNTRANSLATED, thing="note", day=DAY),
        Sentence.plain_dated(UNTRANSLATED, thing="note", day=DAY),
        Sentence("Taken on {when}.", when=MOMENT),
        Sentence("Braces {kept} as they are."),
    ):
        assert on_screen("Nowhere", said) == str(said)
    assert on_screen("Nowhere", Sentence(UNTRANSLATED, thing="note", day=DAY)).endswith("on Friday 27 November 2026.")


def test_on_a_translated_screen_dates_are_the_screens_own(shown_in: Callable[[str], Language]) -> None:
    shown_in("pl")
    long = on_screen("Nowhere", Sentence(UNTRANSLATED, thing="note", day=DAY))
    plain = on_screen("Nowhere", Sentence.plain_dated(UNTRANSLATED, thing="note", day=DAY))
    moment = on_screen("Nowhere", Sentence("Taken on {when}.", when=MOMENT))
    assert long == f"An untranslated note on {screen_long_date(DAY)}."
    assert plain == f"An untranslated note on {screen_date(DAY)}."
    assert moment == f"Taken on {screen_datetime(MOMENT)}."
    assert long.endswith("27 listopada 2026 (piątek).")  # the Polish month, and the weekday the Polish way
    assert "piątek" not in plain
    assert "09:30" in moment


def test_on_a_translated_screen_braces_without_values_stay(shown_in: Callable[[str], Language]) -> None:
    shown_in("ur")
    assert on_screen("Nowhere", Sentence("Could not read {notes}.txt.")) == "Could not read {notes}.txt."


def test_days_off_are_listed_in_the_screens_words_with_bank_holidays_named_where_the_package_can(
    shown_in: Callable[[str], Language],
) -> None:
    christmas = [date(2026, 12, 25) + timedelta(days=offset) for offset in range(4)]  # Friday to Monday
    english = describe_days_off(christmas)
    shown_in("en")
    assert on_screen("Nowhere", english) == (
        "the bank holiday on Friday 25 December (Christmas Day), the weekend and the bank holiday on "
        "Monday 28 December (substitute day for Boxing Day)"
    )
    # Each day without its year, the Polish way; the holidays package has no Polish names for England's bank
    # holidays, so they keep their English ones.
    shown_in("pl")
    assert on_screen("Nowhere", english) == (
        "dnia wolnego od pracy: 25 grudnia (piątek) – Christmas Day, weekendu i dnia wolnego od pracy: "
        "28 grudnia (poniedziałek) – dzień zastępczy za Boxing Day"
    )
    shown_in("ur")  # the package names them in Urdu
    assert on_screen("Nowhere", english) == (
        f"{screen_day_and_month(christmas[0])} (کرسمس کا دن) کی سرکاری چھٹی، ہفتہ وار چھٹی اور "
        f"{screen_day_and_month(christmas[3])} (باکسنگ ڈے کی متبادل چھٹی) کی سرکاری چھٹی"
    )


def test_a_long_answer_date_story_is_said_in_polish_part_by_part(shown_in: Callable[[str], Language]) -> None:
    # Received on Saturday 31 October 2026 (day 1 even at a weekend; November has no 31st); a pause for clarification.
    explained = response_due(
        date(2026, 10, 31), clarification=[(date(2026, 11, 2), date(2026, 11, 4))], access=True, body="the DfE"
    ).explanation
    shown_in("en")
    assert on_screen("Nowhere", explained) == str(explained)
    shown_in("pl")
    polish = on_screen("Nowhere", explained)
    assert polish.startswith("DfE musi odpowiedzieć do ")
    assert "jeden miesiąc kalendarzowy od 31 października 2026 (sobota)" in polish
    assert "(dzień otrzymania liczy się jako pierwszy" in polish
    assert "więc do 30 listopada (poniedziałek), bo listopad nie ma 31. dnia" in polish
    assert "(liczba dni: 3; od 2 listopada (poniedziałek) do 4 listopada (środa))" in polish
    assert "must" not in polish


def test_the_icos_window_is_explained_in_polish_and_urdu(shown_in: Callable[[str], Language]) -> None:
    # Last heard from the DfE on Friday 27 November 2026; ready to complain on Monday 4 January 2027.
    wait = ico_complaint_window(DAY, earliest=date(2027, 1, 4), body="the DfE").explanation
    shown_in("en")
    assert on_screen("Nowhere", wait) == str(wait)
    shown_in("pl")
    assert on_screen("Nowhere", wait) == (
        "ICO oczekuje Twojej skargi do 27 lutego 2027 (sobota): to trzy miesiące od ostatniego kontaktu z "
        "organizacją (DfE), który był 27 listopada 2026 (piątek). Warto poczekać do 4 stycznia 2027 (poniedziałek), "
        "żeby organizacja (DfE) miała szansę naprawić sprawę, ale ICO przyjmuje skargi w każdej chwili."
    )
    shown_in("ur")
    urdu = on_screen("Nowhere", wait)
    assert urdu.startswith(f"آپ کی شکایت ICO کو {screen_long_date(date(2027, 2, 27))} تک")  # Urdu first: right to left
    assert "expects" not in urdu


def test_an_ico_window_that_closes_before_the_family_is_ready_is_explained_in_polish_and_urdu(
    shown_in: Callable[[str], Language],
) -> None:
    too_late = ico_complaint_window(DAY, earliest=date(2027, 3, 1), body="the DfE").explanation
    shown_in("pl")
    assert on_screen("Nowhere", too_late).endswith(
        "To wcześniej niż 1 marca 2027 (poniedziałek), kiedy zwykle można już składać skargę. ICO przyjmuje skargi "
        "w każdej chwili, więc złóż ją jak najszybciej i wyjaśnij, skąd takie daty."
    )
    shown_in("ur")
    assert "اس لیے جتنی جلدی ہو سکے شکایت کریں" in on_screen("Nowhere", too_late)  # complain as soon as you can


def test_an_early_complaints_acknowledgement_moved_past_a_weekend_is_explained_in_polish_and_urdu(
    shown_in: Callable[[str], Language],
) -> None:
    # Received on Friday 1 May 2026, before the duty began: the 30th day is Sunday 31 May, so it moves to Monday.
    early = complaint_acknowledgement_due(date(2026, 5, 1), body="the DfE").explanation
    shown_in("pl")
    assert on_screen("Nowhere", early) == (
        "Przed 19 czerwca 2026 (piątek) prawo nie wymagało potwierdzania otrzymania skarg. Dla orientacji: odpowiedź "
        "(adresat: DfE) powinna była przyjść do 1 czerwca 2026 (poniedziałek): 30 dni liczonych od 2 maja 2026 "
        "(sobota), czyli od dnia po otrzymaniu skargi; termin przesunięto z powodu weekendu."
    )
    shown_in("ur")
    urdu = on_screen("Nowhere", early)
    assert urdu.startswith(f"{screen_long_date(date(2026, 6, 19))} سے پہلے")
    assert "ہفتہ وار چھٹی کی وجہ سے تاریخ آگے بڑھ گئی" in urdu  # moved past the weekend
