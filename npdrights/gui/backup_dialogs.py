"""Vault ▸ "Back up to a file…" and "Check a backup file…", and the pieces the restore dialog shares.

Each dialog runs its job off the GUI thread with a progress bar and a Cancel that stops it. File dialogs
sit behind `choose_*` methods so tests (and automation) can answer them. Suggested file names never contain
a person's name: file dialogs keep recent-file lists, and those are not encrypted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from npdrights.core.passphrase import MIN_LENGTH
from npdrights.gui import file_dialogs
from npdrights.gui.i18n import screen_datetime
from npdrights.gui.job_runner import PROGRESS_STEPS, JobRunner, Work
from npdrights.gui.vault_messages import shown_message
from npdrights.gui.widgets import MessageLabel, PassphraseField, explanation, without_shortcut
from npdrights.service.backups import backup_scopes
from npdrights.storage.backup_export import Scope, export_backup
from npdrights.storage.backup_format import FILE_SUFFIX
from npdrights.storage.backup_import import BackupSummary, verify_backup
from npdrights.storage.errors import Cancelled, DamagedAttachments, VaultError
from npdrights.storage.vault import Vault


def file_filter() -> str:
    """What the file dialogs show only: npdrights's backups, named in the screens' language."""
    return QCoreApplication.translate("BackupFiles", "npdrights backups") + f" (*{FILE_SUFFIX})"


def suggested_backup_name(today: date, scope: Scope) -> str:
    """e.g. npdrights-backup-2026-11-28.npdbackup: the date and the kind, never whose it is."""
    kind = {"vault": "backup", "case": "case-backup", "household": "household-backup"}[scope.kind]
    return f"npdrights-{kind}-{today.isoformat()}{FILE_SUFFIX}"


class BackupContents(QObject):
    """What a checked backup holds, in the screens' language, each count in its language's plural form (the
    command line says it in English with summary.describe()).

    A class of its own so its words are always looked up under its own name: PySide's self.tr() in a dialog's
    base class looks a text up under the subclass's name first, and a plural ("4 cases") comes back changed
    even when that lookup fails, so it never reaches the base class's words."""

    def describe(self, summary: BackupSummary) -> str:
        cases, people, events = (summary.counts[table] for table in ("cases", "people", "events"))
        letters, attachments = summary.counts["letters"], summary.counts["attachments"]
        holds = {
            "vault": self.tr(
                "It holds everything in a vault: {cases} about {people}, {events}, {letters} and {attachments} "
                "({size})."
            ),
            "case": self.tr(
                "It holds one case: {cases} about {people}, {events}, {letters} and {attachments} ({size})."
            ),
            "household": self.tr(
                "It holds one household: {cases} about {people}, {events}, {letters} and {attachments} ({size})."
            ),
        }[summary.manifest.scope]
        megabytes = QLocale().toString(summary.manifest.attachment_bytes / 1e6, "f", 1)
        said = holds.format(
            cases=self.tr("%n case(s)", "", cases),
            people=self.tr("%n person(s)", "", people),
            events=self.tr("%n event(s)", "", events),
            letters=self.tr("%n letter(s)", "", letters),
            attachments=self.tr("%n attachment(s)", "", attachments),
            size=self.tr("{megabytes} MB").format(megabytes=megabytes),
        )
        made = self.tr("It was made on {when}.").format(when=screen_datetime(summary.manifest.created))
        return f"{said} {made}"


class JobDialog(QDialog):
    """A form, a message, a progress bar, an action button and Cancel/Close, around one long job."""

    job_done = Signal(object)

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        # The explanation, form and messages scroll above the progress bar and buttons: at 200% text, Urdu's tall
        # script made the restore dialog taller than a laptop's screen.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(title)  # it can take the focus to scroll: a screen reader names it
        self.content = QWidget()
        self.layout_ = QVBoxLayout(self.content)  # subclasses put their explanation at its top
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(self.content)
        outer.addWidget(self.scroll_area, 1)
        self.form_area = QWidget()
        self.form = QFormLayout(self.form_area)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.form_area)
        self.message = MessageLabel()
        self.layout_.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        outer.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.action_button = QPushButton(action)
        self.action_button.setAccessibleName(without_shortcut(action))
        self.action_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.layout_.addStretch(1)  # room to spare goes below the message, not between the rows
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self.progress.setValue)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.action_button.clicked.connect(self.act)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self._on_done: Any = None

    # -- to override ----------------------------------------------------------------------------

    def act(self) -> None:
        raise NotImplementedError

    def say(self, text: str, kind: str = "error") -> None:
        self.message.show_message(text, kind)
        self.fit_to_content()  # a long message must push the buttons down, not squeeze the form

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_to_content()  # the subclass has added its explanation and rows by now
        super().showEvent(event)

    def fit_to_content(self) -> None:
        """As tall as the explanation, form and message need at this width, or as the screen allows (then they
        scroll); never narrower than the rows need."""
        outer = self.layout()
        assert outer is not None
        margins = outer.contentsMargins()
        # Room for a scroll bar too, so the rows never need a sideways one.
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        wanted = self.content.sizeHint().width() + scroll_bar + margins.left() + margins.right()
        width = max(self.width() if self.isVisible() else 0, wanted, self.minimumWidth())
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:
            width = min(width, room.width() - 40)
        inner = width - margins.left() - margins.right() - scroll_bar
        below = self.cancel_button.sizeHint().height() + outer.spacing()
        if self.progress.isVisibleTo(self):
            below += self.progress.sizeHint().height() + outer.spacing()
        # The form's height-for-width falls short of what its nested choices need; their minimum does not.
        tallest = max(self.layout_.totalHeightForWidth(inner), self.content.minimumSizeHint().height())
        needed = tallest + below + margins.top() + margins.bottom()
        height = min(needed, room.height() - 60) if room is not None else needed
        self.resize(width, height)

    # -- running --------------------------------------------------------------------------------

    def run_job(self, work: Work, on_done: Any, busy_text: str) -> None:
        self._on_done = on_done
        self.say(busy_text, "info")
        self.set_busy(True)
        self.runner.start(work)

    def set_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.form_area.setEnabled(not busy)
        self.action_button.setEnabled(not busy)

    def _succeeded(self, result: Any) -> None:
        self.set_busy(False)
        self._on_done(result)
        self.job_done.emit(result)

    def _failed(self, error: VaultError) -> None:
        self.set_busy(False)
        self.say(shown_message(error), "info" if isinstance(error, Cancelled) else "error")

    def finished_with(self, text: str) -> None:
        """The job is done: say so, and leave only Close."""
        self.say(text, "ok")
        self.action_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setFocus()

    def _cancel_clicked(self) -> None:
        if self.runner.running:
            self.runner.cancel()  # the job stops at its next chunk and reports Cancelled
        else:
            self.reject()

    def reject(self) -> None:
        """Also what locking calls: a running job is stopped, and has let go of the vault, before we close."""
        if self.runner.running:
            self.runner.cancel_and_wait()
        super().reject()


class FileField(QWidget):
    """A read-only path with a Choose… button; `chosen` is the path or None."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.shown = QLineEdit()
        self.shown.setReadOnly(True)
        self.shown.setAccessibleName(label)
        self.button = QPushButton(self.tr("C&hoose…"))
        self.button.setAccessibleName(self.tr("Choose: {file}").format(file=label))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shown, 1)
        layout.addWidget(self.button)

    def set_path(self, path: Path | None) -> None:
        self.chosen = path
        self.shown.setText(str(path) if path else "")


def add_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
    label = QLabel(text)
    label.setBuddy(buddy or field)
    form.addRow(label, field)


def new_passphrase_problem(first: PassphraseField, second: PassphraseField, label: str) -> str | None:
    """Why a new passphrase typed twice can't be used yet, or None; `label` names the first field (translated)."""
    if len(first.text().strip()) < MIN_LENGTH:
        return QCoreApplication.translate("BackupFiles", "{field}: use at least {count} characters.").format(
            field=label, count=MIN_LENGTH
        )
    if first.text() != second.text():
        return QCoreApplication.translate("BackupFiles", "Type it again: the two passphrases are different.")
    return None


def choose_backup_to_open(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("BackupFiles", "Choose a backup file")
    name, _filter = file_dialogs.get_open_file_name(parent, title, "", file_filter())
    return Path(name) if name else None


class ExportDialog(JobDialog):
    """Vault ▸ Back up to a file…: what to include, a passphrase for the file, then where to save it."""

    def __init__(self, vault: Vault, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Back up to a file"), self.tr("&Back up…"), parent)
        self.vault = vault
        self.today = today
        self.layout_.insertWidget(
            0,
            explanation(
                self.tr(
                    "A backup file holds your cases, letters and attachments, so you can restore them on this or "
                    "another computer. It is locked with a passphrase of its own: choose one you will remember, or "
                    "write it down and keep it apart from the file. Without it, nobody can open the backup."
                )
            ),
        )
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("What to back up"))
        for label, scope in backup_scopes(vault, lambda text: QCoreApplication.translate("BackupScopes", text)):
            self.scope.addItem(label, scope)
        add_row(self.form, self.tr("&What to back up"), self.scope)
        self.passphrase = PassphraseField(self.tr("Backup passphrase"))
        self.confirm = PassphraseField(self.tr("Backup passphrase again"))
        add_row(self.form, self.tr("Backup &passphrase"), self.passphrase, self.passphrase.edit)
        add_row(self.form, self.tr("Type it &again"), self.confirm, self.confirm.edit)
        # Set once the user has been told which attachments are damaged: "Back up the rest" leaves them out.
        self._damaged: DamagedAttachments | None = None
        self._path: Path | None = None
        self.scope.currentIndexChanged.connect(self._forget_damaged)

    def _forget_damaged(self) -> None:
        self._damaged, self._path = None, None
        self.action_button.setText(self.tr("&Back up…"))
        self.action_button.setAccessibleName(without_shortcut(self.tr("&Back up…")))

    def choose_path(self, suggested: str) -> Path | None:
        name, _filter = file_dialogs.get_save_file_name(self, self.tr("Save the backup as"), suggested, file_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.name.endswith(FILE_SUFFIX) else path.with_name(path.name + FILE_SUFFIX)

    def act(self) -> None:
        problem = new_passphrase_problem(self.passphrase, self.confirm, self.tr("Backup passphrase"))
        if problem:
            self.say(problem)
            return
        scope: Scope = self.scope.currentData()
        path = self._path or self.choose_path(suggested_backup_name(self.today, scope))
        if path is None:
            return
        if path.exists():
            self.say(
                self.tr("{name} already exists. Choose a new name: an old backup is never replaced.").format(
                    name=path.name
                )
            )
            return
        self._path = path
        vault, passphrase, damaged = self.vault, self.passphrase.text(), self._damaged
        left_out = " " + self.tr("%n damaged attachment(s) left out.", "", len(damaged.damaged)) if damaged else ""
        self.run_job(
            lambda progress, stop: export_backup(
                vault,
                path,
                passphrase,
                scope=scope,
                kdf=vault.kdf,
                progress=progress,
                should_stop=stop,
                leave_out_damaged=damaged is not None,
            ),
            lambda _manifest: self.finished_with(
                self.tr("Saved the backup as {path}.").format(path=path)
                + left_out
                + " "
                + self.tr("Keep it somewhere other than this computer, and keep its passphrase safe.")
            ),
            self.tr("Making the backup…"),
        )

    def _failed(self, error: VaultError) -> None:
        super()._failed(error)
        if isinstance(error, DamagedAttachments):
            # Told before anything was written; the next press backs up everything else (issue 11, item 5).
            self._damaged = error
            self.action_button.setText(self.tr("Back up the &rest"))
            self.action_button.setAccessibleName(without_shortcut(self.tr("Back up the &rest")))
            self.say(self.damaged(error) + " " + self.tr("Choose “Back up the rest” to do that."))
        else:
            self._path = None

    def damaged(self, error: DamagedAttachments) -> str:
        """Which attachments can't go into a backup, each by its file's name and its case's reference."""
        listing = "; ".join(
            self.tr("{name} (case {reference})").format(name=item.display_name, reference=item.case_reference)
            if item.case_reference
            else self.tr("{name} (case without a reference)").format(name=item.display_name)
            for item in error.damaged
        )
        return self.tr(
            "%n attachment(s) in your vault damaged or missing, so not able to go into a backup: {listing}. "
            "Everything else can be backed up without them. Nothing has been written yet.",
            "",
            len(error.damaged),
        ).format(listing=listing)


class CheckDialog(JobDialog):
    """Vault ▸ Check a backup file…: reads the whole file as a restore would, and changes nothing."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check a backup file"), self.tr("&Check"), parent)
        self.data_dir = data_dir
        self.layout_.insertWidget(
            0,
            explanation(
                self.tr(
                    "This reads the whole backup file and checks every part of it, exactly as restoring it would, "
                    "but changes nothing in your vault."
                )
            ),
        )
        self.file = FileField(self.tr("Backup file"))
        self.file.button.clicked.connect(lambda: self.file.set_path(self.choose_file()))
        add_row(self.form, self.tr("Backup &file"), self.file, self.file.button)
        self.passphrase = PassphraseField(self.tr("Backup passphrase"))
        add_row(self.form, self.tr("Backup &passphrase"), self.passphrase, self.passphrase.edit)

    def choose_file(self) -> Path | None:
        return choose_backup_to_open(self)

    def act(self) -> None:
        source = self.file.chosen
        if source is None or not self.passphrase.text():
            self.say(self.tr("Choose the backup file and type its passphrase."))
            return
        data_dir, passphrase = self.data_dir, self.passphrase.text()
        self.run_job(
            lambda progress, stop: verify_backup(source, passphrase, data_dir, progress=progress, should_stop=stop),
            self._checked,
            self.tr("Checking the backup…"),
        )

    def _checked(self, summary: BackupSummary) -> None:
        self.finished_with(self.tr("This backup is complete and undamaged.") + " " + BackupContents().describe(summary))
