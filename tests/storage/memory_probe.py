"""Child process for the memory test and bench/backup.py: peak memory of export and import, in a fresh process.

    python -m tests.storage.memory_probe prepare DIR MEGABYTES   make a vault holding that much in attachments
    python -m tests.storage.memory_probe export DIR              back it up to DIR/backup.npdbackup
    python -m tests.storage.memory_probe import DIR              restore that into a new vault in DIR/restored

`export` and `import` print one JSON line: resident memory when idle (vault open, modules loaded), the peak
during the work, the seconds it took and the bytes it moved. The peak is the kernel's own high-water mark
(VmHWM), reset just before the work where Linux allows it, so nothing that ran before counts.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from npdrights.core.model import Person
from npdrights.storage.backup_export import export_backup
from npdrights.storage.backup_import import open_backup, restore_as_new_vault
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, DFE, FAST_BACKUP_KDF, case
from tests.vault_settings import FAST_KDF, PASSPHRASE

MIB = 1024 * 1024
FILE_MIB = 25  # under the 50 MB cap, so a 200 MB vault holds eight scans


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def _reset_peak() -> None:
    # Older kernels refuse: the peak then also covers start-up, which only makes the figure worse.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _random_chunks(size: int) -> Iterator[bytes]:
    """Bytes no compressor can shrink, as a real scan's would not be: an AES-CTR keystream under a fresh key. It
    reads as random as os.urandom, at a third of the CPU (0.55 CPU-s of the 200 MB probe's 0.9 went on urandom)."""
    keystream = Cipher(algorithms.AES(os.urandom(32)), modes.CTR(bytes(16))).encryptor()
    left = size
    while left:
        piece = keystream.update(bytes(min(MIB, left)))
        left -= len(piece)
        yield piece


def prepare(folder: Path, megabytes: int) -> None:
    vault = Vault(folder / "vault", KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    repository = Repository(vault.database)
    repository.save_organisation(DFE)
    repository.save_person(Person(id="p1", full_name="Zebedee Fictionalson"))
    repository.add_case(case("c1", "p1", "NPD-1"))
    attachments = vault.attachments()
    left = megabytes
    while left > 0:
        size = min(FILE_MIB, left)
        attachments.add("c1", f"scan-{left}.pdf", "application/pdf", _random_chunks(size * MIB))
        left -= size
    vault.lock()


def _measure(work: object) -> dict[str, float]:
    idle = _status("VmRSS")
    _reset_peak()
    started = time.perf_counter()
    moved = work()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    return {"idle": idle, "peak": _status("VmHWM"), "seconds": seconds, "bytes": moved}


def run_export(folder: Path) -> dict[str, float]:
    vault = Vault(folder / "vault", KeyringKeyStore(), kdf=FAST_KDF)
    vault.unlock_with_passphrase(PASSPHRASE)
    target = folder / "backup.npdbackup"
    target.unlink(missing_ok=True)

    def work() -> int:
        manifest = export_backup(vault, target, BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
        return manifest.attachment_bytes

    try:
        return _measure(work)
    finally:
        vault.lock()


def run_import(folder: Path) -> dict[str, float]:
    vault = Vault(folder / "restored", KeyringKeyStore(), kdf=FAST_KDF)
    vault.folder.mkdir(parents=True, exist_ok=True)

    def work() -> int:
        with open_backup(folder / "backup.npdbackup", BACKUP_PASSPHRASE, vault.folder) as staged:
            restore_as_new_vault(vault, staged, PASSPHRASE)
            return staged.summary.manifest.attachment_bytes

    try:
        return _measure(work)
    finally:
        vault.lock()


def main(argv: list[str]) -> None:
    command, folder = argv[0], Path(argv[1])
    if command == "prepare":
        prepare(folder, int(argv[2]))
        return
    result = run_export(folder) if command == "export" else run_import(folder)
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    main(sys.argv[1:])
