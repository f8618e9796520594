"""Screenshots of an advice charity's screens (issue 16), with fictional advisers and cases.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/organisation_screenshots.py [--scale 2.0]
Uses a throwaway data folder; never your own vault.
"""

from __future__ import annotations

from datetime import date

from shooting import PASSPHRASE, start_shooting

ADMIN, ADMIN_PASS = "Nadia Exampleworth", "nadia's long example passphrase"
ADVISER, ADVISER_PASS = "Ben Madeupton", "ben's own example passphrase"


def main() -> None:
    shooting = start_shooting()
    from PySide6.QtWidgets import QWidget

    from npdrights.core.model import CaseKind, EventKind
    from npdrights.core.retention import RetentionPolicy
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.settings_dialog import SettingsDialog
    from npdrights.service.retention import Retention
    from npdrights.storage.advisers import Advisers
    from npdrights.storage.repository import Repository
    from tests.tracker_fixtures import BARTHOLOMEW, LRS, _case, _events, fill

    services = shooting.services()
    clock = services.clock
    vault = services.vault
    vault.create(PASSPHRASE)
    repository = Repository(vault.database)
    fill(repository)
    # A request answered and closed in 2019: past a six-year policy, for the retention review.
    repository.create_case(
        _case("c-2019", CaseKind.SAR_LRS, BARTHOLOMEW, LRS, date(2019, 3, 4), "NPD-LRS-20190304-BM01"),
        events=_events(
            "c-2019",
            (EventKind.SENT, date(2019, 3, 4)),
            (EventKind.ANSWERED_FULL, date(2019, 3, 29)),
            (EventKind.CLOSED, date(2019, 4, 2)),
        ),
    )
    Advisers(vault).start_organisation(ADMIN, ADMIN_PASS)
    Advisers(vault).add(ADVISER, ADVISER_PASS)
    Retention(vault, clock.today).set_policy(RetentionPolicy(6))
    # Some work by each adviser that changes no case's status, so the audit trail shows their names.
    attachments = vault.attachments()
    scan = attachments.add("c-overdue", "reply.pdf", "application/pdf", b"%PDF-1.4 a fictional scan")
    attachments.record_export(scan)
    vault.lock()
    vault.unlock_with_passphrase(ADVISER_PASS, ADVISER)
    repository = Repository(vault.database)
    repository.record_letter_copied(repository.letters("c-overdue")[0], printed=False)
    vault.lock()

    window = MainWindow(services)
    window.resize(*((1366, 768) if shooting.large else (960, 680)))
    window.show()

    def shot(name: str, widget: QWidget | None = None) -> None:
        shooting.save(widget or window, name, rounds=10)

    window.unlock_view.name.setText(ADMIN)
    window.unlock_view.passphrase.edit.setText(ADMIN_PASS)
    shot("50-adviser-sign-in")
    window.vault.unlock_with_passphrase(ADMIN_PASS, ADMIN)
    window._enter_cases()
    shot("51-signed-in-as")
    for name, action in (
        ("52-advisers", window.organisation.advisers_action),
        ("53-audit-trail", window.organisation.audit_action),
        ("54-retention-review", window.organisation.retention_action),
    ):
        action.trigger()
        dialog = window.organisation.dialog
        assert dialog is not None
        shot(name, dialog)
        dialog.reject()
    settings = SettingsDialog(
        window.settings, keychain_available=False, remembered=False, retention=window.organisation.retention_state()
    )
    settings.show()
    shot("55-settings-retention", settings)
    settings.reject()
    window.lock()


if __name__ == "__main__":
    main()
