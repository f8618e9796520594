"""Keep the translations in step with the code (issue 18): `update` collects the texts, `release` compiles them.

    .venv/bin/python scripts/translations.py update    # pyside6-lupdate: new English texts into each .ts
    .venv/bin/python scripts/translations.py release   # pyside6-lrelease: each .ts into the .qm the app loads

Translators edit resources/translations/npdrights_<code>.ts (Qt Linguist, or any editor); `release` then makes
the .qm files, which are committed beside them. Why committed, rather than built when the wheel is built: a
build hook would need all of PySide6 (hundreds of megabytes) inside every isolated build, and a source checkout
must run without a build step. tests/gui/test_translations.py checks that the committed .qm files are exactly
what `release` makes from the .ts files, and that the .ts files hold every marked text of the modules below.

Only the modules in TRANSLATED_MODULES have had their texts marked so far; the rest still show English.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "pl", "ur")  # English holds only the plural forms of texts written as "%n case(s)"

# Every module (or "module::Class") whose user-visible texts go through tr()/translate() or QT_TRANSLATE_NOOP.
TRANSLATED_MODULES = (
    "npdrights/core/kept_drafts.py",
    "npdrights/gui/charts.py",
    "npdrights/gui/text_limits.py",
    "npdrights/gui/wizards/letters.py",
    "npdrights/core/languages.py",
    "npdrights/core/letters/meaning.py",
    "npdrights/core/passphrase.py",
    "npdrights/gui/cases/view.py::EmptyCases",  # the cases screen before the first case; the rest is English
    "npdrights/gui/backup_dialogs.py",
    "npdrights/core/requesters.py",
    "npdrights/gui/cases/attachments.py",
    "npdrights/gui/cases/authority_dialog.py",
    "npdrights/gui/cases/calendar_dialog.py",
    "npdrights/gui/cases/checklist_dialog.py",
    "npdrights/gui/cases/detail.py",
    "npdrights/gui/cases/drafts_panel.py",
    "npdrights/gui/cases/event_dialog.py",
    "npdrights/gui/cases/list_model.py",
    "npdrights/gui/cases/next_steps_panel.py",
    "npdrights/gui/cases/people.py",
    "npdrights/gui/cases/timeline.py",
    "npdrights/gui/cases/tray.py",
    "npdrights/gui/cases/undo.py",
    "npdrights/gui/cases/view.py",
    "npdrights/gui/cases/who_choices.py",
    "npdrights/gui/cases/wording.py",
    "npdrights/gui/create_view.py",
    "npdrights/gui/help_dialogs.py",  # the help page itself is translated as a page: resources/help/
    "npdrights/gui/i18n.py",
    "npdrights/gui/letter_meaning.py",
    "npdrights/gui/letter_view.py",
    "npdrights/gui/lock.py::LockCountdown",
    "npdrights/gui/main_window.py",
    "npdrights/gui/organisation/advisers_dialog.py",
    "npdrights/gui/organisation/audit_dialog.py",  # its frame: the entries are the trail's own English words
    "npdrights/gui/organisation/retention_dialog.py",
    "npdrights/gui/organisation/retention_setting.py",
    "npdrights/gui/organisation/tool_frame.py",
    "npdrights/gui/organisation/tools.py",
    "npdrights/gui/organisation_dialog.py",
    "npdrights/gui/passphrase_dialog.py",
    "npdrights/gui/printing.py",
    "npdrights/gui/recovery_view.py",
    "npdrights/gui/register/explorer.py",  # its frame: what the register itself says stays in its English
    "npdrights/gui/register/letters.py",
    "npdrights/gui/register/model.py",
    "npdrights/gui/restore_dialog.py",
    "npdrights/gui/screen_language.py",
    "npdrights/gui/settings_dialog.py",
    "npdrights/gui/statistics_dialog.py",
    "npdrights/gui/unlock_view.py",
    "npdrights/gui/vault_messages.py",
    "npdrights/gui/widgets.py",
    "npdrights/gui/wizards/base.py",
    "npdrights/gui/wizards/choices.py",
    "npdrights/gui/wizards/fields.py",
    "npdrights/gui/wizards/finish_page.py",
    "npdrights/gui/wizards/follow_up_page.py",
    "npdrights/gui/wizards/journey_wizard.py",
    "npdrights/gui/wizards/launch.py",
    "npdrights/gui/message_boxes.py",
    "npdrights/gui/wizards/people_pages.py",
    "npdrights/gui/wizards/preview_page.py",
    "npdrights/gui/wizards/recipient_page.py",
    "npdrights/gui/wizards/releases_box.py",
    "npdrights/gui/wizards/send_page.py",
    "npdrights/gui/wizards/start_dialog.py",
    "npdrights/storage/errors.py",  # what goes wrong with the vault, shown translated by gui/vault_messages.py
    "npdrights/storage/faults.py",
    "npdrights/gui/wizards/want_page.py",
)
# Modules with only some texts marked so far.
PARTLY_TRANSLATED_MODULES = (
    "npdrights/core/after_sending.py",  # the steps after Finish, worded by gui/help_dialogs.py
    # What is wrong on the first two pages of a request: their fields' names and the fixes for them, so far.
    "npdrights/core/letters/answers.py",
    "npdrights/core/limits.py",  # only a number out of its range, which the wizard shows while a year is typed
    "npdrights/core/wizard_flow/checks.py",
    # The figures' labels and tables' titles, shown translated by gui/statistics_dialog.py (files stay English).
    "npdrights/core/statistics.py",
    "npdrights/core/statistics_export.py",
    "npdrights/core/register/model.py",  # the types of recipient and the register's sheets, named on screen
    "npdrights/core/register/queries.py",  # could a child's data have been in a release: worded by the explorer
    # What is wrong with a letterhead or its logo, worded by gui/organisation_dialog.py.
    "npdrights/core/letters/letterhead.py",
    "npdrights/pdf/logo.py",
    "npdrights/service/organisation.py",
    "npdrights/service/backups.py",  # what a backup can hold, named for the screens
    "npdrights/service/drafts.py",  # the title of a draft it can't open
    "npdrights/service/cases.py",  # why a letter could not be added to its case
    # The messages of the errors they raise (shown translated by gui/vault_messages.py, in English by the CLI).
    "npdrights/service/retention.py",
    "npdrights/storage/advisers.py",
    "npdrights/storage/attachments.py",
    # What a person is told when npdrights itself fails, shown translated by app.py.
    "npdrights/crash_details.py",
    "npdrights/app.py",
    "npdrights/storage/audit.py",
    "npdrights/storage/keyslots.py",
    "npdrights/storage/vault.py",
    # Why a register file can't be imported, worded by gui/register/explorer.py.
    "npdrights/storage/register_reader.py",
    "npdrights/service/register.py",
    # The labels of core's tables shown on the cases screens (case kinds, statuses, filters), and how the arrival,
    # answer, complaint acknowledgement, ICO and reminder dates were worked out, with the points (deadlines.py), and
    # the timeline's summary of a checked answer (answer_checklist.py).
    "npdrights/core/answer_checklist.py",
    # An adviser's signed authority as the case page says it (counted in days in its last month), and why dates
    # typed for it are refused.
    "npdrights/core/authority.py",
    "npdrights/core/case_list.py",
    "npdrights/core/deadlines.py",
    # What a subject access request asks for, as the wizard says it; the letter's own words are not marked.
    "npdrights/core/letters/asks.py",
    # The caution a carer sees before sending (never printed in the letter).
    "npdrights/core/letters/voice.py",
    # The unconfirmed-address warning's own words; what recipients.toml says stays its English.
    "npdrights/core/letters/recipients.py",
    "npdrights/core/event_forms.py",
    # What is wrong with the day a letter was sent, as the wizard's last page says it.
    "npdrights/core/wizard_flow/sending.py",
    "npdrights/core/identifiers.py",
    "npdrights/core/names.py",
    "npdrights/core/next_steps.py",
    "npdrights/core/status.py",
    # A case's letters: their names, the table's headings and the letter window's buttons; not the letter itself.
    "npdrights/gui/cases/letters.py",
)


def tool(name: str) -> str:
    """PySide6's own lupdate/lrelease, beside the Python that runs this."""
    return str(Path(sysconfig.get_path("scripts")) / f"pyside6-{name}")


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"npdrights_{code}.ts"


def qm_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"npdrights_{code}.qm"


def update(folder: Path = FOLDER) -> None:
    """Add new texts to every .ts (and mark removed ones obsolete), without line numbers: less churn in diffs."""
    sources = sorted({str(ROOT / module.split("::")[0]) for module in TRANSLATED_MODULES + PARTLY_TRANSLATED_MODULES})
    for code in LANGUAGES:
        target = ts_file(code, folder)
        command = [tool("lupdate"), *sources, "-locations", "none", "-no-obsolete"]
        if not target.exists():
            command += ["-target-language", code]
        subprocess.run([*command, "-ts", str(target)], check=True, cwd=ROOT, capture_output=True)


def release(source: Path = FOLDER, target: Path = FOLDER) -> None:
    for code in LANGUAGES:
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_file(code, source)), "-qm", str(qm_file(code, target))], check=True
        )


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action not in ("update", "release"):
        sys.exit(__doc__)
    update() if action == "update" else release()
