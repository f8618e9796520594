"""The start-up and letter comparisons of startup.py and letters.py, counted in instructions executed (issue 17).

On a shared machine the wall-clock medians of those benches moved by a third from one run to the next (load
average 7 on 2 cores); the number of instructions a launch or a letter executes does not. valgrind's callgrind
counts them. Each count is of one whole process, so for letters the process is counted twice, with and without
five more letters made after the warm-up, and the difference divided by five.

Run: python bench/instructions.py   (needs valgrind; a few minutes on a busy machine)
The last line reads `instruction ratios: start-up R, letter R`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

LETTERS_MADE = 5
STARTUP_KINDS = ("app", "bare", "bare-qt")
LETTER_JOBS = ("letter", "bare", "bare-bold")


def counted(command: list[str], env: dict[str, str]) -> int:
    """Instructions executed by `command`, as callgrind counts them."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = re.search(r"refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit("valgrind gave no instruction count:\n" + done.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def startup_counts(home: str) -> dict[str, int]:
    """One launch of each kind, to its first shown window, exactly as startup.py launches it."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPYCACHEPREFIX=str(Path(home) / "bytecode"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    counts = {}
    for kind in STARTUP_KINDS:
        command = [sys.executable, str(BENCH / "startup.py"), "--child", kind, home]
        subprocess.run(command, capture_output=True, env=env, check=True)  # writes the bytecode an install has
        counts[kind] = counted(command, env)
    return counts


def letter_counts() -> dict[str, int]:
    """Instructions for one letter of each kind, made after the warm-up letters.py does."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    counts = {}
    for job in LETTER_JOBS:
        command = [sys.executable, __file__, "--letters", job]
        more = counted([*command, str(LETTERS_MADE)], env)
        counts[job] = (more - counted([*command, "0"], env)) // LETTERS_MADE
    return counts


def make_letters(job: str, count: int) -> None:
    """Runs in the counted process: letters.py's warm-up, then `count` letters of one kind."""
    import letters

    from npdrights.pdf.fonts import register_fonts
    from npdrights.pdf.letter_pdf import render_pdf

    register_fonts()
    letter = letters._build()
    render_pdf(letter)
    letters._bare(letter)
    letters._bare(letter, bold_headings=True)
    jobs = {
        "letter": lambda: render_pdf(letters._build()),
        "bare": lambda: letters._bare(letter),
        "bare-bold": lambda: letters._bare(letter, bold_headings=True),
    }
    for _ in range(count):
        jobs[job]()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", nargs=2, metavar=("JOB", "COUNT"))
    args = parser.parse_args()
    if args.letters:
        make_letters(args.letters[0], int(args.letters[1]))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("This bench needs valgrind (apt install valgrind).")
    from startup import make_vault

    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    with tempfile.TemporaryDirectory() as home:
        make_vault(home)
        launches = startup_counts(home)
    made = letter_counts()
    millions = {kind: count / 1e6 for kind, count in launches.items()}
    print(
        f"start-up to the shown window: npdrights Unlock screen {millions['app']:.0f}M instructions, bare window "
        f"{millions['bare']:.0f}M, bare window with a plain-text label {millions['bare-qt']:.0f}M"
    )
    print(f"floor, bare plain-text window/bare window: {launches['bare-qt'] / launches['bare']:.2f}")
    print(
        f"one letter: ours {made['letter'] / 1e6:.1f}M instructions, bare reportlab {made['bare'] / 1e6:.1f}M, "
        f"bare with bold headings {made['bare-bold'] / 1e6:.1f}M"
    )
    print(f"letter/bold-headings baseline: {made['letter'] / made['bare-bold']:.2f}")
    print(
        f"instruction ratios: start-up {launches['app'] / launches['bare']:.2f}, "
        f"letter {made['letter'] / made['bare']:.2f} (goals <= 1.2)"
    )


if __name__ == "__main__":
    main()
