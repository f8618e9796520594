"""The fuzz harness for issue 11: hostile and odd input to the four ways data gets in, counted.

    python -m fuzz.harness --examples 500          # from the repository root

Targets, each fed by Hypothesis:
- answers:  an answers JSON file, as `npdrights-cli letter` and `case new` read it, through to the letter's PDF;
- csv:      a spreadsheet for `npdrights-cli letters --batch`, row by row through to the letter;
- backup:   the plaintext of a backup that decrypted (what someone who knows its passphrase could send), through
            the strict parser and, if it is accepted, into a vault and back out as the app reads it;
- folder:   the data folder after things people, sync tools and full disks do to it, then an unlock.

Each input ends "accepted", "refused" (a plain, typed error meant for the user) or "other" (anything else: a bug).
The figures printed are the ones for the issue's closing note; `tests/test_fuzz_harness.py` runs a few of each.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import json
import os
import shutil
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from npdrights.bundled import letter_templates, recipients_directory  # noqa: E402
from npdrights.commands.common import UsageError, read_answers_file  # noqa: E402
from npdrights.core.letters import AnswersError, answers_from_json, build_letter, render_text  # noqa: E402
from npdrights.core.letters.csv_rows import answers_data_from_row  # noqa: E402
from npdrights.pdf.letter_pdf import AddressTooLong, render_pdf  # noqa: E402
from npdrights.storage.errors import VaultError  # noqa: E402

TODAY = date(2026, 12, 1)
KINDS = ("sar-dfe", "rectification", "objection-dfe", "complaint-ico")


@dataclass
class Tally:
    """What happened to each input, and the first few "other" exceptions in full."""

    name: str
    counts: Counter[str] = field(default_factory=Counter)
    others: list[str] = field(default_factory=list)

    def run(self, target: Callable[[Any], str], value: Any) -> None:
        try:
            outcome = target(value)
        except Exception as error:
            outcome = "other"
            if len(self.others) < 5:
                self.others.append(f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=6)}")
        self.counts["tried"] += 1
        self.counts[outcome] += 1

    def line(self) -> str:
        c = self.counts
        figures = f"refused {c['refused']:6}  accepted {c['accepted']:6}  other {c['other']:3}"
        return f"{self.name:8} tried {c['tried']:6}  {figures}"


# -- strings and JSON that people and attackers produce ---------------------------------------------------------

ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(
        [
            "\x1b[2J\x1b]0;owned\x07",
            "Zed\u202emodauM",
            "\x00",
            "\ud800",
            "9999-12-31",
            "0001-01-01",
            "2026-02-30",
            "1900-01-01",
            "2100-12-31",
            "",
            " ",
            "Ω" * 300,
            "word " * 2000,
            "x" * 150_000,
            "李小龍",
            "🙂🙂",
        ]
    ),
)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), ODD_TEXT)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(ODD_TEXT, inner, max_size=4)),
    max_leaves=12,
)


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [path] + [p for key, item in value.items() for p in _leaf_paths(item, (*path, key))]
    if isinstance(value, list):
        return [path] + [p for index, item in enumerate(value) for p in _leaf_paths(item, (*path, index))]
    return [path]


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copied = copy.deepcopy(document)
    target = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copied


@st.composite
def mutated_answers(draw: st.DrawFn) -> tuple[str, str]:
    """(kind, answers file text): a good example with some of its values replaced, or something else entirely."""
    from tests.letter_fixtures import full_data

    kind = draw(st.sampled_from(KINDS))
    document: Any = full_data(kind)
    for _ in range(draw(st.integers(0, 3))):
        paths = _leaf_paths(document)
        path = draw(st.sampled_from(paths))
        document = _replaced(document, path, draw(JSON_VALUE))
    text = json.dumps(document, allow_nan=True)
    style = draw(st.sampled_from(["mutated", "mutated", "mutated", "mutated", "deep", "garbage"]))
    if style == "deep":
        depth = draw(st.integers(100, 200_000))
        text = "[" * depth + "]" * depth
    elif style == "garbage":
        text = draw(st.text(max_size=200))
    return kind, text


def _letter_from(kind: str, data: Any) -> str:
    letter = build_letter(
        kind, answers_from_json(data), today=TODAY, templates=letter_templates(), recipients=recipients_directory()
    )
    render_text(letter)
    try:
        render_pdf(letter)
    except AddressTooLong:
        return "refused"
    return "accepted"


def answers_target(value: tuple[str, str]) -> str:
    kind, text = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answers.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            return _letter_from(kind, read_answers_file(path))
        except (UsageError, AnswersError):
            return "refused"


# -- CSV ---------------------------------------------------------------------------------------------------------

GOOD_COLUMNS = [
    "requester.name",
    "requester.address",
    "pupil.name",
    "pupil.date_of_birth",
    "recipient",
    "pupil.schools.1.name",
    "pupil.schools.2.from_year",
    "corrections.1.item",
    "corrections.1.recorded",
    "corrections.1.correct",
    "pupil.former_names.3",
]
GOOD_ROW = ["Ada Madeup", "1 Pretend Road;Exampleton", "Zed Madeup", "2014-01-01", "dfe", "Pretend School", "2019"]


@st.composite
def spreadsheets(draw: st.DrawFn) -> str:
    columns = list(GOOD_COLUMNS[:5]) + draw(
        st.lists(st.one_of(st.sampled_from(GOOD_COLUMNS), ODD_TEXT, st.just("pupil.schools.99999999.name")), max_size=4)
    )
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        cells = list(GOOD_ROW[:5]) + [draw(ODD_TEXT) for _ in columns[5:]]
        cells += [draw(ODD_TEXT) for _ in range(draw(st.integers(0, 2)))]  # ragged
        rows.append(cells[: draw(st.integers(0, len(cells)))] if draw(st.booleans()) else cells)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns + ([""] if draw(st.booleans()) else []))  # a trailing comma
    writer.writerows(rows)
    return out.getvalue()


def csv_target(text: str) -> str:
    """As `letters --batch` reads a file: the same reader, then each row to a letter."""
    from npdrights.commands.letter import _csv_rows

    outcome = "accepted"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            rows = [row for _line, row in _csv_rows(path)]
        except UsageError:
            return "refused"
    for row in rows:
        data, problems = answers_data_from_row(row)
        if problems:
            outcome = "refused"
            continue
        try:
            if _letter_from("rectification" if "corrections.1.item" in row else "sar-dfe", data) == "refused":
                outcome = "refused"
        except AnswersError:
            outcome = "refused"
    return outcome


# -- backups that decrypt -------------------------------------------------------------------------------------------


class _Backups:
    """One good backup's records, made once; each example changes some of them."""

    records: list[tuple[bytes, str, bytes]] | None = None
    scratch: Path | None = None

    @classmethod
    def good(cls) -> list[tuple[bytes, str, bytes]]:
        if cls.records is None:
            from npdrights.storage.backup_export import export_backup
            from tests.storage.backup_fixtures import BACKUP_PASSPHRASE, FAST_BACKUP_KDF, fill
            from tests.storage.test_backup_hostile import _records_of

            cls.scratch = Path(tempfile.mkdtemp(prefix="npd-fuzz-"))
            vault = _new_vault(cls.scratch / "source")
            fill(vault, attachment_sizes=(1_000,))
            export_backup(vault, cls.scratch / "good.npdbackup", BACKUP_PASSPHRASE, kdf=FAST_BACKUP_KDF)
            vault.lock()
            cls.records = _records_of(cls.scratch / "good.npdbackup")
        return cls.records


def _new_vault(folder: Path) -> Any:
    from npdrights.storage.keyslots import KdfParams
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.vault import Vault

    vault = Vault(folder, KeyringKeyStore(), kdf=KdfParams(t=1, m_kib=8 * 1024, p=1))
    vault.create("fuzzing passphrase long enough")
    return vault


@st.composite
def hostile_backups(draw: st.DrawFn) -> bytes:
    from tests.storage.test_backup_hostile import _join

    records = list(_Backups.good())
    for _ in range(draw(st.integers(0, 3))):
        index = draw(st.integers(0, len(records) - 1))
        kind, name, data = records[index]
        if kind == b"R":
            row = json.loads(data)
            column = draw(st.sampled_from(sorted(row)))
            if column == "data" and draw(st.booleans()):
                model = json.loads(row["data"])
                paths = _leaf_paths(model)
                model = _replaced(model, draw(st.sampled_from(paths)), draw(JSON_VALUE))
                row["data"] = json.dumps(model, allow_nan=True)
            else:
                row[column] = draw(JSON_VALUE)
            records[index] = (kind, name, json.dumps(row, allow_nan=True).encode("utf-8", "surrogatepass"))
        elif kind == b"M":
            manifest = json.loads(data)
            table = draw(st.sampled_from(sorted(manifest["counts"])))
            manifest["counts"][table] = draw(st.integers(-1, 10**7))
            records[index] = (kind, name, json.dumps(manifest).encode())
        else:
            records[index] = (kind, name, data[: draw(st.integers(0, len(data)))])
    plaintext = _join(records)
    if draw(st.booleans()):
        position = draw(st.integers(0, len(plaintext) - 1))
        plaintext = (
            plaintext[:position] + bytes([plaintext[position] ^ draw(st.integers(1, 255))]) + plaintext[position + 1 :]
        )
    return plaintext


def backup_target(plaintext: bytes) -> str:
    from npdrights.storage.backup_import import CheckOnly, _write_into, parse_backup
    from npdrights.storage.repository import Repository

    try:
        parse_backup(iter([plaintext[:4096], plaintext[4096:]]), CheckOnly())
    except VaultError:
        return "refused"
    # Accepted: it must also go into a vault and come back out as the app reads it.
    assert _Backups.scratch is not None
    folder = Path(tempfile.mkdtemp(dir=_Backups.scratch))
    vault = _new_vault(folder / "vault")
    try:
        staged = _StagedPlaintext(plaintext)
        _write_into(vault.database, vault.blobs, staged, lambda _d, _t: None, lambda: False)  # type: ignore[arg-type]
        repository = Repository(vault.database)
        repository.contents()
        for case in repository.cases():
            repository.letters(case.id)
    finally:
        vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
    return "accepted"


class _StagedPlaintext:
    """Stands where a staged copy would: the same chunks, already authenticated."""

    def __init__(self, plaintext: bytes) -> None:
        self._plaintext = plaintext
        self.path = _Backups.scratch / "good.npdbackup"  # only its size is read, for progress

    def chunks(self, count: Callable[[int], None]) -> Any:
        count(len(self._plaintext))
        return iter([self._plaintext])


# -- data-folder states -------------------------------------------------------------------------------------------

FOLDER_FILES = ["cases.db", "cases.db-wal", "vault.json", "vault.json.bak", "backups/*", "blobs/*/*", ".tmp-x"]
FOLDER_ACTIONS = ["delete", "empty", "truncate", "flip", "folder", "future-snapshot", "old-copy", "fifo"]


class _Folders:
    base: Path | None = None

    @classmethod
    def template(cls) -> Path:
        if cls.base is None:
            from tests.storage.backup_fixtures import fill

            cls.base = Path(tempfile.mkdtemp(prefix="npd-fuzz-folder-")) / "vault"
            vault = _new_vault(cls.base)
            fill(vault, attachment_sizes=(2_000,))
            vault.lock()
            vault.unlock_with_passphrase("fuzzing passphrase long enough")  # a snapshot
            vault.lock()
        return cls.base


def _clear(path: Path) -> None:
    """Make room for a file at `path`, whatever an earlier change put there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _apply(folder: Path, target: str, action: str, position: float) -> None:
    """One thing done to the data folder. Only the app's reaction is under test: this setup never fails."""
    paths = sorted(folder.glob(target)) if "*" in target else [folder / target]
    snapshots = [path for path in sorted((folder / "backups").glob("cases-*.db")) if path.is_file()]
    for path in paths[:1]:
        if action == "future-snapshot" and snapshots:
            shutil.copyfile(snapshots[0], folder / "backups" / "cases-20991231-235959.db")
        elif action == "old-copy" and snapshots:
            for suffix in ("", "-wal", "-shm"):
                _clear(folder / f"cases.db{suffix}")
            shutil.copyfile(snapshots[0], folder / "cases.db")
        elif action == "delete":
            _clear(path)
        elif action == "folder":
            _clear(path)
            path.mkdir()
        elif action == "fifo" and hasattr(os, "mkfifo"):
            _clear(path)
            os.mkfifo(path)
        elif path.is_file():
            data = path.read_bytes()
            if action == "empty":
                data = b""
            elif action == "truncate":
                data = data[: int(len(data) * position)]
            elif action == "flip" and data:
                offset = min(len(data) - 1, int(len(data) * position))
                data = data[:offset] + bytes([data[offset] ^ 0x5A]) + data[offset + 1 :]
            path.write_bytes(data)


@st.composite
def folder_states(draw: st.DrawFn) -> list[tuple[str, str, float]]:
    return draw(
        st.lists(
            st.tuples(st.sampled_from(FOLDER_FILES), st.sampled_from(FOLDER_ACTIONS), st.floats(0, 1)),
            min_size=1,
            max_size=3,
        )
    )


def folder_target(changes: list[tuple[str, str, float]]) -> str:
    from npdrights.storage.keyslots import KdfParams
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault

    work = Path(tempfile.mkdtemp(prefix="npd-fuzz-state-"))
    try:
        folder = work / "vault"
        shutil.copytree(_Folders.template(), folder)
        for target, action, position in changes:
            _apply(folder, target, action, position)
        vault = Vault(
            folder, KeyringKeyStore(), kdf=KdfParams(t=1, m_kib=8 * 1024, p=1), clock=lambda: datetime(2026, 12, 2, 9)
        )
        try:
            vault.unlock_with_passphrase("fuzzing passphrase long enough")
        except VaultError:
            return "refused"
        try:
            Repository(vault.database).contents()
        finally:
            vault.lock()
        return "accepted"
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- running -------------------------------------------------------------------------------------------------------

TARGETS: dict[str, tuple[Any, Callable[[Any], str]]] = {
    "answers": (mutated_answers(), answers_target),
    "csv": (spreadsheets(), csv_target),
    "backup": (hostile_backups(), backup_target),
    "folder": (folder_states(), folder_target),
}


def run(name: str, examples: int, seed: int | None = None) -> Tally:
    strategy, target = TARGETS[name]
    tally = Tally(name)

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        derandomize=seed is None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(value: Any) -> None:
        tally.run(target, value)

    one()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="inputs per target")
    parser.add_argument("--only", choices=sorted(TARGETS), action="append")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    tallies = [run(name, args.examples) for name in args.only or TARGETS]
    for tally in tallies:
        print(tally.line())
    for tally in tallies:
        for other in tally.others:
            print(f"\n[{tally.name}] {other}")
    return 1 if any(tally.counts["other"] for tally in tallies) else 0


if __name__ == "__main__":
    raise SystemExit(main())
