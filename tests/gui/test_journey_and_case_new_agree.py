"""The wizard's journey and `npdrights-cli case new`, given the same answers, store the same case (issue 12).

A parent asks the DfE about one child in the window, and marks the letter as sent; the answers saved with that
letter are then given to `case new` with the same sending, against a second vault. Apart from the random ids,
the two vaults must hold the same case, people, household, organisation, events and letter.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npdrights import cli
from npdrights.commands import case as case_command
from npdrights.core.wizard_flow import Step
from npdrights.gui.main_window import MainWindow
from npdrights.gui.services import Services
from npdrights.gui.wizards.finish_page import FinishPage
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import FIXED_NOW, type_into
from tests.gui.journey_helpers import (
    choose,
    finish,
    next_page,
    parent_sar_to_preview,
    unlocked_window,
)


class _Piped(io.StringIO):
    def isatty(self) -> bool:
        return False


def _cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> None:
    monkeypatch.setattr("sys.stdin", _Piped(PASSPHRASE + "\n"))
    assert cli.main([*argv, "--passphrase-stdin"], kdf=FAST_KDF) == 0


def stored(vault: Vault) -> str:
    """Everything the vault holds about its one case, with each id replaced by the same word in both vaults."""
    repository = Repository(vault.database)
    [case] = repository.cases()
    events = repository.events(case.id)
    [letter] = repository.letters(case.id)
    people = sorted(repository.people(), key=lambda person: person.full_name)
    households = repository.households()
    organisations = repository.organisations()
    text = repr((case, events, letter.kind, letter.created_on, letter.subject, letter.reference, letter.text))
    text += json.dumps(letter.answers, sort_keys=True) + repr((people, households, organisations))
    ids = {case.id: "case", letter.id: "letter"}
    ids |= {event.id: f"event-{number}" for number, event in enumerate(events)}
    ids |= {person.id: f"person-{number}" for number, person in enumerate(people)}
    ids |= {household.id: f"household-{number}" for number, household in enumerate(households)}
    for made, word in ids.items():
        text = text.replace(made, word)
    return text


def test_the_journey_and_case_new_store_the_same_case(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = unlocked_window(make_window, services)
    wizard = parent_sar_to_preview(qtbot, window, monkeypatch)
    next_page(qtbot, wizard, Step.FINISH)
    finish_page = wizard.page_for(Step.FINISH)
    assert isinstance(finish_page, FinishPage)
    choose(qtbot, finish_page.now)
    type_into(qtbot, finish_page.mark.proof, "KF 1234 5678 9GB")
    (case_id,) = finish(qtbot, wizard)
    [letter] = Repository(services.vault.database).letters(case_id)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(dict(letter.answers)), encoding="utf-8")

    monkeypatch.setenv("NPDRIGHTS_HOME", str(tmp_path / "cli-home"))
    monkeypatch.setattr(case_command, "today", FIXED_NOW.date)
    _cli(monkeypatch, "vault", "init")
    sent = FIXED_NOW.date().isoformat()
    _cli(
        monkeypatch,
        *("case", "new", "sar-dfe", "--answers", str(answers)),
        *("--sent", sent, "--post", "first", "--proof", " KF 1234 5678 9GB "),  # stripped, as Finish does
    )
    cli_vault = Vault(tmp_path / "cli-home" / "data", KeyringKeyStore(), kdf=FAST_KDF)
    cli_vault.unlock_with_passphrase(PASSPHRASE)
    try:
        by_cli = stored(cli_vault)
    finally:
        cli_vault.lock()
    assert "KF 1234 5678 9GB" in by_cli
    assert stored(services.vault) == by_cli
