"""The vault's lifecycle: create, unlock (passphrase, recovery code, keychain), lock, change passphrase.

Unlocking is split in two so the GUI can keep the slow part off its thread:
    key = vault.unwrap_with_passphrase(passphrase)   # Argon2id: about 0.2 s, any thread
    vault.open(key)                                   # fast: opens and checks cases.db, on the caller's thread

The database engine (`apsw`, database.py) is imported by the methods that open cases.db: the Unlock screen asks
only whether a vault is here and what its key file says, and appears sooner without it (issue 17).
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.storage import generation, generation_witness, keyslots
from npdrights.storage.atomic import fsync_dir, sweep_temp_files
from npdrights.storage.errors import (
    DamagedDatabase,
    KeychainUnavailable,
    KeyFileChanged,
    KeyFileMissing,
    NoVault,
    OlderDatabase,
    VaultError,
    VaultExists,
    WeakPassphrase,
    WrongAdviserSecret,
    WrongSecret,
)
from npdrights.storage.keyslots import DEFAULT_KDF, KdfParams, SlotFile
from npdrights.storage.keystore import KeyStore
from npdrights.storage.snapshots import (
    DEFAULT_KEEP,
    Rotation,
    Snapshot,
    attachment_ids_in_snapshots,
    best_key_file_copy,
    finish_snapshot,
    kept_aside_paths,
    latest_snapshot_time,
    list_snapshots,
    new_snapshot_paths,
    newest_usable_snapshot,
    restore_snapshot,
)
from npdrights.storage.staging import sweep_staging
from npdrights.storage.vault_files import DB_FILE

if TYPE_CHECKING:  # imported when first used: attachments bring mimetypes, tempfile and ChaCha20 with them
    from npdrights.storage.attachments import Attachments
    from npdrights.storage.blobs import BlobStore
    from npdrights.storage.database import Database
    from npdrights.storage.integrity import IntegrityCheck

MIN_PASSPHRASE_LENGTH = 10
LAST_SNAPSHOT_KEY = "last_snapshot_on"  # in cases.db's meta table: the day of the last daily snapshot

# Whether to carry on with a cases.db older than vault.json says: a fixed answer, or a question to ask.
AcceptOlder = bool | Callable[[OlderDatabase], bool]


DISK_FULL_ON_UNLOCK = (
    "Your disk is full. You can read your cases, but nothing can be saved until you free some space (empty the "
    "recycle bin, or move large files such as videos elsewhere), then open the vault again."
)


def _disk_full(error: BaseException) -> bool:
    import apsw

    return isinstance(error, apsw.FullError) or getattr(error, "errno", None) == errno.ENOSPC


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
        snapshots_to_keep: int = DEFAULT_KEEP,
    ) -> None:
        self.folder = folder
        self.keystore = keystore
        self.kdf = kdf
        self.clock = clock
        self.snapshots_to_keep = snapshots_to_keep
        self._key: DataKey | None = None
        self._database: Database | None = None
        # Found while reporting a damaged cases.db (that needs the key): what "go back to a snapshot" restores.
        self._rescue: Snapshot | None = None
        # Set by an unlock whose daily snapshot failed: a plain sentence for the GUI or the CLI to show.
        self.snapshot_problem: str | None = None
        # Set when a damaged copy of vault.json was replaced by its good spare copy while unlocking.
        self.key_file_notice: str | None = None
        # An organisation's vault: the adviser whose passphrase unwrapped the key, and so who is signed in.
        self._unwrapped_by: str | None = None
        self.signed_in_as: str | None = None
        # Opened with `check_later`: vault.json as read at the unlock, and whether an older database was accepted,
        # for the rollback counter's raise once the integrity check passes (`finish_check`).
        self._after_check: tuple[SlotFile, bool] | None = None
        self._finishing_check = threading.RLock()  # the unlock's writes are made once, by whichever thread is first

    # -- state ----------------------------------------------------------------------------------

    def exists(self) -> bool:
        """A vault is here if its key file, its cases file or any snapshot is: with vault.json gone, the folder
        still holds a vault to rescue, never one to create afresh over it (issue 11, item 7)."""
        return (
            keyslots.slot_file_exists(self.folder)
            or (self.folder / DB_FILE).exists()
            or bool(list_snapshots(self.folder))
        )

    @property
    def is_unlocked(self) -> bool:
        return self._database is not None

    @property
    def database(self) -> Database:
        if self._database is None:
            raise RuntimeError("the vault is locked")
        if self._after_check is not None and threading.current_thread() is not threading.main_thread():
            # A job off the window's thread (a backup, the statistics, adding an adviser) while the unlock's writes
            # still wait for the integrity check: they are made here first, or the window's thread would make them
            # when the check answers, while this job uses the connection, which one thread at a time may do. If the
            # check found damage, the job's writes are refused and the window offers the snapshot, as at an unlock.
            integrity = self._database.integrity
            if integrity.run():
                self.finish_check(integrity)
        return self._database

    @property
    def key(self) -> DataKey:
        if self._key is None:
            raise RuntimeError("the vault is locked")
        return self._key

    @property
    def blobs(self) -> BlobStore:
        """The encrypted attachment files, keyed with this vault's attachment master key."""
        from npdrights.storage.blobs import BlobStore

        return BlobStore(self.folder, self.key.subkey(b"attachments"))

    def attachments(self) -> Attachments:
        from npdrights.storage.attachments import Attachments

        return Attachments(
            self.database,
            self.blobs,
            today=lambda: self.clock().date(),
            held_by_snapshots=self.attachments_held_by_snapshots,
        )

    def slots(self) -> SlotFile:
        """The key-slot file, read fresh (falls back to the spare copy if the main one is damaged)."""
        if not self.exists():
            raise NoVault()
        if not keyslots.slot_file_exists(self.folder):
            copy = best_key_file_copy(self.folder)
            raise KeyFileMissing(copy[1] if copy else None)
        return keyslots.load_slot_file(self.folder)

    def restore_key_file(self) -> None:
        """Put back the best copy of vault.json kept with the snapshots, when both copies of it are gone."""
        with keyslots.slot_file_lock(self.folder):
            if keyslots.slot_file_exists(self.folder):
                return  # put back meanwhile (another window): nothing to do
            copy = best_key_file_copy(self.folder)
            if copy is None:
                raise KeyFileMissing(None)
            keyslots.save_slot_file(self.folder, SlotFile.from_bytes(copy[0].read_bytes()))

    def is_organisation(self) -> bool:
        """Advisers sign in by name (vault.json version 2), rather than one passphrase for the household."""
        return self.exists() and bool(self.slots().advisers())

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
        from npdrights.storage.database import open_database

        self.check_can_create(passphrase)
        key = DataKey(bytearray(os.urandom(keyslots.KEY_BYTES)))
        slots = keyslots.new_slot_file()
        slots.set_passphrase(key.raw, passphrase, self.kdf)
        code = slots.set_recovery_code(key.raw)
        # The database first: a vault.json without cases.db is treated as damage, never silently re-created.
        database = open_database(
            self.folder,
            key.subkey(b"db"),
            before_migration=lambda database: self._snapshot(database, key.subkey(b"db")),
            latest_snapshot=self._latest_snapshot,
            create=True,
        )
        slots.generation = generation.advance(database, slots.generation)
        slots.seal(key.raw)
        keyslots.save_slot_file(self.folder, slots)
        self._key, self._database = key, database
        return code

    def check_can_create(self, passphrase: str) -> None:
        """Raise VaultExists or WeakPassphrase before anything is made; make the (private) folder."""
        if self.exists():
            raise VaultExists()
        check_new_passphrase(passphrase)
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.folder, 0o700)

    def sibling(self, folder: Path) -> Vault:
        """A vault object for another folder with the same settings (a new vault being built in staging/)."""
        return Vault(folder, self.keystore, kdf=self.kdf, clock=self.clock, snapshots_to_keep=self.snapshots_to_keep)

    def adopt(self, built: Path) -> None:
        """Move a complete, locked vault from `built` into this (vault-less) folder: attachment files, snapshots and
        cases.db first, vault.json last. Until vault.json lands there is no vault here, so a crash part-way means
        "start again", never half a vault."""
        if self.exists():
            raise VaultExists()
        last = (DB_FILE, DB_FILE + "-wal", keyslots.SPARE_SLOT_FILE, keyslots.SLOT_FILE)
        for path in sorted(built.rglob("*")):
            relative = path.relative_to(built)
            if path.is_dir() or relative.name in (*last, keyslots.LOCK_FILE, DB_FILE + "-shm"):
                continue
            target = self.folder / relative
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.replace(path, target)
            fsync_dir(target.parent)
        for name in last:
            if (built / name).exists():
                os.replace(built / name, self.folder / name)
        fsync_dir(self.folder)

    # -- unlock ---------------------------------------------------------------------------------

    def unwrap_with_passphrase(self, passphrase: str, adviser: str | None = None) -> DataKey:
        """A wrong passphrase, or a damaged passphrase slot? AES-GCM can't tell, so the spare copy of vault.json is
        tried too; if it opens, the damaged copy is replaced by it and `key_file_notice` says so (item 11).

        In an organisation's vault `adviser` names whose slot to try; in a parent's it is ignored."""
        self.key_file_notice = None
        slots = self.slots()
        if slots.advisers() and not (adviser or "").strip():
            raise WrongAdviserSecret("Type your name as well as your passphrase: this vault has several advisers.")

        def unwrap(file: SlotFile) -> DataKey:
            if not file.advisers():
                return DataKey(file.unwrap_with_passphrase(passphrase))
            key = DataKey(file.unwrap_with_adviser(adviser or "", passphrase))
            slot = file.adviser_slot(adviser or "")
            self._unwrapped_by = slot.name if slot else None
            return key

        try:
            return unwrap(slots)
        except WrongSecret:
            for copy in keyslots.other_copies(self.folder, slots):
                try:
                    key = unwrap(copy)
                except WrongSecret:
                    continue
                self._put_back(copy)
                return key
            raise

    def _put_back(self, good: SlotFile) -> None:
        with keyslots.slot_file_lock(self.folder):
            keyslots.save_slot_file(self.folder, good)
        self.key_file_notice = (
            "One copy of your vault's key file (vault.json) did not open with your passphrase, but its spare copy "
            "did, so the spare has been put in its place. If you changed your passphrase recently and the computer "
            "stopped at that moment, the passphrase you just typed is the one that works now."
        )

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

    def open(self, key: DataKey, *, accept_older_database: AcceptOlder = False, check_later: bool = False) -> None:
        """Open cases.db with an unwrapped key. On failure the key is wiped and the vault stays locked.

        Raises DamagedDatabase (naming the newest snapshot that opens with this key, if any), or OlderDatabase
        when cases.db is older than vault.json says. `accept_older_database` decides that case: True carries on
        with it, or a question asked with the error (the window asks the user; the CLI looks at a flag), after
        which the vault opens again itself if the answer is yes.
        Then, once open: raises the rollback counter, takes the day's snapshot, and sweeps orphan attachments.

        `check_later` (the window) opens without the integrity check when no migration is due, so the cases can be
        read at once: the caller runs `database.integrity` off its thread, then calls `finish_check`, which does the
        writing part of the unlock. Until the check passes every write waits for it (storage/integrity.py).
        """
        if not callable(accept_older_database):
            self._open(key, accept_older_database, check_later)
            return
        spare = DataKey(bytearray(key.raw))  # a failed open wipes its key, and opening again needs it
        try:
            self._open(key, False, check_later)
        except OlderDatabase as error:
            if not accept_older_database(error):
                spare.wipe()
                raise
            self._open(spare, True, check_later)  # on failure this wipes `spare` too; on success it is the key
            return
        except BaseException:
            spare.wipe()
            raise
        spare.wipe()

    def _open(self, key: DataKey, accept_older_database: bool, check_later: bool = False) -> None:
        if self.is_unlocked:
            raise RuntimeError("the vault is already unlocked")
        sweep_temp_files(self.folder)
        sweep_staging(self.folder)
        try:
            slots = self._checked_slots(key)
            database = self._open_or_find_rescue(key, check_later)
        except BaseException:
            key.wipe()
            raise
        try:
            if database.integrity.passed:
                slots = self._raise_rollback_counter(database, slots, accept_older_database, key)
            else:  # only its reading half now: an older copy is still refused before anything is shown
                self._check_rollback_counter(database, slots, accept_older_database)
        except BaseException:
            database.close(checkpoint=False)
            key.wipe()
            raise
        self._key, self._database = key, database
        self._rescue = None
        self.snapshot_problem = None
        self.signed_in_as, self._unwrapped_by = (self._unwrapped_by if slots.advisers() else None), None
        database.adviser = self.signed_in_as or ""
        if database.short_of_space:
            self.snapshot_problem = DISK_FULL_ON_UNLOCK
            return  # no snapshot and no sweep: neither would fit, and reading is what is possible now
        if not database.integrity.passed:
            self._after_check = (slots, accept_older_database)
            return
        self._write_at_unlock()

    def _write_at_unlock(self) -> None:
        self._daily_snapshot()
        self.sweep_orphan_attachments()

    def finish_check(self, check: IntegrityCheck) -> None:
        """The unlock's writing part, once the integrity check opened with `check_later` has answered (run it first:
        this waits for it). If it found damage the vault is closed without writing anything (not even a WAL
        checkpoint) and DamagedDatabase is raised, naming the snapshot to go back to, as at an unlock.
        Nothing is done if the vault was locked, or opened again, meanwhile."""
        with self._finishing_check:
            database = self._database
            if database is None or database.integrity is not check or self._after_check is None:
                return
            slots, accept_older = self._after_check
            self._after_check = None
            if not check.run():
                raw_key = self.key.subkey(b"db")
                self.lock()  # closes without a checkpoint: the check has not passed
                self._rescue = newest_usable_snapshot(self.folder, raw_key)
                raise DamagedDatabase(self._rescue.taken if self._rescue else None)
            self._raise_rollback_counter(database, slots, accept_older, self.key)
            self._write_at_unlock()

    def _checked_slots(self, key: DataKey) -> SlotFile:
        """vault.json, its seal checked with the data key: a file changed behind npdrights' back (a lowered
        rollback counter, say) is refused, unless its spare copy's seal holds (then that is put back)."""
        slots = self.slots()
        if not slots.mac or slots.is_sealed_by(key.raw):
            return slots  # unsealed: changed while locked (or made by an older version); sealed at this unlock
        for copy in keyslots.other_copies(self.folder, slots):
            if copy.is_sealed_by(key.raw):
                self._put_back(copy)
                return copy
        raise KeyFileChanged()

    def _raise_rollback_counter(
        self, database: Database, slots: SlotFile, accept_older: bool, key: DataKey
    ) -> SlotFile:
        """Check cases.db against vault.json's counter and raise both. The database first, then vault.json: a crash
        between the two leaves the database ahead, which is accepted; only a database behind vault.json means an
        old copy was put back. On a full disk only the check is made: reading must still be possible (item 18)."""
        import apsw

        from npdrights.storage.database import disk_nearly_full

        remembered = slots.slot_of_type("keychain") is not None
        if remembered and not accept_older:
            self._check_keychain_counter(database, slots)
        if not database.short_of_space:
            try:
                new_generation = generation.advance(database, slots.generation, accept_older=accept_older)
                if new_generation != slots.generation:
                    # Only the counter changes, in a fresh copy read under the lock: another process may have
                    # changed a slot since `slots` was read. Never lowered: the database stays at or ahead of it.
                    slots = keyslots.update_slot_file(self.folder, generation.raise_to(new_generation), key.raw)
                if remembered:
                    generation_witness.write(self.keystore, slots.vault_id, new_generation)
                return slots
            except (apsw.FullError, apsw.IOError, OSError):
                if not disk_nearly_full(self.folder):
                    raise
                database.short_of_space = True
        generation.check(database, slots.generation, accept_older=accept_older)
        return slots

    def _check_rollback_counter(self, database: Database, slots: SlotFile, accept_older: bool) -> None:
        """What `_raise_rollback_counter` checks, without writing: for a vault whose integrity check is under way."""
        if slots.slot_of_type("keychain") is not None and not accept_older:
            self._check_keychain_counter(database, slots)
        generation.check(database, slots.generation, accept_older=accept_older)

    def _check_keychain_counter(self, database: Database, slots: SlotFile) -> None:
        """Raise OlderDatabase if cases.db is behind the counter this computer's keychain keeps: an old copy of
        the whole folder put back, which vault.json's own counter can't see (it came back with it)."""
        witnessed = generation_witness.read(self.keystore, slots.vault_id)
        current = generation.of_database(database)
        if witnessed is not None and current < witnessed:
            raise OlderDatabase(current, witnessed, whole_folder=True)

    def _open_or_find_rescue(self, key: DataKey, check_later: bool) -> Database:
        from npdrights.storage.database import open_database

        raw_key = key.subkey(b"db")
        try:
            return open_database(
                self.folder,
                raw_key,
                before_migration=lambda database: self._snapshot(database, raw_key),
                latest_snapshot=self._latest_snapshot,
                check_later=check_later,
            )
        except DamagedDatabase as damage:
            # Only now, with the key, can the snapshots be tried: offer the newest one that really opens.
            self._rescue = newest_usable_snapshot(self.folder, raw_key)
            taken = self._rescue.taken if self._rescue else None
            raise DamagedDatabase(taken, missing=damage.missing) from None

    def unlock_with_passphrase(
        self, passphrase: str, adviser: str | None = None, *, accept_older_database: AcceptOlder = False
    ) -> None:
        self.open(self.unwrap_with_passphrase(passphrase, adviser), accept_older_database=accept_older_database)

    def unlock_with_recovery_code(self, code: str, new_passphrase: str, adviser: str | None = None) -> None:
        """The recovery code always comes with a new passphrase: the old one is presumed forgotten. In an
        organisation's vault the code is the organisation's, and sets a new passphrase for the adviser named."""
        check_new_passphrase(new_passphrase)
        slots = self.slots()
        named = slots.adviser_slot(adviser or "") if slots.advisers() else None
        if slots.advisers() and named is None:
            raise WrongAdviserSecret(
                "Type the name of an adviser of this vault: the recovery code sets a new passphrase for them."
            )
        key = self.unwrap_with_recovery_code(code)
        self._unwrapped_by = named.name if named else None
        self.open(key)
        if named is not None:
            self.set_adviser_slot(named.name, new_passphrase)
        else:
            self._rewrite_slots(lambda slots: slots.set_passphrase(key.raw, new_passphrase, self.kdf))

    def unlock_with_keychain(self) -> None:
        self.open(self.unwrap_with_keychain())

    # -- while unlocked -------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrites the passphrase slot (the signed-in adviser's, in an organisation's vault) only."""
        check_new_passphrase(new)
        key = self.unwrap_with_passphrase(old, self.signed_in_as)  # proves the old passphrase, even while unlocked
        self._unwrapped_by = None
        try:
            if self.signed_in_as:
                self.set_adviser_slot(self.signed_in_as, new)
            else:
                self._rewrite_slots(lambda slots: slots.set_passphrase(key.raw, new, self.kdf), key)
        finally:
            key.wipe()

    def set_adviser_slot(self, name: str, passphrase: str) -> None:
        """Add or replace an adviser's key slot (storage/advisers.py checks who may). The first one makes this an
        organisation's vault: the household passphrase and "remember on this computer" stop working."""
        check_new_passphrase(passphrase)
        had_keychain = self.has_keychain_slot()
        self._rewrite_slots(lambda slots: slots.set_adviser(self.key.raw, name, passphrase, self.kdf))
        if had_keychain:
            vault_id = self.slots().vault_id
            with contextlib.suppress(KeychainUnavailable):
                self.keystore.delete(vault_id)
            generation_witness.forget(self.keystore, vault_id)
        if self.signed_in_as is None:  # the vault just became an organisation's: its first adviser is signed in
            self.signed_in_as = keyslots.adviser_name(name)
            self.database.adviser = self.signed_in_as

    def remove_adviser_slot(self, name: str) -> None:
        """The adviser's passphrase stops opening the vault. What they copied out earlier is not taken back."""
        self._rewrite_slots(lambda slots: slots.remove_adviser(name))

    def new_recovery_code(self) -> str:
        """Replace the recovery code (for example after the printed copy was lost). The old one stops working."""
        codes: list[str] = []
        self._rewrite_slots(lambda slots: codes.append(slots.set_recovery_code(self.key.raw)))
        return codes[0]

    def enable_keychain(self) -> None:
        """Add the "remember on this computer" slot. Raises KeychainUnavailable, leaving no half-made slot."""
        slots = self.slots()
        if slots.advisers():
            raise KeychainUnavailable(
                "In an organisation's vault each adviser signs in with their own name and passphrase, so the vault "
                "can't be remembered on this computer."
            )
        secret = os.urandom(keyslots.KEY_BYTES)
        self.keystore.put(slots.vault_id, secret)
        self._rewrite_slots(lambda fresh: fresh.set_keychain(self.key.raw, secret))
        generation_witness.write(self.keystore, slots.vault_id, generation.of_database(self.database))

    def disable_keychain(self) -> None:
        slots = self.slots()
        self._rewrite_slots(lambda fresh: fresh.remove_slot("keychain"))
        # The slot is gone from vault.json, so a keychain item left behind is useless anyway.
        with contextlib.suppress(KeychainUnavailable):
            self.keystore.delete(slots.vault_id)
        generation_witness.forget(self.keystore, slots.vault_id)

    def reader(self) -> Database:
        """A second connection to cases.db, read-only, for reading on another thread while the vault's own
        connection stays with the GUI (e.g. working out a big cases list). The caller closes it, before locking."""
        from npdrights.storage.database import Database, connect_readonly

        path = self.folder / DB_FILE
        # With the vault's integrity check: what it reads is not to be trusted until that has passed (loading.py).
        return Database(connect_readonly(path, self.key.subkey(b"db")), path, self.database.integrity)

    def lock_keeping_key(self) -> DataKey:
        """Lock, returning a copy of the key for the caller to open with again (and wipe)."""
        key = DataKey(bytearray(self.key.raw))
        signed_in_as = self.signed_in_as
        self.lock()
        self._unwrapped_by = signed_in_as  # opening again with this key: the same adviser is still signed in
        return key

    def lock(self) -> None:
        """Close the database (freeing its cache of decrypted pages) and wipe the key."""
        database, self._database = self._database, None
        key, self._key = self._key, None
        self._after_check = None
        self.signed_in_as = None
        if database is not None:
            database.integrity.abandon()  # a check not started by now never opens the locked vault
            database.close()
        if key is not None:
            key.wipe()

    def restore_latest_snapshot(self) -> datetime:
        """Put a snapshot in place of a damaged cases.db (which is kept aside, never deleted). Returns its date.

        The snapshot is the newest one that opened with the key when the damage was found; without that
        (no unlock attempt yet) simply the newest. The rollback counter is re-synced: going back is the user's
        choice here, not something to warn about at the next unlock.
        """
        if self.is_unlocked:
            raise RuntimeError("lock the vault before restoring a snapshot")
        snapshots = list_snapshots(self.folder)
        chosen = self._rescue if self._rescue in snapshots else (snapshots[0] if snapshots else None)
        if chosen is None:
            raise NoVault("There is no snapshot to go back to. Restore a backup file if you have one.")
        restore_snapshot(self.folder, chosen, self.clock())
        self._rewrite_slots(generation.forget)
        generation_witness.forget(self.keystore, self.slots().vault_id)
        self._rescue = None
        return chosen.taken

    def keep_aside_snapshot(self, label: str) -> Path:
        """A snapshot that never rotates out (kept until the user deletes it), before a drastic change."""
        snapshot = kept_aside_paths(self.folder, self.clock(), label)
        if snapshot.database.exists():
            raise VaultError(
                QT_TRANSLATE_NOOP("VaultError", "Wait a second and try again: a copy was kept aside a moment ago.")
            )
        self.database.snapshot_to(snapshot.database)
        rotation = self._rotation(self.database, self.key.subkey(b"db"))
        finish_snapshot(self.folder, snapshot, keep=self.snapshots_to_keep, rotation=rotation)
        return snapshot.database

    def replace_database(self, new_database: Path) -> None:
        """Swap a complete, closed database file (same key) in as cases.db, and carry on unlocked with it.

        The caller keeps a copy of the old one first (`keep_aside_snapshot`). os.replace makes the swap
        atomic: a crash leaves either the old database or the new one, never a mix.
        """
        key = self.lock_keeping_key()  # closes with a checkpoint: no WAL of the old file to replay onto the new one
        live = self.folder / DB_FILE
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                live.with_name(live.name + suffix).unlink()
        os.replace(new_database, live)
        fsync_dir(self.folder)
        self.open(key)

    def attachments_held_by_snapshots(self) -> set[str] | None:
        """Attachment ids any snapshot still refers to; None if a snapshot can't be read (then keep them all)."""
        return attachment_ids_in_snapshots(self.folder, self.key.subkey(b"db"))

    def sweep_orphan_attachments(self) -> int:
        """Remove attachment files no row refers to, in cases.db or in any snapshot. Returns how many went."""
        blobs = self.blobs
        if not blobs.ids_on_disk():
            # No attachment file to keep or remove, so no snapshot need be opened to ask: only the half-written
            # files a crash may have left are cleared (every unlock of a vault without attachments, issue 12).
            return blobs.sweep(set())
        held = self.attachments_held_by_snapshots()
        if held is None:
            return 0
        live = {row[0] for row in self.database.query("SELECT id FROM attachments")}
        return blobs.sweep(live | held)

    # -- helpers --------------------------------------------------------------------------------

    def _rewrite_slots(self, change: Callable[[SlotFile], object], key: DataKey | None = None) -> None:
        known = key or self._key
        keyslots.update_slot_file(self.folder, change, known.raw if known is not None else None)

    def _latest_snapshot(self) -> datetime | None:
        return latest_snapshot_time(self.folder)

    def _snapshot(self, database: Database, raw_key: bytes) -> Snapshot | None:
        snapshot = new_snapshot_paths(self.folder, self.clock())
        if snapshot.database.exists():
            return None
        try:
            database.snapshot_to(snapshot.database)
            finish_snapshot(
                self.folder, snapshot, keep=self.snapshots_to_keep, rotation=self._rotation(database, raw_key)
            )
        except BaseException:
            for path in (snapshot.database, snapshot.slot_file):  # half a snapshot (a full disk) is no snapshot
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            raise
        return snapshot

    @staticmethod
    def _rotation(database: Database, raw_key: bytes) -> Rotation:
        return Rotation(raw_key, live_holds_cases=bool(database.query("SELECT EXISTS(SELECT 1 FROM cases)")[0][0]))

    def _daily_snapshot(self) -> None:
        """One snapshot a day, judged by the day the last one was taken as recorded inside cases.db: a file in
        backups/ named or dated in the future used to stop them silently (issue 11, item 6). A failure does not
        stop anyone reaching their cases; it is kept in `snapshot_problem` for the unlock to report."""
        import apsw

        today = self.clock().date()
        rows = self.database.query("SELECT value FROM meta WHERE key=?", (LAST_SNAPSHOT_KEY,))
        if rows and rows[0][0] == today.isoformat():
            return
        try:
            self._snapshot(self.database, self.key.subkey(b"db"))
            with self.database.transaction():
                self.database.execute(
                    "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (LAST_SNAPSHOT_KEY, today.isoformat()),
                )
        except (OSError, apsw.FullError, apsw.IOError, apsw.CantOpenError) as error:
            last = f"The last one was taken on {rows[0][0]}. " if rows else ""
            self.snapshot_problem = (
                "Today's snapshot of your cases could not be taken"
                f"{': your disk is full' if _disk_full(error) else ''}. {last}Your cases are safe and you can "
                "carry on, but free some disk space (or check the disk) so snapshots can start again."
            )


__all__ = ["DataKey", "Vault", "VaultError", "check_new_passphrase"]
