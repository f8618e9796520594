"""`npdrights --self-test`: prove that this copy of npdrights works, without a screen and without the user's data.

For an installed or frozen (PyInstaller) copy, where a missing data file or library shows up only when it is
used. In a temporary folder, with fictional details, it makes a vault, unlocks it, makes a case with its letter,
opens the letter with QtPdf (as the preview does), exports a backup and checks it, then deletes the folder.
It never touches the user's own vault or keychain. Exit code 0 if every check passed, 1 otherwise; the report
says in plain words which check failed and why.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from npdrights import __version__
from npdrights.bundled import letter_templates, recipients_directory, template_folder
from npdrights.core.deadlines import bank_holiday
from npdrights.core.letters import answers_from_json, build_letter
from npdrights.core.model import CaseKind
from npdrights.core.new_case import draft_for_answers
from npdrights.paths import resource_dir
from npdrights.service.cases import LetterToSave
from npdrights.service.tracker import Tracker
from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_format import FILE_SUFFIX
from npdrights.storage.backup_import import verify_backup
from npdrights.storage.errors import VaultError, WrongSecret
from npdrights.storage.keyslots import DEFAULT_KDF, KdfParams
from npdrights.storage.keystore import NoKeychain, missing_keychain_support
from npdrights.storage.vault import Vault

EXIT_PASSED = 0
EXIT_FAILED = 1

# Throwaway secrets for a throwaway vault: long enough for the vault's passphrase rules.
VAULT_PASSPHRASE = "self test lantern pebble orchard"
BACKUP_PASSPHRASE = "self test harbour violet meadow"

# Obviously fictional details: a parent asks the DfE what it holds about her child.
SELF_TEST_ANSWERS = {
    "requester": {
        "name": "Selina Testworthy",
        "address": ["1 Pretend Lane", "Nowhereton"],
        "postcode": "NW1 0ZZ",
        "relationship": "parent",
    },
    "pupil": {"name": "Tobias Testworthy", "date_of_birth": "2014-03-02"},
    "recipient": "dfe",
}


class CheckFailed(Exception):
    """A check found something wrong; the message says what, in plain words."""


@dataclass
class _Run:
    """What the checks share: the temporary folder, and what earlier checks made."""

    folder: Path
    kdf: KdfParams
    today: date
    vault: Vault | None = None
    letter_pdf: bytes = b""
    case_id: str = ""

    def unlocked_vault(self) -> Vault:
        if self.vault is None or not self.vault.is_unlocked:
            raise CheckFailed("the vault is not open (an earlier check did not finish)")
        return self.vault


def _check_resources(run: _Run) -> str:
    folder = resource_dir()
    fonts = sorted((folder / "fonts").glob("*.ttf"))
    if not fonts:
        raise CheckFailed(f"no fonts in {folder / 'fonts'}: this copy of npdrights is incomplete; reinstall it")
    templates = letter_templates()
    if not templates.names():
        raise CheckFailed(f"no letter templates in {template_folder()}: this copy is incomplete; reinstall it")
    directory = recipients_directory()
    if "dfe" not in directory:
        raise CheckFailed("the list of organisations has no entry for the DfE: reinstall npdrights")
    return f"{len(fonts)} fonts, {len(templates.names())} letter templates, {len(directory)} organisations"


def _check_bank_holidays(run: _Run) -> str:
    # 25 December 2026 is a Friday; Boxing Day falls on a Saturday, so Monday 28 December is its substitute.
    expected = {date(2026, 12, 25): "Christmas Day", date(2026, 12, 28): "substitute day for Boxing Day"}
    for day, name in expected.items():
        found = bank_holiday(day)
        if found != name:
            raise CheckFailed(f"the bank holiday list says {found!r} for {day:%d %B %Y}, not {name!r}")
    return "England and Wales bank holidays are known (checked Christmas 2026)"


def _check_keychain_support(run: _Run) -> str:
    missing = missing_keychain_support()
    if missing is not None:
        raise CheckFailed(
            f"this copy of npdrights lacks {missing}, so “Remember on this computer” could not work; reinstall it"
        )
    return "the part that uses this computer's keychain is included (the keychain itself is not touched)"


def _make_vault(run: _Run) -> str:
    vault = Vault(run.folder / "data", NoKeychain(), kdf=run.kdf)
    vault.create(VAULT_PASSPHRASE)
    vault.lock()
    run.vault = vault
    return f"made and locked in {run.folder}"


def _unlock_vault(run: _Run) -> str:
    if run.vault is None:
        raise CheckFailed("there is no vault to unlock (an earlier check did not finish)")
    try:
        run.vault.unlock_with_passphrase("not the passphrase at all")
    except WrongSecret:
        pass
    else:
        raise CheckFailed("the vault opened with a wrong passphrase")
    run.vault.unlock_with_passphrase(VAULT_PASSPHRASE)
    return "a wrong passphrase was refused, the right one opened it"


def _make_case(run: _Run) -> str:
    from npdrights.pdf.letter_pdf import render_pdf  # reportlab: loaded only when a letter is made, as in the app

    vault = run.unlocked_vault()
    answers = answers_from_json(SELF_TEST_ANSWERS)
    directory = recipients_directory()
    content = build_letter("sar-dfe", answers, today=run.today, templates=letter_templates(), recipients=directory)
    pdf = render_pdf(content)
    tracker = Tracker(vault, lambda: run.today)
    draft = draft_for_answers(CaseKind.SAR_DFE, answers, today=run.today, directory=directory, people={})
    [case_id] = tracker.save_letters(draft, [LetterToSave(content, answers, pdf)], sending=None, recipients=directory)
    stored = tracker.letters(case_id)
    if len(stored) != 1 or tracker.letter_pdf(stored[0].id) != pdf:
        raise CheckFailed("the letter read back from the vault is not the letter that was saved")
    run.letter_pdf = pdf
    run.case_id = case_id
    return f"case {content.reference} saved with its letter ({len(pdf) // 1024} KB PDF), read back intact"


def _open_letter(run: _Run) -> str:
    from PySide6.QtCore import QObject, QSize
    from PySide6.QtPdf import QPdfDocument

    from npdrights.gui.printing import load_pdf  # the very loader the letter preview uses

    owner = QObject()
    document, _buffer = load_pdf(run.letter_pdf, owner)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise CheckFailed(f"QtPdf could not open the letter (status {document.status().name}, {document.error().name})")
    page = document.render(0, QSize(210, 297))
    inked = any(page.pixelColor(x, y).lightness() < 128 for y in range(0, 297, 3) for x in range(0, 210, 3))
    if not inked:
        raise CheckFailed("QtPdf opened the letter but its first page came out blank")
    pages = document.pageCount()
    owner.deleteLater()
    return f"{pages} page(s), first page drawn"


def _backup_and_verify(run: _Run) -> str:
    vault = run.unlocked_vault()
    backup = run.folder / f"self-test{FILE_SUFFIX}"
    manifest = export_backup(vault, backup, BACKUP_PASSPHRASE, kdf=run.kdf)
    summary = verify_backup(backup, BACKUP_PASSPHRASE, vault.folder)
    if summary.counts["cases"] != manifest.counts["cases"] or summary.cases[0][0] != run.case_id:
        raise CheckFailed("the backup, read back, does not hold the case that was saved")
    return f"written ({backup.stat().st_size // 1024} KB) and checked end to end"


Check = Callable[[_Run], str]

CHECKS: Sequence[tuple[str, Check]] = (
    ("Letters, fonts and addresses are in place", _check_resources),
    ("Bank holidays", _check_bank_holidays),
    ("Keychain support", _check_keychain_support),
    ("Make a vault in a temporary folder", _make_vault),
    ("Unlock the vault", _unlock_vault),
    ("Make a case and its letter", _make_case),
    ("Open the letter as the preview does (QtPdf)", _open_letter),
    ("Export a backup and check it", _backup_and_verify),
)


def _plain(error: BaseException) -> str:
    if isinstance(error, CheckFailed):
        return str(error)
    if isinstance(error, VaultError):
        return error.message
    return (
        f"npdrights itself went wrong ({type(error).__name__}: {error}). Please report this message; "
        "set NPDRIGHTS_DEBUG=1 to see the details."
    )


def run_self_test(
    out: TextIO | None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    today: date | None = None,
    checks: Sequence[tuple[str, Check]] = CHECKS,
) -> int:
    """Run every check in order, stopping at the first failure; report to `out` (None: report nothing)."""

    reader_gone = False

    def say(line: str) -> None:
        nonlocal reader_gone
        if out is None or reader_gone:  # a Windows GUI program may have no console: the exit code still tells
            return
        try:
            print(line, file=out, flush=True)
        except BrokenPipeError:  # `npdrights --self-test | head`: the checks still run, the exit code still tells
            reader_gone = True
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())  # so Python's flush at exit stays quiet

    say(f"npdrights {__version__} self-test (nothing of yours is read or changed)")
    folder = Path(tempfile.mkdtemp(prefix="npdrights-self-test-"))
    run = _Run(folder=folder, kdf=kdf, today=today or date.today())
    failed = False
    try:
        for name, check in checks:
            try:
                detail = check(run)
            except Exception as error:  # every failure is reported, plainly, and fails the self-test
                if os.environ.get("NPDRIGHTS_DEBUG") and sys.stderr is not None:
                    traceback.print_exc()
                say(f"[FAILED] {name}: {_plain(error)}")
                failed = True
                break
            say(f"[ok]     {name}: {detail}")
    finally:
        if run.vault is not None and run.vault.is_unlocked:
            run.vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        say(f"[FAILED] Could not remove the temporary folder {folder}; it holds only fictional test data.")
        return EXIT_FAILED
    say("[ok]     Removed the temporary folder")
    if failed:
        say("The self-test FAILED. Reinstalling npdrights may fix it; if not, please report the line above.")
        return EXIT_FAILED
    say("The self-test passed: npdrights works on this computer.")
    return EXIT_PASSED


def main() -> int:
    """`npdrights --self-test`: always offscreen, so it works over SSH, in CI and where the display is broken."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["npdrights", "--self-test"])
    code = run_self_test(_console())
    del app
    return code


def _console() -> TextIO | None:
    """Where the report goes. A Windows window program has no stdout: borrow the console it was started from."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return open("CONOUT$", "w", encoding="utf-8")  # stays open until the process exits
    return None
