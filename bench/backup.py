"""Figures for backups: export and import throughput, peak memory, power cuts and fuzzing.

Run from the repository root:  python bench/backup.py [--megabytes 200] [--cuts 240] [--fuzz 5000]

Throughput is compared with a plain copy of the same backup file on the same disk, measured in the same
run, so the ratio says what encryption and checking cost rather than how fast this machine's disk is.
Memory is the kernel's high-water mark in fresh child processes (tests/storage/memory_probe.py).
The last line reads `backup export_mbps: E import_mbps: I peak_above_idle_mb: P`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from npdrights.storage.backup_export import export_backup  # noqa: E402
from npdrights.storage.backup_import import CheckOnly, parse_backup  # noqa: E402
from npdrights.storage.errors import BackupError  # noqa: E402
from npdrights.storage.keystore import KeyringKeyStore  # noqa: E402
from npdrights.storage.vault import Vault  # noqa: E402
from tests.conftest import FAST_KDF, PASSPHRASE  # noqa: E402
from tests.storage import powercut  # noqa: E402
from tests.storage.backup_fixtures import (  # noqa: E402
    BACKUP_PASSPHRASE,
    FAST_BACKUP_KDF,
    decrypt_backup,
    fill,
)

MB = 1_000_000


def probe(*args: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.storage.memory_probe", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def plain_copy_mbps(source: Path, folder: Path) -> float:
    target = folder / "plain-copy"
    started = time.perf_counter()
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    seconds = time.perf_counter() - started
    target.unlink()
    return source.stat().st_size / MB / seconds


def throughput_and_memory(megabytes: int, folder: Path) -> tuple[float, float, float]:
    probe("prepare", str(folder), str(megabytes))
    exported = probe("export", str(folder))
    imported = probe("import", str(folder))
    baseline = plain_copy_mbps(folder / "backup.npdbackup", folder)
    export_mbps = exported["bytes"] / MB / exported["seconds"]
    import_mbps = imported["bytes"] / MB / imported["seconds"]
    print(f"attachments: {exported['bytes'] / MB:.0f} MB")
    print(f"plain copy of the backup file (baseline): {baseline:.0f} MB/s")
    print(f"export: {export_mbps:.0f} MB/s  ({export_mbps / baseline:.2f} x the plain copy)")
    print(f"import (check + stage + restore as a new vault): {import_mbps:.0f} MB/s  ({import_mbps / baseline:.2f} x)")
    peaks = []
    for name, figures in (("export", exported), ("import", imported)):
        above = (figures["peak"] - figures["idle"]) / MB
        peaks.append(above)
        idle, peak = figures["idle"] / MB, figures["peak"] / MB
        print(f"{name} memory: idle {idle:.0f} MB, peak {peak:.0f} MB, {above:.1f} MB above idle")
    return export_mbps, import_mbps, max(peaks)


def power_cuts(cuts: int, folder: Path) -> None:
    for synchronous in ("FULL", "NORMAL", "OFF"):
        for seed in (1, 2):
            run = folder / f"{synchronous}-{seed}"
            workload = powercut.record_workload(run / "db", synchronous, transactions=40, seed=seed)
            result = powercut.simulate_cuts(workload, cuts, seed=seed, scratch=run / "cuts")
            print(
                f"power cuts, synchronous={synchronous} seed={seed}: {len(workload.ops)} logged operations, "
                f"{result.cuts} cuts -> corrupt {result.corrupt}, lost commits {result.lost_commits}"
            )


def _mutate(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(changed)) if changed else 0
        action = rng.choice(("flip", "cut", "insert", "delete", "repeat"))
        if action == "flip" and changed:
            changed[where] ^= rng.randint(1, 255)
        elif action == "cut":
            del changed[where:]
        elif action == "insert":
            changed[where:where] = rng.randbytes(rng.randint(1, 16))
        elif action == "delete":
            del changed[where : where + rng.randint(1, 64)]
        else:
            changed[where:where] = changed[where : where + rng.randint(1, 64)]
    return bytes(changed)


def _random_records(rng: random.Random) -> bytes:
    parts = []
    for _ in range(rng.randint(0, 8)):
        name = rng.choice(["", "settings", "people", "cases", "attachments", "0a" * 16, "../x"]).encode()
        data = rng.randbytes(rng.randint(0, 200))
        length = rng.choice([len(data), len(data), 0, 2**32, 2**62])
        parts.append(rng.choice(b"MRAEZ").to_bytes(1, "big") + struct.pack("!H", len(name)) + name)
        parts.append(struct.pack("!Q", length) + data)
    return b"".join(parts)


def _small_backup(folder: Path) -> bytes:
    """The plaintext of a real backup of a small vault (people, cases, events, a letter, attachments)."""
    vault = Vault(folder / "small", KeyringKeyStore(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    fill(vault, attachment_sizes=(10, 1000))
    export_backup(vault, folder / "small.npdbackup", BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
    vault.lock()
    return decrypt_backup(folder / "small.npdbackup")


def fuzz(iterations: int, folder: Path) -> None:
    good = _small_backup(folder)
    rng = random.Random(20261128)
    outcomes = {"accepted": 0, "refused": 0, "other exception": 0}
    started = time.perf_counter()
    for number in range(iterations):
        sample = _mutate(good, rng) if number % 2 else _random_records(rng)
        try:
            parse_backup(iter([sample]), CheckOnly())
            outcomes["accepted"] += 1
        except BackupError:
            outcomes["refused"] += 1
        except Exception:  # what the fuzz test forbids: counted, so the figure shows it
            outcomes["other exception"] += 1
    seconds = time.perf_counter() - started
    print(f"fuzzing the parser: {iterations} inputs in {seconds:.1f} s -> {outcomes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--cuts", type=int, default=240)
    parser.add_argument("--fuzz", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        export_mbps, import_mbps, peak = throughput_and_memory(args.megabytes, folder)
        power_cuts(args.cuts, folder / "power")
        fuzz(args.fuzz, folder)
    print(f"backup export_mbps: {export_mbps:.1f} import_mbps: {import_mbps:.1f} peak_above_idle_mb: {peak:.1f}")


if __name__ == "__main__":
    main()
