"""The tracker as a user meets it: search and filters, recording and undoing events, the answer checklist,
next-step letters, attachments (and no plaintext on disk), the calendar file, people, and locking."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from npdrights.core.answer_checklist import ITEMS
from npdrights.core.case_list import Filter
from npdrights.core.model import ChecklistItem, EventKind, Person, PostMethod
from npdrights.core.next_steps import ActionKind
from npdrights.core.wizard_flow import FollowUp, Step
from npdrights.gui.cases import view as view_module
from npdrights.gui.cases.attachments import AttachmentViewer
from npdrights.gui.cases.checklist_dialog import ChecklistDialog
from npdrights.gui.cases.event_dialog import EventDialog
from npdrights.gui.cases.list_model import Column
from npdrights.gui.cases.people import PeopleDialog, PersonDialog
from npdrights.gui.cases.tray import TrayReminders
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.follow_up_page import FollowUpPage
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.conftest import FIXED_NOW, click, settle, type_into
from tests.gui.journey_helpers import through
from tests.gui.test_unlock_and_lock import _unlock
from tests.tracker_fixtures import SAMPLES, TINY_PDF, fill

TODAY = FIXED_NOW.date()
Driver = Callable[[QDialog], None]


@pytest.fixture
def tracker(qtbot: QtBot, make_window: Callable[[], MainWindow], existing_vault: Services) -> MainWindow:
    existing_vault.vault.unlock_with_passphrase(PASSPHRASE)
    fill(Repository(existing_vault.vault.database))
    existing_vault.vault.lock()
    window = make_window()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        _unlock(qtbot, window)
    return window


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Callable[[type[QDialog], Driver], None]:
    """Answer a modal dialog as a user would: `driver` types and clicks in it while it is shown."""

    def answer(cls: type[QDialog], driver: Driver) -> None:
        def exec_(dialog: QDialog) -> int:
            dialog.show()
            driver(dialog)
            if dialog.isVisible():  # the driver didn't close it: the user cancels
                dialog.reject()
            return dialog.result()

        monkeypatch.setattr(cls, "exec", exec_)

    return answer


def _save(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Save))


def _rows(window: MainWindow, column: Column = Column.PERSON) -> list[str]:
    proxy = window.cases_view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _follow_up(tracker: MainWindow, qtbot: QtBot, expected: FollowUp) -> JourneyWizard:
    """The follow-up journey a next-step button opened, pre-filled from the case."""
    wizard = tracker.journeys.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.current_step() is Step.FOLLOW_UP
    assert wizard.draft.follow_up is expected
    return wizard


def _letter_text(qtbot: QtBot, wizard: JourneyWizard, *pages: Step) -> str:
    through(qtbot, wizard, *pages)
    (prepared,) = wizard.context.prepared
    return prepared.text


# -- the list -----------------------------------------------------------------------------------------


def test_the_list_shows_overdue_first_and_the_unlock_summary(qtbot: QtBot, tracker: MainWindow) -> None:
    view = tracker.cases_view
    assert view.states.currentWidget() is view.list_page
    assert _rows(tracker, Column.TIME_LEFT)[:2] == ["54 days overdue", "23 days overdue"]
    assert view.banner.isVisible()
    assert view.banner.headline.text().startswith("⚠ 2 cases are overdue")
    click(qtbot, view.banner.overdue_button)
    assert _rows(tracker, Column.STATUS) == ["Partly answered", "Overdue"]
    assert not view.banner.isVisible()
    assert view.count.text() == "Showing 2 of 6 cases."


def test_search_and_filters(qtbot: QtBot, tracker: MainWindow) -> None:
    view = tracker.cases_view
    type_into(qtbot, view.search, "madeupson")  # Zebedee's former name
    assert _rows(tracker) == ["Zebedee Fictionalson", "Zebedee Fictionalson"]
    view.search.clear()
    type_into(qtbot, view.search, "DFE-SAR-4471")  # the DfE's reference, recorded with its acknowledgement
    assert _rows(tracker, Column.STATUS) == ["Overdue"]
    view.search.clear()
    view.which.setCurrentIndex(view.which.findData(Filter.CLOSED))
    assert _rows(tracker, Column.KIND) == ["Correct wrong data"]
    view.which.setCurrentIndex(view.which.findData(Filter.ALL))
    family = next(i for i in range(view.who.count()) if view.who.itemText(i) == "Fictionalson (family)")
    view.who.setCurrentIndex(family)
    assert set(_rows(tracker)) == {"Zebedee Fictionalson", "Ada Fictionalson"}
    assert len(_rows(tracker)) == 4
    ada = next(i for i in range(view.who.count()) if view.who.itemText(i).strip() == "Ada Fictionalson")
    view.who.setCurrentIndex(ada)
    assert _rows(tracker) == ["Ada Fictionalson", "Ada Fictionalson"]
    view.who.setCurrentIndex(0)
    type_into(qtbot, view.search, "primrose")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # Enter opens the first match
    assert view.states.currentWidget() is view.detail
    assert view.detail.title.text() == "Primrose Testperson: What a school or council holds"
    click(qtbot, view.detail.back_button)
    assert view.states.currentWidget() is view.list_page


def test_a_large_vault_loads_off_the_gui_thread(
    qtbot: QtBot, tracker: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = tracker.cases_view
    monkeypatch.setattr(view_module, "LOAD_AT_ONCE", 2)
    monkeypatch.setattr(view_module, "PART_SIZE", 1)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.load()
        assert view.loading
        assert view.progress.isVisible()
    assert view.model.rowCount() == 6
    assert not view.progress.isVisible()
    # Locking while it works drops the result.
    view.load()
    tracker.lock()  # stops the worker and waits for it
    settle()  # whatever it had already sent is delivered now, and dropped
    assert view.model.rowCount() == 0
    assert not view.loading


# -- events, undo and the rules engine ----------------------------------------------------------------


def test_adding_editing_and_undoing_events(
    qtbot: QtBot, tracker: MainWindow, dialogs: Callable[[type[QDialog], Driver], None]
) -> None:
    view = tracker.cases_view
    view.open_case("c-waiting")
    detail = view.detail
    assert detail.timeline.rowCount() == 2

    def acknowledged(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.kind is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.ACKNOWLEDGED))
        dialog.fields.on.set_value(date(2026, 11, 23))
        assert dialog.fields.reference is not None
        assert dialog.fields.method is None  # an acknowledgement doesn't ask how anything was sent
        type_into(qtbot, dialog.fields.reference, "DFE-OBJ-88")
        _save(qtbot, dialog)

    dialogs(EventDialog, acknowledged)
    click(qtbot, detail.add_event_button)
    assert detail.timeline.rowCount() == 3
    assert detail.timeline.index(2, 1).data() == "The DfE acknowledged your letter"
    assert "reference DFE-OBJ-88" in detail.timeline.index(2, 2).data()
    row = view.model.row_of("c-waiting")
    assert view.model.index(row or 0, Column.STATUS).data() == "Acknowledged"

    def move_date(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        dialog.fields.on.set_value(date(2026, 11, 24))
        _save(qtbot, dialog)

    dialogs(EventDialog, move_date)
    detail.timeline_view.selectRow(2)
    click(qtbot, detail.change_event_button)
    assert detail.timeline.index(2, 0).data() == "Tuesday 24 November 2026"

    click(qtbot, detail.undo_button)
    assert detail.timeline.index(2, 0).data() == "Monday 23 November 2026"
    click(qtbot, detail.undo_button)
    assert detail.timeline.rowCount() == 2
    assert view.model.index(view.model.row_of("c-waiting") or 0, Column.STATUS).data() == "Waiting for an answer"
    click(qtbot, detail.redo_button)
    assert detail.timeline.rowCount() == 3
    assert len(Repository(tracker.vault.database).events("c-waiting")) == 3


def test_an_impossible_event_is_refused_with_the_rules_engines_reason(
    qtbot: QtBot, tracker: MainWindow, dialogs: Callable[[type[QDialog], Driver], None]
) -> None:
    view = tracker.cases_view
    view.open_case("c-waiting")
    seen: list[str] = []

    def answered_before_sent(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.kind is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.OBJECTION_UPHELD))
        dialog.fields.on.set_value(date(2026, 11, 18))
        _save(qtbot, dialog)
        assert dialog.isVisible()  # kept open, with what was typed
        seen.append(dialog.message.text())

    dialogs(EventDialog, answered_before_sent)
    click(qtbot, view.detail.add_event_button)
    assert seen == ["⚠ Upholding the objection can't come before the letter was sent. Record when you sent it first."]
    assert view.detail.timeline.rowCount() == 2


def test_removing_an_event_others_depend_on_is_refused(
    qtbot: QtBot, tracker: MainWindow, no_blocking_message_boxes: list[tuple[str, str]]
) -> None:
    view = tracker.cases_view
    view.open_case("c-overdue")
    view.detail.timeline_view.selectRow(1)  # "You sent the letter"; an acknowledgement came after it
    click(qtbot, view.detail.remove_event_button)
    reason = "An acknowledgement can't come before the letter was sent. Record when you sent it first."
    assert no_blocking_message_boxes == [("warning", f"Can't remove that: {reason}")]
    assert view.detail.timeline.rowCount() == 3


def test_the_event_form_asks_only_what_each_event_needs(qtbot: QtBot) -> None:
    sent = EventDialog("c1", TODAY, body="the DfE", kind=EventKind.SENT)
    qtbot.addWidget(sent)
    sent.show()
    fields = sent.fields
    assert fields.method is not None
    assert fields.delivered is not None
    assert fields.months is None
    fields.method.setCurrentIndex(fields.method.findData(PostMethod.EMAIL))
    assert not fields.delivered.isVisible()  # email arrives the day it is sent
    reference = EventDialog("c1", TODAY, body="the DfE", kind=EventKind.ICO_REFERENCE_RECEIVED)
    qtbot.addWidget(reference)
    reference.show()
    _save(qtbot, reference)
    assert reference.isVisible()
    assert reference.message.text() == "⚠ Type the ICO's case reference."
    extension = EventDialog("c1", TODAY, body="the DfE", kind=EventKind.EXTENSION_NOTIFIED)
    qtbot.addWidget(extension)
    extension.show()
    assert extension.fields.months is not None
    extension.fields.months.setValue(3)
    assert "at most 2 more months" in extension.message.text()


# -- the answer checklist and next-step letters -------------------------------------------------------

RECEIVED = (
    ChecklistItem.COPY,
    ChecklistItem.PURPOSES,
    ChecklistItem.CATEGORIES,
    ChecklistItem.RETENTION,
    ChecklistItem.SOURCE,
    ChecklistItem.RIGHTS,
    ChecklistItem.AUTOMATED_DECISIONS,
    ChecklistItem.REASONS_WITHHELD,
)
MISSING = (ChecklistItem.RECIPIENTS, ChecklistItem.RELEASES, ChecklistItem.TRANSFER_SAFEGUARDS)


def test_the_checklist_produces_a_reminder_with_exactly_the_missing_items(
    qtbot: QtBot, tracker: MainWindow, dialogs: Callable[[type[QDialog], Driver], None]
) -> None:
    view = tracker.cases_view
    view.open_case("c-overdue")
    detail = view.detail

    def part_answer(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.kind is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.ANSWERED_PART))
        dialog.fields.on.set_value(date(2026, 11, 20))
        _save(qtbot, dialog)

    def tick(dialog: QDialog) -> None:
        assert isinstance(dialog, ChecklistDialog)
        for item in RECEIVED:
            box = dialog.boxes[item]
            box.setFocus()  # tick like a user, with the space bar
            qtbot.keyClick(box, Qt.Key.Key_Space)
        _save(qtbot, dialog)

    dialogs(EventDialog, part_answer)
    dialogs(ChecklistDialog, tick)
    click(qtbot, detail.add_event_button)  # recording an answer opens the checklist
    answer = Repository(tracker.vault.database).events("c-overdue")[-1]
    assert answer.check is not None
    assert set(answer.check.received) == set(RECEIVED)
    # Recipients and transfer safeguards: the law requires them. The record of releases was only asked for.
    assert "is missing 2 items the law says it must include" in detail.checklist_note.text()
    click(qtbot, detail.ask_missing_button)
    wizard = _follow_up(tracker, qtbot, FollowUp.REMINDER)
    text = _letter_text(qtbot, wizard, Step.SEND, Step.PREVIEW)
    for item in MISSING:
        assert ITEMS[item].asked_for in text
    for item in RECEIVED:
        assert ITEMS[item].asked_for not in text
    assert "NPD-SAR-20261001-ZF01" in text
    wizard.discard()


def test_a_next_step_button_opens_the_right_prefilled_letter(qtbot: QtBot, tracker: MainWindow) -> None:
    view = tracker.cases_view
    view.open_case("c-overdue")
    assert set(view.detail.next_steps.buttons) >= {ActionKind.REMINDER, ActionKind.COMPLAIN_TO_ICO}
    click(qtbot, view.detail.next_steps.buttons[ActionKind.REMINDER])
    wizard = _follow_up(tracker, qtbot, FollowUp.REMINDER)
    assert wizard.draft.case_id == "c-overdue"
    text = _letter_text(qtbot, wizard, Step.SEND, Step.PREVIEW)
    assert "Zebedee Fictionalson" in text  # the child, from the people in the vault
    assert "Marigold Fictionalson" in text  # the parent who wrote the first letter
    assert "NPD-SAR-20261001-ZF01" in text  # the case's reference carries on
    assert "DFE-SAR-4471" in text  # the DfE's own reference, from its acknowledgement
    assert "Thursday 5 November 2026" in text  # when the answer was due
    wizard.discard()


def test_asking_for_corrections_carries_the_wrong_facts(qtbot: QtBot, tracker: MainWindow) -> None:
    view = tracker.cases_view
    view.open_case("c-part")
    assert view.detail.ask_corrections_button.isVisible()
    click(qtbot, view.detail.ask_corrections_button)
    wizard = _follow_up(tracker, qtbot, FollowUp.CORRECTION)
    assert [(c.item, c.recorded, c.correct) for c in wizard.draft.corrections] == [
        ("Date of birth", "28 February 2008", "29 February 2008")
    ]
    wizard.discard()


# -- attachments --------------------------------------------------------------------------------------

MARKER = b"%% npdrights-test-marker-7f3a9c: a fictional scan of a reply %%"


def _scan(tmp_path: Path) -> Path:
    source = tmp_path / "outside" / "Zebedee reply.pdf"
    source.parent.mkdir()
    source.write_bytes(TINY_PDF.replace(b"%PDF-1.4\n", b"%PDF-1.4\n" + MARKER + b"\n", 1))
    return source


def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and needle in path.read_bytes()]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh temp folder for this test, so anything written to "the temp folder" shows up in it."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_attachments_round_trip_through_the_vault(
    qtbot: QtBot, tracker: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = tracker.cases_view
    view.open_case("c-overdue")
    detail = view.detail
    source = _scan(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    detail.drop_area.dropEvent(drop)
    assert detail.attachments.rowCount() == 1
    assert detail.attachments.index(0, 0).data() == "Zebedee reply.pdf"
    assert detail.attachments_message.text() == "✓ Attached 1 file."
    chosen: list[str] = []

    def ask(_parent: object, suggested: str) -> Path:
        chosen.append(suggested)
        return tmp_path / "exported.pdf"

    monkeypatch.setattr("npdrights.gui.cases.detail.ask_export_path", ask)
    detail.attachments_view.selectRow(0)
    click(qtbot, detail.export_file_button)
    assert (tmp_path / "exported.pdf").read_bytes() == source.read_bytes()
    assert chosen == ["npdrights-attachment-2026-11-28.pdf"]  # never the file's own name, which names a child


def test_a_file_over_the_cap_is_refused_plainly(qtbot: QtBot, tracker: MainWindow, tmp_path: Path) -> None:
    tracker.cases_view.open_case("c-overdue")
    big = tmp_path / "huge.pdf"
    with open(big, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: nothing is really written
    detail = tracker.cases_view.detail
    detail.attach_paths([big])
    assert detail.attachments.rowCount() == 0
    assert detail.attachments_message.text().startswith("⚠ That file is too large to attach: the limit is 50 MB")


def test_viewing_a_scan_writes_no_plaintext_anywhere(
    qtbot: QtBot, tracker: MainWindow, tmp_path: Path, private_tmp: Path
) -> None:
    view = tracker.cases_view
    view.open_case("c-overdue")
    view.detail.attach_paths([_scan(tmp_path)])
    data_dir = tracker.vault.folder
    before = {path for path in private_tmp.rglob("*")} | {path for path in data_dir.rglob("*")}
    view.detail.attachments_view.selectRow(0)
    viewer = view.detail.view_attachment()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.document is not None
    assert viewer.document.status() == QPdfDocument.Status.Ready
    assert viewer.document.pageCount() == 1
    assert _files_holding(private_tmp, MARKER) == []
    assert _files_holding(data_dir, MARKER) == []
    assert list(private_tmp.rglob("*")) == []  # nothing at all was written to the temp folder
    after = {path for path in private_tmp.rglob("*")} | {path for path in data_dir.rglob("*")}
    assert after == before
    assert not any(b"npdrights-test-marker" in path.name.encode() for path in after)
    viewer.reject()


# -- locking ------------------------------------------------------------------------------------------


def test_locking_clears_the_list_the_detail_and_any_open_viewer(
    qtbot: QtBot, tracker: MainWindow, tmp_path: Path
) -> None:
    view = tracker.cases_view
    type_into(qtbot, view.search, "zebedee")
    view.open_case("c-overdue")
    view.detail.attach_paths([_scan(tmp_path)])
    view.detail.attachments_view.selectRow(0)
    viewer = view.detail.view_attachment()
    assert isinstance(viewer, AttachmentViewer)
    document = viewer.document
    assert document is not None
    assert document.status() == QPdfDocument.Status.Ready
    view.detail.notes.setPlainText("Rang the DfE on 2 November.")
    view.detail.notes.document().setModified(True)
    tracker.lock()
    assert view.model.rowCount() == 0
    assert view.proxy.rowCount() == 0
    assert view.detail.file is None
    assert view.detail.timeline.rowCount() == 0
    assert view.detail.letters.rowCount() == 0
    assert view.detail.attachments.rowCount() == 0
    assert view.detail.title.text() == ""
    assert view.detail.notes.toPlainText() == ""
    assert view.search.text() == ""
    assert view.who.count() == 0
    assert view.store.people == {}
    assert not viewer.is_open
    assert document.status() == QPdfDocument.Status.Null  # closed: no decrypted pages left in it
    assert view.undo.activeStack() is None
    # The notes being typed were saved before locking, not lost.
    tracker.vault.unlock_with_passphrase(PASSPHRASE)
    assert Repository(tracker.vault.database).case("c-overdue").notes == "Rang the DfE on 2 November."  # type: ignore[union-attr]
    tracker.vault.lock()


# -- calendar, people, tray ---------------------------------------------------------------------------


def test_calendar_export_with_and_without_names(
    qtbot: QtBot, tracker: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar  # only here: not in every worker's collection, as the app loads it on demand

    from npdrights.gui.cases.calendar_dialog import CalendarDialog

    dialog = CalendarDialog(tracker.cases_view.store, FIXED_NOW, tracker)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(dialog, "ask_path", lambda: target)
    click(qtbot, dialog.save_button)
    text = target.read_text()
    assert "Fictionalson" not in text
    assert "Fictional Academy Trust" not in text
    events = {str(e["uid"]): e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert events["c-overdue.due@npdrights.invalid"].decoded("dtstart") == date(2026, 11, 5)
    assert str(events["c-overdue.due@npdrights.invalid"]["summary"]) == "The DfE must answer (NPD-SAR-20261001-ZF01)"
    assert "c-closed.due@npdrights.invalid" not in events
    assert dialog.message.text().startswith("✓ Saved")
    click(qtbot, dialog.include_names)
    click(qtbot, dialog.save_button)
    named = target.read_text()
    assert "Zebedee Fictionalson" in named
    assert "Fictional Academy Trust" in named


def test_editing_a_person_once_renames_every_case(
    qtbot: QtBot, tracker: MainWindow, dialogs: Callable[[type[QDialog], Driver], None]
) -> None:
    dialog = PeopleDialog(tracker.cases_view.store, tracker)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.people.index(r, 0).data() for r in range(dialog.people.rowCount())]
    dialog.people_view.selectRow(names.index("Zebedee Fictionalson"))

    def rename(person_dialog: QDialog) -> None:
        assert isinstance(person_dialog, PersonDialog)
        person_dialog.name.clear()
        type_into(qtbot, person_dialog.name, "Zebedee Newname")
        type_into(qtbot, person_dialog.uln, "12345")
        _save(qtbot, person_dialog)
        assert person_dialog.message.text() == "⚠ ULN: a ULN is 10 digits; '12345' is not. Check it, or leave it empty."
        person_dialog.uln.clear()
        type_into(qtbot, person_dialog.upn, "A801200005001")  # the check letter is wrong: B801200005001
        _save(qtbot, person_dialog)
        assert "UPN: 'A801200005001' is not a UPN: the first letter does not match" in person_dialog.message.text()
        person_dialog.upn.clear()
        type_into(qtbot, person_dialog.upn, "b8012 0000 5001")
        _save(qtbot, person_dialog)

    dialogs(PersonDialog, rename)
    click(qtbot, dialog.change_person_button)
    qtbot.waitUntil(lambda: "Zebedee Newname" in _rows(tracker), timeout=5000)
    assert _rows(tracker).count("Zebedee Newname") == 2
    stored = Repository(tracker.vault.database).person("p-zebedee")
    assert stored is not None
    assert stored.former_names == ("Zebedee Madeupson",)  # everything else kept
    assert stored.identifiers.upn == "B801200005001"  # kept as letters print it


def test_tray_messages_once_without_names(qtbot: QtBot, tracker: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    tray = TrayReminders(available=lambda: True)
    monkeypatch.setattr(tray, "_show", shown.append)
    summaries = tracker.cases_view.model.summaries()
    opening_day = date(2026, 11, 17)  # the draft's "send it or mark it as sent" nudge opens
    assert tray.check(summaries, opening_day) == 1
    assert shown == []  # off by default
    tray.set_enabled(True)
    assert tray.check(summaries, opening_day) == 0  # that one was already seen this run
    tray = TrayReminders(available=lambda: True)
    monkeypatch.setattr(tray, "_show", shown.append)
    tray.set_enabled(True)
    tray.check(summaries, opening_day)
    assert shown == ["1 next step is open from today in your cases. Open npdrights to see it."]
    unavailable = TrayReminders(available=lambda: False)
    unavailable.set_enabled(True)
    assert not unavailable.enabled


def test_a_case_made_elsewhere_appears_in_the_list(tracker: MainWindow) -> None:
    newcomer = Person("p-new", "Newt Fictionalson")
    Repository(tracker.vault.database).create_case(
        replace(SAMPLES[1].case, id="c-new", person_id=newcomer.id, reference="NPD-NEW"), people=[newcomer]
    )
    tracker.cases_view.add_case("c-new")
    row = tracker.cases_view.model.row_of("c-new")
    assert row is not None
    assert tracker.cases_view.model.index(row, Column.PERSON).data() == "Newt Fictionalson"


def test_a_case_a_journey_saved_is_selected_in_the_list(tracker: MainWindow) -> None:
    view = tracker.cases_view
    view.which.setCurrentIndex(view.which.findData(Filter.CLOSED))  # a filter that would hide it
    newcomer = Person("p-new", "Newt Fictionalson")
    Repository(tracker.vault.database).create_case(
        replace(SAMPLES[1].case, id="c-journey", person_id=newcomer.id, reference="NPD-J"), people=[newcomer]
    )
    tracker._journey_saved(["c-journey"])
    assert view.states.currentWidget() is view.list_page
    selected = view.table.selectionModel().selectedRows()
    assert [view.proxy.summary(index).case.id for index in selected] == ["c-journey"]
    assert view.which.currentData() is Filter.ALL


def test_the_case_page_recommends_one_step_at_a_time(
    qtbot: QtBot, tracker: MainWindow, dialogs: Callable[[type[QDialog], Driver], None]
) -> None:
    # docs/law.md §2.2. The overdue SAR was due on Thursday 5 November 2026; today is Saturday 28 November.
    view = tracker.cases_view
    view.open_case("c-overdue")
    panel = view.detail.next_steps
    assert panel.recommended is ActionKind.REMINDER
    assert panel.buttons[ActionKind.REMINDER].accessibleName() == "Recommended: Send a reminder"
    assert panel.buttons[ActionKind.REMINDER].isEnabled()
    also = [kind for kind in panel.buttons if kind is not panel.recommended]
    assert also == [ActionKind.COMPLAIN_TO_ORGANISATION, ActionKind.COMPLAIN_TO_ICO]  # in the ICO's order

    def reminded(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.kind is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.REMINDER_SENT))
        dialog.fields.on.set_value(date(2026, 11, 23))
        _save(qtbot, dialog)

    dialogs(EventDialog, reminded)
    click(qtbot, view.detail.add_event_button)
    # The reminder of Monday 23 November asks for a reply in ten working days, by Monday 7 December: shown under
    # Dates, and the complaint to the DfE is recommended from the day after.
    dates = [view.detail.dates.itemAt(i).widget().accessibleName() for i in range(view.detail.dates.count())]
    assert "When it should reply to your reminder: Monday 7 December 2026" in dates
    assert panel.recommended is ActionKind.COMPLAIN_TO_ORGANISATION
    assert ActionKind.REMINDER not in panel.buttons
    assert not panel.buttons[ActionKind.COMPLAIN_TO_ORGANISATION].isEnabled()  # not before its date
    labels = [label.accessibleDescription() for label in panel.findChildren(QLabel)]
    assert any(text.startswith("From Tuesday 8 December 2026.") for text in labels)


@pytest.mark.parametrize(
    ("reminded_on", "recommended", "preselected"),
    [
        # docs/law.md §2.2: the overdue SAR was due on Thursday 5 November 2026; today is Saturday 28 November.
        (None, ActionKind.REMINDER, FollowUp.REMINDER),
        # A reminder on Friday 6 November asked for a reply by Friday 20 November: the complaint is next.
        (date(2026, 11, 6), ActionKind.COMPLAIN_TO_ORGANISATION, FollowUp.COMPLAINT),
    ],
)
def test_the_recommended_step_is_chosen_in_the_letter_it_opens(
    qtbot: QtBot,
    tracker: MainWindow,
    dialogs: Callable[[type[QDialog], Driver], None],
    reminded_on: date | None,
    recommended: ActionKind,
    preselected: FollowUp,
) -> None:
    """Issue 10 follow-up: the follow-up page opens with the case page's recommended step already chosen."""
    view = tracker.cases_view
    view.open_case("c-overdue")
    if reminded_on is not None:

        def reminded(dialog: QDialog) -> None:
            assert isinstance(dialog, EventDialog)
            assert dialog.kind is not None
            dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.REMINDER_SENT))
            dialog.fields.on.set_value(reminded_on)
            _save(qtbot, dialog)

        dialogs(EventDialog, reminded)
        click(qtbot, view.detail.add_event_button)
    panel = view.detail.next_steps
    assert panel.recommended is recommended
    click(qtbot, panel.buttons[recommended])
    wizard = _follow_up(tracker, qtbot, preselected)
    page = wizard.page_for(Step.FOLLOW_UP)
    assert isinstance(page, FollowUpPage)
    assert [kind for kind, button in page.follow_ups.items() if button.isChecked()] == [preselected]
    wizard.discard()


def test_pasting_megabytes_into_the_notes_keeps_what_fits_and_says_so(qtbot: QtBot, tracker: MainWindow) -> None:
    """Issue 11, item 14: notes stop at the limit (8 MB of notes froze the window for minutes)."""
    from PySide6.QtGui import QGuiApplication

    from npdrights.core.limits import LONG_TEXT_CHARS

    view = tracker.cases_view
    view.open_case("c-overdue")
    QGuiApplication.clipboard().setText("n" * (LONG_TEXT_CHARS + 5_000))
    view.detail.notes.setFocus()
    qtbot.keyClick(view.detail.notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(view.detail.notes.toPlainText()) == LONG_TEXT_CHARS
    assert "Notes can be up to 100,000 characters" in view.detail.notes_message.text()
    assert view.detail.notes.document().isModified()  # what was kept counts as typed: saved on leaving or locking
    click(qtbot, view.detail.save_notes_button)
    assert len(Repository(tracker.vault.database).case("c-overdue").notes) == LONG_TEXT_CHARS  # type: ignore[union-attr]
    QGuiApplication.clipboard().clear()
