"""Child process for test_file_modes.py: exports a backup and stops dead part-way through writing it.

Run as `python -m tests.storage.export_victim DATA_DIR OUT`, with the vault passphrase on standard input. Once
the backup file has started it prints "writing" and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from npdrights.storage.backup_export import export_backup
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
from tests.vault_settings import FAST_KDF


def main() -> None:
    vault = Vault(Path(sys.argv[1]), KeyringKeyStore(), kdf=FAST_KDF)
    vault.unlock_with_passphrase(sys.stdin.readline().rstrip("\n"))

    def progress(done: int, total: int) -> None:
        if done < total:
            print("writing", flush=True)
            time.sleep(600)

    export_backup(vault, Path(sys.argv[2]), "lantern pebble harbour violet", kdf=FAST_KDF, progress=progress)


if __name__ == "__main__":
    main()
