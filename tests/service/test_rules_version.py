"""The kept lines' rules version names the holidays package's version without importlib.metadata (issue 17)."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

from npdrights.service import summary_cache


def test_the_holidays_version_is_the_installed_packages() -> None:
    assert summary_cache._holidays_version() == metadata.version("holidays")


def test_working_out_the_rules_version_imports_no_importlib_metadata() -> None:
    """It and the email package it brings were about 4 MB of the cases list's peak memory."""
    code = (
        "import sys; from npdrights.service.summary_cache import rules_version; rules_version(); "
        "print('importlib.metadata' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
