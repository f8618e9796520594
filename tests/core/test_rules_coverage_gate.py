"""Guards the coverage gate of issue 3 against being loosened to make a run pass."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_rules_modules_must_be_fully_covered_on_every_run() -> None:
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["addopts"].split()
    for module in ("deadlines", "status", "next_steps"):
        assert f"--cov=npdrights.core.{module}" in options
    assert "--cov-branch" in options
    assert "--cov-fail-under=100" in options
