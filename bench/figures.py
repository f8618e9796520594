"""The Statistics screen's figures for 10,000 cases, against working out the cases list from the same vault.

Run: python bench/figures.py [--cases 10000] [--rounds 3]

Builds the throwaway vault of bench/cases.py (fictional cases of ten events each), unlocks it once, then times,
each round, on the same open vault:
- figures: `service.statistics.caseload_figures`: every case read, decoded and run through the rules engine, then
  counted, with small numbers hidden;
- list: every case read, decoded and worked out into its cases-list line (`service.summary_cache.summarise_in`),
  without the kept lines: what the list costs on the first unlock of a day.
Medians over the rounds. The last line reads `figures ratio: R (goal <= 1.5) figures_s: S list_s: L`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from bench.cases import PASSPHRASE, TODAY, build_vault
    from npdrights.service.statistics import caseload_figures
    from npdrights.service.summary_cache import summarise_in
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault

    with tempfile.TemporaryDirectory() as folder:
        build_vault(Path(folder), args.cases)
        vault = Vault(Path(folder), KeyringKeyStore())
        vault.unlock_with_passphrase(PASSPHRASE)

        def figures() -> int:
            return caseload_figures(vault.database, TODAY).cases.value

        def case_list() -> int:
            contents = Repository(vault.database).contents()
            return len(
                [summarise_in(case, contents.events.get(case.id, ()), TODAY, contents) for case in contents.cases]
            )

        timings: dict[str, list[float]] = {"figures": [], "list": []}
        for _round in range(args.rounds):
            for name, run in (("list", case_list), ("figures", figures)):
                start = time.perf_counter()
                counted = run()
                timings[name].append(time.perf_counter() - start)
                print(f"{name}: {counted} cases in {timings[name][-1]:.2f} s")
        vault.lock()
    figures_s, list_s = (statistics.median(timings[name]) for name in ("figures", "list"))
    print(f"figures ratio: {figures_s / list_s:.2f} (goal <= 1.5) figures_s: {figures_s:.2f} list_s: {list_s:.2f}")


if __name__ == "__main__":
    main()
