"""The cases list with 10,000 cases of 10 events each, against a bare QTableView over the same rows.

Run: QT_QPA_PLATFORM=offscreen python bench/cases.py [--cases 10000] [--rounds 3]

It builds a throwaway vault of fictional cases, then, in fresh processes (so memory is measured per run):
- ours: unlock without the key derivation (the key is unwrapped before the clock starts), with its integrity
  check on a thread of its own beside the first paint, as the window runs it (`checked_s`: until the check has
  passed and the unlock's writes are made); then the real cases view in its two phases: every row read and shown
  at once, painted, with statuses and dates "Working out…" (`show_s`); then the rules engine works every case out
  off the GUI thread and the list is sorted once (`worked_s`, from the same start). Then filter as you type in
  its search box (`filter_ms`), and again while a second load is being worked out (`busy_filter_ms`).
- bare: a QTableView over a minimal table model of the same display strings in plain Python lists (no vault,
  no rules), shown and painted; filtering through a stock QSortFilterProxyModel.
Peak memory is each process's own high-water mark: ours once its list is worked out, bare once it has typed.
Medians over the rounds; `show_cpu_s` is the GUI thread's own CPU time within show_s, which other programs on a
busy computer change less than the clock. "list ratio" is ours / bare for putting the list on screen from rows
already in memory (model, proxy, sort, view); "show_s" is ours from unlock to the list painted with every row, in
seconds.
Then `npdrights-cli case list` from launch to exit, median of the rounds after a first run that keeps the lines.
Kept lines (service/summary_cache.py) hold for the days on which the rules engine's comparisons with today answer
the same, so before the rounds two unlocks are measured on their own: one the day before TODAY with nothing kept
yet (the first unlock ever, or after the rules changed: every case worked out), then the day's first unlock on
TODAY, with the day before's lines kept (`first_s`: its worked_s). The first `case list` of a day (`first_cli_s`)
runs on the computer's own date, with the lines the unlocks on TODAY kept, and with compiled modules written
beforehand, as an installed copy has them. The last line reads
`list ratio: R (goal <= 1.5) show_s: S (goal <= 0.3) worked_s: W (goal < 1) peak ratio: P (goal <= 1.5) cli_s: C
(goal < 1) first_s: F (goal < 1) first_cli_s: L (goal < 1)`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "kettle orange bicycle meadow"
TODAY = date(2026, 11, 28)
TYPED = "pupil4217"  # typed one key at a time into the search box


# -- making the vault ------------------------------------------------------------------------------------


def build_vault(folder: Path, count: int) -> None:
    from npdrights.core.model import (
        Address,
        Case,
        CaseEvent,
        CaseKind,
        EventKind,
        Household,
        Organisation,
        Person,
        PostMethod,
        Relationship,
    )
    from npdrights.storage.keyslots import KdfParams
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault

    k = EventKind
    # Two ten-event histories: one escalated to the ICO, one answered after questions and closed.
    escalated = [
        (k.DRAFTED, 0),
        (k.SENT, 1),
        (k.ACKNOWLEDGED, 8),
        (k.EXTENSION_NOTIFIED, 20),
        (k.ANSWERED_PART, 70),
        (k.REMINDER_SENT, 75),
        (k.COMPLAINT_SENT, 90),
        (k.ICO_COMPLAINT_SENT, 130),
        (k.ICO_REFERENCE_RECEIVED, 140),
        (k.ICO_OUTCOME_RECEIVED, 200),
    ]
    settled = [
        (k.DRAFTED, 0),
        (k.SENT, 2),
        (k.ACKNOWLEDGED, 9),
        (k.ID_REQUESTED, 12),
        (k.ID_PROVIDED, 15),
        (k.CLARIFICATION_REQUESTED, 30),
        (k.CLARIFICATION_PROVIDED, 33),
        (k.EXTENSION_NOTIFIED, 40),
        (k.ANSWERED_FULL, 95),
        (k.CLOSED, 120),
    ]
    rng = random.Random(20261128)
    vault = Vault(folder, KeyringKeyStore(), kdf=KdfParams(t=1, m_kib=8 * 1024, p=1))
    vault.create(PASSPHRASE)
    repository = Repository(vault.database)
    organisations = [Organisation("dfe", "Department for Education", Address(("Leeds",), "LS1 4AW"))] + [
        Organisation(f"school-{n}", f"Fictional School {n}", Address(("Sampleford",), "SA1 1ZZ")) for n in range(50)
    ]
    methods = list(PostMethod)
    with vault.database.transaction():  # one transaction: the benchmark's set-up, not a user action
        for organisation in organisations:
            repository.save_organisation(organisation)
        for number in range(count // 5):
            repository.save_household(Household(f"h{number}", f"Family {number}"))
        for number in range(count):
            person = Person(
                f"p{number}",
                f"Pupil{number} Fictionalson",
                date_of_birth=date(2012, 1, 1),
                household_id=f"h{number // 5}",
            )
            organisation = rng.choice(organisations)
            pattern = escalated if number % 2 else settled
            start = TODAY - timedelta(days=210 + rng.randrange(900))
            case = Case(
                f"c{number}",
                CaseKind.SAR_DFE if organisation.id == "dfe" else CaseKind.SAR_ORGANISATION,
                person.id,
                organisation.id,
                person.id,
                Relationship.SELF,
                f"NPD-SAR-{number:05d}",
                start,
            )
            events = [
                CaseEvent(
                    f"e{number}-{index}",
                    case.id,
                    kind,
                    start + timedelta(days=offset),
                    post_method=rng.choice(methods) if kind in (k.SENT, k.ID_PROVIDED) else None,
                )
                for index, (kind, offset) in enumerate(pattern)
            ]
            repository.create_case(case, people=[person], events=events)
    vault.lock()


def display_rows(folder: Path) -> list[list[str]]:
    """The strings the list shows, as plain lists: what the bare view gets (not timed)."""
    from npdrights.gui.cases.list_model import Column, _display
    from npdrights.service.loading import work_out
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault

    vault = Vault(folder, KeyringKeyStore())
    vault.unlock_with_passphrase(PASSPHRASE)
    _contents, summaries = work_out(Repository(vault.database).stored_rows(), TODAY)
    vault.lock()
    return [[_display(summary, column) for column in Column] for summary in summaries]


# -- one measured run, in its own process ---------------------------------------------------------------


def _peak_mb() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across fork and exec, so a child would report
    at least the parent's peak (the vault built above): VmHWM is this process's own, reset by exec."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kilobytes
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _type_and_time(app: Any, field: Any, table: Any) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    latencies = []
    for character in TYPED:
        started = time.perf_counter()
        QTest.keyClick(field, character)
        app.processEvents()
        table.viewport().grab()  # until the filtered rows are painted
        latencies.append(time.perf_counter() - started)
    for _ in TYPED:
        QTest.keyClick(field, Qt.Key.Key_Backspace)
    app.processEvents()
    return latencies


def run_ours(folder: Path, today: date = TODAY) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from npdrights.gui.cases.list_model import CaseListModel
    from npdrights.gui.cases.list_proxy import CaseFilterProxy
    from npdrights.gui.cases.view import CasesView
    from npdrights.gui.clipboard import PrivateClipboard
    from npdrights.service.loading import work_out
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault

    app = QApplication([])
    vault = Vault(folder, KeyringKeyStore())
    key = vault.unwrap_with_passphrase(PASSPHRASE)  # the key derivation: before the clock starts
    view = CasesView(vault, lambda: today, PrivateClipboard(30_000))
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    waiting = QEventLoop()
    view.loaded.connect(waiting.quit)
    started, started_cpu = time.perf_counter(), time.thread_time()
    vault.open(key, check_later=True)
    check = vault.database.integrity
    checking = threading.Thread(target=check.run_beside)  # as the window's own thread for it: beside the first paint
    checking.start()
    opened = time.perf_counter()
    view.load()
    view.table.viewport().grab()  # phase 1: every row painted
    shown, shown_cpu = time.perf_counter(), time.thread_time()
    rows_shown = view.proxy.rowCount()
    if view.loading:
        waiting.exec()  # the event loop, as in the app: idle while the rules engine works off the GUI thread
    view.table.viewport().grab()
    worked = time.perf_counter()
    checking.join()
    vault.finish_check(check)  # the unlock's writes, once the check has passed
    checked = time.perf_counter()
    peak = _peak_mb()  # the app with its list: before the measurements below load and work it all out again
    latencies = _type_and_time(app, view.search, view.table)
    view.load()  # again, to type while it is being worked out
    busy_latencies = _type_and_time(app, view.search, view.table)
    if view.loading:
        waiting.exec()

    # The list alone, from summaries already in memory, as the bare view is measured. The collector is run first:
    # working out 20,000 summaries above leaves it a full collection due, which is that work's cost, not the list's.
    _contents, summaries = work_out(Repository(vault.database).stored_rows(), today)
    gc.collect()
    list_started = time.perf_counter()
    model = CaseListModel()
    model.set_rows(summaries)
    proxy = CaseFilterProxy(model)
    table = _table(proxy)
    list_s = time.perf_counter() - list_started
    table.close()
    view.clear()
    vault.lock()
    assert rows_shown == len(summaries), "phase 1 must show every row"
    return {
        "show_s": shown - started,
        "show_cpu_s": shown_cpu - started_cpu,
        "worked_s": worked - started,
        "open_s": opened - started,
        "checked_s": checked - started,
        "list_s": list_s,
        "filter_ms": statistics.median(latencies) * 1000,
        "busy_filter_ms": statistics.median(busy_latencies) * 1000,
        "peak_mb": peak,
    }


def _table(model: Any) -> Any:
    from PySide6.QtWidgets import QApplication, QTableView

    table = QTableView()
    table.setModel(model)
    table.resize(1280, 800)
    table.show()
    QApplication.processEvents()
    table.viewport().grab()
    return table


def run_bare(rows_file: Path) -> dict[str, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    class Bare(QAbstractTableModel):
        def __init__(self, rows: list[list[str]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 7

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    app = QApplication([])
    rows = json.loads(rows_file.read_text())
    gc.collect()  # as for ours
    started = time.perf_counter()
    model = Bare(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = _table(proxy)
    shown = time.perf_counter() - started
    field = QLineEdit()
    field.textChanged.connect(proxy.setFilterFixedString)
    field.show()
    latencies = _type_and_time(app, field, table)
    return {"show_s": shown, "list_s": shown, "filter_ms": statistics.median(latencies) * 1000, "peak_mb": _peak_mb()}


# -- the comparison -----------------------------------------------------------------------------------------


def _child(*argv: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, __file__, *argv], capture_output=True, text=True, check=True)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ours", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--today", type=date.fromisoformat, default=TODAY, help=argparse.SUPPRESS)
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ours:
        print(json.dumps(run_ours(args.ours, args.today)))
        return
    if args.bare:
        print(json.dumps(run_bare(args.bare)))
        return
    work = Path(tempfile.mkdtemp(prefix="npdrights-bench-"))
    vault = work / "home" / "data"  # where `npdrights-cli --home` looks
    try:
        started = time.perf_counter()
        build_vault(vault, args.cases)
        rows_file = work / "rows.json"
        rows_file.write_text(json.dumps(display_rows(vault)))
        print(f"{args.cases} cases, 10 events each, made in {time.perf_counter() - started:.1f} s")
        # Nothing kept yet: every case is worked out, and its line kept for the days it holds for. Then the next
        # day's first unlock reads the lines still true and works out the rest; later ones read every line.
        cold = _child("--ours", str(vault), "--today", (TODAY - timedelta(days=1)).isoformat())
        first = _child("--ours", str(vault))
        ours, bare = [], []
        for _ in range(args.rounds):
            ours.append(_child("--ours", str(vault)))
            bare.append(_child("--bare", str(rows_file)))
        _compile(work / "home")
        cli_first = _cli_list(work / "home")  # on the computer's own date (after TODAY): the lines kept on TODAY
        cli = statistics.median(_cli_list(work / "home") for _ in range(args.rounds))

        def median(runs: list[dict[str, Any]], key: str) -> float:
            return statistics.median(run[key] for run in runs)

        for key, unit in (("show_s", "s"), ("list_s", "s"), ("filter_ms", "ms"), ("peak_mb", "MB")):
            mine, baseline = median(ours, key), median(bare, key)
            print(f"{key:10} ours {mine:9.3f} {unit:2}  bare {baseline:9.3f} {unit:2}  ratio {mine / baseline:6.2f}")
        opening = median(ours, "open_s")
        print(f"of ours' show_s, opening the vault (reading only: the integrity check runs beside): {opening:.3f} s")
        own_cpu = median(ours, "show_cpu_s")
        print(f"show_cpu_s: the GUI thread's own CPU time in show_s (steadier on a busy computer): {own_cpu:.3f} s")
        print(f"checked_s: the integrity check passed and the unlock's writes made: {median(ours, 'checked_s'):.3f} s")
        print(f"worked_s: every status filled in and sorted, from the same start: {median(ours, 'worked_s'):.3f} s")
        nothing = f"worked_s {cold['worked_s']:.3f} s, show_s {cold['show_s']:.3f} s, peak {cold['peak_mb']:.1f} MB"
        print(f"  the first unlock with nothing kept (the first ever, or new rules): {nothing}")
        print(
            f"  the day's first unlock (the day before's lines kept): worked_s {first['worked_s']:.3f} s"
            f" (goal < 1), show_s {first['show_s']:.3f} s, peak {first['peak_mb']:.1f} MB"
        )
        busy = median(ours, "busy_filter_ms")
        print(f"busy_filter_ms: filtering as you type while the list is worked out: {busy:.3f} ms")
        print(f"npdrights-cli case list: {cli:.2f} s (the day's first: {cli_first:.2f} s, goal < 1)")
        print(
            f"list ratio: {median(ours, 'list_s') / median(bare, 'list_s'):.2f} (goal <= 1.5)"
            f" show_s: {median(ours, 'show_s'):.2f} (goal <= 0.3)"
            f" worked_s: {median(ours, 'worked_s'):.2f} (goal < 1)"
            f" peak ratio: {median(ours, 'peak_mb') / median(bare, 'peak_mb'):.2f} (goal <= 1.5)"
            f" cli_s: {cli:.2f} (goal < 1)"
            f" first_s: {first['worked_s']:.2f} (goal < 1)"
            f" first_cli_s: {cli_first:.2f} (goal < 1)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _cli_list(home: Path) -> float:
    """`npdrights-cli case list` from launch to exit, the passphrase given as automation gives it, with the modules
    `_compile` compiled."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "npdrights.cli", "--home", str(home), "case", "list"],
        capture_output=True,
        check=True,
        env=_compiled_env(home, NPDRIGHTS_PASSPHRASE=PASSPHRASE),
        cwd=ROOT,
    )
    return time.perf_counter() - started


def _compile(home: Path) -> None:
    """Compile every module the list imports, as an installed copy has them: where PYTHONDONTWRITEBYTECODE is set,
    every launch compiled ours from source (about 80 ms of a 1 s list). By listing a copy of the vault, so the
    vault measured keeps only the lines its unlocks kept; the compiled modules go outside the source tree."""
    copy = home.with_name(f"{home.name}-copy")  # beside it: the same folder for compiled modules
    shutil.copytree(home, copy)
    _cli_list(copy)
    shutil.rmtree(copy)


def _compiled_env(home: Path, **more: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(home.parent / "bytecode"), **more)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


if __name__ == "__main__":
    main()
