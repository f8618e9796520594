"""The main window. Locked is a state of the window: a stacked widget shows Create, Unlock or Cases."""

from __future__ import annotations

import threading
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QWidget

from npdrights.gui.clipboard import PrivateClipboard
from npdrights.gui.i18n import screen_datetime, screens_language, switch_language, translation_note
from npdrights.gui.inactivity import InactivityWatcher, countdown_seconds
from npdrights.gui.message_boxes import about, ask_three_ways, ask_yes_no, tell
from npdrights.gui.organisation.tools import OrganisationTools
from npdrights.gui.sentences import on_screen
from npdrights.gui.services import Services
from npdrights.gui.unlock_view import UnlockView
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import add_separator, fit_to_screen
from npdrights.gui.workers import Background
from npdrights.storage.errors import (
    DamagedDatabase,
    KeychainUnavailable,
    KeyFileMissing,
    OlderDatabase,
    VaultError,
)

# What is only needed once unlocked (the cases screen, the rules engine, letters, wizards, backups) is
# imported when first used, so the Unlock screen appears quickly: see bench/startup.py.
if TYPE_CHECKING:
    # Named only in annotations: PySide makes a class when it is first named (QEvent's 1.4 ms, QDialog's 0.6 ms).
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from npdrights.core.after_sending import AfterFinish
    from npdrights.core.next_steps import ActionKind
    from npdrights.gui.backup_dialogs import JobDialog
    from npdrights.gui.cases import CasesView
    from npdrights.gui.create_view import CreateVaultView
    from npdrights.gui.lock import LockCountdown
    from npdrights.gui.recovery_view import RecoveryCodeView
    from npdrights.gui.register import RegisterExplorer
    from npdrights.gui.window_events import WindowEvents
    from npdrights.gui.wizards.launch import Journeys
    from npdrights.service.drafts import DraftListing, Drafts
    from npdrights.storage.integrity import IntegrityCheck
    from npdrights.storage.vault import DataKey

MINUTE_MS = 60_000
# The first window's size in characters and lines of its text (960 x 680 at the usual size), never beyond the
# screen: at 200% text on a 1366 x 768 laptop it fills the screen rather than running off it.
WINDOW_COLUMNS, WINDOW_LINES = 160, 48


class LockReason(Enum):
    BY_USER = "by-user"  # Ctrl+L or Vault > Lock now
    IDLE = "idle"
    SLEPT = "slept"
    MINIMISED = "minimised"
    CLOSING = "closing"


class DraftChoice(Enum):
    """After unlocking, what to do with the letter that was being written when npdrights locked."""

    CARRY_ON = "carry-on"
    THROW_AWAY = "throw-away"
    LATER = "later"  # it stays in the list of unfinished letters


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vault = services.vault
        self.settings = services.settings.load()
        self.setWindowTitle("npdrights")
        fit_to_screen(self, columns=WINDOW_COLUMNS, lines=WINDOW_LINES)
        self.background = Background(self)
        # The unlock's integrity check, beside the first paint (storage/integrity.py): a thread of its own, so it
        # never waits behind a letter being rendered, nor they behind it.
        self.integrity_checks = Background(self)
        self._recovery_code: str | None = None
        self._remember_after_create = False
        self.job_dialog: JobDialog | None = None
        self.what_next_dialog: QDialog | None = None  # the latest help pages shown (for tests and screenshots)
        self.how_dialog: QDialog | None = None

        self.unlock_view = UnlockView()
        self._screens_language = screens_language()  # the start screens' language: see _retranslate
        self.clipboard = PrivateClipboard(self.settings.clipboard_clear_seconds * 1000, self)
        # Built when first needed: a computer with a vault starts on the Unlock screen without them (issue 17).
        self._create_view: CreateVaultView | None = None
        self._recovery_view: RecoveryCodeView | None = None
        self._cases_view: CasesView | None = None  # built on first unlock
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_view)
        self.setCentralWidget(self.stack)

        self.watcher = InactivityWatcher(self.settings.auto_lock_minutes * MINUTE_MS, self)
        self.watcher.idle.connect(self.warn_before_locking)
        self.watcher.slept.connect(lambda: self.lock(LockReason.SLEPT))
        self.countdown: LockCountdown | None = None  # the last minute before an auto-lock
        self._set_auto_lock(self.settings.auto_lock_minutes)
        self._journeys: Journeys | None = None  # made on first use: the letters and wizards load then
        self.register_explorer: RegisterExplorer | None = None
        self._register_language: str | None = None  # the language it was made in
        self._drafts: Drafts | None = None
        self._kept_at_lock: str | None = None  # the draft kept from the journey open when it last locked
        self._lock_note = ""  # why it locked, and what was kept: said on the unlock screen and after unlocking
        self._window_events: WindowEvents | None = None  # heard from the first unlock on: see _hear_window_events

        self._build_menus()
        self.organisation = OrganisationTools(
            self,
            self.vault,
            services.clock.today,
            self.back_up,
            letterhead=self.organisation_action,
            menu=self.organisation_menu,
        )
        self._update_actions()
        self._connect_views()
        self.show_start()

    # -- menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.vault_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(lambda: self.lock(LockReason.BY_USER))
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.edit_settings)
        self.organisation_action = QAction(self)
        self.organisation_action.triggered.connect(self.edit_organisation)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up)
        self.check_backup_action = QAction(self)
        self.check_backup_action.triggered.connect(self.check_backup)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_backup)
        for action in (self.lock_action, self.change_passphrase_action, self.settings_action):
            self.vault_menu.addAction(action)
        add_separator(self.vault_menu)
        for action in (self.backup_action, self.check_backup_action, self.restore_action):
            self.vault_menu.addAction(action)
        add_separator(self.vault_menu)
        self.vault_menu.addAction(self.quit_action)
        self.cases_menu = self.menuBar().addMenu("")
        self.new_request_action = QAction(self)
        self.new_request_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_request_action.triggered.connect(self.start_new_request)
        self.cases_menu.addAction(self.new_request_action)
        self.statistics_action = QAction(self)
        self.statistics_action.triggered.connect(self.open_statistics)
        self.cases_menu.addAction(self.statistics_action)
        # Shortcuts must work wherever focus is, so the actions also live on the window itself.
        self.addAction(self.lock_action)
        self.addAction(self.new_request_action)
        self.register_menu = self.menuBar().addMenu("")
        self.register_action = QAction(self)
        self.register_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.register_action.triggered.connect(self.open_register)
        self.register_menu.addAction(self.register_action)
        self.addAction(self.register_action)  # public data: open whether locked or not
        # OrganisationTools fills it. Added in its place rather than inserted before Help: naming an action the menu
        # bar gives back makes PySide build QWidgetAction too, 0.4 ms before the Unlock screen (issue 17).
        self.organisation_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.how_action = QAction(self)
        self.how_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.how_action.triggered.connect(self.how_this_works)
        self.help_menu.addAction(self.how_action)
        self.addAction(self.how_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)
        self._name_menus()
        self._update_actions()

    def _name_menus(self) -> None:
        """The menus' words, set again when the language changes (issue 18: no restart needed)."""
        for item, text in (
            (self.vault_menu, self.tr("&Vault")),
            (self.lock_action, self.tr("&Lock now")),
            (self.change_passphrase_action, self.tr("Change &passphrase…")),
            (self.settings_action, self.tr("&Settings…")),
            (self.organisation_action, self.tr("&Name, address and letterhead…")),
            (self.quit_action, self.tr("&Quit")),
            (self.backup_action, self.tr("&Back up to a file…")),
            (self.check_backup_action, self.tr("C&heck a backup file…")),
            (self.restore_action, self.tr("&Restore from a file…")),
            (self.cases_menu, self.tr("&Cases")),
            (self.new_request_action, self.tr("&New request…")),
            (self.statistics_action, self.tr("&Statistics…")),
            (self.register_menu, self.tr("&Register")),
            (self.register_action, self.tr("&Who has been given pupil data…")),
            (self.help_menu, self.tr("&Help")),
            (self.how_action, self.tr("&How this works")),
            (self.about_action, self.tr("&About npdrights")),
        ):
            if isinstance(item, QMenu):
                item.setTitle(text)
            else:
                item.setText(text)

    @property
    def create_view(self) -> CreateVaultView:
        """The first-run page: making a new vault, or one from a backup file."""
        if self._create_view is None:
            from npdrights.gui.create_view import CreateVaultView

            view = CreateVaultView()
            view.create_requested.connect(self._create_vault)
            view.restore_requested.connect(self.restore_into_new_vault)
            self.stack.addWidget(view)
            self._create_view = view
        return self._create_view

    @property
    def recovery_view(self) -> RecoveryCodeView:
        """The new vault's recovery code, shown once."""
        if self._recovery_view is None:
            from npdrights.gui.recovery_view import RecoveryCodeView

            view = RecoveryCodeView()
            view.save_requested.connect(self._save_recovery_sheet)
            view.print_requested.connect(self._print_recovery_sheet)
            view.confirmed.connect(self._recovery_code_kept)
            self.stack.addWidget(view)
            self._recovery_view = view
        return self._recovery_view

    @property
    def cases_view(self) -> CasesView:
        if self._cases_view is None:
            from npdrights.gui.cases import CasesView

            view = CasesView(self.vault, self.services.clock.today, self.clipboard)
            view.tray.set_enabled(self.settings.tray_notifications)
            view.new_request_requested.connect(self.start_new_request)
            view.follow_up_requested.connect(self.start_follow_up)
            view.people_requested.connect(self.edit_people)
            view.calendar_requested.connect(self.export_calendar)
            view.drafts.carry_on_requested.connect(self.carry_on_with_draft)
            view.drafts.delete_requested.connect(self.delete_draft)
            self.stack.addWidget(view)
            self._cases_view = view
        return self._cases_view

    def _update_actions(self) -> None:
        current = self.stack.currentWidget()
        unlocked = self.vault.is_unlocked and current is not None and current is self._cases_view
        for action in (
            self.lock_action,
            self.change_passphrase_action,
            self.settings_action,
            self.backup_action,
            self.restore_action,
            self.new_request_action,
            self.statistics_action,
            self.organisation_action,
        ):
            action.setEnabled(unlocked)
        if hasattr(self, "organisation"):  # built after the menus
            self.organisation.set_enabled(unlocked)

    def _connect_views(self) -> None:
        self._connect_unlock_view(self.unlock_view)

    def _connect_unlock_view(self, view: UnlockView) -> None:
        """The Unlock screen's requests, when it is made (again, after a change of language)."""
        view.unlock_requested.connect(self._unlock_with_passphrase)
        view.recover_requested.connect(self._unlock_with_recovery_code)
        view.restore_snapshot_requested.connect(self._restore_snapshot)

    def _show(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        view.setFocus()
        self._update_actions()

    # -- start: create or unlock ----------------------------------------------------------------

    def show_start(self) -> None:
        if not self.vault.exists():
            self.create_view.reset()
            self._show(self.create_view)
            self.background.run(
                self.vault.keychain_available,
                self.create_view.set_keychain_available,
                lambda _error: self.create_view.set_keychain_available(False),
            )
            return
        self.unlock_view.reset()
        self._show(self.unlock_view)
        try:
            self.unlock_view.set_advisers(self.vault.is_organisation())
            remembered = self.vault.has_keychain_slot()
        except KeyFileMissing as error:  # both copies of vault.json gone: offer the copy kept with the snapshots
            self.unlock_view.show_error(
                shown_message(error),
                offer_snapshot=error.copy_taken is not None,
                offer_label=self.tr("Put the &copy back"),
            )
            return
        except VaultError as error:  # both copies of vault.json damaged: say so now, before any typing
            self.unlock_view.show_error(shown_message(error))
            return
        if remembered:
            self.unlock_view.set_busy(True)
            self.background.run(self.vault.unwrap_with_keychain, self._open_with_key, self._keychain_failed)

    def _keychain_failed(self, error: VaultError) -> None:
        self.unlock_view.set_busy(False)
        self.unlock_view.show_info(
            shown_message(error)
            if isinstance(error, KeychainUnavailable)
            else self.tr("Type your passphrase to unlock.")
        )

    def _create_vault(self, passphrase: str, remember: bool) -> None:
        self.create_view.set_busy(True)
        self._remember_after_create = remember
        self.background.run(
            lambda: self.vault.create(passphrase),
            self._vault_created,
            lambda error: self.create_view.show_error(shown_message(error)),
        )

    def _vault_created(self, code: str) -> None:
        self.create_view.reset()
        self._recovery_code = code
        self.recovery_view.show_code(code)
        self._show(self.recovery_view)

    def _recovery_sheet(self) -> bytes:
        assert self._recovery_code is not None
        return self.services.render_recovery_sheet(
            self._recovery_code, self.vault.slots().vault_id, self.services.clock.today()
        )

    def _save_recovery_sheet(self) -> None:
        from npdrights.gui import printing

        path = printing.save_pdf(self, "npdrights-recovery-code.pdf", self._recovery_sheet())
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved the recovery code sheet as {path}.").format(path=path), 8000)

    def _print_recovery_sheet(self) -> None:
        from npdrights.gui import printing

        printing.print_pdf(self._recovery_sheet(), self, self.tr("npdrights recovery code"))

    def _recovery_code_kept(self) -> None:
        self._recovery_code = None
        self.recovery_view.forget()
        if self._remember_after_create:
            self._set_remembered(True)
        self._enter_cases()

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        name = self.unlock_view.adviser_name()
        self.unlock_view.set_busy(True)
        self.background.run(
            lambda: self.vault.unwrap_with_passphrase(passphrase, name), self._open_with_key, self._unlock_failed
        )

    def _unlock_with_recovery_code(self, code: str, new_passphrase: str) -> None:
        name = self.unlock_view.adviser_name()
        self.unlock_view.set_busy(True)
        self.background.run(
            lambda: self.vault.unlock_with_recovery_code(code, new_passphrase, name),
            lambda _none: self._enter_cases(self.tr("Your new passphrase is set.")),
            self._unlock_failed,
        )

    def _open_with_key(self, key: DataKey) -> None:
        try:
            # Fast: the slow key derivation already ran in the background, and the integrity check runs beside the
            # first paint (nothing is written until it passes). An older cases.db is the user's call.
            self.vault.open(key, accept_older_database=self.ask_continue_with_older_database, check_later=True)
        except VaultError as error:
            self._unlock_failed(error)
            return
        check = self.vault.database.integrity
        if check.done:
            self._enter_cases()
            return
        self.integrity_checks.run(
            check.run_beside,
            lambda _whole: self._integrity_checked(check),
            lambda _error: self._integrity_checked(check),
        )
        try:
            self._enter_cases()
        except Exception:
            if check.run():  # the file is whole: a real error, reported as one
                raise
            self._integrity_checked(check)  # the list met the damage before the check did: the same offer

    def _integrity_checked(self, check: IntegrityCheck, said_instead: str = "") -> None:
        """The check has answered: the unlock's writes are made now, or, if it found damage, the vault was closed
        without writing and the Unlock screen offers the snapshot, as when damage is found at the unlock itself
        (saying `said_instead`, if given, in place of the damage's own message)."""
        try:
            self.vault.finish_check(check)
        except VaultError as error:
            self._lock_everything(LockReason.BY_USER, "")  # the vault is closed already: nothing is kept or written
            self._unlock_failed(error, said_instead)
            return
        notice = self.vault.snapshot_problem
        if notice:
            self.statusBar().showMessage(notice)

    def answered_at_top(self, error: BaseException) -> bool:
        """An error nothing caught, before the crash dialog sees it: True if it was answered here. A write made while
        the unlock's check still ran (saving notes, a lock saving them) waited for its answer and, the check having
        found damage, was refused by a path not written for that: it gets the check's own answer, the vault closed
        without writing and the snapshot offered, and no crash dialog. Anything else is left to the crash dialog."""
        if not isinstance(error, DamagedDatabase) or threading.current_thread() is not threading.main_thread():
            return False  # off the window's thread the window is not touched: the job's own error answer runs
        check = self._damage_found_by_check()
        if check is None:
            return False
        self._integrity_checked(check)
        return True

    def _damage_found_by_check(self) -> IntegrityCheck | None:
        """The open vault's integrity check, if it has answered that the file is damaged."""
        if not self.vault.is_unlocked:
            return None
        check = self.vault.database.integrity
        return check if check.done and not check.passed else None

    def ask_continue_with_older_database(self, error: OlderDatabase) -> bool:
        return ask_yes_no(
            self,
            self.tr("An older copy of your cases"),
            shown_message(error) + "\n\n" + self.tr("Carry on with this older copy?"),
        )

    def _unlock_failed(self, error: VaultError, said_instead: str = "") -> None:
        offer = isinstance(error, DamagedDatabase) and error.latest_snapshot is not None
        self.unlock_view.show_error(said_instead or shown_message(error), offer_snapshot=offer)

    def _restore_snapshot(self) -> None:
        try:
            self.vault.slots()
        except KeyFileMissing:
            self._restore_key_file()
            return
        except VaultError:
            pass  # reported already; the snapshot is what was offered
        try:
            restored = self.vault.restore_latest_snapshot()
        except VaultError as error:
            self.unlock_view.show_error(shown_message(error))
            return
        self.unlock_view.reset()
        self.unlock_view.show_info(
            self.tr(
                "Your cases file now holds the snapshot from {when}. The damaged file was kept beside it. Type your "
                "passphrase to unlock."
            ).format(when=screen_datetime(restored))
        )

    def _restore_key_file(self) -> None:
        try:
            self.vault.restore_key_file()
        except VaultError as error:
            self.unlock_view.show_error(shown_message(error))
            return
        self.unlock_view.reset()
        self.unlock_view.show_info(
            self.tr(
                "The copy of your vault's key file is back in place. Type the passphrase you had when it was made "
                "(or use your recovery code) to unlock."
            )
        )

    def _enter_cases(self, note: str = "") -> None:
        self._hear_window_events()
        self.unlock_view.reset()
        self.reload_cases()
        self.show_drafts()
        self._show(self.cases_view)
        self.watcher.start()
        self.organisation.show_signed_in()
        notice = self.vault.key_file_notice or self.vault.snapshot_problem
        if notice:
            self.statusBar().showMessage(notice)  # stays until the next message
        elif note:
            self.statusBar().showMessage(note, 8000)
        self.unlocked.emit()
        if self._kept_at_lock is not None:
            QTimer.singleShot(0, self, self._offer_kept_draft)  # once the cases are on screen behind it

    # -- while unlocked -------------------------------------------------------------------------

    def reload_cases(self) -> None:
        self.cases_view.load()

    @property
    def journeys(self) -> Journeys:
        if self._journeys is None:
            from npdrights.gui.wizards.launch import Journeys
            from npdrights.service.tracker import Tracker

            self._journeys = Journeys(
                Tracker(self.vault, self.services.clock.today),
                self.services.clock.today,
                self.clipboard,
                self.background,
                self.drafts,
                self,
            )
            self._journeys.window_actions = [self.lock_action]
            self._journeys.saved.connect(self._journey_saved)
            self._journeys.drafts_changed.connect(self.show_drafts)
        return self._journeys

    @property
    def drafts(self) -> Drafts:
        if self._drafts is None:
            from npdrights.service.tracker import Tracker

            self._drafts = Tracker(self.vault, self.services.clock.today).drafts(self.services.clock.now)
        return self._drafts

    # -- unfinished letters kept at a lock ---------------------------------------------------------

    def show_drafts(self) -> None:
        if self.vault.is_unlocked:
            self.cases_view.show_drafts(self.drafts.listed())

    def carry_on_with_draft(self, draft_id: str) -> None:
        listing = self.drafts.find(draft_id) if self.vault.is_unlocked else None
        if listing is None or self.journeys.resume(listing) is None:
            self.statusBar().showMessage(
                self.tr("That unfinished letter can't be opened by this version of npdrights."), 8000
            )

    def delete_draft(self, draft_id: str) -> None:
        listing = self.drafts.find(draft_id) if self.vault.is_unlocked else None
        if listing is None or not self.ask_delete_draft(listing):
            return
        self.drafts.delete(draft_id)
        self.show_drafts()
        self.statusBar().showMessage(self.tr("The unfinished letter was deleted."), 8000)

    def ask_delete_draft(self, listing: DraftListing) -> bool:
        return ask_yes_no(
            self,
            self.tr("Delete this unfinished letter?"),
            on_screen("Journeys", listing.title)
            + "\n\n"
            + self.tr("The answers you typed for it will be gone for good. Delete it?"),
        )

    def ask_about_kept_draft(self, listing: DraftListing, note: str) -> DraftChoice:
        return ask_three_ways(
            self,
            self.tr("Your unfinished letter"),
            note,
            on_screen("Journeys", listing.title) + "\n\n" + self.tr("Carry on with it now?"),
            (self.tr("&Carry on"), DraftChoice.CARRY_ON),
            (self.tr("&Throw it away"), DraftChoice.THROW_AWAY),
            (self.tr("&Later"), DraftChoice.LATER),
        )

    def _offer_kept_draft(self) -> None:
        """After unlocking: say why it locked and that the letter was kept; carry on, throw away, or later."""
        draft_id, self._kept_at_lock = self._kept_at_lock, None
        listing = self.drafts.find(draft_id) if draft_id else None
        if listing is None or listing.journey is None:
            return
        choice = self.ask_about_kept_draft(listing, self._lock_note)
        if not self.vault.is_unlocked:
            return
        if choice is DraftChoice.CARRY_ON:
            self.journeys.resume(listing)
        elif choice is DraftChoice.THROW_AWAY:
            self.drafts.delete(listing.id)
            self.show_drafts()

    def start_new_request(self) -> None:
        """The start screen ("What do you want to do?"), then the chosen journey's wizard."""
        from npdrights.gui.wizards.start_dialog import StartDialog

        if not self.vault.is_unlocked:
            return
        journey = StartDialog.ask(self)
        if journey is not None and self.vault.is_unlocked:
            self.journeys.start(journey)

    def start_follow_up(self, case_id: str, kind: ActionKind) -> None:
        """A next step chosen on a case: its follow-up journey, pre-filled from the case."""
        if self.vault.is_unlocked and self.journeys.follow_up(case_id, kind) is None:
            self.statusBar().showMessage(
                self.tr("{step}: npdrights has no letter for this step yet.").format(step=kind.title), 8000
            )

    def _journey_saved(self, case_ids: list[str]) -> None:
        self.reload_cases()
        if case_ids:
            self.cases_view.select_case(case_ids[0])
        count = len(case_ids)
        self.statusBar().showMessage(
            self.tr("Saved. Your case is in the list.") if count == 1 else self.tr("Saved %n case(s).", "", count),
            8000,
        )
        if self.journeys.after_finish is not None:
            self.show_what_next(self.journeys.after_finish)

    def show_what_next(self, after: AfterFinish) -> None:
        """After Finish: print, sign, fold, post with a certificate of posting, keep a copy, and when a reply comes."""
        from npdrights.gui.help_dialogs import WhatNextDialog

        self.what_next_dialog = self._open_page(WhatNextDialog(after, self))

    def how_this_works(self) -> None:
        from npdrights.gui.help_dialogs import HowThisWorksDialog, how_this_works_page

        self.how_dialog = self._open_page(HowThisWorksDialog(how_this_works_page(), self))

    def _open_page(self, dialog: QDialog) -> QDialog:
        """Show a help page without blocking; it is deleted when closed."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_register(self) -> RegisterExplorer:
        """The register explorer, in its own window (Ctrl+Shift+R)."""
        from npdrights.gui.register import RegisterExplorer
        from npdrights.gui.register.letters import connect_letters

        explorer = self.register_explorer
        if explorer is not None and self._register_language != screens_language() and not explorer.isVisible():
            # Closed since Settings changed the language: made again, in the new language.
            explorer.deleteLater()
            self.register_explorer = None
        if self.register_explorer is None:
            self._hear_window_events()  # minimised, the window forgets the years typed in the register
            self.register_explorer = RegisterExplorer(self.services.register, self)
            self._register_language = screens_language()
            connect_letters(self.register_explorer, self)
        self.register_explorer.show()
        self.register_explorer.activateWindow()
        return self.register_explorer

    def edit_people(self) -> None:
        from npdrights.gui.cases.people import PeopleDialog

        if self.vault.is_unlocked:
            PeopleDialog(self.cases_view.store, self).exec()

    def edit_organisation(self) -> None:
        """The advice charity's letterhead (issue 16, item 3)."""
        from npdrights.gui.organisation_dialog import OrganisationDialog

        if self.vault.is_unlocked:
            OrganisationDialog(self.vault.database, self).exec()

    def open_statistics(self) -> QDialog | None:
        """Figures about the cases, naming nobody (issue 16, item 5)."""
        from npdrights.core.statistics import Statistics
        from npdrights.gui.statistics_dialog import StatisticsDialog
        from npdrights.pdf.statistics_report import render_statistics_report
        from npdrights.service.organisation import organisation_name
        from npdrights.service.statistics import figures_from, read_caseload

        if not self.vault.is_unlocked:
            return None
        rows, today = read_caseload(self.vault.database), self.services.clock.today()
        name = organisation_name(self.vault.database)

        def report(figures: Statistics) -> bytes:
            return render_statistics_report(figures, name)

        dialog = StatisticsDialog(lambda hide_small: figures_from(rows, today, hide_small=hide_small), report, self)
        return self._open_page(dialog)

    def export_calendar(self) -> None:
        from npdrights.gui.cases.calendar_dialog import CalendarDialog

        if self.vault.is_unlocked:
            CalendarDialog(self.cases_view.store, self.services.clock.now(), self).exec()

    # -- locking ------------------------------------------------------------------------------------

    def _set_auto_lock(self, minutes: int) -> None:
        """Lock after `minutes` without use: the warning's countdown is the last part of that time."""
        total = minutes * MINUTE_MS
        self.countdown_seconds = countdown_seconds(total)
        self.watcher.set_timeout(total - self.countdown_seconds * 1000)

    def warn_before_locking(self) -> None:
        """No input for a while: "npdrights will lock in 60 seconds", with Keep working; then lock."""
        if not self.vault.is_unlocked or self.countdown is not None:
            return
        from PySide6.QtWidgets import QApplication

        from npdrights.gui.lock import LockCountdown

        owner = QApplication.activeModalWidget() or self  # above an open journey, which is modal
        countdown = LockCountdown(self.countdown_seconds, owner)
        countdown.keep_working.connect(self._keep_working)
        countdown.expired.connect(lambda: self.lock(LockReason.IDLE))
        self.countdown = countdown
        countdown.start()

    def _keep_working(self) -> None:
        self._end_countdown()
        self.watcher.start()  # counts from now again

    def _end_countdown(self) -> None:
        countdown, self.countdown = self.countdown, None
        if countdown is not None:
            countdown.stop()
            countdown.deleteLater()

    def _why_locked(self, reason: LockReason) -> str:
        if reason is LockReason.IDLE:
            return self.tr(
                "npdrights locked itself after %n minute(s) without use.", "", self.settings.auto_lock_minutes
            )
        if reason is LockReason.SLEPT:
            return self.tr("npdrights locked itself because the computer went to sleep.")
        if reason is LockReason.MINIMISED:
            return self.tr("npdrights locked itself when its window was minimised.")
        return self.tr("npdrights is locked.")

    def _keep_open_journey(self) -> str:
        """The open journey's answers, kept as an encrypted draft before locking. Returns what to tell the user."""
        if self._journeys is None:
            return ""
        try:
            kept = self._journeys.keep_open_journey()
        except VaultError as error:
            return self.tr("Your unfinished letter could not be kept: {reason}").format(reason=shown_message(error))
        if kept is None:
            return ""
        self._kept_at_lock = kept
        return self.tr("Your unfinished letter was kept, locked in your vault.")

    def lock(self, reason: LockReason = LockReason.BY_USER) -> None:
        """KeePassXC's checklist: close dialogs, clear our clipboard, drop decrypted rows, close, show Unlock.

        An open journey's answers are first kept as an encrypted draft in the vault, to carry on after unlocking."""
        self._end_countdown()
        if self.register_explorer is not None:
            self.register_explorer.forget_comparison()  # the register is public; a child's years are not
        if not self.vault.is_unlocked:
            return
        try:
            kept = self._keep_open_journey()
        except BaseException:
            # A programming error while keeping the draft is not swallowed, but it never stops the lock.
            self._lock_everything(reason, self.tr("Your unfinished letter could not be kept."))
            raise
        damage = self._damage_found_by_check()
        if damage is not None:
            # Keeping the draft waited for the unlock's check, which found damage: the lock is the check's answer,
            # the snapshot offered beside the note that the letter could not be kept (its message says why).
            self._integrity_checked(damage, kept)
            return
        self._lock_everything(reason, kept)

    def _lock_everything(self, reason: LockReason, kept: str) -> None:
        self._lock_note = " ".join(part for part in (self._why_locked(reason), kept) if part)
        if self._journeys is not None:
            self._journeys.discard()  # typed answers are personal data: gone from memory, without asking
        from PySide6.QtWidgets import QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.clipboard.clear_if_ours()
        # The Unlock screen first, so the cases are emptied out of sight: emptied on screen, their empty page was
        # laid out and shown only to be hidden at once, a fifth of the time of locking with a case open (issue 12,
        # item 5). Nothing decrypted is on screen any longer meanwhile.
        self.unlock_view.reset()
        if reason is not LockReason.BY_USER or kept:
            self.unlock_view.show_info(self._lock_note)
        self.stack.setCurrentWidget(self.unlock_view)
        if self._cases_view is not None:
            self._cases_view.clear()
        if self._recovery_view is not None:
            self._recovery_view.forget()
        self.watcher.stop()
        self.vault.lock()
        self._show(self.unlock_view)  # its focus, and the menus of a locked vault
        self.locked.emit()

    def change_passphrase(self) -> None:
        from npdrights.gui.passphrase_dialog import ChangePassphraseDialog

        answer = ChangePassphraseDialog.ask(self)
        if answer is None or not self.vault.is_unlocked:
            return
        old, new = answer
        self.background.run(
            lambda: self.vault.change_passphrase(old, new),
            lambda _none: self.statusBar().showMessage(self.tr("Your passphrase has been changed."), 8000),
            lambda error: self._warn(self.tr("Passphrase not changed"), error),
        )

    def _warn(self, title: str, error: VaultError) -> None:
        tell(self, title, shown_message(error))

    def edit_settings(self) -> None:
        from npdrights.gui.settings_dialog import SettingsDialog

        choice = SettingsDialog.ask(
            self,
            self.settings,
            keychain_available=self.vault.keychain_available(),
            remembered=self.vault.has_keychain_slot(),
            retention=self.organisation.retention_state(),
        )
        if choice is None or not self.vault.is_unlocked:
            return
        if choice.retention is not None:
            self.organisation.save_retention(choice.retention)
        old_language, self.settings = self.settings.language, choice.settings
        self.services.settings.save(self.settings)
        self.vault.snapshots_to_keep = self.settings.snapshots_to_keep  # from the next snapshot on
        if self._cases_view is not None:
            self._cases_view.tray.set_enabled(self.settings.tray_notifications)
        self._set_auto_lock(self.settings.auto_lock_minutes)
        if self.settings.language != old_language:
            self.services.language = switch_language(self.settings.language)  # every open window hears of it
        if choice.remember != self.vault.has_keychain_slot():
            self._set_remembered(choice.remember)

    def _set_remembered(self, remember: bool) -> None:
        try:
            if remember:
                self.vault.enable_keychain()
            else:
                self.vault.disable_keychain()
        except VaultError as error:
            self._warn(self.tr("Keychain not available"), error)

    # -- backups --------------------------------------------------------------------------------

    def _open_job_dialog(self, dialog: JobDialog) -> None:
        self.job_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def back_up(self) -> None:
        from npdrights.gui.backup_dialogs import ExportDialog

        if self.vault.is_unlocked:
            self._open_job_dialog(ExportDialog(self.vault, self.services.clock.today(), self))

    def check_backup(self) -> None:
        from npdrights.gui.backup_dialogs import CheckDialog

        self._open_job_dialog(CheckDialog(self.vault.folder, self))

    def restore_backup(self) -> None:
        from npdrights.gui.restore_dialog import RestoreDialog

        if not self.vault.is_unlocked:
            return
        dialog = RestoreDialog(self.vault, new_vault=False, parent=self)
        dialog.restored.connect(lambda _report: self.reload_cases())
        self._open_job_dialog(dialog)

    def restore_into_new_vault(self) -> None:
        """First run: a new vault made from a backup file, then its recovery code, as for a new vault."""
        from npdrights.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.vault, new_vault=True, parent=self)
        dialog.created.connect(self._restored_into_new_vault)
        self._open_job_dialog(dialog)

    def _restored_into_new_vault(self, code: str) -> None:
        if self.job_dialog is not None:
            self.job_dialog.accept()
        self._vault_created(code)

    def about(self) -> None:
        about(
            self,
            self.tr("About npdrights"),
            self.tr(
                "npdrights helps you use your data-protection rights over the National Pupil Database.\n\n"
                "Everything stays on this computer, encrypted. npdrights never connects to the internet."
            )
            + translation_note(self.services.language),
        )

    # -- window events --------------------------------------------------------------------------

    def _hear_window_events(self) -> None:
        """From the first unlock, or the register's first opening, on: the window checks for sleep when activated,
        locks when minimised (forgetting the years typed in the register) and names its words again when Settings
        changes the language. Before either, none of these has anything to do (Settings needs an open vault, and
        the watcher and the lock are idle while it is locked)."""
        if self._window_events is None:
            from npdrights.gui.window_events import WindowEvents

            self._window_events = WindowEvents(
                self,
                activated=self.watcher.check_clocks,
                minimised=self._minimised,
                language_changed=self._language_changed,
            )

    def _minimised(self) -> None:
        if self.settings.lock_on_minimise:
            self.lock(LockReason.MINIMISED)

    def _language_changed(self) -> None:
        self.organisation.retranslate()
        self._retranslate()

    def _retranslate(self) -> None:
        """The language changed in Settings: name the menus again, and build the start screens anew in the new
        language. Those are never on screen then (Settings needs an open vault), so nothing typed is lost; they are
        made ready each time they are shown. Qt sends this more than once per change (one per translator), hence
        the check."""
        self._name_menus()
        language = screens_language()
        if language == self._screens_language:
            return
        self._screens_language = language
        current = self.stack.currentWidget()
        # The first-run pages, if built, are dropped: they are built again, in the new language, when next needed.
        for name in ("_create_view", "_recovery_view"):
            built = getattr(self, name)
            if built is not None and built is not current:
                if name == "_recovery_view":
                    built.forget()  # a recovery code never outlives its page
                self.stack.removeWidget(built)
                built.deleteLater()
                setattr(self, name, None)
        if self.unlock_view is not current:  # on screen: left as it is (never the case from Settings)
            old, self.unlock_view = self.unlock_view, UnlockView()
            self.stack.insertWidget(self.stack.indexOf(old), self.unlock_view)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._connect_unlock_view(self.unlock_view)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.background.wait(10_000)
        self.integrity_checks.wait(10_000)
        self.lock(LockReason.CLOSING)
        self.clipboard.clear_if_ours()
        event.accept()
