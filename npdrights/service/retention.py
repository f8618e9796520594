"""Retention in practice (issue 16, item 4): the vault's policy, the cases past it, and deleting them.

The policy is the organisation's, so it is kept inside the vault (the meta table), not in this computer's
settings. Deleting takes exactly the cases past the policy on the day it runs, with their events, letters and
attachments, and the people who appear in no other case; the audit trail keeps that a case was deleted, under the
policy, but not who it was about (its entries never named anyone). Attachment files go at once unless a snapshot
still refers to them; then they go when that snapshot rotates out, like the rest of the case.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import apsw

from npdrights.core.retention import DueForDeletion, RetentionPolicy, past_policy, snapshots_forget_by
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage import audit
from npdrights.storage.advisers import Advisers
from npdrights.storage.errors import AdviserRefused
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault

POLICY_KEY = "retention_years"


@dataclass(frozen=True)
class Deleted:
    cases: int
    people: int
    files: int
    snapshots_note: str

    def describe(self) -> str:
        return (
            f"Deleted {self.cases} case{'s' if self.cases != 1 else ''} with their letters and attachments, and "
            f"{self.people} {'person' if self.people == 1 else 'people'} named in no other case. {self.snapshots_note}"
        )


class Retention:
    def __init__(self, vault: Vault, today: Callable[[], date]) -> None:
        self.vault = vault
        self.today = today

    def policy(self) -> RetentionPolicy:
        rows = self.vault.database.query("SELECT value FROM meta WHERE key = ?", (POLICY_KEY,))
        try:
            return RetentionPolicy(int(rows[0][0])) if rows else RetentionPolicy()
        except ValueError:
            return RetentionPolicy()  # a value npdrights didn't write: no policy rather than a guessed one

    def set_policy(self, policy: RetentionPolicy) -> None:
        self._require_admin(
            QT_TRANSLATE_NOOP("VaultError", "Only an adviser with the admin role can set the retention policy.")
        )
        with self.vault.database.transaction():
            if policy.years is None:
                self.vault.database.execute("DELETE FROM meta WHERE key = ?", (POLICY_KEY,))
            else:
                self.vault.database.execute(
                    "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (POLICY_KEY, str(policy.years)),
                )

    def due(self) -> list[DueForDeletion]:
        repository = Repository(self.vault.database)
        return past_policy(repository.cases(), repository.events_by_case(), self.policy(), self.today())

    def person_name(self, person_id: str) -> str | None:
        """Whom a case due for deletion is about, for the screen that lists them (None if nobody is recorded)."""
        person = Repository(self.vault.database).person(person_id)
        return person.full_name if person else None

    def delete(self, case_ids: Iterable[str]) -> Deleted:
        """Delete these cases, each of which must be past the policy today (anything else is refused, whole)."""
        self._require_admin(
            QT_TRANSLATE_NOOP(
                "VaultError", "Only an adviser with the admin role can delete cases under the retention policy."
            )
        )
        wanted = set(case_ids)
        due = {item.case.id: item for item in self.due()}
        if not wanted <= due.keys():
            raise AdviserRefused(
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "Some of those cases are not past the retention policy (they may have been reopened "
                    "meanwhile). Nothing was deleted. Review the list again.",
                )
            )
        database = self.vault.database
        years = self.policy().years
        with database.transaction() as connection:
            attachment_ids = _attachments_of(connection, wanted)
            people = _people_of(connection, wanted)
            for case_id in sorted(wanted):
                audit.record(connection, audit.DELETED_BY_POLICY, case_id, f"closed over {years} years")
                connection.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            people_gone = _delete_people_without_cases(connection, people)
        held = self.vault.attachments_held_by_snapshots()
        files = 0
        if held is not None:
            for attachment_id in attachment_ids - held:
                self.vault.blobs.delete(attachment_id)
                files += 1
        note = snapshots_forget_by(self.today(), self.vault.snapshots_to_keep)
        return Deleted(len(wanted), people_gone, files, note)

    def _require_admin(self, refusal: str) -> None:
        if not self.vault.is_organisation():
            return  # a parent's vault: its one user decides
        me = Advisers(self.vault).signed_in()
        if me is None or not me.is_admin:
            raise AdviserRefused(refusal)


def _in(ids: Iterable[str]) -> str:
    return json.dumps(sorted(ids))


def _attachments_of(connection: apsw.Connection, case_ids: set[str]) -> set[str]:
    rows = connection.execute(
        "SELECT id FROM attachments WHERE case_id IN (SELECT value FROM json_each(?))", (_in(case_ids),)
    )
    return {row[0] for row in rows}


def _people_of(connection: apsw.Connection, case_ids: set[str]) -> set[str]:
    rows = connection.execute(
        "SELECT person_id, json_extract(data, '$.requester_id') FROM cases "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (_in(case_ids),),
    )
    return {person for row in rows for person in row if person}


def _delete_people_without_cases(connection: apsw.Connection, people: set[str]) -> int:
    """The deleted cases' children and requesters who appear in no case left; then households left empty."""
    execute = connection.execute
    still_named = {
        person
        for row in execute("SELECT person_id, json_extract(data, '$.requester_id') FROM cases")
        for person in row
        if person
    }
    gone = sorted(people - still_named)
    households = {
        row[0]
        for row in execute(
            "SELECT household_id FROM people WHERE household_id IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
            (_in(gone),),
        )
    }
    execute("DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))", (_in(gone),))
    execute(
        "DELETE FROM households WHERE id IN (SELECT value FROM json_each(?)) "
        "AND NOT EXISTS(SELECT 1 FROM people WHERE people.household_id = households.id)",
        (_in(households),),
    )
    return len(gone)
