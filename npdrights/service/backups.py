"""What backing up and restoring need to know of the cases in the vault: what a backup can hold, and which of a
backup's cases are here already. The copying itself is storage's (backup_export.py, backup_import.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage.backup_export import Scope
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault


def backup_scopes(vault: Vault, localise: Callable[[str], str] = str) -> list[tuple[str, Scope]]:
    """The choices of what to back up, each with its label: everything, one household, or one case. The screens
    pass `localise` to have the labels in their language (the words are marked under "BackupScopes")."""
    repository = Repository(vault.database)
    scopes = [(localise(QT_TRANSLATE_NOOP("BackupScopes", "Everything in this vault")), Scope.whole_vault())]
    one_household = localise(QT_TRANSLATE_NOOP("BackupScopes", "One household: {name}"))
    for household in sorted(repository.households(), key=lambda h: h.name):
        scopes.append((one_household.format(name=household.name), Scope.one_household(household.id)))
    one_case = localise(QT_TRANSLATE_NOOP("BackupScopes", "One case: {name} – {reference}"))
    names = {person.id: person.full_name for person in repository.people()}
    for case in sorted(repository.cases(), key=lambda c: c.reference):
        label = one_case.format(name=names.get(case.person_id, "?"), reference=case.reference)
        scopes.append((label, Scope.one_case(case.id)))
    return scopes


def already_here(vault: Vault, cases: Iterable[tuple[str, str]]) -> list[str]:
    """The references of a backup's `cases` (id, reference) that this vault holds already: a merge leaves them."""
    here = {case.id for case in Repository(vault.database).cases()}
    return [reference for case_id, reference in cases if case_id in here]
