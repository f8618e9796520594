"""Start-up and unlock benchmark (issue 2).

Measures, alternating in the same run, the time from process launch to the first shown window for:
  - npdrights, showing the Unlock screen on an existing vault, started as a user starts it (npdrights.launcher.run,
    then app.main: the hardening, the crash handler, the icon and the settings are counted too), in the computer's
    language;
  - the same with the computer in Urdu, laid out right to left (issue 18: loading a translation before the window);
  - a bare PySide6 QMainWindow with one label (the baseline);
  - the same bare window whose label is set to plain text, as every label of ours is: naming any member of PySide's
    `Qt` namespace (Qt.TextFormat.PlainText here) makes all of its enums, a cost no window of ours can avoid and
    the baseline never pays. Its ratio is the floor for the startup ratio (issue 17).
Each launch is a fresh Python process (what a user waits for), with compiled bytecode as an install has it.
Then, in-process, the unlock time with and without the Argon2id key derivation, at the default settings.

Run: .venv/bin/python bench/startup.py [--runs 15]
The last lines read `Urdu/English ratio: R` and `startup ratio: R (goal <= 1.2)`. The line before them compares the
processor time each process had used when its window was shown, which other work on a shared machine stretches less
than it stretches the time to the window (issue 17). It was measured from start to exit, in 10 ms ticks, until the
app's exit got quicker than its start (its start-up objects are frozen for the collector: npdrights/launcher.py).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# A launched window's process runs this file too: the modules only the parent uses (argparse, statistics, subprocess,
# tempfile) are imported where it uses them. At the top, `subprocess` and `statistics`, which neither npdrights nor
# PySide imports, were about 5 ms of every window's start-up, and made every ratio look smaller than it is.

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase of several words"


def report_shown() -> None:
    """In the launched process, on the event loop's turn after the window was shown: when, and the processor time
    used until then; then quit."""
    from PySide6.QtWidgets import QApplication

    print(f"{time.time():.6f} {time.process_time():.6f}", flush=True)
    QApplication.quit()


def child(kind: str, home: str) -> None:
    """Runs in the launched process: start npdrights, or build a bare window, and report when it has been shown."""
    if kind.startswith("app"):
        start_npdrights(home, urdu=kind == "app-ur")
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    label = QLabel("Hello")
    if kind == "bare-qt":
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
    window.setCentralWidget(label)
    window.show()
    QTimer.singleShot(0, report_shown)
    app.exec()


def start_npdrights(home: str, *, urdu: bool) -> None:
    """npdrights started as a user starts it, through npdrights.launcher.run and app.main, with its data in `home`
    and the computer's language (Urdu, if asked): the crash handler, the process hardening, the icon and the
    settings are all counted. It reports and quits on the event loop's first turn after the window is shown."""
    from npdrights import launcher

    os.environ["NPDRIGHTS_HOME"] = home
    if urdu:  # the computer's language, as main() reads it (issue 18: a translation loaded before the window)
        os.environ["LANGUAGE"] = "ur_PK"
    sys.argv = ["npdrights"]
    collect_again_once_shown = launcher.collect_again_once_shown

    def collect_again_then_report() -> None:
        collect_again_once_shown()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, report_shown)  # after the collector is back on: counted

    # main() calls this just after the window's show(); it takes it from the launcher when app.py is imported,
    # which launcher.run does after pausing the collector, as for a user.
    launcher.collect_again_once_shown = collect_again_then_report
    launcher.run()


def launch(kind: str, home: str) -> tuple[float, float]:
    """Seconds from launch to the first shown window, and the processor time the process had used by then: the
    second is steadier when other work shares the machine, which stretches the first (issue 17)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        # An installed npdrights has its compiled .pyc files: without them every launch compiled our modules from
        # source (about 60 ms when PYTHONDONTWRITEBYTECODE is set), which a user never waits for. The warm-up
        # launch writes them here, outside the source tree.
        PYTHONPYCACHEPREFIX=str(Path(home) / "bytecode"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import subprocess

    started = time.time()
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, home], capture_output=True, text=True, env=env, check=True
    )
    shown, processor = result.stdout.strip().splitlines()[-1].split()
    return float(shown) - started, float(processor)


def make_vault(home: str) -> None:
    from npdrights.core.model import Person
    from npdrights.paths import AppPaths
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.repository import Repository
    from npdrights.storage.vault import Vault

    paths = AppPaths.from_environment({"NPDRIGHTS_HOME": home})
    paths.ensure()
    vault = Vault(paths.data, KeyringKeyStore())
    vault.create(PASSPHRASE)
    repository = Repository(vault.database)
    for number in range(500):
        repository.save_person(Person(id=f"p{number}", full_name=f"Benchmark Person {number}"))
    vault.lock()


def unlock_times(home: str, runs: int) -> tuple[float, float]:
    import statistics

    from npdrights.paths import AppPaths
    from npdrights.storage.keystore import KeyringKeyStore
    from npdrights.storage.vault import Vault

    vault = Vault(AppPaths.from_environment({"NPDRIGHTS_HOME": home}).data, KeyringKeyStore())
    with_kdf, without_kdf = [], []
    for _ in range(runs):
        start = time.perf_counter()
        key = vault.unwrap_with_passphrase(PASSPHRASE)
        derived = time.perf_counter()
        vault.open(key)
        opened = time.perf_counter()
        vault.lock()
        with_kdf.append(opened - start)
        without_kdf.append(opened - derived)
    return statistics.median(with_kdf), statistics.median(without_kdf)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:  # a launched window: `--child KIND HOME`
        child(*sys.argv[2:4])
        return
    import argparse
    import statistics
    import tempfile

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    with tempfile.TemporaryDirectory() as home:
        make_vault(home)
        launch("app", home)  # warm the file cache for all three
        launch("app-ur", home)
        launch("bare", home)
        launch("bare-qt", home)
        kinds = ("app", "app-ur", "bare", "bare-qt")
        shown: dict[str, list[float]] = {kind: [] for kind in kinds}
        processor: dict[str, list[float]] = {kind: [] for kind in kinds}
        for run in range(args.runs):
            # Each kind takes each place in the round in turn: on a busy machine the launch just after the bare
            # windows' was about 17 ms quicker to its window than the next (two orders of the same two builds).
            for kind in kinds[run % len(kinds) :] + kinds[: run % len(kinds)]:
                seconds, used = launch(kind, home)
                shown[kind].append(seconds)
                processor[kind].append(used)
        with_kdf, without_kdf = unlock_times(home, max(5, args.runs // 2))
    app_median, bare_median = statistics.median(shown["app"]), statistics.median(shown["bare"])
    urdu_median, bare_qt_median = statistics.median(shown["app-ur"]), statistics.median(shown["bare-qt"])
    app_processor, bare_processor = statistics.median(processor["app"]), statistics.median(processor["bare"])
    print(f"runs: {args.runs} each, alternating, offscreen; load average {os.getloadavg()[0]:.2f} (a shared machine)")
    print(f"npdrights unlock screen shown: median {app_median * 1000:.0f} ms")
    print(f"npdrights unlock screen in Urdu, right to left: median {urdu_median * 1000:.0f} ms")
    print(f"bare QMainWindow + label shown: median {bare_median * 1000:.0f} ms")
    print(f"the same, its label set to plain text (PySide's Qt enums made): median {bare_qt_median * 1000:.0f} ms")
    print(f"unlock with key derivation (Argon2id t=3 m=64MiB p=4): median {with_kdf * 1000:.0f} ms")
    print(f"unlock without key derivation (open + quick_check + migrations): median {without_kdf * 1000:.1f} ms")
    print(f"floor, bare plain-text window/bare window: {bare_qt_median / bare_median:.2f}")
    print(f"processor time to the window: median {app_processor * 1000:.1f} ms, bare {bare_processor * 1000:.1f} ms")
    print(f"processor-time ratio, steadier on a busy machine: {app_processor / bare_processor:.2f}")
    print(f"Urdu/English ratio: {urdu_median / app_median:.2f}")
    print(f"startup ratio: {app_median / bare_median:.2f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
