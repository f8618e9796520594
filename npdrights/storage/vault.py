"""The vault's lifecycle: create, unlock (passphrase, recovery code, keychain), lock, change passphrase.

Unlocking is split in two so the GUI can keep the slow part off its thread:
    key = vault.unwrap_with_passphrase(passphrase)   # Argon2id: about 0.2 s, any thread
    vault.open(key)                                   # fast: opens and checks cases.db, on the caller's thread
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from npdrights.storage import keyslots
from npdrights.storage.atomic import sweep_temp_files
from npdrights.storage.database import DB_FILE, Database, open_database
from npdrights.storage.errors import (
    KeychainUnavailable,
    NoVault,
    VaultError,
    VaultExists,
    WeakPassphrase,
)
from npdrights.storage.keyslots import DEFAULT_KDF, KdfParams, SlotFile
from npdrights.storage.keystore import KeyStore
from npdrights.storage.snapshots import (
    finish_snapshot,
    latest_snapshot_time,
    list_snapshots,
    new_snapshot_paths,
    restore_snapshot,
)

MIN_PASSPHRASE_LENGTH = 10


class DataKey:
    """The unwrapped data key, held in a bytearray so `wipe()` can overwrite it on lock.

    Python can't promise no other copy exists (see security-design.md §6); this keeps the copies few.
    """

    def __init__(self, raw: bytearray) -> None:
        if len(raw) != keyslots.KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = raw

    @property
    def raw(self) -> bytearray:
        return self._raw

    def subkey(self, purpose: bytes) -> bytes:
        return keyslots.hkdf(self._raw, b"npdrights " + purpose + b" v1")

    def wipe(self) -> None:
        for index in range(len(self._raw)):
            self._raw[index] = 0

    @property
    def wiped(self) -> bool:
        return not any(self._raw)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase()


class Vault:
    def __init__(
        self,
        folder: Path,
        keystore: KeyStore,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.folder = folder
        self.keystore = keystore
        self.kdf = kdf
        self.clock = clock
        self._key: DataKey | None = None
        self._database: Database | None = None
        self._slots: SlotFile | None = None

    # -- state ----------------------------------------------------------------------------------

    def exists(self) -> bool:
        return keyslots.slot_file_exists(self.folder)

    @property
    def is_unlocked(self) -> bool:
        return self._database is not None

    @property
    def database(self) -> Database:
        if self._database is None:
            raise RuntimeError("the vault is locked")
        return self._database

    @property
    def key(self) -> DataKey:
        if self._key is None:
            raise RuntimeError("the vault is locked")
        return self._key

    def slots(self) -> SlotFile:
        """The key-slot file, read fresh (falls back to the spare copy if the main one is damaged)."""
        if not self.exists():
            raise NoVault()
        return keyslots.load_slot_file(self.folder)

    def has_keychain_slot(self) -> bool:
        return self.exists() and self.slots().slot_of_type("keychain") is not None

    def keychain_available(self) -> bool:
        return self.keystore.available()

    # -- create ---------------------------------------------------------------------------------

    def create(self, passphrase: str) -> str:
        """Make a new, empty vault and unlock it. Returns the recovery code, to be shown once.

        "Remember on this computer" is a separate step (`enable_keychain`), so a keychain failure can never
        lose the recovery code of a vault that was already made.
        """
        if self.exists() or (self.folder / DB_FILE).exists():
            raise VaultExists()
        check_new_passphrase(passphrase)
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.folder, 0o700)
        key = DataKey(bytearray(os.urandom(keyslots.KEY_BYTES)))
        slots = keyslots.new_slot_file()
        slots.set_passphrase(key.raw, passphrase, self.kdf)
        code = slots.set_recovery_code(key.raw)
        # The database first: a vault.json without cases.db is treated as damage, never silently re-created.
        database = open_database(
            self.folder,
            key.subkey(b"db"),
            before_migration=self._snapshot,
            latest_snapshot=self._latest_snapshot,
            create=True,
        )
        keyslots.save_slot_file(self.folder, slots)
        self._slots, self._key, self._database = slots, key, database
        return code

    # -- unlock ---------------------------------------------------------------------------------

    def unwrap_with_passphrase(self, passphrase: str) -> DataKey:
        return DataKey(self.slots().unwrap_with_passphrase(passphrase))

    def unwrap_with_recovery_code(self, code: str) -> DataKey:
        return DataKey(self.slots().unwrap_with_recovery_code(code))

    def unwrap_with_keychain(self) -> DataKey:
        """Raises KeychainUnavailable if there is no keychain slot, no keychain, or it is locked."""
        slots = self.slots()
        if slots.slot_of_type("keychain") is None:
            raise KeychainUnavailable()
        secret = self.keystore.get(slots.vault_id)
        if secret is None or len(secret) != keyslots.KEY_BYTES:
            raise KeychainUnavailable(
                "This computer's keychain no longer holds the key for this vault. Type your passphrase instead."
            )
        return DataKey(slots.unwrap_with_keychain(secret))

    def open(self, key: DataKey) -> None:
        """Open cases.db with an unwrapped key. On failure the key is wiped and the vault stays locked."""
        if self.is_unlocked:
            raise RuntimeError("the vault is already unlocked")
        sweep_temp_files(self.folder)
        try:
            slots = self.slots()
            database = open_database(
                self.folder,
                key.subkey(b"db"),
                before_migration=self._snapshot,
                latest_snapshot=self._latest_snapshot,
            )
        except BaseException:
            key.wipe()
            raise
        self._slots, self._key, self._database = slots, key, database

    def unlock_with_passphrase(self, passphrase: str) -> None:
        self.open(self.unwrap_with_passphrase(passphrase))

    def unlock_with_recovery_code(self, code: str, new_passphrase: str) -> None:
        """The recovery code always comes with a new passphrase: the old one is presumed forgotten."""
        check_new_passphrase(new_passphrase)
        key = self.unwrap_with_recovery_code(code)
        self.open(key)
        self._rewrite_slots(lambda slots: slots.set_passphrase(key.raw, new_passphrase, self.kdf))

    def unlock_with_keychain(self) -> None:
        self.open(self.unwrap_with_keychain())

    # -- while unlocked -------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrites the passphrase slot only; cases.db is not touched."""
        check_new_passphrase(new)
        key = self.unwrap_with_passphrase(old)  # proves the old passphrase, even while unlocked
        try:
            self._rewrite_slots(lambda slots: slots.set_passphrase(key.raw, new, self.kdf))
        finally:
            key.wipe()

    def new_recovery_code(self) -> str:
        """Replace the recovery code (for example after the printed copy was lost). The old one stops working."""
        codes: list[str] = []
        self._rewrite_slots(lambda slots: codes.append(slots.set_recovery_code(self.key.raw)))
        return codes[0]

    def enable_keychain(self) -> None:
        """Add the "remember on this computer" slot. Raises KeychainUnavailable, leaving no half-made slot."""
        slots = self.slots()
        secret = os.urandom(keyslots.KEY_BYTES)
        self.keystore.put(slots.vault_id, secret)
        self._rewrite_slots(lambda fresh: fresh.set_keychain(self.key.raw, secret))

    def disable_keychain(self) -> None:
        slots = self.slots()
        self._rewrite_slots(lambda fresh: fresh.remove_slot("keychain"))
        # The slot is gone from vault.json, so a keychain item left behind is useless anyway.
        with contextlib.suppress(KeychainUnavailable):
            self.keystore.delete(slots.vault_id)

    def lock(self) -> None:
        """Close the database (freeing its cache of decrypted pages) and wipe the key."""
        database, self._database = self._database, None
        key, self._key = self._key, None
        self._slots = None
        if database is not None:
            database.close()
        if key is not None:
            key.wipe()

    def restore_latest_snapshot(self) -> datetime:
        """Put the newest snapshot in place of a damaged cases.db (kept aside, never deleted)."""
        if self.is_unlocked:
            raise RuntimeError("lock the vault before restoring a snapshot")
        snapshots = list_snapshots(self.folder)
        if not snapshots:
            raise NoVault("There is no snapshot to go back to. Restore a backup file if you have one.")
        restore_snapshot(self.folder, snapshots[0], self.clock())
        return snapshots[0].taken

    # -- helpers --------------------------------------------------------------------------------

    def _rewrite_slots(self, change: Callable[[SlotFile], object]) -> None:
        slots = self.slots()
        change(slots)
        keyslots.save_slot_file(self.folder, slots)
        self._slots = slots

    def _latest_snapshot(self) -> datetime | None:
        return latest_snapshot_time(self.folder)

    def _snapshot(self, database: Database) -> None:
        snapshot = new_snapshot_paths(self.folder, self.clock())
        if snapshot.database.exists():
            return
        database.snapshot_to(snapshot.database)
        finish_snapshot(self.folder, snapshot)


__all__ = ["DataKey", "Vault", "VaultError", "check_new_passphrase"]
