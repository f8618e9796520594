"""Issue 18: npdrights.app.main shows its first window in the language saved in Settings, Urdu mirrored.

main() is run as a user's launch runs it, in a fresh interpreter, with Qt's event loop replaced by a look at the
window it would have shown (the app quits there).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.app.launched import launch_and_look

LOOK_INSTEAD_OF_RUNNING = """
import json, sys
from PySide6.QtWidgets import QApplication
from npdrights import app
from npdrights.gui.main_window import MainWindow

def look(self):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    first = window.stack.currentWidget()
    print(json.dumps([first.accessibleName(), window.layoutDirection().name, window.services.language.code]))
    return 0

QApplication.exec = look
sys.exit(app.main(["npdrights"]))
"""


@pytest.mark.parametrize(
    ("saved", "computer", "first_screen", "direction"),
    [
        ("pl", "fr", "Utwórz swój sejf", "LeftToRight"),
        ("ur", "pl", "اپنا محفوظ خانہ بنائیں", "RightToLeft"),  # the choice in Settings wins
        ("", "fr", "Create your vault", "LeftToRight"),  # the computer's language, one npdrights has no words for
        ("", "ur_PK", "اپنا محفوظ خانہ بنائیں", "RightToLeft"),  # the computer's language
    ],
)
def test_the_first_window_is_in_the_saved_language(
    tmp_path: Path, saved: str, computer: str, first_screen: str, direction: str
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"language": saved}))
    name, layout, code = launch_and_look(LOOK_INSTEAD_OF_RUNNING, tmp_path, LANGUAGE=computer)
    assert (name, layout) == (first_screen, direction)
    assert code == (saved or {"fr": "en", "ur_PK": "ur"}[computer])
