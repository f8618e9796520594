"""When Qt cannot start, the app says what to do in plain words and exits 5 (issue 14, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from npdrights.platform_help import (
    EXIT_NO_DISPLAY,
    X11_LIBRARIES,
    missing_library_advice,
    missing_x11_libraries,
    startup_problem,
)

ROOT = Path(__file__).resolve().parents[2]


def loader_without(*absent: str):  # type: ignore[no-untyped-def]
    def load(name: str) -> object:
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_missing_libraries_are_found_and_named_by_their_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    load = loader_without("libxcb-icccm.so.4", "libxcb-cursor.so.0")
    assert missing_x11_libraries(load) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]  # in the table's order
    message = startup_problem({"DISPLAY": ":0"}, load)
    assert message is not None
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4\n" in message
    assert "libxcb-cursor.so.0 libxcb-icccm.so.4" in message
    assert "Nothing has been changed in your cases." in message


@pytest.mark.parametrize(
    ("platform", "environ"),
    [
        ("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}),  # not X11: its libraries don't matter
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}),  # a Wayland session uses Qt's Wayland plugin first
        ("win32", {}),
        ("darwin", {}),
    ],
)
def test_no_x11_check_where_x11_is_not_used(
    monkeypatch: pytest.MonkeyPatch, platform: str, environ: dict[str, str]
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert startup_problem(environ, loader_without(*X11_LIBRARIES)) is None


def test_nothing_is_missing_means_no_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert startup_problem({"DISPLAY": ":0"}, loader_without()) is None


def start_app(home: Path, env_changes: dict[str, str | None], prelude: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NPDRIGHTS_HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    code = f"{prelude}\nfrom npdrights.app import main\nraise SystemExit(main(['npdrights']))"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def assert_plain_failure(result: subprocess.CompletedProcess[str], home: Path) -> None:
    assert result.returncode == EXIT_NO_DISPLAY, result.stderr
    assert result.stderr.startswith("npdrights cannot open its window: ")
    assert "Traceback" not in result.stderr
    assert not home.exists()  # stopped before any folder was made


def test_a_platform_plugin_that_will_not_load_is_explained(tmp_path: Path) -> None:
    result = start_app(tmp_path / "home", {"QT_QPA_PLATFORM": "nosuchplugin"})
    assert_plain_failure(result, tmp_path / "home")
    assert "could not start its “nosuchplugin” display plugin" in result.stderr
    assert "If you set QT_QPA_PLATFORM yourself, remove it" in result.stderr
    # Qt's own words follow ours, as details for whoever helps.
    advice, details = result.stderr.split("Qt's own messages, for anyone helping you:\n")
    assert "nosuchplugin" in details
    assert "Qt platform plugin" not in advice


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is a Linux matter")
def test_no_screen_at_all_is_explained(tmp_path: Path) -> None:
    result = start_app(tmp_path / "home", {"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert_plain_failure(result, tmp_path / "home")
    assert "could not find a screen" in result.stderr or "sudo apt install" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is a Linux matter")
def test_missing_x11_libraries_are_named_before_qt_is_started(tmp_path: Path) -> None:
    """Simulates a Linux with every X11 library but libxcb-cursor0, the one Qt 6.5+ most often lacks.

    The other X11 libraries "load" whether or not this machine has them, so a bare CI image gives the same answer.
    """
    prelude = (
        "import sys, ctypes\n"
        "from npdrights.platform_help import X11_LIBRARIES\n"
        "sys.platform = 'linux'\n"
        "real = ctypes.CDLL\n"
        "def cdll(name, *a, **k):\n"
        "    if name == 'libxcb-cursor.so.0': raise OSError(name + ': cannot open shared object file')\n"
        "    return object() if name in X11_LIBRARIES else real(name, *a, **k)\n"
        "ctypes.CDLL = cdll\n"
    )
    result = start_app(tmp_path / "home", {"QT_QPA_PLATFORM": None, "WAYLAND_DISPLAY": None, "DISPLAY": ":99"}, prelude)
    assert_plain_failure(result, tmp_path / "home")
    assert "sudo apt install libxcb-cursor0\n" in result.stderr


@pytest.mark.parametrize(
    ("message", "command"),
    [
        ("libEGL.so.1: cannot open shared object file: No such file or directory", "sudo apt install libegl1\n"),
        ("libxcb-cursor.so.0: cannot open shared object file: No such file or directory", "install libxcb-cursor0\n"),
    ],
)
def test_a_missing_library_at_import_is_named_with_its_package(message: str, command: str) -> None:
    advice = missing_library_advice(ImportError(message))
    assert advice is not None
    assert command in advice
    assert message.split(":")[0] in advice


def test_an_unknown_library_is_named_by_file_and_other_import_errors_are_not_explained() -> None:
    advice = missing_library_advice(ImportError("libodd.so.7: cannot open shared object file: No such file"))
    assert advice is not None
    assert "sudo apt" not in advice
    assert "provide these files:\n    libodd.so.7\n" in advice
    assert missing_library_advice(ImportError("No module named 'PySide6'")) is None


def test_qt_failing_to_import_for_a_missing_library_is_explained(tmp_path: Path) -> None:
    """Simulates a minimal Linux without libEGL: importing PySide6's GUI modules fails as it would there."""
    prelude = (
        "import sys\n"
        "class NoEgl:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name in ('PySide6.QtGui', 'PySide6.QtWidgets'):\n"
        "            raise ImportError('libEGL.so.1: cannot open shared object file: No such file or directory')\n"
        "sys.meta_path.insert(0, NoEgl())\n"
    )
    result = start_app(tmp_path / "home", {"QT_QPA_PLATFORM": "offscreen"}, prelude)
    assert_plain_failure(result, tmp_path / "home")
    assert "sudo apt install libegl1\n" in result.stderr
