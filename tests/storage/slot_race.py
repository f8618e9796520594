"""Child process for test_slot_race.py: one role in the race between a passphrase change and an unlock.

Run as `python -m tests.storage.slot_race DATA_DIR ROLE ROUNDS`, with the recovery code (role "unlock") or the
first passphrase (role "change") on standard input. "change" prints each passphrase once it is saved.
"""

from __future__ import annotations

import sys
from pathlib import Path

from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.vault_settings import FAST_KDF, remember_key_derivations


def passphrase(round_number: int) -> str:
    return f"race passphrase number {round_number:04d}"


def main() -> None:
    folder, role, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    # As in the test run: each round's old passphrase was the last round's new one, so only the new one costs an
    # Argon2 (still inside the key file's lock, where the race is), not both.
    remember_key_derivations()
    secret = sys.stdin.readline().rstrip("\n")
    vault = Vault(folder, KeyringKeyStore(), kdf=FAST_KDF)
    for round_number in range(1, rounds + 1):
        if role == "unlock":
            vault.open(vault.unwrap_with_recovery_code(secret))  # raises the counter: a write to vault.json
            vault.lock()
        else:
            vault.change_passphrase(secret, passphrase(round_number))
            secret = passphrase(round_number)
            print(secret, flush=True)


if __name__ == "__main__":
    main()
