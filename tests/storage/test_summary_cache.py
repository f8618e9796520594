"""Kept lines of the cases list (issue 17; service/summary_cache.py, schema v2): used only while still true.

A line kept in the vault must give exactly what the rules engine gives, and must never be used once its case, its
events or its organisation changed, the day changed, or the rules changed, whichever way the change was written.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bench.rules_digest import ORGANISATIONS, PEOPLE, histories
from npdrights.core.case_list import from_kept, kept_record, summarise
from npdrights.core.model import CaseEvent, EventKind
from npdrights.service import summary_cache
from npdrights.service.summary_cache import keep, summarise_part
from npdrights.storage import schema
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository, VaultContents
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.tracker_fixtures import DFE, SAMPLES, fill

TODAY = date(2026, 11, 28)
CASE_IDS = [sample.case.id for sample in SAMPLES]


def test_a_kept_line_is_the_line_the_rules_engine_gives() -> None:
    for case, events, today in histories(3000):
        line = summarise(case, events, today, people=PEOPLE, organisations=ORGANISATIONS)
        record = json.loads(json.dumps(kept_record(line, (event.reference for event in events))))
        assert from_kept(case, record, today, people=PEOPLE, organisations=ORGANISATIONS) == line


@pytest.fixture(autouse=True, params=["by case id", "every kept line at once"])
def kept_lines_read(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test twice: kept lines asked for by case id (a part of the list), and read all at once (a whole list)."""
    if request.param == "every kept line at once":
        monkeypatch.setattr(summary_cache, "QUERY_SIZE", 1)


def _directory(repository: Repository) -> VaultContents:
    return repository.stored_rows(events=False).decode()


def _worked_out_afresh(vault: Vault, today: date = TODAY) -> list[str]:
    """Loads every case's line as the list does, keeps the fresh ones, and says which cases had to be worked out."""
    repository = Repository(vault.database)
    directory = _directory(repository)
    part = summarise_part(repository, directory.cases, directory, today)
    fresh = [
        summarise(
            case,
            repository.events(case.id),
            today,
            people=directory.people,
            organisations=directory.organisations,
            households=directory.households,
        )
        for case in directory.cases
    ]
    assert part.summaries == fresh  # kept or not, the same lines
    keep(repository, today, part.to_keep)
    return sorted(case_id for case_id, _basis, _line in part.to_keep)


@pytest.fixture
def kept(vault: Vault) -> Vault:
    fill(Repository(vault.database))
    assert _worked_out_afresh(vault) == sorted(CASE_IDS)
    assert _worked_out_afresh(vault) == []  # all kept now
    return vault


def test_an_event_added_changed_or_removed_has_its_case_worked_out_again(kept: Vault) -> None:
    repository = Repository(kept.database)
    repository.add_event(CaseEvent("e-new", "c-waiting", EventKind.ACKNOWLEDGED, date(2026, 11, 24)))
    assert _worked_out_afresh(kept) == ["c-waiting"]
    repository.update_event(CaseEvent("e-new", "c-waiting", EventKind.ACKNOWLEDGED, date(2026, 11, 25), reference="X"))
    assert _worked_out_afresh(kept) == ["c-waiting"]
    repository.delete_event("e-new")
    assert _worked_out_afresh(kept) == ["c-waiting"]


def test_a_changed_case_or_organisation_has_its_cases_worked_out_again(kept: Vault) -> None:
    repository = Repository(kept.database)
    repository.set_case_notes("c-part", "A note")
    assert _worked_out_afresh(kept) == ["c-part"]
    repository.save_organisation(replace(DFE, name="Department for Education (renamed)"))
    dfe_cases = sorted(sample.case.id for sample in SAMPLES if sample.case.organisation_id == DFE.id)
    assert _worked_out_afresh(kept) == dfe_cases


def test_a_new_day_or_new_rules_work_everything_out_again(kept: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _worked_out_afresh(kept, TODAY + timedelta(days=1)) == sorted(CASE_IDS)
    monkeypatch.setattr(summary_cache, "rules_version", lambda: "other rules")
    assert _worked_out_afresh(kept, TODAY + timedelta(days=1)) == sorted(CASE_IDS)


def test_a_line_worked_out_before_a_change_is_never_used(vault: Vault) -> None:
    """The list's worker reads a case, the user records an event, then the worker's line is kept: it must not win."""
    repository = Repository(vault.database)
    fill(repository)
    directory = _directory(repository)
    part = summarise_part(repository, directory.cases, directory, TODAY)
    repository.add_event(CaseEvent("e-late", "c-waiting", EventKind.ACKNOWLEDGED, date(2026, 11, 24)))
    repository.delete_case("c-draft")  # and another case is deleted meanwhile: its line is skipped
    keep(repository, TODAY, part.to_keep)
    assert _worked_out_afresh(vault) == ["c-waiting"]


def test_a_damaged_kept_line_is_worked_out_again(kept: Vault) -> None:
    kept.database.execute("UPDATE case_summaries SET data='{\"status\": 1}' WHERE case_id='c-part'")
    assert _worked_out_afresh(kept) == ["c-part"]


def test_a_vault_made_before_kept_lines_is_upgraded_after_a_snapshot(
    data_dir: object, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as before:
        before.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        before.setattr(schema, "CURRENT_VERSION", 1)
        old = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF)  # type: ignore[arg-type]
        old.create(PASSPHRASE)
        fill(Repository(old.database))
        assert old.database.user_version() == 1
        old.lock()
    # One instant for both snapshots the unlock may take (before the upgrade, then the day's): with the clock
    # moving, the day's snapshot lands a second later as a second file whenever a second boundary falls between.
    instant = datetime(2026, 12, 6, 9, 0)
    upgraded = Vault(data_dir, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: instant)  # type: ignore[arg-type]
    upgraded.unlock_with_passphrase(PASSPHRASE)
    assert upgraded.database.user_version() == schema.CURRENT_VERSION
    assert len(list_snapshots(upgraded.folder)) == 1  # the old version, kept before the upgrade
    assert sorted(case.id for case in Repository(upgraded.database).cases()) == sorted(CASE_IDS)
    assert _worked_out_afresh(upgraded) == sorted(CASE_IDS)
    assert _worked_out_afresh(upgraded) == []
    upgraded.lock()


def test_every_module_the_rules_use_counts_as_the_rules() -> None:
    """A new module behind the lines, not named in RULES_MODULES, could change a line without a new rules_version."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, npdrights.core.case_list; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()
    ours = {name for name in loaded if name.startswith("npdrights.")} - {"npdrights.core"}
    assert ours <= set(summary_cache.RULES_MODULES)
