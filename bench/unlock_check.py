"""What the unlock's integrity check costs the cases list's first paint and peak memory (issue 17, option (a)).

Run: QT_QPA_PLATFORM=offscreen python bench/unlock_check.py [--cases 10000] [--rounds 3]

On one throwaway vault of fictional cases (bench/cases.py builds it), in fresh processes taken in turn: the cases
screen as it is, and the same with `PRAGMA quick_check` left out of the unlock. The second is not a way to run the
app: it is the most that moving the check off the first paint could win. Since the check runs beside the paint on a
thread of its own (storage/integrity.py), this says what it still costs there. Medians; the last line gives each
figure with the check as a ratio of the figure without it.
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CASES_BENCH = ROOT / "bench" / "cases.py"
MEASURED = ("show_s", "open_s", "worked_s", "peak_mb")


def _without_check(folder: Path) -> dict[str, Any]:
    """bench/cases.py's own measured run, with every open_database told not to check."""
    from npdrights.storage import database

    checked = database.open_database

    def unchecked(*args: Any, **kwargs: Any) -> database.Database:
        return checked(*args, **{**kwargs, "check_integrity": False, "check_later": False})

    database.open_database = unchecked  # type: ignore[assignment]  # the vault imports it when it opens
    run: dict[str, Any] = runpy.run_path(str(CASES_BENCH), run_name="bench_cases")["run_ours"](folder)
    return run


def _child(*argv: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, *argv], capture_output=True, text=True, check=True, env=env)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--unchecked", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.unchecked:
        print(json.dumps(_without_check(args.unchecked)))
        return
    work = Path(tempfile.mkdtemp(prefix="npdrights-bench-"))
    try:
        vault = work / "data"
        sys.path.insert(0, str(ROOT))
        runpy.run_path(str(CASES_BENCH), run_name="bench_cases")["build_vault"](vault, args.cases)
        _child(str(CASES_BENCH), "--ours", str(vault))  # the day's first unlock keeps the lines; not measured
        checked, unchecked = [], []
        for _ in range(args.rounds):
            checked.append(_child(str(CASES_BENCH), "--ours", str(vault)))
            unchecked.append(_child(__file__, "--unchecked", str(vault)))
        ratios = []
        for key in MEASURED:
            with_check = statistics.median(run[key] for run in checked)
            without = statistics.median(run[key] for run in unchecked)
            print(f"{key:9} with the check {with_check:9.3f}  without {without:9.3f}")
            ratios.append(f"{key} {with_check / without:.2f}")
        print("with the check / without: " + " ".join(ratios))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
