"""npdrights-cli loads only the command asked for (issue 17), yet help and mistakes still name every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from npdrights import cli
from tests.cli.conftest import RunCli

ROOT = Path(__file__).resolve().parents[2]
EVERY_COMMAND = sorted(cli.COMMAND_AREAS)


def _modules_loaded_for(*argv: str) -> set[str]:
    """The modules a fresh interpreter has loaded once the parser for `argv` is built and the list's code imported."""
    program = (
        "import sys\n"
        "from npdrights import cli\n"
        f"cli.build_parser({list(argv)!r})\n"
        "import npdrights.service.tracker\n"
        "print('\\n'.join(sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(done.stdout.split())


def test_case_list_loads_no_letter_making_code() -> None:
    loaded = _modules_loaded_for("case", "list")
    assert "npdrights.commands.case" in loaded
    # Templates, the letter builder, reportlab, the other commands' code and the bank-holiday calendar (the lines
    # kept in the vault are already worked out): none of it lists cases.
    for unneeded in ("jinja2", "reportlab", "npdrights.core.letters", "npdrights.commands.vault", "holidays"):
        assert unneeded not in loaded, unneeded


def test_a_command_after_home_is_still_found() -> None:
    loaded = _modules_loaded_for("--home", "/somewhere", "case", "list")
    assert "npdrights.commands.case" in loaded
    assert "npdrights.commands.letter" not in loaded


def test_help_names_every_command(run_cli: RunCli) -> None:
    code, out, _err = run_cli("--help")
    assert code == 0
    for command in EVERY_COMMAND:
        assert command in out


@pytest.mark.parametrize("argv", [["lettr", "sar-dfe"], ["--home", "case", "list"]])
def test_a_wrong_command_is_answered_with_every_command(run_cli: RunCli, argv: list[str]) -> None:
    code, _out, err = run_cli(*argv)
    assert code == 2
    assert "invalid choice" in err
    for command in EVERY_COMMAND:
        assert command in err
