"""Every screen, dialog and wizard page passes the accessibility audit (tests/gui/accessibility.py): no focusable
control without a name, no table without a name, no option whose explanation a screen reader would miss.

Each screen is its own test, so a failure names the screen and lists what is wrong on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from npdrights.core.after_sending import AfterFinish
from npdrights.core.event_forms import RECORDABLE
from npdrights.core.languages import Language
from npdrights.core.model import EventKind, PostMethod
from npdrights.core.next_steps import ActionKind
from npdrights.core.retention import RetentionPolicy
from npdrights.core.wizard_flow import Journey, Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.journey_wizard import JourneyWizard
from npdrights.storage.repository import Repository
from npdrights.storage.settings import Settings
from tests.conftest import PASSPHRASE
from tests.gui.accessibility import audit
from tests.gui.conftest import FIXED_NOW, click, services_in, settle
from tests.gui.journey_helpers import (
    close_lasting_window,
    lasting_unlocked_window,
    parent_sar_to_preview,
    unlocked_window,
)
from tests.tracker_fixtures import _tiny_pdf, fill

TODAY = FIXED_NOW.date()
TINY_PDF = _tiny_pdf()
TINY_PNG = bytes.fromhex(  # a 1 x 1 white PNG
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8ffff3f0005fe02fe"
    "0def46b80000000049454e44ae426082"
)


class KeptWindows:
    """The module's windows that outlast a test, for the English screens (issue 12, item 5): one unlocked on an
    empty vault for the journeys' screens, one on tests/tracker_fixtures.py's cases for the screens that only look
    at them, and the parent's request kept at its rendered preview for the preview screens. Each is made when a
    test first needs it: making, unlocking, filling and closing one for each screen was most of their time."""

    def __init__(self, folders: pytest.TempPathFactory) -> None:
        self.folders = folders
        self.empty: MainWindow | None = None
        self.cases: MainWindow | None = None
        self.request: JourneyWizard | None = None

    def empty_window(self) -> MainWindow:
        if self.empty is None:
            self.empty = lasting_unlocked_window(services_in(self.folders.mktemp("audit-window")))
        return self.empty

    def cases_window(self) -> MainWindow:
        if self.cases is None:
            self.cases = lasting_unlocked_window(services_in(self.folders.mktemp("audit-cases")))
            fill(Repository(self.cases.vault.database))
            self.cases.reload_cases()
        return self.cases

    def close_request(self) -> None:
        if self.request is not None:
            self.request.discard()  # its window's journeys forget it as it closes
            self.request = None
            settle()

    def close(self) -> None:
        """Every journey first: closing a window locks it, and locking closes every dialog on screen, a journey
        with answers asking first (and no test is there to answer)."""
        windows = [window for window in (self.empty, self.cases) if window is not None]
        for window in windows:
            window.journeys.discard()
        for window in windows:
            close_lasting_window(window)
        self.empty = self.cases = self.request = None


@dataclass
class Screen:
    qtbot: QtBot
    make_window: Callable[[], MainWindow]
    services: Services
    monkeypatch: pytest.MonkeyPatch
    # The module's one unlocked window with an empty vault, for a journey's screen audited in English; None to open
    # a window of the test's own (a translated screen: the window must be made in that language).
    empty_window: MainWindow | None = None
    kept: KeptWindows | None = None  # for the English preview screens, which share one request
    # The module's one window on the fictional cases, for a screen that only looks at them; None for a screen that
    # changes them (an attachment, an adviser), which fills a vault and opens a window of its own.
    cases_window: MainWindow | None = None

    def shown(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        widget.show()
        self.qtbot.waitExposed(widget)
        settle()
        return widget

    def unlocked(self) -> MainWindow:
        return unlocked_window(self.make_window, self.services)

    def journey_window(self) -> MainWindow:
        """Where a journey starts: the module's shared window if the test has it, else a window of its own."""
        return self.empty_window or self.unlocked()

    def filled(self) -> MainWindow:
        if self.cases_window is not None:
            return self.cases_window
        self.services.vault.create(PASSPHRASE)
        fill(Repository(self.services.vault.database))
        window = self.make_window()
        window._enter_cases()
        self.qtbot.waitUntil(lambda: not window.cases_view.loading, timeout=10_000)
        return window

    def case_detail(self) -> MainWindow:
        window = self.filled()
        window.cases_view.open_case("c-overdue")
        self.qtbot.waitUntil(window.cases_view.detail.isVisible)
        settle()
        return window

    def wizard_at(self, journey: Journey, step: Step) -> QWizard:
        # A new wizard each time: opening one discards the one before.
        wizard = self.journey_window().journeys.start(journey)
        wizard.setStartId(int(step))
        wizard.restart()
        self.qtbot.waitExposed(wizard)
        settle()
        return wizard

    def at_preview(self) -> JourneyWizard:
        """The shortest parent's request, as far as its rendered preview: the kept one in the shared window if it
        is still open there (each test leaves it at its preview, see `empty_window`), else driven there anew."""
        window = self.journey_window()
        kept = self.kept
        if kept is not None and kept.request is not None and window.journeys.wizard is kept.request:
            return kept.request
        wizard = parent_sar_to_preview(self.qtbot, window, self.monkeypatch)
        if kept is not None:
            kept.request = wizard
        return wizard

    def follow_up(self, action: ActionKind, case_id: str = "c-overdue") -> QWizard:
        window = self.filled()
        wizard = window.journeys.follow_up(case_id, action)
        assert wizard is not None
        self.qtbot.waitExposed(wizard)
        return wizard


def _create(s: Screen) -> QWidget:
    return s.make_window()


def _recovery_code(s: Screen) -> QWidget:
    window = s.make_window()
    window._vault_created(s.services.vault.create(PASSPHRASE))
    return window


def _unlock(s: Screen) -> QWidget:
    s.services.vault.create(PASSPHRASE)
    s.services.vault.lock()
    return s.make_window()


def _unlock_with_recovery_code(s: Screen) -> QWidget:
    window = _unlock(s)
    assert isinstance(window, MainWindow)
    click(s.qtbot, window.unlock_view.forgot_button)
    return window


def _unlock_error(s: Screen) -> QWidget:
    window = _unlock(s)
    assert isinstance(window, MainWindow)
    window.unlock_view.show_error("That passphrase didn't open the vault. Check Caps Lock and try again.")
    return window


def _event_dialog(kind: EventKind | None) -> Callable[[Screen], QWidget]:
    def make(s: Screen) -> QWidget:
        from npdrights.gui.cases.event_dialog import EventDialog

        return s.shown(EventDialog("c1", TODAY, body="the DfE", kind=kind))

    return make


def _checklist(s: Screen) -> QWidget:
    from npdrights.gui.cases.checklist_dialog import ChecklistDialog

    return s.shown(ChecklistDialog(None, body="the DfE"))


def _person(s: Screen) -> QWidget:
    from npdrights.gui.cases.people import PersonDialog

    return s.shown(PersonDialog(None, [], TODAY))


def _people(s: Screen) -> QWidget:
    from npdrights.gui.cases.people import PeopleDialog

    return s.shown(PeopleDialog(s.filled().cases_view.store))


def _calendar(s: Screen) -> QWidget:
    from npdrights.gui.cases.calendar_dialog import CalendarDialog

    return s.shown(CalendarDialog(s.filled().cases_view.store, FIXED_NOW))


def _stored_letter(s: Screen) -> QWidget:
    window = s.case_detail()
    detail = window.cases_view.detail
    detail.view_letter()
    assert detail.previews, "the overdue case's first letter did not open"
    dialog = detail.previews[-1]
    s.qtbot.waitExposed(dialog)
    return dialog


def _meaning_tab(widget: QWidget) -> QWidget:
    """Show a letter view's "What this letter says" tab, as a user clicking it would (hidden tabs aren't audited)."""
    from npdrights.gui.letter_view import LetterView

    view = widget.findChild(LetterView)
    assert view is not None
    view.setCurrentWidget(view.meaning)
    assert view.meaning.isVisible()
    assert view.meaning_said()
    return widget


def _preview_full_window(s: Screen) -> QWidget:
    from npdrights.gui.wizards.preview_page import PreviewPage

    page = s.at_preview().page_for(Step.PREVIEW)
    assert isinstance(page, PreviewPage)
    click(s.qtbot, page.full_button)
    assert page.full_window is not None
    s.qtbot.waitExposed(page.full_window)
    return page.full_window


def _attachment(file_name: str, content: bytes) -> Callable[[Screen], QWidget]:
    """An attachment opened from the case page, as a user attaches and opens one."""

    def make(s: Screen) -> QWidget:
        detail = s.case_detail().cases_view.detail
        path = s.services.paths.data.parent / file_name
        path.write_bytes(content)
        detail.attach_paths([path])
        viewer = detail.view_attachment()
        assert viewer is not None, detail.attachments_message.text()
        s.qtbot.waitExposed(viewer)
        return viewer

    return make


def _settings(s: Screen) -> QWidget:
    from npdrights.gui.organisation.retention_setting import RetentionState
    from npdrights.gui.settings_dialog import SettingsDialog

    state = RetentionState(RetentionPolicy(), editable=True)
    return s.shown(SettingsDialog(Settings(), keychain_available=True, remembered=False, retention=state))


def _settings_as_an_adviser(s: Screen) -> QWidget:
    """With the retention policy read-only, as an adviser who is not an admin sees it."""
    from npdrights.gui.organisation.retention_setting import RetentionState
    from npdrights.gui.settings_dialog import SettingsDialog

    state = RetentionState(RetentionPolicy(6), editable=False, who_can_change="Ada Fictionalson")
    return s.shown(SettingsDialog(Settings(), keychain_available=False, remembered=False, retention=state))


def _change_passphrase(s: Screen) -> QWidget:
    from npdrights.gui.passphrase_dialog import ChangePassphraseDialog

    return s.shown(ChangePassphraseDialog())


def _back_up(s: Screen) -> QWidget:
    from npdrights.gui.backup_dialogs import ExportDialog

    # The dialog alone, on a filled vault: no main window to build and load the list into.
    s.services.vault.create(PASSPHRASE)
    fill(Repository(s.services.vault.database))
    return s.shown(ExportDialog(s.services.vault, TODAY))


def _check_backup(s: Screen) -> QWidget:
    from npdrights.gui.backup_dialogs import CheckDialog

    return s.shown(CheckDialog(s.services.paths.data))


def _restore(new_vault: bool) -> Callable[[Screen], QWidget]:
    def make(s: Screen) -> QWidget:
        from npdrights.gui.restore_dialog import RestoreDialog

        if not new_vault:  # into this vault: an unlocked one, as the Vault menu has
            s.services.vault.create(PASSPHRASE)
        return s.shown(RestoreDialog(s.services.vault, new_vault=new_vault))

    return make


def _countdown(s: Screen) -> QWidget:
    from npdrights.gui.lock import LockCountdown

    return s.shown(LockCountdown(30))


def _what_next(s: Screen) -> QWidget:
    from npdrights.gui.help_dialogs import WhatNextDialog

    return s.shown(WhatNextDialog(AfterFinish(method=PostMethod.FIRST_CLASS, forms=1)))


def _how_it_works(s: Screen) -> QWidget:
    from npdrights.bundled import help_page
    from npdrights.gui.help_dialogs import HowThisWorksDialog

    return s.shown(HowThisWorksDialog(help_page("how-this-works")))


def _register(s: Screen) -> QWidget:
    window = s.make_window()
    explorer = window.open_register()
    s.qtbot.waitExposed(explorer)
    return explorer


def _start_dialog(s: Screen) -> QWidget:
    from npdrights.gui.wizards.start_dialog import StartDialog

    return s.shown(StartDialog())


def _page(journey: Journey, step: Step) -> Callable[[Screen], QWidget]:
    return lambda s: s.wizard_at(journey, step)


def _follow_up(action: ActionKind) -> Callable[[Screen], QWidget]:
    return lambda s: s.follow_up(action)


def _preview(s: Screen) -> QWidget:
    return s.at_preview()


def _finish(s: Screen) -> QWidget:
    from tests.gui.journey_helpers import next_page

    wizard = s.at_preview()
    next_page(s.qtbot, wizard, Step.FINISH)
    return wizard


def _statistics(s: Screen) -> QWidget:
    from npdrights.gui.statistics_dialog import StatisticsDialog

    dialog = s.filled().open_statistics()
    assert isinstance(dialog, StatisticsDialog)
    s.qtbot.waitUntil(lambda: dialog.shown is not None, timeout=5000)  # the figures are worked out off-thread
    s.qtbot.waitExposed(dialog)
    return dialog


def _letterhead(s: Screen) -> QWidget:
    from npdrights.gui.organisation_dialog import OrganisationDialog

    return s.shown(OrganisationDialog(s.filled().vault.database))


def _authority(s: Screen) -> QWidget:
    from npdrights.gui.cases.authority_dialog import AuthorityDialog

    case = Repository(s.filled().vault.database).case("c-overdue")
    assert case is not None
    return s.shown(AuthorityDialog(case, TODAY))


def _organisation_tool(action: str, *, advisers: bool = False) -> Callable[[Screen], QWidget]:
    """A dialog of the Organisation menu, opened as the menu opens it (in a vault with advisers, if asked)."""

    def make(s: Screen) -> QWidget:
        from npdrights.storage.advisers import Advisers

        window = s.filled()
        if advisers:
            Advisers(window.vault).start_organisation("Ada Fictionalson", "ada's long test passphrase")
        getattr(window.organisation, action).trigger()
        dialog = window.organisation.dialog
        assert dialog is not None
        s.qtbot.waitExposed(dialog)
        return dialog

    return make


FOLLOW_UPS = (
    ActionKind.REMINDER,
    ActionKind.COMPLAIN_TO_ORGANISATION,
    ActionKind.COMPLAIN_TO_ICO,
    ActionKind.RECTIFICATION,
)
QUESTION_PAGES = (Step.WHO_ASKING, Step.ABOUT, Step.CONSENT, Step.RECIPIENT, Step.WANT, Step.SEND)
WIZARD_PAGES = {
    **{f"{journey.value}: {step.name.lower()}": (journey, step) for journey in Journey for step in QUESTION_PAGES},
    "follow-up: which case": (Journey.FOLLOW_UP, Step.FOLLOW_UP),
}
# The screens of a new journey (nothing in them is saved), audited in English in the module's one window.
PREVIEW_SCREENS = (
    "check your letter",
    "check your letter: what this letter says",
    "check your letter, full window",
    "finish",
)
IN_THE_SHARED_WINDOW = {*WIZARD_PAGES, *PREVIEW_SCREENS}
# The screens that only look at the fictional cases (nothing on them is saved), audited in the module's one window
# on them; the attachments and the advisers' screens change the vault, and have a window of their own.
ON_THE_CASES = {
    "cases list, filled",
    "case detail",
    "people and families",
    "calendar file",
    "a stored letter",
    "a stored letter: what this letter says",
    "statistics",
    "organisation: name, address and letterhead",
    "the family's signed authority",
    "organisation: advisers, before the first",
    "organisation: retention",
    *(f"follow-up: {action.value}" for action in FOLLOW_UPS),
}

SCREENS: dict[str, Callable[[Screen], QWidget]] = {
    "create vault": _create,
    "recovery code": _recovery_code,
    "unlock with passphrase": _unlock,
    "unlock with passphrase, after a wrong one": _unlock_error,
    "unlock with recovery code": _unlock_with_recovery_code,
    "cases list, empty": lambda s: s.unlocked(),
    "cases list, filled": lambda s: s.filled(),
    "case detail": lambda s: s.case_detail(),
    "record what happened: choose": _event_dialog(None),
    **{f"record what happened: {kind.value}": _event_dialog(kind) for kind in RECORDABLE},
    "check the answer": _checklist,
    "a person": _person,
    "people and families": _people,
    "calendar file": _calendar,
    "a stored letter": _stored_letter,
    "a stored letter: what this letter says": lambda s: _meaning_tab(_stored_letter(s)),
    "an attached PDF": _attachment("reply.pdf", TINY_PDF),
    "an attached picture": _attachment("reply.png", TINY_PNG),
    "settings": _settings,
    "settings, an adviser who is not an admin": _settings_as_an_adviser,
    "change passphrase": _change_passphrase,
    "back up": _back_up,
    "check a backup": _check_backup,
    "restore into this vault": _restore(new_vault=False),
    "restore into a new vault": _restore(new_vault=True),
    "about to lock": _countdown,
    "what happens next": _what_next,
    "how this works": _how_it_works,
    "register explorer": _register,
    "start a new request": _start_dialog,
    **{name: _page(journey, step) for name, (journey, step) in WIZARD_PAGES.items()},
    **{f"follow-up: {action.value}": _follow_up(action) for action in FOLLOW_UPS},
    "check your letter": _preview,
    "check your letter: what this letter says": lambda s: _meaning_tab(_preview(s)),
    "check your letter, full window": _preview_full_window,
    "finish": _finish,
    "statistics": _statistics,
    "organisation: name, address and letterhead": _letterhead,
    "the family's signed authority": _authority,
    "organisation: advisers, before the first": _organisation_tool("advisers_action"),
    "organisation: advisers": _organisation_tool("advisers_action", advisers=True),
    "organisation: audit trail": _organisation_tool("audit_action", advisers=True),
    "organisation: retention": _organisation_tool("retention_action"),
}


@pytest.fixture(scope="module")
def kept(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeptWindows]:
    windows = KeptWindows(tmp_path_factory)
    yield windows
    windows.close()


@pytest.fixture(autouse=True)
def kept_only_while_useful(request: pytest.FixtureRequest, kept: KeptWindows) -> None:
    """Before a translated screen, the kept windows are closed: made in English, they were named again in each
    language switched to and back, which cost more than keeping them saved. Before a screen other than a preview,
    the kept request is closed: another test's window, closing, would close it too."""
    if request.node.originalname != "test_screen_has_no_accessibility_problems":
        kept.close()
    elif request.node.callspec.params["name"] not in PREVIEW_SCREENS:
        kept.close_request()


@pytest.fixture
def empty_window(kept: KeptWindows) -> Iterator[MainWindow]:
    """The kept window on an empty vault. Nothing a journey test does is saved (none presses Finish), so each
    starts from the same window and vault."""
    window = kept.empty_window()
    yield window
    if window.journeys.wizard is not None and window.journeys.wizard is kept.request:
        _back_to_the_preview(kept.request)  # as the next preview screen expects it
    else:
        window.journeys.discard()  # the test's wizard closed, as its own window's closing would have
    settle()


@pytest.fixture
def cases_window(kept: KeptWindows, qtbot: QtBot) -> Iterator[MainWindow]:
    """The kept window on the cases, their list on screen."""
    window = kept.cases_window()
    qtbot.waitUntil(lambda: not window.cases_view.loading, timeout=10_000)
    yield window
    _back_to_the_list(window)


def _back_to_the_list(window: MainWindow) -> None:
    """After a screen: the window as the next one expects it, its journey and dialogs closed, the list shown."""
    window.journeys.discard()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    window.cases_view.show_list()
    settle()


def _back_to_the_preview(wizard: JourneyWizard) -> None:
    """The kept request as its preview first showed: no full window, the printed letter's tab, its own page."""
    from npdrights.gui.wizards.preview_page import PreviewPage

    page = wizard.page_for(Step.PREVIEW)
    assert isinstance(page, PreviewPage)
    if page.full_window is not None:
        page.full_window.reject()
    page.view.setCurrentWidget(page.view.pdf)
    if wizard.currentId() != int(Step.PREVIEW):  # on Finish: Back keeps the rendered letter
        wizard.back()
    assert wizard.currentId() == int(Step.PREVIEW)


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_has_no_accessibility_problems(
    name: str,
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    # Only a journey's screens share the module's window: asked for by name so the other screens never make it.
    shared = request.getfixturevalue("empty_window") if name in IN_THE_SHARED_WINDOW else None
    kept = request.getfixturevalue("kept") if name in PREVIEW_SCREENS else None
    cases = request.getfixturevalue("cases_window") if name in ON_THE_CASES else None
    widget = SCREENS[name](Screen(qtbot, make_window, services, monkeypatch, shared, kept, cases))
    problems = audit(widget)
    assert not problems, f"{name}:\n  " + "\n  ".join(problems)


# The screens translated so far (scripts/translations.py), audited in each translation too: a name a screen
# reader says must not be lost (or left empty) on the way through tr(), and Urdu's mirrored layout must keep them.
TRANSLATED_SCREENS = (
    "create vault",
    "recovery code",
    "unlock with passphrase",
    "unlock with recovery code",
    "cases list, empty",
    "start a new request",
    "ask: who_asking",
    "ask: about",
    "check your letter: what this letter says",
)


@pytest.mark.parametrize("code", ["pl", "ur"])
@pytest.mark.parametrize("name", TRANSLATED_SCREENS)
def test_translated_screen_has_no_accessibility_problems(
    name: str,
    code: str,
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    shown_in: Callable[[str], Language],
) -> None:
    shown_in(code)
    widget = SCREENS[name](Screen(qtbot, make_window, services, monkeypatch))
    problems = audit(widget)
    assert not problems, f"{name} in {code}:\n  " + "\n  ".join(problems)
