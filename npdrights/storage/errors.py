"""Failures a user can cause or meet, each with a plain message that says what to do.

Programming errors are not wrapped in these: they propagate as ordinary exceptions.
"""

from __future__ import annotations

from datetime import datetime

from npdrights.core.dates import long_datetime


class VaultError(Exception):
    """Base class. `str(error)` is a message fit to show the user."""

    default_message = "Something went wrong with your vault."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class WrongSecret(VaultError):
    default_message = (
        "That passphrase doesn't open this vault. Check Caps Lock and try again. "
        "If you have forgotten it, use your recovery code instead."
    )


class WrongRecoveryCode(WrongSecret):
    default_message = (
        "That recovery code doesn't open this vault. Check each group of four characters against your "
        "printed copy and try again."
    )


class MistypedRecoveryCode(WrongRecoveryCode):
    """The code fails its own check before any key is tried: a typo, not a wrong code."""

    default_message = (
        "That recovery code has a typing mistake in it: its built-in check doesn't add up. "
        "Compare each group of four characters with your printed copy."
    )


class NoVault(VaultError):
    default_message = "There is no vault in this folder yet. Create one first."


class VaultExists(VaultError):
    default_message = "A vault already exists in this folder. Unlock it instead of creating a new one."


class KeySlotFileError(VaultError):
    default_message = (
        "The file that holds your vault's keys (vault.json) is damaged and its spare copy is damaged too. "
        "Your cases cannot be opened without it. Restore the folder from a backup, or restore a backup file."
    )


class DamagedDatabase(VaultError):
    """cases.db exists but cannot be read with the right key."""

    def __init__(self, latest_snapshot: datetime | None, *, missing: bool = False) -> None:
        self.latest_snapshot = latest_snapshot
        self.missing = missing
        problem = "is missing" if missing else "is damaged"
        if latest_snapshot is None:
            message = (
                f"Your passphrase is right, but the cases file (cases.db) {problem} and there is no snapshot to "
                "go back to. Nothing has been changed. Restore a backup file if you have one."
            )
        else:
            when = long_datetime(latest_snapshot)
            message = (
                f"Your passphrase is right, but the cases file (cases.db) {problem}. Nothing has been changed. "
                f"You can go back to the latest snapshot, taken on {when}; anything added after that is lost."
            )
        super().__init__(message)


class NewerVersion(VaultError):
    default_message = (
        "This vault was made by a newer version of npdrights. Install the newest version to open it. "
        "Nothing has been changed."
    )


class KeychainUnavailable(VaultError):
    default_message = (
        "This computer's keychain isn't available or is locked, so the vault can't be opened automatically. "
        "Type your passphrase instead."
    )


class WeakPassphrase(VaultError):
    default_message = "Choose a passphrase of at least 10 characters."
