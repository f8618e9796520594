"""Composition root: build the paths, the vault and the services, then start the window.

Tests and automation call `build_services(paths, ...)` and `MainWindow(services)` against a temporary folder.
Importing this module loads no Qt: `main()` does, so a missing system library can be explained (platform_help).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from npdrights.crash_details import crash_hook, handled_first
from npdrights.gui.services import Clock, Services
from npdrights.hardening import harden_process
from npdrights.launcher import collect_again, collect_again_once_shown, pause_collector_for_start_up
from npdrights.paths import AppPaths
from npdrights.platform_help import (
    EXIT_NO_DISPLAY,
    missing_library_advice,
    plain_words_if_qt_cannot_start,
    startup_problem,
)
from npdrights.storage.keyslots import DEFAULT_KDF, KdfParams
from npdrights.storage.keystore import KeyringKeyStore, KeyStore
from npdrights.storage.settings import SettingsStore
from npdrights.storage.vault import Vault

if TYPE_CHECKING:
    from npdrights.service.register import RegisterService


def _render_recovery_sheet(code: str, vault_id: str, made_on: date) -> bytes:
    # reportlab takes about a quarter of a second to import: pay it when printing, not at start-up.
    from npdrights.pdf.recovery_sheet import render_recovery_sheet

    return render_recovery_sheet(code, vault_id, made_on)


def _register_service(paths: AppPaths, clock: Clock) -> Callable[[], RegisterService]:
    def make() -> RegisterService:
        # The register's readers and rules load when it is first opened, not before the Unlock screen.
        from npdrights.service.register import REGISTER_FOLDER, RegisterService

        return RegisterService(paths.data / REGISTER_FOLDER, now=clock.now)

    return make


def build_services(
    paths: AppPaths,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    keystore: KeyStore | None = None,
    clock: Clock | None = None,
) -> Services:
    paths.ensure()
    clock = clock or Clock()
    settings = SettingsStore(paths.config)
    vault = Vault(
        paths.data,
        keystore or KeyringKeyStore(),
        kdf=kdf,
        clock=clock.now,
        snapshots_to_keep=settings.load().snapshots_to_keep,
    )
    return Services(
        paths=paths,
        vault=vault,
        settings=settings,
        clock=clock,
        render_recovery_sheet=_render_recovery_sheet,
        make_register=_register_service(paths, clock),
    )


def _show_crash(line: str) -> None:
    """A programming error in the window: the plain line in a dialog (crash_details.py wrote the details file)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from npdrights.gui.message_boxes import tell
    from npdrights.gui.sentences import on_screen

    _crashes.append(line)
    if QApplication.instance() is not None:
        title = QCoreApplication.translate("Crash", "npdrights hit a problem")
        tell(None, title, on_screen("Crash", line), icon=QMessageBox.Icon.Critical)


_crashes: list[str] = []  # so that a session that hit a programming error still ends with a non-zero exit code


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv
    if "--self-test" in arguments[1:]:
        from npdrights.selftest import main as self_test

        collect_again()  # no window to wait for
        return self_test()
    harden_process()
    problem = startup_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    pause_collector_for_start_up()  # already paused when started through npdrights.launcher.run
    try:  # Qt is imported here, not at the top, so that a system library it lacks is reported in plain words
        from PySide6.QtWidgets import QApplication

        from npdrights.gui.module_sources import check_module_sources_quickly

        check_module_sources_quickly()  # before the screens' modules are imported: see module_sources.py
        from npdrights.gui.i18n import install_language
        from npdrights.gui.icon import apply_identity
        from npdrights.gui.main_window import MainWindow
    except ImportError as error:
        advice = missing_library_advice(error)
        if advice is None:
            raise  # not a missing system library: a programming or packaging error, shown as such
        print(advice, file=sys.stderr)
        return EXIT_NO_DISPLAY
    with plain_words_if_qt_cannot_start():
        app = QApplication(arguments)
    app.setApplicationName("npdrights")
    app.setApplicationDisplayName("npdrights")
    apply_identity(app)
    paths = AppPaths.from_environment()
    sys.excepthook = crash_hook(lambda: paths.log_folder, _show_crash)
    # Before the first window, so that every screen is built in the chosen language (and mirrored for Urdu).
    language = install_language(app, SettingsStore(paths.config).load().language)
    services = build_services(paths)
    services.language = language
    window = MainWindow(services)
    # A write refused on a vault the unlock's check found damaged gets the window's recovery offer, not the crash
    # dialog, whichever path it reached the top by.
    sys.excepthook = handled_first(window.answered_at_top, sys.excepthook)
    window.show()
    collect_again_once_shown()
    code = app.exec()
    return code or (1 if _crashes else 0)
