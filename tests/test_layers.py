"""The layer rules of DESIGN.md §2, checked by import-linter on every test run."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Imported here, not at the top: import-linter (with click, rich and grimp) cost every worker a tenth of a second
    # of collecting, and only one runs this test.
    from importlinter import cli as importlinter_cli

    monkeypatch.chdir(ROOT)
    exit_code = importlinter_cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    output = capsys.readouterr().out
    assert exit_code == 0, output
    assert "BROKEN" not in output


def test_the_design_rules_are_all_declared() -> None:
    """Guards against a contract being deleted to make the check above pass."""
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    by_source = {tuple(c.get("source_modules", c.get("modules", []))): c for c in contracts}
    core = by_source[("npdrights.core",)]
    assert {"PySide6", "reportlab", "keyring", "platformdirs", "cryptography", "apsw"} <= set(core["forbidden_modules"])
    assert {"npdrights.storage", "npdrights.pdf", "npdrights.gui"} <= set(core["forbidden_modules"])
    assert by_source[("npdrights.storage", "npdrights.pdf")]["type"] in {"independence", "forbidden"}
    gui = by_source[("npdrights.gui",)]
    assert {"keyring", "cryptography", "apsw"} <= set(gui["forbidden_modules"])
    assert os.path.isdir(ROOT / "npdrights" / "core")


def test_the_service_layer_rules_are_declared() -> None:
    """Issue 12, item 1: one application layer between the rules and the screens, which alone (with storage)
    builds repositories."""
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layers = [c["layers"] for c in contracts if c["type"] == "layers"]
    assert [
        "npdrights.gui | npdrights.commands",
        "npdrights.service",
        "npdrights.storage | npdrights.pdf",
        "npdrights.core",
    ] in layers
    forbidden = {tuple(c["source_modules"]): set(c["forbidden_modules"]) for c in contracts if c["type"] == "forbidden"}
    assert "npdrights.storage.repository" in forbidden[("npdrights.gui", "npdrights.commands")]
    assert {"PySide6", "npdrights.gui", "npdrights.commands"} <= forbidden[("npdrights.service",)]
