"""Figures for the register of data shares: import of a 20,000-row edition and the explorer's first paint,
each as a ratio to reading the same file with python-calamine alone, measured in the same run (issue 15).

Run from the repository root:  python bench/register.py [--rows 20000] [--repeat 9]

"bare read" is calamine opening the file and turning every sheet into Python lists, nothing else (for CSV,
the csv module). As the import pauses Python's garbage collector, the bare read is also timed with it
paused. "import" is what the app does: the hash, the limits, that read, mapping every row and saving it in
register.sqlite.
"first paint" is loading the saved releases and showing the explorer with its table and chart, offscreen.
The goal is within 2x of the bare read. The last line reads `register ods: R xlsx: R csv: R paint: R`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import python_calamine  # noqa: E402

from npdrights.service.collector import paused_gc  # noqa: E402
from npdrights.service.register import RegisterService  # noqa: E402
from tests.register_files import big_sheet, write_csv, write_ods, write_xlsx  # noqa: E402


def best_of(repeat: int, work: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def paired(
    repeat: int, bare: Callable[[], object], ours: Callable[[], object], before: Callable[[], object]
) -> tuple[float, float]:
    """The best time of each, the two taken turn about: this machine is shared, and a busy spell then slows
    both sides of the ratio rather than one."""
    bare_times, our_times = [], []
    for _ in range(repeat):
        bare_times.append(best_of(1, bare))
        our_times.append(best_of(1, ours, before))
    return min(bare_times), min(our_times)


def bare_read_collector_paused(path: Path) -> None:
    """The bare read with Python's garbage collector paused, as the import pauses it: the stricter baseline."""
    with paused_gc():
        bare_read(path)


def bare_read(path: Path) -> None:
    if path.suffix == ".csv":
        import csv

        with path.open(newline="", encoding="utf-8") as handle:
            list(csv.reader(handle))
        return
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--profile", choices=("ods", "xlsx", "csv"), help="print a cProfile of one import")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="npdrights-bench-register-"))
    try:
        sheet = big_sheet(args.rows)
        files = {"ods": work / "register.ods", "xlsx": work / "register.xlsx", "csv": work / "DSAP approved shares.csv"}
        write_ods(files["ods"], [sheet])
        write_xlsx(files["xlsx"], [sheet])
        write_csv(files["csv"], sheet)
        folder = work / "store"

        def fresh() -> None:
            shutil.rmtree(folder, ignore_errors=True)
            RegisterService(folder).releases()  # the public record seeded: not part of an import

        if args.profile:
            import cProfile
            import pstats

            fresh()
            profiler = cProfile.Profile()
            profiler.enable()
            RegisterService(folder).import_file(files[args.profile])
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            return

        ratios: dict[str, float] = {}
        for kind, path in files.items():
            bare, ours = paired(
                args.repeat,
                lambda path=path: bare_read(path),
                lambda path=path: RegisterService(folder).import_file(path),
                fresh,
            )
            strict = best_of(args.repeat, lambda path=path: bare_read_collector_paused(path))
            ratios[kind] = ours / bare
            print(
                f"{kind:>4}: bare read {bare:.3f} s, import {ours:.3f} s, ratio {ours / bare:.2f} "
                f"(bare read with the collector paused {strict:.3f} s, ratio {ours / strict:.2f})"
            )

        fresh()
        RegisterService(folder).import_file(files["ods"])
        first_paint(folder)  # Qt's own start-up (fonts, the platform plugin) is not the explorer's
        bare, paint = paired(args.repeat, lambda: bare_read(files["ods"]), lambda: first_paint(folder), lambda: None)
        ratios["paint"] = paint / bare
        print(
            f"paint: explorer shown with {args.rows:,} releases in {paint:.3f} s, "
            f"ratio to the ODS bare read {paint / bare:.2f}"
        )
        print("register " + " ".join(f"{kind}: {ratio:.2f}" for kind, ratio in ratios.items()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def first_paint(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from npdrights.gui.register.explorer import RegisterExplorer

    app = QApplication.instance() or QApplication([])
    explorer = RegisterExplorer(RegisterService(folder))
    explorer.show()  # loads the saved releases (showEvent)
    app.processEvents()
    explorer.grab()  # a real paint of the table and the chart
    explorer.close()
    explorer.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
