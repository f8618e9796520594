"""Memory and time of `npdrights-cli letters --batch` as the number of rows grows (issue 11, item 19).

Run: python bench/batch.py [SMALL LARGE]   (default 50 and 500 rows)
Each run is a fresh process (`python -m npdrights.cli letters ...`); its peak memory is its own VmHWM (Linux),
read by a wrapper in that process just before it exits. The baseline is the same command with SMALL rows, in
the same run: bounded memory means the ratio of peaks stays near 1 as the rows grow tenfold.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRAPPER = """
import atexit, sys
from npdrights import cli
def peak():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM:'):
            print('PEAK_KIB', line.split()[1], file=sys.stderr)
atexit.register(peak)
sys.exit(cli.main(sys.argv[1:]))
"""
HEADINGS = ["requester.name", "requester.address", "pupil.name", "pupil.date_of_birth", "recipient"]


def run(rows: int, folder: Path) -> tuple[float, int]:
    batch = folder / f"rows-{rows}.csv"
    with batch.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADINGS)
        for number in range(rows):
            writer.writerow(
                [f"Ada Madeup{number}", "1 Pretend Road;Exampleton EX1 1AA", "Zed Madeup", "2014-01-01", "dfe"]
            )
    out = folder / f"out-{rows}"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, "letters", "--kind", "sar-dfe", "--batch", str(batch), "--out-dir", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    peak = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KIB"))
    assert len(list(out.glob("*.pdf"))) == rows
    return seconds, peak


def main() -> None:
    small, large = (int(arg) for arg in sys.argv[1:3]) if len(sys.argv) > 2 else (50, 500)
    with tempfile.TemporaryDirectory() as folder:
        small_time, small_peak = run(small, Path(folder))
        large_time, large_peak = run(large, Path(folder))
    print(f"{small:6} rows: {small_time:6.1f} s, peak {small_peak / 1024:6.1f} MiB (baseline)")
    print(f"{large:6} rows: {large_time:6.1f} s, peak {large_peak / 1024:6.1f} MiB")
    per_row = (large_time - small_time) / (large - small) * 1000
    print(f"peak memory ratio {large_peak / small_peak:.2f} for {large / small:.0f}x the rows; {per_row:.1f} ms a row")


if __name__ == "__main__":
    main()
