"""Child process for test_restore_crash.py: restores a backup into an empty folder and stops dead part-way.

Run as `python -m tests.storage.restore_victim DATA_DIR BACKUP`, with the new vault's passphrase on line 1 of
standard input and the backup's on line 2. Once the import has started writing it prints "writing" and waits
to be killed, so the parent's `kill -9` always lands in the middle of the restore.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from npdrights.storage.backup_import import open_backup, restore_as_new_vault
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.vault_settings import FAST_KDF


def main() -> None:
    folder, backup = Path(sys.argv[1]), Path(sys.argv[2])
    new_passphrase = sys.stdin.readline().rstrip("\n")
    backup_passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault(folder, KeyringKeyStore(), kdf=FAST_KDF)
    folder.mkdir(parents=True, exist_ok=True)

    def progress(done: int, total: int) -> None:
        if done < total:
            print("writing", flush=True)
            time.sleep(600)

    with open_backup(backup, backup_passphrase, folder) as staged:
        restore_as_new_vault(vault, staged, new_passphrase, progress=progress)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
