"""A programming error at the top of the CLI or the GUI: one plain line, and a details file with no personal data
(issue 11, item 16). The fictional child below is in the error's message and in a local value; neither may reach
the details file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights import cli
from npdrights.crash_details import crash_hook, handled_first, write_crash_details
from npdrights.paths import AppPaths

CHILD = "Poppy Fictional-Pupil"

# A child process whose command hits a bug: a KeyError on the child's name, turned into a ValueError naming her.
BROKEN_COMMAND = f"""
import sys
import npdrights.cli as cli

def broken(argv, kdf):
    notes = {CHILD!r}
    try:
        {{}}[notes]
    except KeyError as error:
        raise ValueError("no answer recorded for " + notes) from error

cli._run = broken
cli.console_main()
"""


def _raise_with_the_childs_name() -> BaseException:
    name = CHILD
    try:
        raise ValueError(f"no answer recorded for {name}")
    except ValueError as error:
        return error


def test_the_details_file_holds_types_and_frames_but_no_message_or_value(tmp_path: Path) -> None:
    path = write_crash_details(_raise_with_the_childs_name(), tmp_path / "logs")

    assert path is not None
    details = path.read_text(encoding="utf-8")
    assert "ValueError" in details
    assert "_raise_with_the_childs_name" in details  # the frame that failed, for the bug report
    assert "Poppy" not in details
    assert "Fictional" not in details
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_real_cli_process_says_one_plain_line_and_exits_non_zero(tmp_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_COMMAND, "--home", str(tmp_path), "case", "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert CHILD not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "internal error" in lines[0]
    (details_file,) = (tmp_path / "logs").glob("crash-*.txt")
    assert str(details_file) in lines[0]
    details = details_file.read_text(encoding="utf-8")
    assert "KeyError" in details
    assert "ValueError" in details
    assert "broken" in details
    assert "Poppy" not in details


def test_under_pytest_a_programming_error_still_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only `console_main` installs the hook: `main` lets a bug through, so a test sees it as it is."""

    def broken(argv: object, kdf: object) -> int:
        raise ValueError(f"no answer recorded for {CHILD}")

    monkeypatch.setattr(cli, "_run", broken)
    with pytest.raises(ValueError, match="no answer recorded"):
        cli.main(["case", "list"])


def test_the_gui_hook_writes_to_the_apps_log_folder_and_tells_one_line(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"NPDRIGHTS_HOME": str(tmp_path)})
    told: list[str] = []
    hook = crash_hook(lambda: paths.log_folder, told.append)
    error = _raise_with_the_childs_name()

    hook(type(error), error, error.__traceback__)

    assert len(told) == 1
    assert "\n" not in told[0]
    (details_file,) = (tmp_path / "logs").glob("crash-*.txt")
    assert str(details_file) in told[0]
    assert "Poppy" not in details_file.read_text(encoding="utf-8")


def test_a_details_file_that_cannot_be_written_still_leaves_the_plain_line(tmp_path: Path) -> None:
    blocked = tmp_path / "logs"
    blocked.write_text("a file where the folder should be")
    told: list[str] = []
    error = _raise_with_the_childs_name()

    crash_hook(lambda: blocked, told.append)(type(error), error, error.__traceback__)

    assert len(told) == 1
    assert "internal error" in told[0]
    assert "details" not in told[0]


def test_an_error_the_window_answers_goes_no_further_and_its_own_fault_still_reaches_the_hook() -> None:
    """handled_first (issue 17): a known condition answered on the way to the crash dialog never reaches it; an
    error it leaves, and an error in the answering itself (with the first one as its context), both do."""
    reached: list[BaseException] = []
    known, unknown = LookupError("known"), ValueError("unknown")

    def answer(error: BaseException) -> bool:
        if isinstance(error, ValueError):
            return False
        if error is not known:
            raise RuntimeError("a fault while answering")
        return True

    hook = handled_first(answer, lambda _kind, error, _tb: reached.append(error))
    hook(LookupError, known, None)
    assert reached == []
    hook(ValueError, unknown, None)
    assert reached == [unknown]
    other = KeyError("another")
    hook(KeyError, other, None)
    assert isinstance(reached[-1], RuntimeError)
    assert reached[-1].__context__ is other
