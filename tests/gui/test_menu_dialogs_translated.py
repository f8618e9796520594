"""Issue 18: the dialogs of the Vault and Organisation menus, Statistics and the Register in Polish and Urdu: their
words, their counts in each language's plural forms, and Urdu's mirrored layout. (Their 200% geometry:
test_large_text.py.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from npdrights.core.after_sending import AfterFinish
from npdrights.core.languages import Language
from npdrights.core.model import PostMethod
from npdrights.core.register.queries import compare
from npdrights.core.retention import RetentionPolicy
from npdrights.gui.backup_dialogs import CheckDialog, ExportDialog
from npdrights.gui.help_dialogs import WhatNextDialog
from npdrights.gui.main_window import MainWindow
from npdrights.gui.organisation.advisers_dialog import AdvisersDialog
from npdrights.gui.organisation.audit_dialog import AuditDialog
from npdrights.gui.organisation.retention_dialog import RetentionDialog
from npdrights.gui.organisation.retention_setting import RetentionState
from npdrights.gui.organisation_dialog import OrganisationDialog
from npdrights.gui.passphrase_dialog import ChangePassphraseDialog
from npdrights.gui.recovery_view import RecoveryCodeView
from npdrights.gui.restore_dialog import RestoreDialog
from npdrights.gui.sentences import on_screen
from npdrights.gui.services import Services
from npdrights.gui.settings_dialog import SettingsDialog
from npdrights.gui.statistics_dialog import StatisticsDialog
from npdrights.service.retention import Retention
from npdrights.service.statistics import figures_from, read_caseload
from npdrights.storage.backup_export import export_backup
from npdrights.storage.errors import DamagedAttachment, DamagedAttachments
from npdrights.storage.repository import Repository
from tests.conftest import PASSPHRASE
from tests.gui.accessibility import audit
from tests.gui.conftest import click, type_into
from tests.statistics_vault import fill as fill_for_statistics
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF
from tests.storage.backup_fixtures import fill as fill_for_backup


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _settings(qtbot: QtBot, services: Services, retention: RetentionState | None = None) -> SettingsDialog:
    dialog = SettingsDialog(services.settings.load(), keychain_available=True, remembered=False, retention=retention)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _typed(qtbot: QtBot, dialog: SettingsDialog, number: str) -> str:
    """Type a new number of minutes, as a user does, and read back what the box shows."""
    dialog.auto_lock.setFocus()
    dialog.auto_lock.selectAll()
    type_into(qtbot, dialog.auto_lock, number)
    return dialog.auto_lock.text()


def test_settings_in_polish_counts_minutes_in_its_three_forms(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("pl")
    dialog = _settings(qtbot, services)
    assert dialog.windowTitle() == "Ustawienia"
    assert [_typed(qtbot, dialog, number) for number in ("1", "3", "5", "22")] == [
        "1 minuta",
        "3 minuty",
        "5 minut",
        "22 minuty",
    ]
    assert dialog.auto_lock.value() == 22  # the words around the number are not part of it
    assert dialog.remember.text() == "&Zapamiętaj na tym komputerze"
    assert "pęku kluczy" in dialog.remember.accessibleDescription()


def test_settings_in_english_still_says_minute_or_minutes(qtbot: QtBot, services: Services) -> None:
    dialog = _settings(qtbot, services)
    assert [_typed(qtbot, dialog, number) for number in ("1", "15")] == ["1 minute", "15 minutes"]


def test_the_retention_row_in_polish_names_the_translated_menu(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("pl")
    dialog = _settings(qtbot, services, RetentionState(RetentionPolicy(6), editable=False, who_can_change="Ada Admin"))
    assert dialog.retention is not None
    assert dialog.retention.years.text() == "6 lat"
    assert dialog.retention.note.text() == (
        "Tylko administrator może to zmienić: Ada Admin. Sprawy zamknięte tak dawno pojawiają się do przejrzenia "
        "w menu Organizacja › Przechowywanie. Nic nie zostanie usunięte bez pytania."
    )
    dialog.retention.years.setValue(0)
    assert dialog.retention.years.text() == "nigdy (bez zasad)"


def test_settings_in_urdu_is_mirrored(qtbot: QtBot, shown_in: Callable[[str], Language], services: Services) -> None:
    shown_in("ur")
    dialog = _settings(qtbot, services)
    assert dialog.windowTitle() == "ترتیبات"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _typed(qtbot, dialog, "5") == "5 منٹ"
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.auto_lock)
    assert label.text() == "اتنی دیر بعد بند کریں (&L)"
    assert _left(label) > _left(dialog.auto_lock)  # read from the right: the label first


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_no_english_is_left_in_settings(
    qtbot: QtBot, code: str, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in(code)
    dialog = _settings(qtbot, services, RetentionState(RetentionPolicy(2), editable=True))
    english = ["Lock", "Snapshots", "Remember", "Tell me", "Delete", "keychain", "minutes", "years", "Organisation"]
    shown = [label.text() for label in dialog.findChildren(QLabel)] + [dialog.tray.text(), dialog.remember.text()]
    assert [text for text in shown if any(word in text for word in english)] == []


def test_changing_the_passphrase_in_polish_says_what_is_missing_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language]
) -> None:
    shown_in("pl")
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Zmień hasło"
    assert dialog._problem() == "Obecne hasło: wpisz to, którego używasz teraz."
    type_into(qtbot, dialog.old.edit, "kettle orange bicycle meadow")
    type_into(qtbot, dialog.new.edit, "short")
    assert dialog._problem() == "Nowe hasło: użyj co najmniej 10 znaków."
    assert dialog.hint.text().startswith("Użyj co najmniej 10 znaków.")  # core's advice, translated here too
    type_into(qtbot, dialog.new.edit, " and longer now")
    assert dialog._problem() == "Wpisz je ponownie: oba nowe hasła się różnią."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_into(qtbot, dialog.again.edit, "short and longer now")
    assert ok.isEnabled()


def test_what_happens_next_in_urdu_words_each_step_in_urdu(qtbot: QtBot, shown_in: Callable[[str], Language]) -> None:
    shown_in("ur")
    dialog = WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS, forms=1, sent_on=date(2026, 11, 27)))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "آگے کیا ہوگا"
    steps = dialog.steps.text()
    assert "خط اور دستخط والا فارم پرنٹ کریں۔" in steps
    assert "آپ نے اسے 27 نومبر 2026 کو بھیجا ہوا نشان زد کیا۔" in steps  # the date the Urdu way
    assert "Print" not in steps
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "بند کریں (&C)"


def test_what_happens_next_in_polish_counts_letters_and_forms(
    qtbot: QtBot, shown_in: Callable[[str], Language]
) -> None:
    shown_in("pl")
    dialog = WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS, letters=5, forms=2))
    qtbot.addWidget(dialog)
    assert "Wydrukuj wszystkie listy (5) i formularze do podpisu (2)." in dialog.steps.text()


def test_what_happens_next_in_english_has_no_word_about_translation(qtbot: QtBot) -> None:
    dialog = WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS))
    qtbot.addWidget(dialog)
    assert not [label for label in dialog.findChildren(QLabel) if "translated" in label.text()]


def test_checking_a_backup_in_polish_counts_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services, tmp_path: Path
) -> None:
    services.vault.create(PASSPHRASE)
    fill_for_backup(services.vault)  # 4 cases about 5 people, 8 events, 1 letter, 3 attachments
    backup = tmp_path / "made-earlier.npdbackup"
    export_backup(services.vault, backup, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    services.vault.lock()
    shown_in("pl")
    dialog = CheckDialog(services.vault.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sprawdź plik kopii zapasowej"
    click(qtbot, dialog.action_button)
    assert dialog.message.text() == "⚠ Wybierz plik kopii zapasowej i wpisz jego hasło."
    dialog.choose_file = lambda: backup  # type: ignore[method-assign]
    click(qtbot, dialog.file.button)
    type_into(qtbot, dialog.passphrase.edit, "a wrong passphrase")
    with qtbot.waitSignal(dialog.runner.failed, timeout=15_000):
        click(qtbot, dialog.action_button)
    assert "To hasło nie otwiera tego pliku kopii zapasowej" in dialog.message.text()
    dialog.passphrase.clear()
    type_into(qtbot, dialog.passphrase.edit, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.job_done, timeout=15_000):
        click(qtbot, dialog.action_button)
    assert (
        "Zawiera cały sejf: 4 sprawy dotyczące 5 osób, 8 zdarzeń, 1 list i 3 załączniki (0,3 MB). Utworzono ją "
        "sobota 28 listopada 2026, 10:00."
    ) in dialog.message.text()
    assert dialog.cancel_button.text() == "Zamknij"


def test_the_backup_dialog_in_urdu_names_what_it_can_back_up_and_is_mirrored(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    services.vault.create(PASSPHRASE)
    fill_for_backup(services.vault)
    shown_in("ur")
    dialog = ExportDialog(services.vault, date(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    choices = [dialog.scope.itemText(index) for index in range(dialog.scope.count())]
    assert choices[0] == "اس محفوظ خانے میں سب کچھ"
    assert all(choice.startswith(("ایک گھرانہ: ", "ایک کیس: ")) for choice in choices[1:])
    type_into(qtbot, dialog.passphrase.edit, "short")
    click(qtbot, dialog.action_button)
    assert dialog.message.text() == "⚠ بیک اپ کا پاس فریز: کم از کم 10 حروف استعمال کریں۔"
    assert dialog.action_button.accessibleName() == "بیک اپ لیں…"  # said without its "(&B)"
    assert _left(dialog.action_button) > _left(dialog.cancel_button)  # mirrored: Cancel last, at the far left


def test_the_retention_screen_in_polish_says_the_policy_with_its_plural(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    services.vault.create(PASSPHRASE)
    Retention(services.vault, services.clock.today).set_policy(RetentionPolicy(3))
    shown_in("pl")
    dialog = RetentionDialog(services.vault, services.clock.today, lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Przechowywanie"
    assert dialog.summary.text() == (
        "Zamknięte sprawy należy usunąć 3 lata po ich zamknięciu. Dziś żadna sprawa nie jest po terminie."
    )
    header = [dialog.table.horizontalHeaderItem(column).text() for column in range(4)]
    assert header == ["Kogo dotyczy", "Wniosek", "Zamknięto", "Po terminie od"]
    explained = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("w menu Sejf › Ustawienia." in text for text in explained)  # the menus' own Polish words


def test_the_audit_check_in_urdu_says_the_trail_checks_out(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    services.vault.create(PASSPHRASE)
    fill_for_statistics(Repository(services.vault.database))  # cases and events: entries in the trail
    shown_in("ur")
    dialog = AuditDialog(services.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.check_button)
    assert dialog.message.text().startswith("✓ ریکارڈِ تبدیلی درست ہے:")
    whats = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert whats
    assert not [what for what in whats if "created" in what or "added" in what]  # each entry's kind in Urdu
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_adding_an_adviser_in_polish_says_what_is_missing_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    services.vault.create(PASSPHRASE)
    shown_in("pl")
    dialog = AdvisersDialog(services.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.table.horizontalHeaderItem(column).text() for column in range(3)] == ["Nazwa", "Rola", "Dodano"]
    assert dialog.add_button.text() == "&Zacznij ode mnie jako pierwszego doradcy"
    click(qtbot, dialog.add_button)
    assert dialog.message.text() == ("⚠ Nazwa: wpisz nazwę doradcy tak, jak będzie ją wpisywać przy logowaniu.")
    assert [dialog.form.role.itemText(index) for index in range(2)] == ["Doradca", "Administrator"]


def _figures_shown(qtbot: QtBot, services: Services) -> StatisticsDialog:
    services.vault.create(PASSPHRASE)
    fill_for_statistics(Repository(services.vault.database))
    rows = read_caseload(services.vault.database)
    dialog = StatisticsDialog(lambda hide: figures_from(rows, date(2026, 11, 28), hide_small=hide), bytes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shown is not None and dialog.exact.isEnabled(), timeout=5000)
    return dialog


def test_the_figures_in_polish_use_its_words_plurals_and_month_names(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("pl")
    dialog = _figures_shown(qtbot, services)
    assert dialog.windowTitle() == "Statystyki"
    assert dialog.summary.text().startswith("Z 12 spraw, stan na 28 listopada 2026.")
    assert "Połowa odpowiedzi przyszła w ciągu 30 dni od dotarcia wniosku." in dialog.summary.text()
    assert dialog.chart.title == "Odpowiedzi według miesięcy: marzec 2026 – listopad 2026"
    by_kind = dialog.tables["Requests by kind"].model()
    assert by_kind.headerData(1, Qt.Orientation.Horizontal) == "Liczba"
    cells = [by_kind.index(row, 1).data() for row in range(by_kind.rowCount())]
    assert "mniej niż 5" in cells
    assert by_kind.index(by_kind.rowCount() - 1, 0).data() == "Razem"
    click(qtbot, dialog.exact)  # exact numbers: the bars under 5 are drawn too
    qtbot.waitUntil(lambda: dialog.exact.isEnabled() and bool(dialog.chart.series), timeout=5000)
    assert dialog.chart.series[0].label == "Odpowiedź w terminie"


def test_the_figures_in_urdu_keep_english_out_of_their_frame(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("ur")
    dialog = _figures_shown(qtbot, services)
    assert dialog.csv_button.text() == "CSV کے طور پر محفوظ کریں… (&C)"
    headings = [label.text() for label in dialog.findChildren(QLabel) if label.font().bold()]
    assert "درخواستیں وصول کنندہ کے لحاظ سے" in headings
    assert not [text for text in headings if "Requests" in text or "Complaints" in text]


def test_the_register_in_polish_names_its_columns_types_and_dates_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    shown_in("pl")
    window = make_window()
    explorer = window.open_register()
    qtbot.waitExposed(explorer)
    model = explorer.model
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(3)] == [
        "Komu przekazano",
        "Rodzaj",
        "Data",
    ]
    assert explorer.count.text().startswith("Pokazano wszystkie przekazania:")
    assert [explorer.type_filter.itemText(index) for index in range(3)] == [
        "Wszystkie rodzaje",
        "Prasa i media",
        "Firmy komercyjne",
    ]
    home_office = next(row for row, release in enumerate(model.shown) if release.recipient == "Home Office")
    explorer.select_row(home_office)
    assert model.index(home_office, 2).data() == "1 lip 2015"
    assert "Data: 1 lipca 2015" in explorer.detail.text().splitlines()
    type_into(qtbot, explorer.school_from, "2016")
    assert (
        explorer.comparison.text()
        == "Wpisz pierwszy i ostatni rok, w którym Twoje dziecko chodziło do szkoły w Anglii."
    )
    click(qtbot, explorer.ask_dfe_button)  # the vault is locked: the letter waits, said in Polish
    assert explorer.action_note.text().startswith("Najpierw odblokuj npdrights:")


def test_the_register_in_urdu_is_mirrored(
    qtbot: QtBot, shown_in: Callable[[str], Language], make_window: Callable[[], MainWindow], existing_vault: Services
) -> None:
    shown_in("ur")
    window = make_window()
    explorer = window.open_register()
    qtbot.waitExposed(explorer)
    assert explorer.windowTitle() == "طلبہ کا ڈیٹا کسے دیا گیا – npdrights"
    assert explorer.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _left(explorer.table) > _left(explorer.ask_dfe_button)  # the list first, at the right
    assert audit(explorer) == []  # every control named for a screen reader, in Urdu


def _explained(view: QWidget) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel)]


def test_the_recovery_screen_in_polish_says_the_printed_sheet_is_in_english(
    qtbot: QtBot, shown_in: Callable[[str], Language]
) -> None:
    shown_in("pl")
    view = RecoveryCodeView()
    qtbot.addWidget(view)
    assert any(
        text.startswith("Arkusz, który zapiszesz lub wydrukujesz, jest po angielsku.") for text in _explained(view)
    )


def test_the_recovery_screen_in_english_needs_no_such_word(qtbot: QtBot) -> None:
    view = RecoveryCodeView()
    qtbot.addWidget(view)
    assert not [text for text in _explained(view) if "is in English" in text]


def test_settings_in_urdu_names_its_save_and_cancel_buttons_in_urdu(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    shown_in("ur")
    box = _settings(qtbot, services).findChild(QDialogButtonBox)
    named = [
        box.button(kind).text()
        for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel)
    ]
    assert named == ["محفوظ کریں (&S)", "منسوخ کریں (&C)"]  # Qt ships no Urdu words for its own buttons


def test_damaged_attachments_are_named_in_polish_with_its_plural(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    services.vault.create(PASSPHRASE)
    shown_in("pl")
    dialog = ExportDialog(services.vault, date(2026, 11, 28))
    qtbot.addWidget(dialog)
    damaged = [DamagedAttachment(f"a{number}", "NPD-0002", f"skan-{number}.pdf") for number in range(5)]
    said = dialog.damaged(DamagedAttachments(damaged[:2]))
    assert said.startswith("2 załączniki w Twoim sejfie są uszkodzone lub ich brakuje")
    assert "skan-0.pdf (sprawa NPD-0002); skan-1.pdf (sprawa NPD-0002)" in said
    assert dialog.damaged(DamagedAttachments(damaged)).startswith("5 załączników w Twoim sejfie jest uszkodzonych")


def _every_menu_dialog(window: MainWindow, services: Services) -> list[QWidget]:
    """Each dialog of the Vault and Organisation menus, Statistics and the Register, as the vault is unlocked."""
    vault, today = services.vault, services.clock.today
    return [
        SettingsDialog(services.settings.load(), keychain_available=True, remembered=False, parent=window),
        ChangePassphraseDialog(window),
        ExportDialog(vault, today(), window),
        CheckDialog(vault.folder, window),
        RestoreDialog(vault, new_vault=False, parent=window),
        OrganisationDialog(vault.database, window),
        AdvisersDialog(vault, window),
        AuditDialog(vault, window),
        RetentionDialog(vault, today, lambda: None, window),
        WhatNextDialog(AfterFinish(method=PostMethod.EMAIL, forms=2), window),
    ]


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_a_screen_reader_finds_every_control_of_the_menus_dialogs_named_in_the_translation(
    qtbot: QtBot,
    code: str,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    services: Services,
) -> None:
    shown_in(code)
    window = make_window()
    services.vault.create(PASSPHRASE)
    for dialog in _every_menu_dialog(window, services):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert audit(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_a_letterhead_problem_is_said_in_polish(
    qtbot: QtBot, shown_in: Callable[[str], Language], services: Services
) -> None:
    services.vault.create(PASSPHRASE)
    shown_in("pl")
    dialog = OrganisationDialog(services.vault.database)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.name, "Fictional Families Advice")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    assert dialog.message.text() == "⚠ Wpisz adres organizacji, każdą linię osobno."
    assert dialog.isVisible()  # nothing lost: the dialog stays open with what was typed
    assert dialog.name.text() == "Fictional Families Advice"


def test_a_register_file_that_cannot_be_imported_is_explained_in_polish(
    qtbot: QtBot,
    shown_in: Callable[[str], Language],
    make_window: Callable[[], MainWindow],
    existing_vault: Services,
    tmp_path: Path,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    shown_in("pl")
    empty = tmp_path / "rejestr.ods"
    empty.write_bytes(b"")
    explorer = make_window().open_register()
    finished: list[bool] = []
    explorer.import_file(empty, lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    kind, text = no_blocking_message_boxes[-1]
    assert kind == "warning"
    assert text == (
        "Nie zaimportowano: Plik rejestr.ods jest pusty. Pobierz go ponownie ze strony DfE „external data shares” "
        "na GOV.UK i zaimportuj tę kopię."
    )


def test_comparing_a_childs_school_years_with_a_release_in_urdu(
    shown_in: Callable[[str], Language], existing_vault: Services
) -> None:
    release = existing_vault.register.releases()[0]._replace(data_from=2010, data_to=2018)
    shown_in("ur")
    said = on_screen("RegisterCompare", compare(release, 2016, 2020).said)
    assert said == (
        "ممکن ہے: اس میں 2010 سے 2018 تک کا ڈیٹا تھا، اور بچہ اس دوران (2016 سے 2018 تک) اسکول میں تھا۔ صرف DfE "
        "بتا سکتا ہے کہ بچے کا ریکارڈ اس میں تھا یا نہیں۔"
    )
    assert compare(release, 2016, 2020).explanation.startswith("Possibly: it covered 2010 to 2018, and the child")
