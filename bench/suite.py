"""Test-suite benchmark (issue 12, item 5): what the two set-up choices of the test command save.

Runs the same tests, alternating in the same run, two ways:
  - before: every test traced by coverage, temporary folders in the system's temp folder (on disk);
  - now: the default command, with coverage tracing only tests/core (tests/coverage_scope.py) and temporary
    folders in memory where Linux has room (tests/temp_root.py).
Each run is a fresh pytest process on every core (the command's own -n auto); its CPU time (user + system,
with the workers and their children) and wall time are measured. The machine may be shared, so the figures are
ratios of runs taken turn about, not absolute times.

Or, with --before-tree DIR, "before" is the same default command in another checkout (e.g. `git worktree add
/tmp/before <commit>`, or `git archive <commit> | tar -x -C /tmp/before`): what the commits since then saved.
Run it once in each tree first, so both have their caches (bytecode, mypy, Hypothesis) warm. Where
PYTHONDONTWRITEBYTECODE is set, the runs keep their bytecode in a folder of the bench's own instead.

Run: .venv/bin/python bench/suite.py [--rounds 2] [--all] [--before-tree DIR] [test paths...]
Without --all or paths, a sample of files from each layer (about a tenth of the suite's time). The last lines read
`CPU now/before: R` and `wall now/before: R`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = [
    "tests/core",
    "tests/gui/test_tracker.py",
    "tests/gui/test_accessibility_audit.py",
    "tests/storage/test_advisers.py",
    "tests/storage/test_backup_hostile.py",
    "tests/cli/test_case_cli.py",
    "tests/pdf/test_letter_pdf.py",
]


def run(paths: list[str], *, before: bool, before_tree: Path | None = None) -> tuple[float, float]:
    """One pytest run; returns (CPU seconds, wall seconds)."""
    tree = before_tree if before and before_tree is not None else ROOT
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree))
    if env.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
        # Warm, as on a developer's machine: compiled modules and pytest's rewritten test files kept between runs
        # (here, where writing them is switched off, in a folder of the bench's own, which mirrors each file's full
        # path). Without them every worker compiles both again at each run: CPU-seconds that say nothing of the tests.
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "npdrights-bench-bytecode")
    env.pop("PYTEST_DEBUG_TEMPROOT", None)
    extra: list[str] = []
    if before and before_tree is None:
        env["PYTEST_DEBUG_TEMPROOT"] = tempfile.gettempdir()
        extra = ["-p", "no:tests.coverage_scope"]
    # A sample does not reach the gate's 100%; the whole suite does, and is held to it.
    gate = [] if paths == ["tests"] else ["--cov-fail-under=0"]
    used_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *gate, *extra, *paths],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"pytest failed ({'before' if before else 'now'}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    cpu = (used.ru_utime - used_before.ru_utime) + (used.ru_stime - used_before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--all", action="store_true", help="the whole suite instead of the sample")
    parser.add_argument("--before-tree", type=Path, help="another checkout to run as 'before', with its defaults")
    parser.add_argument("paths", nargs="*", help="test files or folders instead of the sample")
    options = parser.parse_args()
    paths = ["tests"] if options.all else options.paths or SAMPLE
    figures: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for round_number in range(options.rounds):
        for before in (True, False) if round_number % 2 == 0 else (False, True):
            cpu, wall = run(paths, before=before, before_tree=options.before_tree)
            figures[before].append((cpu, wall))
            print(f"round {round_number + 1} {'before' if before else 'now':6}  CPU {cpu:6.1f} s  wall {wall:6.1f} s")
        print(f"load average: {os.getloadavg()[0]:.1f}")
    cpu_before, wall_before = (statistics.median(column) for column in zip(*figures[True], strict=True))
    cpu_now, wall_now = (statistics.median(column) for column in zip(*figures[False], strict=True))
    print(f"median before: CPU {cpu_before:.1f} s, wall {wall_before:.1f} s")
    print(f"median now:    CPU {cpu_now:.1f} s, wall {wall_now:.1f} s")
    print(f"CPU now/before: {cpu_now / cpu_before:.2f}")
    print(f"wall now/before: {wall_now / wall_before:.2f}")


if __name__ == "__main__":
    main()
