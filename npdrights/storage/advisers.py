"""An organisation's advisers (issue 16, item 1): who may sign in, and who may add and remove the others.

Each adviser has a key slot in vault.json wrapping the same data key (storage/keyslots.py), opened with their own
passphrase; their role is kept in cases.db. The recovery code stays the organisation's. Only an adviser with the
admin role adds or removes advisers, and the last admin can't be removed.

Removing an adviser removes their slot, so their passphrase no longer opens the vault. It does not take back
anything they saved or copied out before, and the data key itself is not changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage.errors import AdviserRefused
from npdrights.storage.keyslots import adviser_name, same_adviser
from npdrights.storage.vault import Vault, check_new_passphrase

ADMIN = "admin"
ADVISER = "adviser"
ROLES = (ADMIN, ADVISER)


@dataclass(frozen=True)
class Adviser:
    name: str
    role: str
    added_on: str

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN


class Advisers:
    """Reads and changes the advisers of an unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list(self) -> list[Adviser]:
        rows = self.vault.database.query("SELECT name, role, added_on FROM advisers ORDER BY name COLLATE NOCASE")
        with_slot = self.vault.slots().advisers()
        # A row without a slot (the computer stopped between the two writes) can't sign in: not listed.
        return [Adviser(*row) for row in rows if any(same_adviser(row[0], name) for name in with_slot)]

    def find(self, name: str) -> Adviser | None:
        return next((adviser for adviser in self.list() if same_adviser(adviser.name, name)), None)

    def signed_in(self) -> Adviser | None:
        return self.find(self.vault.signed_in_as) if self.vault.signed_in_as else None

    def start_organisation(self, first_admin: str, passphrase: str) -> None:
        """Turn a parent's vault into an organisation's, with its first adviser (an admin). From now on everyone
        signs in by name; the household passphrase stops working, the recovery code stays."""
        if self.vault.is_organisation():
            raise AdviserRefused(
                QT_TRANSLATE_NOOP("VaultError", "This vault already has advisers. Add more from the Advisers screen.")
            )
        self._add(first_admin, passphrase, ADMIN)

    def add(self, name: str, passphrase: str, role: str = ADVISER) -> Adviser:
        self._require_admin()
        if self.find(name) is not None:
            raise AdviserRefused(
                QT_TRANSLATE_NOOP("VaultError", "There is already an adviser called {name}. Choose another name."),
                name=adviser_name(name),
            )
        return self._add(name, passphrase, role)

    def set_passphrase(self, name: str, passphrase: str) -> None:
        """An admin sets a new passphrase for an adviser who forgot theirs."""
        self._require_admin()
        adviser = self._existing(name)
        self.vault.set_adviser_slot(adviser.name, passphrase)

    def remove(self, name: str) -> None:
        self._require_admin()
        adviser = self._existing(name)
        admins = [other for other in self.list() if other.is_admin]
        if adviser.is_admin and len(admins) == 1:
            raise AdviserRefused(
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "{name} is the only adviser with the admin role, so they can't be removed. Give someone else "
                    "the admin role first.",
                ),
                name=adviser.name,
            )
        if self.vault.signed_in_as and same_adviser(adviser.name, self.vault.signed_in_as):
            raise AdviserRefused(
                QT_TRANSLATE_NOOP(
                    "VaultError", "You can't remove yourself. Ask another adviser with the admin role to do it."
                )
            )
        # The slot first: once it is gone the passphrase opens nothing, whatever happens to the row.
        self.vault.remove_adviser_slot(adviser.name)
        with self.vault.database.transaction():
            self.vault.database.execute("DELETE FROM advisers WHERE name = ?", (adviser.name,))

    def _add(self, name: str, passphrase: str, role: str) -> Adviser:
        if role not in ROLES:
            raise AdviserRefused(f"An adviser's role is one of: {', '.join(ROLES)}.")
        tidy = adviser_name(name)
        check_new_passphrase(passphrase)
        added_on = self.vault.clock().date().isoformat()
        # The row first: a slot without its row would sign in with no role at all.
        with self.vault.database.transaction():
            self.vault.database.execute(
                "INSERT INTO advisers(name, role, added_on) VALUES(?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET role = excluded.role",
                (tidy, role, added_on),
            )
        self.vault.set_adviser_slot(tidy, passphrase)
        return Adviser(tidy, role, added_on)

    def _existing(self, name: str) -> Adviser:
        adviser = self.find(name)
        if adviser is None:
            raise AdviserRefused(
                QT_TRANSLATE_NOOP("VaultError", "There is no adviser called {name} in this vault."), name=name.strip()
            )
        return adviser

    def _require_admin(self) -> None:
        if not self.vault.is_organisation():
            raise AdviserRefused(
                QT_TRANSLATE_NOOP(
                    "VaultError", "This vault has no advisers yet. Start with the first one (who will be an admin)."
                )
            )
        me = self.signed_in()
        if me is None or not me.is_admin:
            raise AdviserRefused(
                QT_TRANSLATE_NOOP("VaultError", "Only an adviser with the admin role can add or remove advisers.")
            )
