"""A simulated power cut, under the encryption (security-design.md §5.2).

A recording VFS sits on the operating system's own VFS; the database is opened through
"multipleciphers-powercut", so SQLite3 Multiple Ciphers encrypts above it and the recorder sees only
ciphertext, every write, truncate, sync and delete. For a cut after any logged operation, the disk is rebuilt
as a power cut could leave it:
- what a file held at its last sync is kept;
- writes since then are kept as a random subset (drives reorder and drop unsynced writes);
- a file never synced may not exist at all (its directory entry was never made durable);
- deletes are durable (SQLite syncs the directory when it deletes).
The rebuilt database is opened with the key and checked: integrity_check, rows a gap-free prefix, every
transaction whose COMMIT had returned still there, and each transaction whole.

The model assumes sector-atomic writes and honest drives; `fullfsync` covers lying caches on macOS only.
Register the VFS once per process and never unregister it: unregistering it while SQLite3MC's automatic
wrapper still exists crashed the interpreter in the prototype.
"""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apsw

from npdrights.storage.database import DAMAGE_ERRORS, connect

VFS_NAME = "powercut"
KEY = bytes(range(100, 132))
DB_NAME = "power.db"
PAYLOAD = "x" * 1500


class _Log:
    def __init__(self) -> None:
        self.ops: list[tuple[Any, ...]] = []
        self.recording = False

    def add(self, *op: Any) -> None:
        if self.recording:
            self.ops.append(op)


LOG = _Log()


def _base_vfs() -> str:
    return "win32" if os.name == "nt" else "unix"


class _RecordingFile(apsw.VFSFile):  # type: ignore[misc]
    def __init__(self, name: Any, flags: list[int]) -> None:
        super().__init__(_base_vfs(), name, flags)
        self._path = name.filename() if isinstance(name, apsw.URIFilename) else name

    def xWrite(self, data: bytes, offset: int) -> None:
        LOG.add("write", self._path, offset, bytes(data))
        super().xWrite(data, offset)

    def xTruncate(self, size: int) -> None:
        LOG.add("truncate", self._path, size)
        super().xTruncate(size)

    def xSync(self, flags: int) -> None:
        LOG.add("sync", self._path)
        super().xSync(flags)


class _RecordingVFS(apsw.VFS):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(VFS_NAME, _base_vfs())

    def xOpen(self, name: Any, flags: list[int]) -> _RecordingFile:
        return _RecordingFile(name, flags)

    def xDelete(self, filename: str, syncdir: bool) -> None:
        LOG.add("delete", filename)
        super().xDelete(filename, syncdir)


_REGISTERED: list[_RecordingVFS] = []


def ensure_registered() -> None:
    """Once per process, and kept for the life of the process (see the module docstring)."""
    if not _REGISTERED:
        _REGISTERED.append(_RecordingVFS())


@dataclass
class Workload:
    ops: list[tuple[Any, ...]]
    commits: list[int] = field(default_factory=list)  # commits[i] = log length when COMMIT of txn i+1 returned


def record_workload(folder: Path, synchronous: str, transactions: int, seed: int) -> Workload:
    """Run `transactions` small transactions through the recording VFS and return what it saw."""
    ensure_registered()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    LOG.ops, LOG.recording = [], True
    commits: list[int] = []
    try:
        connection = connect(folder / DB_NAME, KEY, vfs=f"multipleciphers-{VFS_NAME}", synchronous=synchronous)
        connection.execute("PRAGMA wal_autocheckpoint=16")  # checkpoints often, so cuts land inside them too
        with connection:
            connection.execute("CREATE TABLE rows(id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
            connection.execute("CREATE TABLE tally(n INTEGER NOT NULL)")
            connection.execute("INSERT INTO tally(n) VALUES(0)")
        for number in range(1, transactions + 1):
            with connection:
                connection.execute("INSERT INTO rows(id, payload) VALUES(?, ?)", (number, PAYLOAD * rng.randint(1, 3)))
                connection.execute("UPDATE tally SET n=?", (number,))
            commits.append(len(LOG.ops))
        connection.close()
    finally:
        LOG.recording = False
    return Workload(list(LOG.ops), commits)


def _rebuild(ops: list[tuple[Any, ...]], cut: int, rng: random.Random, target: Path) -> None:
    durable: dict[str, bytearray] = {}
    pending: dict[str, list[tuple[Any, ...]]] = {}
    for op in ops[:cut]:
        kind, path = op[0], op[1]
        if kind in ("write", "truncate"):
            pending.setdefault(path, []).append(op)
        elif kind == "sync":
            image = durable.setdefault(path, bytearray())
            for change in pending.pop(path, []):
                _apply(image, change)
        elif kind == "delete":
            durable.pop(path, None)
            pending.pop(path, None)
    for path in set(durable) | set(pending):
        if path not in durable and rng.random() < 0.5:
            continue  # never synced: its directory entry may not have reached the disk
        image = bytearray(durable.get(path, b""))
        for change in pending.get(path, []):
            if rng.random() < 0.5:
                _apply(image, change)
        name = os.path.basename(path)
        if name.endswith("-shm"):
            continue  # rebuilt from the WAL on open, as after a real reboot
        (target / name).write_bytes(bytes(image))


def _apply(image: bytearray, op: tuple[Any, ...]) -> None:
    if op[0] == "write":
        _kind, _path, offset, data = op
        if len(image) < offset:
            image.extend(b"\x00" * (offset - len(image)))
        image[offset : offset + len(data)] = data
    else:
        del image[op[2] :]


@dataclass
class CutResult:
    cuts: int = 0
    corrupt: int = 0
    lost_commits: int = 0


def _check(target: Path, committed: int) -> tuple[bool, bool]:
    """(corrupt, lost a commit) for the rebuilt database in `target`."""
    try:
        connection = connect(target / DB_NAME, KEY)
    except DAMAGE_ERRORS:
        return True, False
    try:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return True, False
        try:
            ids = [row[0] for row in connection.execute("SELECT id FROM rows ORDER BY id")]
            (tally,) = connection.execute("SELECT n FROM tally").fetchone() or (0,)
        except apsw.SQLError:  # the tables' own creation never reached the disk
            ids, tally = [], 0
        if ids != list(range(1, len(ids) + 1)) or tally != len(ids):
            return True, False  # a gap, or half a transaction
        return False, len(ids) < committed
    except DAMAGE_ERRORS:
        return True, False
    finally:
        connection.close()


def simulate_cuts(workload: Workload, cuts: int, seed: int, scratch: Path) -> CutResult:
    rng = random.Random(seed)
    result = CutResult()
    for number in range(cuts):
        cut = rng.randint(1, len(workload.ops))
        committed = sum(1 for returned_at in workload.commits if returned_at <= cut)
        target = scratch / f"cut-{number}"
        target.mkdir(parents=True)
        _rebuild(workload.ops, cut, rng, target)
        corrupt, lost = _check(target, committed)
        result.cuts += 1
        result.corrupt += corrupt
        result.lost_commits += lost
        shutil.rmtree(target)
    return result


def plaintext_in_log(workload: Workload, needle: bytes) -> bool:
    return any(op[0] == "write" and needle in op[3] for op in workload.ops)
