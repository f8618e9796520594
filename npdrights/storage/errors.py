"""Failures a user can cause or meet, each with a plain message that says what to do.

Programming errors are not wrapped in these: they propagate as ordinary exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP


class VaultError(Exception):
    """Base class. `str(error)` is a message fit to show the user, in English (the command line's language).

    The screens show it in their own language (issue 18): `said` is the message as a Sentence, marked for
    translation under "VaultError" with what goes into its {fields} kept apart (a date and time is written the
    screen's way); npdrights/gui/vault_messages.py translates and fills it in where it is shown.
    """

    default_message = QT_TRANSLATE_NOOP("VaultError", "Something went wrong with your vault.")

    def __init__(self, message: str | None = None, **fields: object) -> None:
        self.said = Sentence(message or self.default_message, **fields)
        super().__init__(str(self.said))

    @property
    def message(self) -> str:
        return str(self)


class WrongSecret(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That passphrase doesn't open this vault. Check Caps Lock and try again. "
        "If you have forgotten it, use your recovery code instead.",
    )


class WrongRecoveryCode(WrongSecret):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That recovery code doesn't open this vault. Check each group of four characters against your "
        "printed copy and try again.",
    )


class MistypedRecoveryCode(WrongRecoveryCode):
    """The code fails its own check before any key is tried: a typo, not a wrong code."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That recovery code has a typing mistake in it: its built-in check doesn't add up. "
        "Compare each group of four characters with your printed copy.",
    )


class WrongAdviserSecret(WrongSecret):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That name and passphrase don't open this vault. Check the spelling of your name and Caps Lock, then try "
        "again. If you have forgotten your passphrase, ask an adviser with the admin role to set a new one.",
    )


class AdviserRefused(VaultError):
    """A change to the advisers that isn't allowed (not an admin, the last admin, an unknown name...)."""


class AuditError(VaultError):
    """The audit trail can't be read or doesn't check out."""


class NoVault(VaultError):
    default_message = QT_TRANSLATE_NOOP("VaultError", "There is no vault in this folder yet. Create one first.")


class VaultExists(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError", "A vault already exists in this folder. Unlock it instead of creating a new one."
    )


class VaultBusy(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The vault is open in another window or program that is busy with it. Wait a moment and try again, or "
        "close the other window first. Nothing has been changed.",
    )


class NotAFile(VaultError):
    def __init__(self, name: str | None = None) -> None:
        if name is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "There is a folder, or something else that is not a file, where npdrights keeps one of its "
                    "files in its data folder. Move it out of the way (or put the file back), then try again. "
                    "Nothing has been changed.",
                )
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "There is a folder, or something else that is not a file, where npdrights keeps {name} in its "
                    "data folder. Move it out of the way (or put the file back), then try again. Nothing has been "
                    "changed.",
                ),
                name=name,
            )


class KeySlotFileError(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The file that holds your vault's keys (vault.json) is damaged and its spare copy is damaged too. "
        "Your cases cannot be opened without it. Restore the folder from a backup, or restore a backup file.",
    )


class KeyFileMissing(VaultError):
    """Both copies of vault.json are gone but the folder still holds a vault (cases.db or snapshots)."""

    cli_hint = "To put the copy back, run: npdrights-cli vault snapshots --restore"

    def __init__(self, copy_taken: datetime | None) -> None:
        self.copy_taken = copy_taken
        if copy_taken is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "The file that holds your vault's keys (vault.json) is missing, and so is its spare copy, and "
                    "no copy of it is kept with the snapshots. Your cases cannot be opened without it. Restore the "
                    "folder from a copy, or restore a backup file. Nothing has been changed.",
                )
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "The file that holds your vault's keys (vault.json) is missing, and so is its spare copy. A "
                    "copy was kept with the snapshot taken on {when}: put it back, then unlock with the passphrase "
                    "or recovery code you had then. Nothing has been changed yet.",
                ),
                when=copy_taken,
            )


class KeyFileChanged(KeySlotFileError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "Your passphrase is right, but the file that holds your vault's keys (vault.json) has been changed by "
        "something other than npdrights: its check doesn't match. It was not used, and nothing has been changed. "
        "Put back a copy of the whole folder from before, or restore a backup file.",
    )


class DamagedDatabase(VaultError):
    """cases.db exists but cannot be read with the right key."""

    def __init__(self, latest_snapshot: datetime | None, *, missing: bool = False) -> None:
        self.latest_snapshot = latest_snapshot
        self.missing = missing
        # Whole sentences for each case, so each translates as a sentence.
        if latest_snapshot is None:
            message = (
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "Your passphrase is right, but the cases file (cases.db) is missing and there is no snapshot "
                    "to go back to. Nothing has been changed. Restore a backup file if you have one.",
                )
                if missing
                else QT_TRANSLATE_NOOP(
                    "VaultError",
                    "Your passphrase is right, but the cases file (cases.db) is damaged and there is no snapshot "
                    "to go back to. Nothing has been changed. Restore a backup file if you have one.",
                )
            )
            super().__init__(message)
        else:
            message = (
                QT_TRANSLATE_NOOP(
                    "VaultError",
                    "Your passphrase is right, but the cases file (cases.db) is missing. Nothing has been changed. "
                    "You can go back to the latest snapshot, taken on {when}; anything added after that is lost.",
                )
                if missing
                else QT_TRANSLATE_NOOP(
                    "VaultError",
                    "Your passphrase is right, but the cases file (cases.db) is damaged. Nothing has been changed. "
                    "You can go back to the latest snapshot, taken on {when}; anything added after that is lost.",
                )
            )
            super().__init__(message, when=latest_snapshot)


class NewerVersion(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "This vault was made by a newer version of npdrights. Install the newest version to open it. "
        "Nothing has been changed.",
    )


class KeychainUnavailable(VaultError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "This computer's keychain isn't available or is locked, so the vault can't be opened automatically. "
        "Type your passphrase instead.",
    )


class WeakPassphrase(VaultError):
    default_message = QT_TRANSLATE_NOOP("VaultError", "Choose a passphrase of at least 10 characters.")


class OlderDatabase(VaultError):
    """cases.db is older than vault.json says it should be: an old copy was put back (security-design §1.5)."""

    cli_hint = "To carry on with this older copy, run the command again with --accept-older-database."

    def __init__(self, database_generation: int, vault_generation: int, *, whole_folder: bool = False) -> None:
        self.database_generation = database_generation
        self.vault_generation = vault_generation
        self.whole_folder = whole_folder  # seen by the counter this computer's keychain keeps (generation_witness)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "VaultError",
                "Your passphrase is right, but the cases file (cases.db) is older than the last time you opened "
                "this vault. It looks like an old copy of the whole npdrights data folder was put back, for "
                "example from a copy made earlier. Anything added or changed since that copy was made is not in "
                "it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. "
                "Nothing has been changed yet.",
            )
            if whole_folder
            else QT_TRANSLATE_NOOP(
                "VaultError",
                "Your passphrase is right, but the cases file (cases.db) is older than the last time you opened "
                "this vault. It looks like an old copy of cases.db was put back, for example from a copy of the "
                "folder. Anything added or changed since that copy was made is not in it. You can carry on with "
                "this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.",
            )
        )


class Cancelled(VaultError):
    default_message = QT_TRANSLATE_NOOP("VaultError", "Stopped. Nothing was changed.")


# -- attachments (blobs.py, attachments.py) ---------------------------------------------------------------


class AttachmentError(VaultError):
    default_message = QT_TRANSLATE_NOOP("VaultError", "That attachment could not be read.")


class AttachmentTooLarge(AttachmentError):
    def __init__(self, limit_bytes: int) -> None:
        self.limit_bytes = limit_bytes
        super().__init__(
            QT_TRANSLATE_NOOP(
                "VaultError",
                "That file is too large to attach: the limit is {megabytes} MB a file. Scan at a lower resolution, "
                "or split a long document into parts, and attach those.",
            ),
            megabytes=limit_bytes // (1024 * 1024),
        )


class AttachmentMissing(AttachmentError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The file for this attachment is missing from the vault folder. If you have a backup file, restore it "
        "to get the attachment back.",
    )


class AttachmentDamaged(AttachmentError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The file for this attachment is damaged or has been changed, so it was not shown. If you have a backup "
        "file, restore it to get the attachment back.",
    )


# -- backup files (backup_*.py) ---------------------------------------------------------------------------


class BackupError(VaultError):
    """Anything wrong with a backup file, or with making one. Nothing in the vault has been changed."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultError", "That backup file could not be used. Nothing in your vault has been changed."
    )


class NotABackup(BackupError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That file is not an npdrights backup: it doesn't start the way a backup file does. Choose the file you "
        "saved with “Back up to a file…” (its name ends in .npdbackup).",
    )


class BackupFromNewerVersion(BackupError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That backup was made by a newer version of npdrights. Install the newest version to read it. "
        "Nothing in your vault has been changed.",
    )


class WrongBackupPassphrase(BackupError, WrongSecret):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That passphrase doesn't open this backup file, or the start of the file is damaged. Type the "
        "passphrase you chose when you made the backup (it may differ from your vault passphrase).",
    )


class BackupDamaged(BackupError):
    default_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "This backup file is damaged, cut short or has been changed, so none of it was used. "
        "Nothing in your vault has been changed. Try another copy of the backup.",
    )


class BackupRejected(BackupError):
    """The file authenticated, but what is inside breaks the format's rules."""

    def __init__(self, detail: str) -> None:
        self.detail = detail  # what exactly is wrong, in English: for whoever looks into the file
        super().__init__(
            QT_TRANSLATE_NOOP(
                "VaultError",
                "This backup file opened, but what is inside is not valid ({detail}), so none of it was used. "
                "Nothing in your vault has been changed.",
            ),
            detail=detail,
        )


@dataclass(frozen=True)
class DamagedAttachment:
    id: str
    case_reference: str
    display_name: str


class DamagedAttachments(BackupError):
    """Found before a backup is written: it can hold everything else (`leave_out_damaged=True`)."""

    def __init__(self, damaged: list[DamagedAttachment]) -> None:
        self.damaged = damaged
        listing = "; ".join(
            f"{item.display_name} (case {item.case_reference or 'without a reference'})" for item in damaged
        )
        count = f"{len(damaged)} attachment{'s' if len(damaged) != 1 else ''}"
        super().__init__(
            f"{count} in your vault {'is' if len(damaged) == 1 else 'are'} damaged or missing, so "
            f"{'it' if len(damaged) == 1 else 'they'} can't go into a backup: {listing}. Everything else can be "
            "backed up without them. Nothing has been written yet."
        )


class BackupFileError(BackupError):
    """The operating system refused to read or write a file."""

    def __init__(self, action: str, reason: str) -> None:
        # `action` ("read the backup file") and the system's `reason` stay English: the reason comes so from the
        # operating system, and the sentence around them says what to do.
        super().__init__(
            QT_TRANSLATE_NOOP(
                "VaultError",
                "Could not {action}: {reason}. Check the disk has space and the file is where you left it, then "
                "try again. Nothing in your vault has been changed.",
            ),
            action=action,
            reason=reason,
        )
