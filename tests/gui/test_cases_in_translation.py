"""Issue 18: the cases list and a case's page in Polish and in Urdu, as a family meets them after unlocking.

The cases are the fictional ones every tracker test uses (tests/tracker_fixtures.py), on Saturday 28 November 2026.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from npdrights.core.case_list import Filter
from npdrights.core.languages import Language
from npdrights.core.model import Case, CaseEvent, ChecklistItem, EventKind
from npdrights.core.wizard_flow import Journey
from npdrights.gui.cases.checklist_dialog import ChecklistDialog
from npdrights.gui.cases.event_dialog import EventDialog
from npdrights.gui.cases.list_model import Column
from npdrights.gui.cases.people import PersonDialog
from npdrights.gui.cases.timeline import TimelineColumn
from npdrights.gui.cases.view import CasesView
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.storage.repository import Repository
from tests.gui.accessibility import audit
from tests.gui.conftest import click, type_into
from tests.gui.journey_helpers import unlocked_window
from tests.tracker_fixtures import fill

Switch = Callable[[str], Language]
RLM = "\u200f"  # the right-to-left mark


def _cases_list(make_window: Callable[[], MainWindow], services: Services) -> CasesView:
    window = unlocked_window(make_window, services)
    fill(Repository(services.vault.database))
    window.reload_cases()
    return window.cases_view


CasesIn = Callable[[str | None], CasesView]


@pytest.fixture
def cases_in(shown_in: Switch, make_window: Callable[[], MainWindow], services: Services) -> CasesIn:
    """The fictional cases' list on screen, in a language ("pl", "ur"), or in English (None)."""

    def open_in(code: str | None) -> CasesView:
        if code is not None:
            shown_in(code)
        return _cases_list(make_window, services)

    return open_in


def _column(view: CasesView, column: Column) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_the_cases_list_is_in_polish_with_its_plural_forms(qtbot: QtBot, cases_in: CasesIn) -> None:
    view = cases_in("pl")
    header = view.table.model()
    assert [header.headerData(column, Qt.Orientation.Horizontal) for column in Column] == [
        "Osoba", "Stan", "Pozostały czas", "Termin", "Wysłano", "Wniosek", "Adresat",
    ]  # fmt: skip
    assert _column(view, Column.TIME_LEFT)[:2] == ["54 dni po terminie", "23 dni po terminie"]
    assert "Co ma szkoła lub urząd" in _column(view, Column.KIND)
    assert view.banner.headline.text().startswith("⚠ 2 sprawy są po terminie")
    assert view.count.text() == "6 spraw."
    assert [view.which.itemText(index) for index in range(view.which.count())] == [
        "Wszystkie sprawy", "Wymaga działania", "Czeka na odpowiedź", "Po terminie", "Zamknięte",
    ]  # fmt: skip
    click(qtbot, view.banner.overdue_button)  # "Show overdue cases"
    assert view.which.currentData() is Filter.OVERDUE
    assert _column(view, Column.STATUS) == ["Odpowiedziano częściowo", "Po terminie"]
    assert view.count.text() == "Widać 2 z 6 spraw."
    assert view.who.itemText(0) == "Wszyscy"
    assert "Fictionalson (rodzina)" in [view.who.itemText(index) for index in range(view.who.count())]


def test_polish_counts_days_in_its_three_forms(shown_in: Switch) -> None:
    from npdrights.gui.cases.wording import time_left

    shown_in("pl")
    assert [time_left(days) for days in (1, 3, 5, 22, 0, -1)] == [
        "Został 1 dzień", "Zostały 3 dni", "Zostało 5 dni", "Zostały 22 dni", "Termin dziś", "1 dzień po terminie",
    ]  # fmt: skip


def test_the_cases_list_is_in_urdu_and_mirrored(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    assert view.new_button.text() == "نئی درخواست شروع کریں (&S)"
    assert view.count.text() == RLM + "6 کیس۔"  # the count first, read from the right
    assert view.table.model().headerData(Column.PERSON, Qt.Orientation.Horizontal) == "فرد"
    # A date in a column, with the month's Urdu name: the day comes first, at the right (with the English month's
    # name the line read "Oct 2026 5").
    assert _column(view, Column.DUE)[0] == "5 اکتوبر 2026"
    assert _left(view.who) < _left(view.which) < _left(view.search)  # the search first, at the right
    assert audit(view.window()) == []


def _timeline(view: CasesView, column: TimelineColumn) -> list[str]:
    model = view.detail.timeline
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_case_page_is_in_polish(qtbot: QtBot, cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-overdue")  # the DfE acknowledged a subject access request and is now late
    detail = view.detail
    assert detail.title.text() == "Zebedee Fictionalson: Co ma DfE"
    assert detail.status.text() == "⚠ Po terminie: 23 dni po terminie"
    assert detail.back_button.text() == "◀ &Wróć do wszystkich spraw"
    # Where the case stands, from the rules engine, with its date written the Polish way.
    assert detail.summary.text() == "Termin odpowiedzi (DfE): 5 listopada 2026 (czwartek). Odpowiedź nie przyszła."
    assert _timeline(view, TimelineColumn.WHAT) == [
        "Przygotowano szkic listu", "Wysłano list", "DfE: potwierdzenie otrzymania Twojego listu",
    ]  # fmt: skip
    assert _timeline(view, TimelineColumn.DATE)[0] == "1 października 2026 (czwartek)"
    assert _timeline(view, TimelineColumn.DETAILS)[1] == "Poczta priorytetowa (first class)"
    assert _timeline(view, TimelineColumn.DETAILS)[2] == "numer DFE-SAR-4471"
    recommended = detail.next_steps.recommended
    assert recommended is not None
    assert detail.next_steps.buttons[recommended].text() == "Napisz przypomnienie…"
    assert detail.next_steps.buttons[recommended].accessibleName() == "Zalecane: Wyślij przypomnienie"
    assert detail.next_steps.buttons[recommended].accessibleDescription() == (
        "Termin odpowiedzi (DfE): 5 listopada 2026 (czwartek). Termin minął, a odpowiedź nie przyszła. Najpierw wyślij "
        "przypomnienie: to ostatnia szansa (adresat: DfE), z datą, do kiedy trzeba odpowiedzieć."
    )
    click(qtbot, detail.back_button)
    assert view.states.currentWidget() is view.list_page


def test_a_checked_answer_counts_what_is_missing_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-part")  # a part answer, checked: items the law requires missing, and one wrong fact
    assert view.detail.checklist_note.text() == (
        "W odpowiedzi z 2 października 2026 (piątek) brakuje 6 elementów, które musi zawierać według prawa, "
        "i są w niej: 1 błędny fakt."
    )


def test_a_case_page_is_in_urdu_and_mirrored(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    view.open_case("c-overdue")
    detail = view.detail
    # Lines that start with a name in Latin letters start with a right-to-left mark, so they still read from the right.
    assert detail.title.text() == RLM + "Zebedee Fictionalson: DfE کے پاس کیا ہے"
    assert _timeline(view, TimelineColumn.WHAT)[2] == RLM + "DfE نے آپ کا خط ملنے کی تصدیق کی"
    assert detail.back_button.text() == "▶ تمام کیسوں پر واپس (&B)"  # back is to the right
    assert detail.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The buttons under the timeline start at the right, where an Urdu reader starts.
    assert _left(detail.change_event_button) < _left(detail.add_event_button)
    assert audit(view.window()) == []


def test_recording_what_happened_is_in_polish(qtbot: QtBot, shown_in: Switch) -> None:
    shown_in("pl")
    dialog = EventDialog("c1", date(2026, 11, 28), body="the DfE")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Zapisz, co się stało"
    assert dialog.kind is not None
    assert dialog.kind.itemText(0) == "Wysłano list"
    assert "DfE: potwierdzenie otrzymania Twojego listu" in [
        dialog.kind.itemText(i) for i in range(dialog.kind.count())
    ]
    dialog.fields.on.year.setText("2027")  # a day that hasn't come yet
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()  # kept open, with what was typed
    assert dialog.message.text() == ("⚠ Data: ta data jest w przyszłości. Zapisuj tylko to, co już się wydarzyło.")


def test_checking_an_answer_is_in_urdu(qtbot: QtBot, shown_in: Switch) -> None:
    shown_in("ur")
    dialog = ChecklistDialog(None, body="the DfE")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "جواب جانچیں"
    assert dialog.boxes[ChecklistItem.COPY].text() == "ڈیٹا کی کاپی"
    assert dialog.facts.headerData(0, Qt.Orientation.Horizontal) == "یہ کس بارے میں ہے"
    assert audit(dialog) == []


def test_a_persons_details_are_asked_for_in_polish_and_a_wrong_upn_is_explained(
    qtbot: QtBot,
    shown_in: Switch,
) -> None:
    shown_in("pl")
    dialog = PersonDialog(None, [], date(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Dodaj osobę"
    assert dialog.family.itemText(0) == "Bez rodziny"
    type_into(qtbot, dialog.name, "Zofia Fikcyjna")
    type_into(qtbot, dialog.uln, "123")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()  # kept open, with what was typed
    assert dialog.message.text() == "⚠ ULN: numer ULN ma 10 cyfr; '123' nie ma. Sprawdź to albo zostaw puste."


def test_an_advisers_signed_authority_is_described_in_polish(shown_in: Switch) -> None:
    from dataclasses import replace

    from npdrights.core.authority import authority_state
    from npdrights.core.model import Relationship
    from npdrights.gui.sentences import on_screen
    from tests.tracker_fixtures import SAMPLES

    shown_in("pl")
    case = replace(
        SAMPLES[0].case,
        relationship=Relationship.ADVISER,
        authority_signed=date(2026, 9, 1),
        authority_expires=date(2027, 9, 1),
    )
    said = authority_state(case, date(2026, 11, 28)).sentence
    assert (
        said
        == "The family signed its authority on Tuesday 1 September 2026. It lasts until Wednesday 1 September 2027."
    )
    assert on_screen("Authority", said) == (
        "Data podpisania upoważnienia przez rodzinę: 1 września 2026 (wtorek). Jest ważne do: 1 września 2027 (środa)."
    )


def test_a_kept_draft_is_listed_in_polish(qtbot: QtBot, shown_in: Switch) -> None:
    from datetime import datetime

    from npdrights.core.kept_drafts import title
    from npdrights.core.model import Relationship
    from npdrights.core.wizard_flow.draft import Draft, PupilDraft, RequesterDraft
    from npdrights.gui.cases.drafts_panel import DraftsPanel
    from npdrights.service.drafts import DraftListing

    shown_in("pl")
    draft = Draft(
        journey=Journey.ASK,
        today=date(2026, 11, 28),
        requester=RequesterDraft(relationship=Relationship.PARENT, name="Ada Fictionalson"),
        pupils=[PupilDraft(name="Zebedee Fictionalson")],
    )
    assert title(draft) == "Find out what is held: Zebedee Fictionalson"  # as the command line and the logs say it
    panel = DraftsPanel()
    qtbot.addWidget(panel)
    panel.show_drafts([DraftListing("d1", datetime(2026, 11, 28, 9, 30), title(draft), None)])
    said = [label.text() for label in panel.findChildren(QLabel)]
    heading = "Dowiedz się, jakie dane są przechowywane: Zebedee Fictionalson"
    assert f"Szkic: {heading} (zachowany sobota 28 listopada 2026, 09:30)" in said
    assert panel.delete_buttons["d1"].accessibleName() == f"Usuń szkic {heading}"


def test_an_event_that_cant_be_true_is_refused_in_polish(
    shown_in: Switch,
    make_window: Callable[[], MainWindow],
    services: Services,
) -> None:
    from npdrights.core.model import CaseEvent, EventKind

    shown_in("pl")
    view = _cases_list(make_window, services)
    view.open_case("c-overdue")  # sent on Thursday 1 October 2026
    detail = view.detail
    again = CaseEvent("e-again", "c-overdue", EventKind.SENT, date(2026, 10, 9))
    reason = detail._reason(detail.store.check_add)(again)
    assert reason == (
        "Wysłanie listu: można to zapisać tylko raz, a są dwa wpisy: 1 października 2026 (czwartek) i "
        "9 października 2026 (piątek)."
    )


def _dates_explained(view: CasesView) -> list[str]:
    dates = view.detail.dates
    shown = (dates.itemAt(index).widget() for index in range(dates.count()))
    return [label.accessibleDescription() for label in shown if isinstance(label, QLabel)]


def test_how_the_arrival_was_worked_out_is_said_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-overdue")  # posted first class on Thursday 1 October 2026: the weekend is not counted
    assert _dates_explained(view)[0] == (
        "DfE ma pismo od 5 października 2026 (poniedziałek) – tak się przyjmuje, bo to drugi dzień roboczy po wysłaniu "
        "go listem priorytetowym 1 października 2026 (czwartek), nie licząc weekendu. To tylko szacunek. Jeśli znasz "
        "dzień doręczenia, wpisz go, a daty będą dokładne."
    )


def test_how_the_arrival_was_worked_out_is_said_in_urdu(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    view.open_case("c-overdue")
    explained = _dates_explained(view)[0]
    assert explained.startswith("مانا جاتا ہے کہ DfE کو یہ")
    assert "فرسٹ کلاس ڈاک" in explained
    assert "ہفتہ وار چھٹی کو گنے بغیر" in explained  # the weekend, not counted


def test_how_the_arrival_was_worked_out_stays_the_letters_english_on_english_screens(cases_in: CasesIn) -> None:
    view = cases_in(None)
    view.open_case("c-overdue")
    assert _dates_explained(view)[0] == (
        "The DfE is treated as getting it on Monday 5 October 2026: the second working day after you posted it "
        "first class on Thursday 1 October 2026, not counting the weekend. This is an estimate. If you know the day "
        "it was delivered, record it to make the dates exact."
    )


def test_how_the_answer_date_was_worked_out_is_said_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-part")  # the month ends on a Saturday: the date moves past the weekend
    assert _dates_explained(view)[1] == (
        "Fictional Academy Trust musi odpowiedzieć do 5 października 2026 (poniedziałek): jeden miesiąc kalendarzowy "
        "od 3 września 2026 (czwartek), czyli od dnia otrzymania wniosku; termin przesunięto z powodu weekendu."
    )


def test_how_the_answer_date_was_worked_out_is_said_in_urdu(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    view.open_case("c-overdue")
    explained = _dates_explained(view)[1]
    assert explained.startswith("جواب کی آخری تاریخ")
    assert "ایک کیلنڈر مہینہ" in explained
    assert "must answer" not in explained


def test_the_cases_lists_tooltip_says_how_the_date_was_worked_out_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    tips = [view.proxy.index(row, Column.DUE).data(Qt.ItemDataRole.ToolTipRole) or "" for row in range(6)]
    overdue = "DfE musi odpowiedzieć do 5 listopada 2026 (czwartek): jeden miesiąc kalendarzowy od 5 października 2026 "
    assert any(tip.startswith(overdue) for tip in tips)
    assert not [tip for tip in tips if "must answer by" in tip]  # no answer date explained in English


def _explained_containing(view: CasesView, words: str) -> str:
    return next(said for said in _dates_explained(view) if words in said)


def test_how_the_complaint_acknowledgement_date_was_worked_out_is_said_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-complaint")  # complained by email on Monday 16 November 2026
    assert _explained_containing(view, "skargi") == (
        "DfE musi potwierdzić otrzymanie Twojej skargi do 16 grudnia 2026 (środa): 30 dni liczonych od 17 listopada "
        "2026 (wtorek), czyli od dnia po otrzymaniu skargi. Tak właśnie ICO liczy te 30 dni; gdyby liczyć od dnia "
        "otrzymania skargi, termin mógłby minąć dzień wcześniej."
    )


def test_how_the_complaint_acknowledgement_date_was_worked_out_is_said_in_urdu(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    view.open_case("c-complaint")
    explained = _explained_containing(view, "شکایت ملنے کی تصدیق")
    assert explained.startswith("شکایت ملنے کی تصدیق کی آخری تاریخ بدھ 16 دسمبر 2026 ہے")
    assert "منگل 17 نومبر 2026 سے گنے گئے 30 دن" in explained  # counted from the day after the complaint
    assert "acknowledge" not in explained


def test_how_a_reminders_reply_by_date_was_worked_out_is_said_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-complaint")  # a reminder emailed on Sunday 20 September 2026
    assert _explained_containing(view, "przypomnieniu") == (
        "W przypomnieniu z 20 września 2026 (niedziela) prosisz adresata (DfE) o odpowiedź do 2 października 2026 "
        "(piątek): to dziesięć dni roboczych – rozsądny czas, który proponuje aplikacja, a nie termin z ustawy. Jeśli "
        "do tego dnia nie będzie odpowiedzi, następny krok to skarga do adresata."
    )


def test_how_a_reminders_reply_by_date_was_worked_out_is_said_in_urdu(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    view.open_case("c-complaint")
    explained = _explained_containing(view, "یاد دہانی")
    assert explained.startswith("اتوار 20 ستمبر 2026 کی آپ کی یاد دہانی میں DfE سے جمعہ 2 اکتوبر 2026 تک")
    assert "دس کاروباری دن" in explained  # ten working days
    assert "reminder" not in explained


@pytest.fixture
def told_late_in(shown_in: Switch, make_window: Callable[[], MainWindow], services: Services) -> Callable[[str], str]:
    """The point under the overdue case's answer date, in a language, once the DfE has said on Friday 20 November
    2026, well after its first deadline of Thursday 5 November, that it needs two more months."""

    def point_in(code: str) -> str:
        shown_in(code)
        window = unlocked_window(make_window, services)
        repository = Repository(services.vault.database)
        fill(repository)
        notified = date(2026, 11, 20)
        repository.add_event(
            CaseEvent("c-late", "c-overdue", EventKind.EXTENSION_NOTIFIED, notified, extension_months=2)
        )
        window.reload_cases()
        window.cases_view.open_case("c-overdue")
        points = [point for said in _dates_explained(window.cases_view) for point in said.split("• ")[1:]]
        assert len(points) == 1, points
        return points[0]

    return point_in


def test_a_point_under_the_answer_date_is_said_in_polish(told_late_in: Callable[[str], str]) -> None:
    assert told_late_in("pl") == (
        "DfE: informacja, że potrzeba więcej czasu, przyszła 20 listopada 2026 (piątek), już po pierwszym terminie, "
        "który mijał 5 listopada 2026 (czwartek). Prawo wymaga, by taka informacja przyszła w ciągu pierwszego "
        "miesiąca, więc możesz napisać, że przedłużenie nie obowiązuje, a odpowiedź należała się do 5 listopada 2026 "
        "(czwartek)."
    )


def test_a_point_under_the_answer_date_is_said_in_urdu(told_late_in: Callable[[str], str]) -> None:
    point = told_late_in("ur")
    # It starts with the Urdu date, not the organisation's Latin name, so the line reads right to left.
    assert point.startswith("جمعہ 20 نومبر 2026 کو DfE نے بتایا کہ اسے مزید وقت چاہیے")
    assert point.count("جمعرات 5 نومبر 2026") == 2  # its first deadline, and when its answer was due
    assert "extension" not in point


def _adviser_case_ending(expires: date) -> Case:
    """The first fictional case, written by an adviser whose signed authority ends on `expires`."""
    from dataclasses import replace

    from npdrights.core.model import Relationship
    from tests.tracker_fixtures import SAMPLES

    return replace(
        SAMPLES[0].case, relationship=Relationship.ADVISER, authority_signed=date(2026, 1, 5), authority_expires=expires
    )


@pytest.mark.parametrize(
    ("expires", "when"),
    [
        (date(2026, 11, 28), "dziś: 28 listopada 2026 (sobota)"),
        (date(2026, 11, 29), "za 1 dzień: 29 listopada 2026 (niedziela)"),
        (date(2026, 11, 30), "za 2 dni: 30 listopada 2026 (poniedziałek)"),
        (date(2026, 12, 10), "za 12 dni: 10 grudnia 2026 (czwartek)"),
        (date(2026, 12, 22), "za 24 dni: 22 grudnia 2026 (wtorek)"),
    ],
)
def test_an_authority_ending_within_a_month_counts_its_days_in_polish(
    shown_in: Switch, expires: date, when: str
) -> None:
    from npdrights.core.authority import authority_state
    from npdrights.gui.sentences import on_screen

    shown_in("pl")
    said = authority_state(_adviser_case_ending(expires), date(2026, 11, 28)).sentence
    assert on_screen("Authority", said) == (
        f"Podpisane upoważnienie rodziny wygasa {when}. Jeśli sprawa będzie trwać dalej, poproś rodzinę o podpisanie "
        "nowego."
    )


def test_an_authority_ending_within_a_month_is_said_in_urdu_on_the_case_page(
    cases_in: CasesIn, services: Services
) -> None:
    view = cases_in("ur")
    case = _adviser_case_ending(date(2026, 12, 10))
    Repository(services.vault.database).update_case(case)
    view.open_case(case.id)
    shown = view.detail.authority.text()
    assert "خاندان کا دستخط شدہ اجازت نامہ 12 دن بعد، " in shown
    assert "کو، ختم ہو رہا ہے۔ اگر کیس جاری رہے گا تو ان سے نئے اجازت نامے پر دستخط کروائیں۔" in shown
    assert "authority" not in shown
    assert "days" not in shown


def test_an_authority_ending_within_a_month_stays_the_same_english_on_english_screens(shown_in: Switch) -> None:
    from npdrights.core.authority import authority_state
    from npdrights.gui.sentences import on_screen

    shown_in("en")
    for expires, when in ((date(2026, 11, 29), "in 1 day"), (date(2026, 12, 10), "in 12 days")):
        said = authority_state(_adviser_case_ending(expires), date(2026, 11, 28)).sentence
        assert on_screen("Authority", said) == said
        assert f", {when}. Ask them" in said


def _refused_authority_dates(qtbot: QtBot, signed: tuple[str, str, str], expires: tuple[str, str, str]) -> str:
    """What the authority dialog says when Save is clicked with these dates (day, month, year) typed."""
    from npdrights.gui.cases.authority_dialog import AuthorityDialog

    dialog = AuthorityDialog(_adviser_case_ending(date(2027, 1, 5)), date(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    for field, typed in ((dialog.signed, signed), (dialog.expires, expires)):
        for edit, text in zip((field.day, field.month, field.year), typed, strict=True):
            edit.clear()
            type_into(qtbot, edit, text)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()  # refused, kept open with what was typed
    assert dialog.dates is None
    return str(dialog.message.text())


def test_authority_dates_that_cant_be_right_are_refused_in_polish(qtbot: QtBot, shown_in: Switch) -> None:
    shown_in("pl")
    assert _refused_authority_dates(qtbot, ("3", "2", "2026"), ("3", "2", "2025")).endswith(
        "Upoważnienie musi wygasać później niż w dniu, w którym zostało podpisane."
    )
    assert _refused_authority_dates(qtbot, ("1", "12", "2026"), ("", "", "")).endswith(
        "Data podpisania upoważnienia nie może być późniejsza niż dzisiejsza: 28 listopada 2026 (sobota)."
    )


def test_authority_dates_that_cant_be_right_are_refused_in_urdu(qtbot: QtBot, shown_in: Switch) -> None:
    shown_in("ur")
    from npdrights.gui.cases.authority_dialog import AuthorityDialog

    dialog = AuthorityDialog(_adviser_case_ending(date(2027, 1, 5)), date(2026, 11, 28))
    qtbot.addWidget(dialog)
    named = [
        dialog.buttons.button(which).text()
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel)
    ]
    assert named == ["محفوظ کریں (&S)", "منسوخ کریں (&C)"]  # Qt has no Urdu words for its buttons
    assert _refused_authority_dates(qtbot, ("", "", ""), ("3", "2", "2027")).endswith(
        "وہ دن بھی درج کریں جب خاندان نے اجازت نامے پر دستخط کیے، اور وہ دن بھی جب یہ ختم ہوتا ہے۔"
    )
    assert _refused_authority_dates(qtbot, ("3", "2", "2026"), ("3", "2", "2025")).endswith(
        "اجازت نامہ دستخط والے دن کے بعد ختم ہونا چاہیے۔"
    )


def test_the_timeline_says_how_an_answer_was_checked_in_polish(cases_in: CasesIn) -> None:
    view = cases_in("pl")
    view.open_case("c-part")
    assert _timeline(view, TimelineColumn.DETAILS)[2] == (
        "numer FAT/DP/0192; sprawdzono: Brakuje 6 z 10 rzeczy wymaganych przez prawo. "
        "Nie dołączono, choć o to proszono: rejestr przekazań danych innym. Zapisano 1 błędny fakt."
    )


@pytest.mark.parametrize(("wrong", "noted"), [(2, "Zapisano 2 błędne fakty."), (5, "Zapisano 5 błędnych faktów.")])
def test_polish_counts_wrong_facts_in_its_plural_forms(shown_in: Switch, wrong: int, noted: str) -> None:
    from npdrights.core.answer_checklist import CHECKED, describe
    from npdrights.core.model import AnswerCheck, WrongFact
    from npdrights.gui.sentences import on_screen

    shown_in("pl")
    facts = tuple(WrongFact(f"Item {n}", "recorded", "correct") for n in range(wrong))
    check = AnswerCheck(received=tuple(ChecklistItem), wrong_facts=facts)
    assert on_screen(CHECKED, describe(check)) == f"Dołączono wszystko, czego wymaga prawo. {noted}"


def test_the_timeline_says_how_an_answer_was_checked_in_urdu(cases_in: CasesIn) -> None:
    view = cases_in("ur")
    view.open_case("c-part")
    assert _timeline(view, TimelineColumn.DETAILS)[2] == (
        "حوالہ نمبر FAT/DP/0192; جانچا گیا: قانون میں درج 10 چیزوں میں سے 6 شامل نہیں تھیں۔ "
        "شامل نہیں، حالانکہ مانگا گیا تھا: دوسروں کو ڈیٹا دینے کا ریکارڈ۔ " + RLM + "1 غلط بات نوٹ کی گئی۔"
    )


def test_the_timeline_says_how_an_answer_was_checked_in_the_same_english_on_english_screens(
    cases_in: CasesIn,
) -> None:
    view = cases_in(None)
    view.open_case("c-part")
    assert _timeline(view, TimelineColumn.DETAILS)[2] == (
        "reference FAT/DP/0192; checked: 6 of the 10 things the law lists missing. "
        "Not included, though asked for: the record of releases to others. 1 wrong fact noted."
    )
