"""The rollback counter's third copy, in the OS keychain, for vaults remembered on this computer (issue 11, item 11).

cases.db and vault.json travel together, so an old copy of the whole data folder put back agrees with itself
(generation.py). The keychain lives outside the folder: the counter kept there still says how far this vault had
got. Only vaults with a keychain slot keep it, because for them the keychain is known to work and is asked at
every unlock anyway; nobody else is asked to unlock a keychain they never chose. A keychain that can't be read or
written is no worse than none: the check is skipped, it is never an error.
"""

from __future__ import annotations

import contextlib

from npdrights.storage.errors import KeychainUnavailable
from npdrights.storage.keystore import KeyStore


def _entry(vault_id: str) -> str:
    return f"{vault_id}.generation"


def read(keystore: KeyStore, vault_id: str) -> int | None:
    """The counter the keychain holds for this vault, or None (none kept, unreadable, or not a count)."""
    try:
        stored = keystore.get(_entry(vault_id))
    except KeychainUnavailable:
        return None
    if stored is None:
        return None
    try:
        value = int(stored.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if value >= 0 else None


def write(keystore: KeyStore, vault_id: str, value: int) -> None:
    with contextlib.suppress(KeychainUnavailable):
        keystore.put(_entry(vault_id), str(value).encode("ascii"))


def forget(keystore: KeyStore, vault_id: str) -> None:
    """After a deliberate step back, or when the vault stops being remembered here."""
    with contextlib.suppress(KeychainUnavailable):
        keystore.delete(_entry(vault_id))
