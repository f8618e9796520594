"""A change of language in Settings with a big cases list on screen (issue 18), against showing that list afresh.

Run: QT_QPA_PLATFORM=offscreen python bench/language_switch.py [--cases 10000] [--rounds 5]

Builds a throwaway vault of fictional cases (bench/cases.py), unlocks it into the real cases view and waits until
every case is worked out. Then, alternating in the same run, medians over the rounds:
- switch: the screens' language changed (English → Polish → Urdu → English, as Settings does it), until Qt has
  told every widget and the list is painted again in the new words, re-sorted, with its selection kept;
- afresh: the same summaries put into a new model, proxy and table, sorted and painted: what building the list
  again in the new language would cost, even before reading and working out the cases again.
The last line reads `switch/afresh ratio: R` (below 1: switching in place costs less than a fresh list).
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cases import PASSPHRASE, TODAY, build_vault  # noqa: E402  (after the path is set)


def measure(folder: Path, rounds: int) -> tuple[list[float], list[float], int]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

    from npdrights.gui.cases.list_model import CaseListModel
    from npdrights.gui.cases.list_proxy import CaseFilterProxy
    from npdrights.gui.cases.view import CasesView
    from npdrights.gui.clipboard import PrivateClipboard
    from npdrights.gui.i18n import install_language, switch_language
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.vault import Vault

    app = QApplication([])
    install_language(app, "en")
    vault = Vault(folder, KeyringKeyStore())
    vault.open(vault.unwrap_with_passphrase(PASSPHRASE))
    view = CasesView(vault, lambda: TODAY, PrivateClipboard(30_000))
    view.resize(1280, 800)
    view.show()
    waiting = QEventLoop()
    view.loaded.connect(waiting.quit)
    view.load()
    if view.loading:
        waiting.exec()
    view.table.selectRow(5)
    chosen = view.proxy.summary(view.proxy.index(5, 0)).case.id
    summaries = view.model.summaries()

    def switch(code: str) -> float:
        gc.collect()
        started = time.perf_counter()
        switch_language(code)
        app.sendPostedEvents()  # Qt's LanguageChange, posted to every window
        app.processEvents()
        view.table.viewport().grab()
        return time.perf_counter() - started

    def afresh() -> float:
        gc.collect()
        started = time.perf_counter()
        model = CaseListModel()
        model.set_rows(summaries)
        table = QTableView()
        table.setModel(CaseFilterProxy(model))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.resize(1280, 700)
        table.show()
        table.viewport().grab()
        took = time.perf_counter() - started
        table.close()
        return took

    switches, fresh = [], []
    for _ in range(rounds):
        for code in ("pl", "ur", "en"):
            switches.append(switch(code))
            fresh.append(afresh())
    (selected,) = view.table.selectionModel().selectedRows()
    assert view.proxy.summary(selected).case.id == chosen, "the selection follows its case through every switch"
    rows = view.model.rowCount()
    view.clear()
    vault.lock()
    return switches, fresh, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="npdrights-bench-"))
    try:
        build_vault(work / "vault", args.cases)
        switches, fresh, rows = measure(work / "vault", args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    switch_s, fresh_s = statistics.median(switches), statistics.median(fresh)
    print(f"{rows} cases in the list, {len(switches)} switches")
    print(f"switch  {switch_s * 1000:8.1f} ms  (median; slowest {max(switches) * 1000:.1f} ms)")
    print(f"afresh  {fresh_s * 1000:8.1f} ms  (median)")
    print(f"switch/afresh ratio: {switch_s / fresh_s:.2f}")


if __name__ == "__main__":
    main()
