"""Local snapshots of `cases.db` (`VACUUM INTO`), each with a copy of the key file it opens with.

They stay encrypted with the same key. Taken before every schema migration; kept to the newest `keep`.
Listing them needs no database engine: `apsw` is imported where a snapshot is opened, so that "is there a vault
here?" at start-up does not load it (issue 17).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from npdrights.storage import schema
from npdrights.storage.atomic import TEMP_PREFIX, fsync_dir, make_private
from npdrights.storage.errors import VaultError
from npdrights.storage.keyslots import SLOT_FILE, SlotFile

if TYPE_CHECKING:
    import apsw

SNAPSHOT_DIR = "backups"
_STAMP = "%Y%m%d-%H%M%S"
DEFAULT_KEEP = 7
DAMAGED_PREFIX = "cases.db.damaged-"


@dataclass(frozen=True)
class Snapshot:
    taken: datetime
    database: Path
    slot_file: Path


def snapshot_folder(data_dir: Path) -> Path:
    return data_dir / SNAPSHOT_DIR


def list_snapshots(data_dir: Path) -> list[Snapshot]:
    """Newest first. Files whose names don't parse are ignored, not deleted."""
    folder = snapshot_folder(data_dir)
    found: list[Snapshot] = []
    for database in folder.glob("cases-*.db"):
        if not database.is_file():  # a folder or a pipe someone named like a snapshot: opening a pipe would hang
            continue
        stamp = database.stem.removeprefix("cases-")
        try:
            taken = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(Snapshot(taken, database, folder / f"vault-{stamp}.json"))
    return sorted(found, key=lambda snapshot: snapshot.taken, reverse=True)


def latest_snapshot_time(data_dir: Path) -> datetime | None:
    snapshots = list_snapshots(data_dir)
    return snapshots[0].taken if snapshots else None


def new_snapshot_paths(data_dir: Path, now: datetime) -> Snapshot:
    folder = snapshot_folder(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = now.strftime(_STAMP)
    return Snapshot(now.replace(microsecond=0), folder / f"cases-{stamp}.db", folder / f"vault-{stamp}.json")


def kept_aside_paths(data_dir: Path, now: datetime, label: str) -> Snapshot:
    """Like a snapshot, but named so it is never listed, rotated out or restored automatically."""
    folder = snapshot_folder(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = now.strftime(_STAMP)
    return Snapshot(
        now.replace(microsecond=0), folder / f"cases-{stamp}-{label}.db", folder / f"vault-{stamp}-{label}.json"
    )


def finish_snapshot(data_dir: Path, snapshot: Snapshot, keep: int = DEFAULT_KEEP, *, rotation: Rotation) -> None:
    """After the database copy is written: copy the key file beside it and drop the oldest snapshots."""
    shutil.copyfile(data_dir / SLOT_FILE, snapshot.slot_file)
    make_private(snapshot.slot_file)
    fsync_dir(snapshot.database.parent)
    rotate_snapshots(data_dir, keep, rotation)


@dataclass(frozen=True)
class Rotation:
    """What rotating needs to know to never drop the last copy of someone's cases."""

    raw_key: bytes
    live_holds_cases: bool


def rotate_snapshots(data_dir: Path, keep: int, rotation: Rotation) -> None:
    """Drop all but the newest `keep` snapshots. While the live database holds no case, the newest snapshot that
    does is kept whatever its age: an emptied cases.db carried on with for a week must not take the last copy of
    the families' cases with it (issue 11, item 1)."""
    listed = list_snapshots(data_dir)
    if len(listed) <= keep:
        return  # none to drop, whatever their order: no need to open each one to learn it
    snapshots = by_contents(listed, rotation.raw_key)
    doomed = snapshots[keep:]
    if not doomed:
        return
    if not rotation.live_holds_cases:
        last_with_cases = next((s for s in snapshots if cases_in_snapshot(s.database, rotation.raw_key)), None)
        doomed = [snapshot for snapshot in doomed if snapshot != last_with_cases]
    for old in doomed:
        for path in (old.database, old.slot_file):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def cases_in_snapshot(path: Path, raw_key: bytes) -> int:
    """How many cases a snapshot holds; 0 if it can't be read."""
    import apsw

    connection = _open_snapshot(path, raw_key)
    if connection is None:
        return 0
    try:
        (count,) = connection.execute("SELECT count(*) FROM cases").fetchone() or (0,)
        return int(count)
    except apsw.Error:
        return 0
    finally:
        connection.close()


def restore_snapshot(data_dir: Path, snapshot: Snapshot, now: datetime) -> Path:
    """Swap `snapshot` in as cases.db. The current file is renamed aside (returned), never deleted, and its
    WAL goes with it: replaying a damaged file's WAL onto the snapshot would corrupt it."""
    live = data_dir / "cases.db"
    aside = data_dir / f"{DAMAGED_PREFIX}{now.strftime(_STAMP)}"
    for suffix in ("", "-wal", "-shm"):
        current = live.with_name(live.name + suffix)
        if current.exists():
            os.replace(current, aside.with_name(aside.name + suffix))
    temp = data_dir / f"{TEMP_PREFIX}restore"
    shutil.copyfile(snapshot.database, temp)
    make_private(temp)
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, live)
    fsync_dir(data_dir)
    return aside


def snapshot_databases(data_dir: Path) -> list[Path]:
    """Every database file kept in the snapshot folder, including ones kept aside that never rotate out."""
    folder = snapshot_folder(data_dir)
    return sorted(folder.glob("cases-*.db")) if folder.is_dir() else []


def damaged_databases(data_dir: Path) -> list[Path]:
    """The damaged cases.db files `restore_snapshot` renamed aside (their -wal and -shm files not counted)."""
    return sorted(path for path in data_dir.glob(f"{DAMAGED_PREFIX}*") if not path.name.endswith(("-wal", "-shm")))


def _open_snapshot(path: Path, raw_key: bytes) -> apsw.Connection | None:
    import apsw

    from npdrights.storage.database import DAMAGE_ERRORS, connect_readonly

    if not path.is_file():
        return None
    try:
        return connect_readonly(path, raw_key)
    except DAMAGE_ERRORS:
        return None
    except apsw.CantOpenError:
        return None


def attachment_ids_in_snapshots(data_dir: Path, raw_key: bytes) -> set[str] | None:
    """The attachment ids any snapshot or kept-aside damaged database refers to, or None if one can't be read
    (then every blob is kept: a restored snapshot must find its attachments, and so must whoever rescues rows from
    a damaged file; issue 11, item 3)."""
    import apsw

    found: set[str] = set()
    for path in snapshot_databases(data_dir) + damaged_databases(data_dir):
        connection = _open_snapshot(path, raw_key)
        if connection is None:
            return None
        try:
            found.update(row[0] for row in connection.execute("SELECT id FROM attachments"))
        except apsw.Error:
            return None
        finally:
            connection.close()
    return found


def snapshot_generation(path: Path, raw_key: bytes) -> int | None:
    """The rollback counter a snapshot holds (raised at every unlock, so higher is newer); None if unreadable."""
    import apsw

    connection = _open_snapshot(path, raw_key)
    if connection is None:
        return None
    try:
        row = connection.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0
    except (apsw.Error, ValueError):
        return None
    finally:
        connection.close()


def by_contents(snapshots: list[Snapshot], raw_key: bytes) -> list[Snapshot]:
    """Newest first by what each holds (its rollback counter), not by its file name or time, which anyone can set:
    a file named for the year 2099 must not count as the newest (issue 11, item 6). Unreadable ones go last."""
    generations = {snapshot: snapshot_generation(snapshot.database, raw_key) for snapshot in snapshots}

    def newest_first(snapshot: Snapshot) -> tuple[bool, int, datetime]:
        generation = generations[snapshot]
        return (generation is not None, generation or 0, snapshot.taken)

    return sorted(snapshots, key=newest_first, reverse=True)


def newest_usable_snapshot(data_dir: Path, raw_key: bytes) -> Snapshot | None:
    """Try the snapshots newest first (by contents); the first that opens with this key and passes its check wins."""
    import apsw

    for snapshot in by_contents(list_snapshots(data_dir), raw_key):
        connection = _open_snapshot(snapshot.database, raw_key)
        if connection is None:
            continue
        try:
            healthy = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            (version,) = connection.execute("PRAGMA user_version").fetchone() or (0,)
        except apsw.Error:
            healthy = False
        finally:
            connection.close()
        if healthy and 0 < version <= schema.CURRENT_VERSION:
            return snapshot
    return None


def best_key_file_copy(data_dir: Path) -> tuple[Path, datetime | None] | None:
    """The copy of vault.json kept with the snapshots that holds the highest rollback counter (the newest by what
    it holds, not by its name), and when it was taken (from its name, for saying so); None if none parses."""
    folder = snapshot_folder(data_dir)
    best: tuple[int, str, Path] | None = None
    for path in folder.glob("vault-*.json") if folder.is_dir() else []:
        if not path.is_file():
            continue
        try:
            generation = SlotFile.from_bytes(path.read_bytes()).generation
        except (OSError, VaultError):
            continue
        if best is None or (generation, path.name) > best[:2]:
            best = (generation, path.name, path)
    if best is None:
        return None
    try:
        taken: datetime | None = datetime.strptime(best[2].stem.removeprefix("vault-")[:15], _STAMP)
    except ValueError:
        taken = None
    return best[2], taken
