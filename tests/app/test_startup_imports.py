"""Start-up loads only what the Unlock screen needs (issue 17; timed by bench/startup.py, not here).

The first window is built in a fresh interpreter, as a user's launch does, and the modules it loaded are listed:
the keychain, reportlab, the cases screen, the rules engine, letters and the register load when first used. So are
the PySide classes it made: PySide makes a class, with all its enums, when it is first named, and some cost as much
as a module of ours.
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
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
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
# PySide keeps a class in its module's namespace once it has made it.
made = [name for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets) for name in vars(module)]
print(json.dumps([window.stack.currentWidget().__class__.__name__, sorted(sys.modules), screens_read, made]))
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
    "npdrights.core.passphrase",  # the strength rules: only once a recovery code is typed
]

# PySide classes made when first used, not before the Unlock screen (issue 17), with what making each one cost
# (measured in-process, the collector paused).
MADE_LATER = [
    "QMessageBox",  # 1.2 ms: the question and warning boxes (message_boxes.py)
    "QDialogButtonBox",  # 0.4 ms: dialogs' button rows (screen_language.py)
    "QComboBox",  # 0.8 ms: the post method's box (widgets.py)
    "QLibraryInfo",  # 0.3 ms: where Qt's own translations are, not needed for English (i18n.py)
    "QAccessible",  # about 3 ms: a screen reader's announcements (widgets.py:announce)
    # 1.4 ms, and 53 event classes more once an event reaches Python: the window hears its events from the first
    # unlock (window_events.py), the inactivity watcher names them once listening (lock.py)
    "QEvent",
    "QMimeData",  # with QByteArray, 0.8 ms: what is copied to the clipboard (clipboard.py)
    "QByteArray",
    "QDate",  # with QDateTime, 0.3 ms: dates on translated screens (i18n.py)
    "QDateTime",
    "QDialog",  # 0.6 ms: the lock's warning (lock.py, apart from inactivity.py) and every dialog
    "QWidgetAction",  # 0.4 ms: made when an action Qt gives back is named (widgets.py:add_separator)
]


def test_the_unlock_screen_loads_nothing_it_does_not_need(tmp_path: Path, vault: Vault) -> None:
    vault.lock()
    home = AppPaths.from_environment({"NPDRIGHTS_HOME": str(tmp_path)})
    vault.folder.rename(home.data)  # the vault where the app will look for it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NPDRIGHTS_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_UNLOCK_SCREEN], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    view, modules, screens_read, made = json.loads(shown.stdout.strip().splitlines()[-1])
    assert view == "UnlockView"
    loaded = [name for name in LOADED_LATER if any(m == name or m.startswith(name + ".") for m in modules)]
    assert loaded == []
    assert "QMainWindow" in made  # what is made is seen
    assert [name for name in MADE_LATER if name in made] == []
    # PySide6 checked the screens' modules from their bytes, without keeping their lines (see module_sources.py)
    assert screens_read == []
