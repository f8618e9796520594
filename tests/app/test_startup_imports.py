"""Start-up loads only what the Unlock screen needs (issue 17; timed by bench/startup.py, not here).

The first window is built in a fresh interpreter, as a user's launch does, and the modules it loaded are listed:
the keychain, reportlab, the cases screen, the rules engine, letters and the register load when first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from npdrights.paths import AppPaths
from npdrights.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]

SHOW_UNLOCK_SCREEN = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from npdrights.app import build_services
from npdrights.gui.main_window import MainWindow
from npdrights.paths import AppPaths
window = MainWindow(build_services(AppPaths.from_environment()))
window.show()
app.processEvents()
# module_sources.py itself is read the slow way: it is what makes the rest quick.
screens_read = [name for name in linecache.cache if "npdrights/gui" in name and "module_sources" not in name]
print(json.dumps([window.stack.currentWidget().__class__.__name__, sorted(sys.modules), screens_read]))
"""

LOADED_LATER = [
    "keyring",
    "reportlab",
    "jinja2",
    "holidays",
    "python_calamine",
    "cryptography",
    "npdrights.pdf",
    "npdrights.gui.cases",
    "npdrights.gui.wizards",
    "npdrights.gui.register",
    "npdrights.core.status",
    "npdrights.core.letters",
    "npdrights.service.register",
    "platform",  # only for a crash's details
    "zoneinfo",  # only for UK clock times in the audit trail
    "apsw",  # the database engine: when the vault is opened
    "npdrights.storage.database",
    "_hashlib",  # OpenSSL, through hashlib, hmac or secrets: when a digest or a random id is needed
    "ctypes",
    "npdrights.gui.create_view",  # the first-run pages: only when there is no vault yet
    "npdrights.gui.recovery_view",
]


def test_the_unlock_screen_loads_nothing_it_does_not_need(tmp_path: Path, vault: Vault) -> None:
    vault.lock()
    home = AppPaths.from_environment({"NPDRIGHTS_HOME": str(tmp_path)})
    vault.folder.rename(home.data)  # the vault where the app will look for it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NPDRIGHTS_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_UNLOCK_SCREEN], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    view, modules, screens_read = json.loads(shown.stdout.strip().splitlines()[-1])
    assert view == "UnlockView"
    loaded = [name for name in LOADED_LATER if any(m == name or m.startswith(name + ".") for m in modules)]
    assert loaded == []
    # PySide6 checked the screens' modules from their bytes, without keeping their lines (see module_sources.py)
    assert screens_read == []
