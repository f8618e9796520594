"""What each test file's child processes cost (issue 12, item 5): CPU-seconds of the test process itself and of
the interpreters, tools and harness writers it starts, per file, largest first.

Each file runs alone in a fresh pytest (one process, no coverage), `rounds` times; the figures are medians, read
from os.times() at the end of the run (children_user + children_system are the children's). By default, the files
that start processes (they use subprocess); or name files. Where PYTHONDONTWRITEBYTECODE is set, compiled modules
are kept in a folder of the bench's own, as an install keeps them, so the children's start-up is not compilation.

Run: .venv/bin/python bench/child_processes.py [--rounds 3] [test files...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = "import os, sys, pytest; code = pytest.main(['-q', '-n', '0', '--no-cov', sys.argv[1]]); t = os.times(); "
REPORT += "print('cpu', code, t.user + t.system, t.children_user + t.children_system)"


def files_that_start_processes() -> list[str]:
    found = (path for path in (ROOT / "tests").rglob("test_*.py") if "subprocess" in path.read_text(encoding="utf-8"))
    return sorted(str(path.relative_to(ROOT)) for path in found)


def one_run(test_file: str) -> tuple[float, float]:
    """(CPU-s of the test process, CPU-s of its children) for one fresh run of the file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if env.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "npdrights-bench-bytecode")
    done = subprocess.run(
        [sys.executable, "-c", REPORT, test_file], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    figures = [line.split() for line in done.stdout.splitlines() if line.startswith("cpu ")]
    if not figures or figures[-1][1] != "0":
        sys.exit(f"{test_file} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return float(figures[-1][2]), float(figures[-1][3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("files", nargs="*")
    options = parser.parse_args()
    runs: dict[str, list[tuple[float, float]]] = {}
    for _round in range(options.rounds):
        for test_file in options.files or files_that_start_processes():
            runs.setdefault(test_file, []).append(one_run(test_file))
    medians = {
        test_file: (statistics.median(own for own, _ in found), statistics.median(kids for _, kids in found))
        for test_file, found in runs.items()
    }
    print(f"{'children':>9} {'itself':>7}  file (median CPU-s of {options.rounds} runs)")
    for test_file, (own, kids) in sorted(medians.items(), key=lambda item: -item[1][1]):
        print(f"{kids:9.2f} {own:7.2f}  {test_file}")
    print(f"{sum(kids for _, kids in medians.values()):9.2f} {sum(own for own, _ in medians.values()):7.2f}  in all")


if __name__ == "__main__":
    main()
