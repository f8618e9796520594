"""Vault ▸ "Restore from a file…", and "Restore from a backup file" on the first-run screen.

Two steps, so nothing is changed until the user has seen what the backup holds: first the whole file is
checked (it is read once, authenticated and staged, encrypted), then the summary is shown, with any cases
that are already in this vault, and only "Restore" changes anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from npdrights.gui.backup_dialogs import (
    BackupContents,
    FileField,
    JobDialog,
    add_row,
    choose_backup_to_open,
    new_passphrase_problem,
)
from npdrights.gui.widgets import PassphraseField, describes, explanation, without_shortcut
from npdrights.service.backups import already_here
from npdrights.storage.backup_import import (
    ImportReport,
    StagedBackup,
    merge_into,
    open_backup,
    replace_contents,
    restore_as_new_vault,
)
from npdrights.storage.vault import Vault

MERGE, REPLACE = "merge", "replace"


class RestoreDialog(JobDialog):
    """`restored(report)` once an import into the unlocked vault is done; `created(code)` (the new vault's
    recovery code) after a restore into a new vault."""

    restored = Signal(object)
    created = Signal(str)

    def __init__(self, vault: Vault, *, new_vault: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore from a backup file"), self.tr("&Check the backup"), parent)
        self.vault = vault
        self.new_vault = new_vault
        self.staged: StagedBackup | None = None
        self.layout_.insertWidget(
            0,
            explanation(
                self.tr(
                    "Choose a backup file made with “Back up to a file…” and type the passphrase you gave it. "
                    "npdrights checks all of it first and shows you what it holds; nothing changes until you "
                    "choose Restore."
                )
            ),
        )
        self.file = FileField(self.tr("Backup file"))
        self.file.button.clicked.connect(lambda: self.file.set_path(self.choose_file()))
        add_row(self.form, self.tr("Backup &file"), self.file, self.file.button)
        self.passphrase = PassphraseField(self.tr("Backup passphrase"))
        add_row(self.form, self.tr("Backup &passphrase"), self.passphrase, self.passphrase.edit)
        if new_vault:
            self.new_passphrase = PassphraseField(self.tr("New vault passphrase"))
            self.new_confirm = PassphraseField(self.tr("New vault passphrase again"))
            add_row(self.form, self.tr("&New vault passphrase"), self.new_passphrase, self.new_passphrase.edit)
            add_row(self.form, self.tr("Type it &again"), self.new_confirm, self.new_confirm.edit)
        else:
            self.merge_choice = QRadioButton(self.tr("&Add the backup's cases to this vault"))
            self.merge_choice.setAccessibleName(without_shortcut(self.merge_choice.text()))
            self.replace_choice = QRadioButton(self.tr("&Replace everything in this vault with the backup"))
            self.replace_choice.setAccessibleName(without_shortcut(self.replace_choice.text()))
            self.merge_choice.setChecked(True)
            group = QButtonGroup(self)
            choices = QWidget()
            column = QVBoxLayout(choices)
            column.setContentsMargins(0, 0, 0, 0)
            for button, what_it_does in (
                (
                    self.merge_choice,
                    self.tr("Adding never overwrites: a case that is already here stays as it is."),
                ),
                (
                    self.replace_choice,
                    self.tr("Replacing keeps a copy of what the vault holds now in its snapshot folder."),
                ),
            ):
                group.addButton(button)
                column.addWidget(button)
                column.addWidget(describes(button, what_it_does))
            add_row(self.form, self.tr("What to do"), choices, self.merge_choice)

    def choose_file(self) -> Path | None:
        return choose_backup_to_open(self)

    @property
    def mode(self) -> str:
        return REPLACE if not self.new_vault and self.replace_choice.isChecked() else MERGE

    def _problem(self) -> str | None:
        if self.file.chosen is None or not self.passphrase.text():
            return self.tr("Choose the backup file and type its passphrase.")
        if self.new_vault:
            return new_passphrase_problem(self.new_passphrase, self.new_confirm, self.tr("New vault passphrase"))
        return None

    # -- step 1: check ----------------------------------------------------------------------------

    def act(self) -> None:
        if self.staged is not None:
            self._restore()
            return
        problem = self._problem()
        if problem:
            self.say(problem)
            return
        source, passphrase, folder = self.file.chosen, self.passphrase.text(), self.vault.folder
        assert source is not None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.run_job(
            lambda progress, stop: open_backup(source, passphrase, folder, progress=progress, should_stop=stop),
            self._checked,
            self.tr("Checking the backup…"),
        )

    def _checked(self, staged: StagedBackup) -> None:
        self.staged = staged
        text = self.tr("The backup is complete and undamaged.") + " " + BackupContents().describe(staged.summary)
        if self.mode == MERGE and not self.new_vault:
            already = already_here(self.vault, staged.summary.cases)
            if already:
                text += " " + self.tr(
                    "%n of its cases are already in this vault and will be left as they are: {references}.",
                    "",
                    len(already),
                ).format(references=", ".join(already))
        self.say(text, "info")
        self.form_area.setEnabled(False)
        self.action_button.setText(self.tr("&Restore"))
        self.action_button.setAccessibleName(without_shortcut(self.tr("&Restore")))

    # -- step 2: restore --------------------------------------------------------------------------

    def _restore(self) -> None:
        staged, vault, mode = self.staged, self.vault, self.mode
        assert staged is not None
        if self.new_vault:
            new_passphrase = self.new_passphrase.text()
            self.run_job(
                lambda progress, stop: restore_as_new_vault(
                    vault, staged, new_passphrase, progress=progress, should_stop=stop
                ),
                self._created,
                self.tr("Restoring…"),
            )
        elif mode == REPLACE:
            self.run_job(
                lambda progress, stop: replace_contents(vault, staged, progress=progress, should_stop=stop)[1],
                self._restored,
                self.tr("Restoring…"),
            )
        else:
            self.run_job(
                lambda progress, stop: merge_into(vault, staged, progress=progress, should_stop=stop),
                self._restored,
                self.tr("Restoring…"),
            )

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if self.staged is not None:
            self.form_area.setEnabled(False)

    def _restored(self, report: ImportReport) -> None:
        self._forget_staged()
        self.finished_with(self.import_outcome(report))
        self.restored.emit(report)

    def _created(self, result: tuple[str, ImportReport]) -> None:
        code, report = result
        self._forget_staged()
        self.finished_with(self.import_outcome(report))
        self.created.emit(code)

    def import_outcome(self, report: ImportReport) -> str:
        """What a restore added and left alone, in the screens' language with each count in its plural form (the
        command line says it in English with report.describe())."""
        added = report.added
        lines = [
            self.tr("Added {cases}, {events}, {letters} and {attachments}.").format(
                cases=self.tr("%n case(s)", "", added["cases"]),
                events=self.tr("%n event(s)", "", added["events"]),
                letters=self.tr("%n letter(s)", "", added["letters"]),
                attachments=self.tr("%n attachment(s)", "", added["attachments"]),
            )
        ]
        if report.duplicate_cases:
            references = ", ".join(reference for _id, reference in report.duplicate_cases)
            lines.append(
                self.tr(
                    "%n case(s) from the backup were already in this vault and were left as they were: {references}.",
                    "",
                    len(report.duplicate_cases),
                ).format(references=references)
            )
        kept = sum(report.kept_existing[name] for name in ("households", "people", "organisations"))
        if kept:
            lines.append(
                self.tr(
                    "%n person(s), household(s) or organisation(s) already in this vault had different details in "
                    "the backup; your vault's details were kept.",
                    "",
                    kept,
                )
            )
        return " ".join(lines)

    def _forget_staged(self) -> None:
        if self.staged is not None:
            self.staged.close()
            self.staged = None

    def done(self, result: int) -> None:  # accept or reject: the staged copy never outlives the dialog
        if self.runner.running:
            self.runner.cancel_and_wait()
        self._forget_staged()
        super().done(result)
