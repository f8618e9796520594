"""Child process for test_key_after_lock: how many copies of the database key's text are left in this process's
memory after a vault is created, unlocked and locked again. Prints one JSON line: the count for the key and for
a control made the same way (the probe's own copy of each is the baseline both share). Linux only (/proc)."""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

from npdrights.storage.keystore import NoKeychain
from npdrights.storage.vault import Vault
from tests.vault_settings import FAST_KDF, PASSPHRASE


def copies_in_memory(needle: bytes) -> int:
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as memory:
        for line in maps:
            span, permissions = line.split()[:2]
            if "r" not in permissions:
                continue
            start, end = (int(address, 16) for address in span.split("-"))
            try:
                memory.seek(start)
                found += memory.read(end - start).count(needle)
            except (OSError, OverflowError, ValueError):
                continue  # a region the kernel won't let this process read ([vvar] and the like)
    return found


def main(folder: Path) -> None:
    vault = Vault(folder, NoKeychain(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    key_text = vault.key.subkey(b"db").hex().encode()
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.lock()
    gc.collect()
    control = os.urandom(32).hex().encode()
    print(json.dumps({"key": copies_in_memory(key_text), "control": copies_in_memory(control)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
