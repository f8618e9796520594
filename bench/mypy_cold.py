"""What type-checking the GUI too costs a developer: mypy --strict from a cold cache, the whole app against the
same run with the GUI left out (the old configuration), alternating so both see the same machine load.

Run from the repository root:  python bench/mypy_cold.py [--rounds 3]
The last line reads `mypy_cold whole_s: W without_gui_s: G ratio: R` (medians of CPU seconds, user + system,
which the other work on a shared machine disturbs less than wall time; wall time is printed per round).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MYPY = Path(sys.executable).parent / "mypy"


def _cold_run(extra: list[str]) -> tuple[float, float]:
    """(cpu seconds, wall seconds) of one mypy run with an empty cache; fails loudly if mypy finds errors."""
    cache = Path(tempfile.mkdtemp(prefix="mypy-cold-"))
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(
            [str(MYPY), "--cache-dir", str(cache), *extra], cwd=ROOT, capture_output=True, text=True, check=False
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            raise SystemExit(result.stdout + result.stderr)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    whole: list[float] = []
    without_gui: list[float] = []
    for number in range(1, rounds + 1):
        cpu, wall = _cold_run([])
        whole.append(cpu)
        cpu_old, wall_old = _cold_run(["--exclude", "npdrights/gui/"])
        without_gui.append(cpu_old)
        print(
            f"round {number}: whole {cpu:.2f} s cpu ({wall:.2f} s wall), without gui {cpu_old:.2f} s cpu "
            f"({wall_old:.2f} s wall)"
        )
    w, g = statistics.median(whole), statistics.median(without_gui)
    print(f"mypy_cold whole_s: {w:.2f} without_gui_s: {g:.2f} ratio: {w / g:.2f}")


if __name__ == "__main__":
    main()
