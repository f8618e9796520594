"""A vault as an older version of npdrights left it, and that vault opened by this one: the upgrade tests' set-up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from npdrights.storage import schema
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

# One instant for both snapshots an upgrading unlock may take (before the upgrade, then the day's): with the clock
# moving, the day's snapshot lands a second later as a second file whenever a second boundary falls between.
UPGRADE_INSTANT = datetime(2026, 12, 6, 9, 0)


@contextmanager
def made_at_version(folder: Path, version: int) -> Iterator[Vault]:
    """A new vault in `folder` with the schema as it was at `version` (only the migrations up to it), unlocked for
    the block to fill, then locked. Inside the block this program still believes `version` is current."""
    with pytest.MonkeyPatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:version])
        older.setattr(schema, "CURRENT_VERSION", version)
        old = Vault(folder, KeyringKeyStore(), kdf=FAST_KDF)
        old.create(PASSPHRASE)
        try:
            yield old
        finally:
            old.lock()


def unlocked_by_this_version(folder: Path) -> Vault:
    """The vault in `folder` unlocked by the current schema (upgrading it), at one instant."""
    upgraded = Vault(folder, KeyringKeyStore(), kdf=FAST_KDF, clock=lambda: UPGRADE_INSTANT)
    upgraded.unlock_with_passphrase(PASSPHRASE)
    return upgraded
