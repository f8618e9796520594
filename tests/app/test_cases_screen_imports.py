"""The cases screen, unlocked and listed, loads only what its first paint needs (issue 17; measured by
bench/cases.py, not here). The letters' templates (jinja2) and Qt's PDF viewer load when a letter or a PDF is
first opened; the source text PySide6 reads of each module it sees imported is given back once the list loads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights.storage.keystore import NoKeychain
from npdrights.storage.vault import Vault
from tests.vault_settings import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

SHOW_CASES_SCREEN = """
import json, linecache, sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from npdrights.gui.cases.view import CasesView
from npdrights.gui.clipboard import PrivateClipboard
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.vault import Vault
vault = Vault(Path(sys.argv[1]), KeyringKeyStore())
vault.unlock_with_passphrase(sys.argv[2])
view = CasesView(vault, lambda: date(2026, 11, 28), PrivateClipboard(30_000))
view.show()
view.load()
app.processEvents()
kept_sources = [name for name in linecache.cache if "npdrights" in name or "PySide6" in name]
print(json.dumps([view.proxy.rowCount(), kept_sources, sorted(sys.modules)]))
"""

LOADED_WHEN_A_LETTER_OR_PDF_IS_OPENED = [
    "jinja2",
    "markupsafe",
    "reportlab",
    "npdrights.pdf",
    "npdrights.core.letters.templates",
    "npdrights.gui.printing",
    "npdrights.gui.letter_view",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
]


@pytest.fixture(scope="module")
def shown_cases_screen(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str], list[str]]:
    """One fresh interpreter shows the screen for both tests: each asks a different question of the same launch,
    and a launch with PySide6 costs about 0.4 CPU-s."""
    vault = Vault(tmp_path_factory.mktemp("cases-screen") / "data", NoKeychain(), kdf=FAST_KDF)
    vault.create(PASSPHRASE)
    vault.lock()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_CASES_SCREEN, str(vault.folder), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    rows, kept_sources, modules = json.loads(shown.stdout.strip().splitlines()[-1])
    return rows, kept_sources, modules


def test_the_cases_list_loads_neither_the_letter_templates_nor_the_pdf_viewer(
    shown_cases_screen: tuple[int, list[str], list[str]],
) -> None:
    rows, _kept_sources, modules = shown_cases_screen
    assert rows == 0  # the screen really was shown and loaded, over the empty vault
    loaded = [
        name
        for name in LOADED_WHEN_A_LETTER_OR_PDF_IS_OPENED
        if any(module == name or module.startswith(name + ".") for module in modules)
    ]
    assert loaded == []


def test_the_cases_list_gives_back_the_module_sources_pyside_read(
    shown_cases_screen: tuple[int, list[str], list[str]],
) -> None:
    _rows, kept_sources, _modules = shown_cases_screen
    assert kept_sources == []
