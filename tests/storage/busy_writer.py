"""Child process for test_many_writers.py: unlock, write households one transaction at a time, lock.

Run as `python -m tests.storage.busy_writer DATA_DIR NAME COUNT`, with the passphrase on standard input.
"""

from __future__ import annotations

import sys
from pathlib import Path

from npdrights.core.model import Household
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.vault_settings import FAST_KDF


def main() -> None:
    folder, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    vault = Vault(folder, KeyringKeyStore(), kdf=FAST_KDF)
    vault.unlock_with_passphrase(sys.stdin.readline().rstrip("\n"))
    repository = Repository(vault.database)
    for number in range(count):
        repository.save_household(Household(f"{name}-{number:03d}", f"Household {name} {number}"))
    vault.lock()


if __name__ == "__main__":
    main()
