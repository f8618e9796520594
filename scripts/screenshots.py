"""Take screenshots of the app's screens with fictional data, for docs/screenshots/ and for looking at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--scale 1.0|2.0] [--out docs/screenshots]
(or under `xvfb-run -a` for a real X server). Uses a throwaway data folder; never your own vault.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from shooting import PASSPHRASE, start_shooting

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from npdrights.gui.main_window import MainWindow


def main() -> None:
    shooting = start_shooting()
    from npdrights.gui.main_window import MainWindow

    services = shooting.services()
    window = MainWindow(services)
    # What a user who sets large text gets: every font scaled, on a small 1366x768 laptop screen.
    window.resize(*((1366, 768) if shooting.large else (960, 680)))
    window.show()

    def shot(
        name: str, prepare: Callable[[], None] = lambda: None, widget: QWidget | None = None, wait: float = 0.0
    ) -> None:
        prepare()
        shooting.save(widget or window, name, wait=wait)

    shot(
        "01-create-vault",
        lambda: (
            window.create_view.passphrase.edit.setText(PASSPHRASE),
            window.create_view.confirm.edit.setText(PASSPHRASE),
        ),
    )
    window._vault_created(services.vault.create(PASSPHRASE))  # what the Create button leads to
    shot("02-recovery-code")
    window.recovery_view.forget()
    window._enter_cases()
    shot("04-cases-empty")
    window.lock()
    shot("03-unlock")
    window.unlock_view.show_recovery_mode()
    shot("03b-unlock-with-recovery-code")
    tracker_screens(window, shot)
    kept_draft_screens(window, shot)
    help_screens(window, shot)
    window.close()


def tracker_screens(window: MainWindow, shot: Callable[..., None]) -> None:
    """The cases list, a case's detail from top to bottom, and the answer checklist, with fictional cases."""
    from npdrights.core.next_steps import ActionKind
    from npdrights.gui.cases.checklist_dialog import ChecklistDialog
    from npdrights.storage.repository import Repository
    from tests.tracker_fixtures import PART_CHECK, fill

    window.unlock_view.reset()
    window.vault.unlock_with_passphrase(PASSPHRASE)
    fill(Repository(window.vault.database))
    window._enter_cases()
    shot("05-cases-list")
    view = window.cases_view
    working_out_screen(window, shot)
    detail = view.detail
    view.open_case("c-part")
    shot("06-case-detail")
    shot("06b-case-detail-timeline", lambda: detail.ensureWidgetVisible(detail.timeline_view, 0, 0))
    shot("06c-case-detail-files-and-notes", lambda: detail.ensureWidgetVisible(detail.save_notes_button))
    view.open_case("c-overdue")
    shot("06d-case-detail-overdue")
    # One recommended next step, with the others below it (docs/law.md §2.2).
    shot("06e-case-detail-next-step", lambda: detail.ensureWidgetVisible(detail.next_steps, 0, 200))
    detail.next_steps.buttons[ActionKind.REMINDER].click()  # the follow-up journey, pre-filled from the case
    wizard = window.journeys.wizard
    if wizard is not None:
        shot("08-follow-up-from-a-case", widget=wizard, wait=0.5)
        wizard.discard()
    dialog = ChecklistDialog(PART_CHECK, body="Fictional Academy Trust", parent=window)
    dialog.resize(min(window.width(), 900), window.height() - 40)
    dialog.show()
    shot("07-answer-checklist", widget=dialog)
    dialog.close()
    window.lock()


def kept_draft_screens(window: MainWindow, shot: Callable[..., None]) -> None:
    """The minute's warning before an auto-lock, the unlock screen saying a letter was kept, and the draft listed."""
    from datetime import date

    from npdrights.core.model import Relationship
    from npdrights.core.wizard_flow.draft import Draft, Journey, PupilDraft, RequesterDraft, Step
    from npdrights.gui.main_window import LockReason

    window.unlock_view.reset()
    window.vault.unlock_with_passphrase(PASSPHRASE)
    window._enter_cases()
    draft = Draft(
        journey=Journey.ASK,
        today=date(2026, 11, 28),
        requester=RequesterDraft(relationship=Relationship.PARENT, name="Ada Fictionalson"),
        pupils=[PupilDraft(name="Yusuf Fictionalson", date_of_birth=date(2014, 2, 3))],
    )
    listing = window.drafts.find(window.drafts.keep(draft, Step.ABOUT))
    assert listing is not None
    window.journeys.resume(listing)
    window.warn_before_locking()
    if window.countdown is not None:
        shot("09-lock-countdown", widget=window.countdown)
    window.lock(LockReason.IDLE)
    shot("03c-unlock-after-auto-lock")
    window.vault.unlock_with_passphrase(PASSPHRASE)
    window._kept_at_lock = None  # listed, without the question asked after a real unlock
    window._enter_cases()
    shot("05d-cases-list-with-a-draft")
    window.lock()


def help_screens(window: MainWindow, shot: Callable[..., None]) -> None:
    """What happens next (after Finish, posted first class with a form to sign) and Help > How this works."""
    from npdrights.core.after_sending import AfterFinish
    from npdrights.core.model import PostMethod

    window.show_what_next(AfterFinish(PostMethod.FIRST_CLASS, forms=1, to="Department for Education"))
    if window.what_next_dialog is not None:
        shot("18b-what-happens-next", widget=window.what_next_dialog, wait=0.2)
        window.what_next_dialog.reject()
    window.how_this_works()
    if window.how_dialog is not None:
        shot("20-how-this-works", widget=window.how_dialog, wait=0.2)
        window.how_dialog.reject()


def working_out_screen(window: MainWindow, shot: Callable[..., None]) -> None:
    """The list of a big vault while its statuses are still being worked out: as if only its first part were in.

    The six fictional cases are loaded as a big list would be (two phases, two cases a part), and the worker is
    held after its first part, so the picture shows rows filled in and rows still working out.
    """
    import threading

    from PySide6.QtWidgets import QApplication

    from npdrights.core.case_list import Filter
    from npdrights.gui.cases import view as view_module

    release = threading.Event()
    real = view_module.work_out_in_parts
    handed: list[int] = []

    def first_part_only(*args: object) -> int:
        *rest, should_stop, deliver, give_way = args

        def deliver_first(part: object) -> None:
            while handed and not release.wait(0.01) and not should_stop():  # type: ignore[operator]
                pass
            deliver(part)  # type: ignore[operator]
            handed.append(1)

        return real(*rest, should_stop, deliver_first, give_way)  # type: ignore[arg-type]

    saved = view_module.work_out_in_parts, view_module.LOAD_AT_ONCE, view_module.PART_SIZE
    view_module.work_out_in_parts, view_module.LOAD_AT_ONCE, view_module.PART_SIZE = first_part_only, 2, 2  # type: ignore[assignment]
    try:
        view = window.cases_view
        view.load()
        deadline = time.monotonic() + 5
        while not handed and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        shot("05b-cases-list-working-out")
        shot("05c-cases-list-working-out-filtered", lambda: view.set_filter(Filter.OVERDUE))
        view.set_filter(Filter.ALL)
        release.set()
        while view.loading and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
    finally:
        view_module.work_out_in_parts, view_module.LOAD_AT_ONCE, view_module.PART_SIZE = saved


if __name__ == "__main__":
    main()
