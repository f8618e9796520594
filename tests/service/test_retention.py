"""Retention deletes exactly the cases past the policy, with their attachments, and nothing else (issue 16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from npdrights.core.model import EventKind, Person
from npdrights.core.retention import RetentionPolicy
from npdrights.service.retention import Retention
from npdrights.storage import audit
from npdrights.storage.advisers import ADVISER, Advisers
from npdrights.storage.errors import AdviserRefused
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.test_repository import CHILD, DFE, HOUSEHOLD, PARENT, _case, _event

TODAY = date(2026, 12, 6)
SIBLING = Person("p-ivy", "Ivy Fictionalson", household_id="h1")
OTHER = Person("p-oona", "Oona Madeupton")


@pytest.fixture
def filled(vault: Vault) -> Vault:
    """c-old (Zebedee, closed 2019) and c-recent (Ivy, closed 2025) share a requester; c-open (Oona) is open.
    Each case has one attachment."""
    repository = Repository(vault.database)
    repository.create_case(_case("c-old"), households=[HOUSEHOLD], people=[CHILD, PARENT], organisation=DFE)
    repository.create_case(replace(_case("c-recent"), person_id=SIBLING.id), people=[SIBLING])
    repository.create_case(replace(_case("c-open"), person_id=OTHER.id, requester_id=OTHER.id), people=[OTHER])
    repository.add_event(_event("e1", EventKind.CLOSED, date(2019, 5, 1), case_id="c-old"))
    repository.add_event(_event("e2", EventKind.CLOSED, date(2025, 5, 1), case_id="c-recent"))
    for case_id in ("c-old", "c-recent", "c-open"):
        vault.attachments().add(case_id, f"{case_id}.pdf", "application/pdf", b"%PDF fictional " + case_id.encode())
    return vault


def _retention(vault: Vault, years: int | None = 6) -> Retention:
    retention = Retention(vault, lambda: TODAY)
    retention.set_policy(RetentionPolicy(years))
    return retention


def test_exactly_the_cases_past_the_policy_are_deleted_with_their_attachments(filled: Vault) -> None:
    retention = _retention(filled)
    assert [item.case.id for item in retention.due()] == ["c-old"]
    old_file = filled.attachments().for_case("c-old")[0].id
    kept_files = {a.id for case in ("c-recent", "c-open") for a in filled.attachments().for_case(case)}

    deleted = retention.delete(["c-old"])

    repository = Repository(filled.database)
    assert sorted(case.id for case in repository.cases()) == ["c-open", "c-recent"]
    assert filled.attachments().for_case("c-old") == []
    assert not filled.blobs.exists(old_file)
    assert all(filled.blobs.exists(file) for file in kept_files)
    assert {a.id for case in ("c-open", "c-recent") for a in filled.attachments().for_case(case)} == kept_files
    # Zebedee is in no other case: gone. The parent still requests c-recent: kept.
    assert repository.person(CHILD.id) is None
    assert repository.person(PARENT.id) is not None
    assert (deleted.cases, deleted.people, deleted.files) == (1, 1, 1)
    assert retention.due() == []


def test_the_audit_trail_keeps_that_a_case_was_deleted_not_who_it_was_about(filled: Vault) -> None:
    _retention(filled).delete(["c-old"])
    kinds = [entry.kind for entry in audit.entries(filled.database.connection, case_id="c-old", limit=2)]
    assert kinds == [audit.CASE_DELETED, audit.DELETED_BY_POLICY]
    assert "Zebedee" not in repr(filled.database.query("SELECT * FROM audit"))
    assert audit.verify(filled.database.connection).intact


def test_a_case_not_past_the_policy_is_refused_and_nothing_is_deleted(filled: Vault) -> None:
    retention = _retention(filled)
    with pytest.raises(AdviserRefused, match="Nothing was deleted"):
        retention.delete(["c-old", "c-recent"])
    assert len(Repository(filled.database).cases()) == 3


def test_without_a_policy_nothing_is_due(filled: Vault) -> None:
    assert _retention(filled, None).due() == []


def test_a_file_a_snapshot_still_holds_goes_when_the_snapshot_does(filled: Vault) -> None:
    old_file = filled.attachments().for_case("c-old")[0].id
    filled.lock()  # the next morning's unlock takes the day's snapshot, which holds c-old's file
    filled = Vault(filled.folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: datetime(2099, 1, 1, 9, 0))
    filled.unlock_with_passphrase(PASSPHRASE)
    retention = _retention(filled)
    assert retention.delete(["c-old"]).files == 0
    assert filled.blobs.exists(old_file)  # a restored snapshot must still find it
    for snapshot in (filled.folder / "backups").glob("cases-*"):
        snapshot.unlink()
    assert filled.sweep_orphan_attachments() == 1
    assert not filled.blobs.exists(old_file)
    filled.lock()


def test_in_an_organisation_only_an_admin_sets_the_policy_or_deletes(filled: Vault) -> None:
    Advisers(filled).start_organisation("Ada Fictionalson", "ada's long test passphrase")
    Advisers(filled).add("Ben Madeupton", "ben's own test passphrase", ADVISER)
    _retention(filled)
    filled.lock()
    ben = Vault(filled.folder, KeyringKeyStore(), kdf=FAST_KDF)
    ben.unlock_with_passphrase("ben's own test passphrase", "Ben Madeupton")
    retention = Retention(ben, lambda: TODAY)
    assert [item.case.id for item in retention.due()] == ["c-old"]  # he may see the list
    with pytest.raises(AdviserRefused, match="admin"):
        retention.delete(["c-old"])
    with pytest.raises(AdviserRefused, match="admin"):
        retention.set_policy(RetentionPolicy(1))
    ben.lock()
