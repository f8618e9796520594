"""Letters started from releases in the register explorer (issue 15, item 5), each a journey pre-filled:

- "Ask this organisation what it holds": a subject access request to the recipient, named; the user types its
  address, as npdrights has no address book of recipients.
- "Ask the DfE about this release": the DfE subject access request, with the releases named in it.
- "Object, naming this recipient": the objection, with the recipients of concern named.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from npdrights.core.letters.answers import OrganisationType
from npdrights.core.register import Release, ReleaseRef
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.draft import Draft, Journey, OrganisationDraft, Target

if TYPE_CHECKING:
    from npdrights.gui.main_window import MainWindow
    from npdrights.gui.register.explorer import RegisterExplorer

LOCKED = QT_TRANSLATE_NOOP(
    "RegisterLetters",
    "Unlock npdrights first: letters and cases are kept in your encrypted vault. The register stays open.",
)


def ask_organisation_draft(releases: Sequence[Release], today: date) -> Draft:
    recipient = releases[0].recipient
    same = tuple(release.ref() for release in releases if release.recipient == recipient)
    return Draft(
        journey=Journey.ASK,
        today=today,
        target=Target.ORGANISATION,
        organisation=OrganisationDraft(name=recipient, type=OrganisationType.OTHER),
        releases=same,
    )


def ask_dfe_draft(releases: Sequence[Release], today: date) -> Draft:
    return Draft(journey=Journey.ASK, today=today, target=Target.DFE, releases=_refs(releases))


def objection_draft(releases: Sequence[Release], today: date) -> Draft:
    return Draft(journey=Journey.OBJECT, today=today, target=Target.DFE, releases=_refs(releases))


def _refs(releases: Sequence[Release]) -> tuple[ReleaseRef, ...]:
    return tuple(release.ref() for release in releases)


def connect_letters(explorer: RegisterExplorer, window: MainWindow) -> None:
    def start(make: Callable[[Sequence[Release], date], Draft], releases: list[Release]) -> None:
        if not releases:
            return
        if not window.vault.is_unlocked:
            explorer.say(QCoreApplication.translate("RegisterLetters", LOCKED))
            return
        explorer.say("")
        window.journeys.start_draft(make(releases, window.services.clock.today()))
        window.activateWindow()

    explorer.ask_organisation.connect(lambda releases: start(ask_organisation_draft, releases))
    explorer.ask_dfe.connect(lambda releases: start(ask_dfe_draft, releases))
    explorer.object_to.connect(lambda releases: start(objection_draft, releases))
