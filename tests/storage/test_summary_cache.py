"""Kept lines of the cases list (issue 17; service/summary_cache.py, schema v2 and v4): used only while still true.

A line kept in the vault must give exactly what the rules engine gives, and must never be used once its case, its
events or its organisation changed, the rules changed, whichever way the change was written, or on a day it does
not hold for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench.rules_digest import ORGANISATIONS, PEOPLE, histories
from npdrights.core.case_list import from_kept, kept_record, summarise
from npdrights.core.model import CaseEvent, EventKind
from npdrights.service import summary_cache
from npdrights.service.summary_cache import keep, summarise_part
from npdrights.storage import schema
from npdrights.storage.repository import Repository, VaultContents
from npdrights.storage.snapshots import list_snapshots
from npdrights.storage.vault import Vault
from tests.storage.older_vault import made_at_version, unlocked_by_this_version
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
    keep(repository, part.to_keep)
    return sorted(line.case_id for line in part.to_keep)


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


def test_a_new_day_works_out_again_only_the_lines_that_can_have_changed(kept: Vault) -> None:
    # Overnight nothing in the samples reaches a date the rules compare today with (the days left are counted
    # afresh from a kept line: `_worked_out_afresh` checks each line against the rules engine's on that day).
    assert _worked_out_afresh(kept, TODAY + timedelta(days=1)) == []
    # The objection's answer falls due in December: the waiting case's line changes once that date has passed.
    assert "c-waiting" in _worked_out_afresh(kept, date(2027, 1, 4))
    assert _worked_out_afresh(kept, date(2027, 1, 4)) == []  # kept again, for its new span
    assert "c-closed" not in _worked_out_afresh(kept, date(2036, 1, 4))  # a closed case's line holds for good


def test_a_day_before_a_cases_events_works_it_out_again(kept: Vault) -> None:
    """The clock put back: on a day before its letter was sent, the waiting case's events can't all be true."""
    assert _worked_out_afresh(kept, date(2026, 11, 19)) == ["c-waiting"]


def test_new_rules_work_everything_out_again(kept: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_cache, "rules_version", lambda: "other rules")
    assert _worked_out_afresh(kept) == sorted(CASE_IDS)


def test_a_line_worked_out_before_a_change_is_never_used(vault: Vault) -> None:
    """The list's worker reads a case, the user records an event, then the worker's line is kept: it must not win."""
    repository = Repository(vault.database)
    fill(repository)
    directory = _directory(repository)
    part = summarise_part(repository, directory.cases, directory, TODAY)
    repository.add_event(CaseEvent("e-late", "c-waiting", EventKind.ACKNOWLEDGED, date(2026, 11, 24)))
    repository.delete_case("c-draft")  # and another case is deleted meanwhile: its line is skipped
    keep(repository, part.to_keep)
    assert _worked_out_afresh(vault) == ["c-waiting"]


def test_a_damaged_kept_line_is_worked_out_again(kept: Vault) -> None:
    kept.database.execute("UPDATE case_summaries SET data='{\"status\": 1}' WHERE case_id='c-part'")
    assert _worked_out_afresh(kept) == ["c-part"]


def test_a_vault_made_before_kept_lines_is_upgraded_after_a_snapshot(data_dir: Path, no_keyring: None) -> None:
    with made_at_version(data_dir, 1) as old:
        fill(Repository(old.database))
        assert old.database.user_version() == 1
    upgraded = unlocked_by_this_version(data_dir)
    assert upgraded.database.user_version() == schema.CURRENT_VERSION
    assert len(list_snapshots(upgraded.folder)) == 1  # the old version, kept before the upgrade
    assert sorted(case.id for case in Repository(upgraded.database).cases()) == sorted(CASE_IDS)
    assert _worked_out_afresh(upgraded) == sorted(CASE_IDS)
    assert _worked_out_afresh(upgraded) == []
    upgraded.lock()


def test_a_vault_with_lines_kept_for_one_day_each_is_upgraded_and_works_them_out_again(
    data_dir: Path, no_keyring: None
) -> None:
    """Schema v4 keeps a line for a span of days; the lines v2 kept for one day are derived data, dropped."""
    with made_at_version(data_dir, 3) as old:
        fill(Repository(old.database))
        old.database.execute(
            "INSERT INTO case_summaries(case_id, rules, day, basis, data) "
            "SELECT id, 'earlier rules', '2026-11-28', 0, '{}' FROM cases"
        )
        assert old.database.user_version() == 3
    upgraded = unlocked_by_this_version(data_dir)
    assert upgraded.database.user_version() == schema.CURRENT_VERSION
    assert upgraded.database.query("SELECT COUNT(*) FROM case_summaries") == [(0,)]
    assert _worked_out_afresh(upgraded) == sorted(CASE_IDS)
    assert _worked_out_afresh(upgraded, TODAY + timedelta(days=1)) == []
    upgraded.lock()


@pytest.fixture(scope="module")
def modules_the_rules_load() -> list[str]:
    """What a fresh interpreter has loaded once the lines' code is imported: asked once, as the module's two ways
    of reading kept lines run this test twice and the answer does not depend on them."""
    return subprocess.run(
        [sys.executable, "-c", "import sys, npdrights.core.case_list; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()


def test_every_module_the_rules_use_counts_as_the_rules(modules_the_rules_load: list[str]) -> None:
    """A new module behind the lines, not named in RULES_MODULES, could change a line without a new rules_version."""
    loaded = modules_the_rules_load
    ours = {name for name in loaded if name.startswith("npdrights.")} - {"npdrights.core"}
    assert ours <= set(summary_cache.RULES_MODULES)
