"""The installable app's files agree with each other and with the app (issue 14).

Building the bundle takes minutes, so it is not part of this suite: `python packaging/build.py --check` builds
it and runs the frozen app's self-test (README, "Build the installers"; CI: .github/workflows/packages.yml).
These tests check what can be checked without building: what the spec bundles, the desktop entry and AppStream
metadata, the per-user installers, and that the README keeps the commands CI runs.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from npdrights.gui.icon import DESKTOP_ID, WINDOWS_APP_ID
from npdrights.paths import resource_dir

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml"


def load_build_script() -> ModuleType:
    # packaging/ is deliberately not a Python package (PyPI's `packaging` must stay importable), so load by path.
    spec = importlib.util.spec_from_file_location("npdrights_build_script", PACKAGING / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_spec_bundles_resources_where_the_frozen_app_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = (PACKAGING / "npdrights.spec").read_text()
    assert 'DATAS = [(str(ROOT / "resources"), "resources")]' in spec
    monkeypatch.setattr(sys, "_MEIPASS", "/frozen/_internal", raising=False)
    assert resource_dir() == Path("/frozen/_internal/resources")


def test_the_spec_names_the_modules_found_only_at_run_time() -> None:
    """Each of these was missing from a build until named: the frozen self-test failed without it."""
    spec = (PACKAGING / "npdrights.spec").read_text()
    assert '"holidays.countries.united_kingdom"' in spec
    assert 'collect_submodules("reportlab.graphics.barcode")' in spec
    assert "launch.py" in spec
    assert "COLLECT(" in spec  # one folder, not one file


def test_the_bundle_keeps_qts_own_words_in_the_languages_of_the_screens() -> None:
    """Polish screens need Qt's Polish for its standard buttons ("Anuluj"); the rest of Qt's translations are
    left out of the bundle."""
    spec = (PACKAGING / "npdrights.spec").read_text()
    assert "from npdrights.core.languages import LANGUAGES" in spec
    assert 'QT_TRANSLATIONS_KEPT = {f"qtbase_{language.code}.qm" for language in LANGUAGES}' in spec
    assert 'if dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT:' in spec


def test_everything_the_app_reads_is_in_resources() -> None:
    resources = ROOT / "resources"
    assert any((resources / "letters" / "en-GB").glob("*.j2"))
    assert (resources / "recipients.toml").is_file()
    assert any((resources / "fonts").glob("*.ttf"))
    assert (resources / "icons" / "npdrights.svg").is_file()


def test_pyinstaller_is_a_build_tool_not_a_test_or_run_time_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "pyinstaller>=6.10,<7" in project["optional-dependencies"]["build"]
    everything_else = project["dependencies"] + project["optional-dependencies"]["test"]
    assert not [requirement for requirement in everything_else if "pyinstaller" in requirement.lower()]


def test_the_desktop_entry_matches_the_app_and_its_icon() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP_FILE.read_text().splitlines() if "=" in line)
    assert entry["Exec"] == "npdrights"  # install.sh rewrites it to the installed program's full path
    assert entry["Icon"] == "npdrights"
    assert entry["Terminal"] == "false"
    metainfo = METAINFO.read_text()
    assert f"<id>{DESKTOP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in metainfo
    version = load_build_script().version()
    assert f'<release version="{version}"' in metainfo


# The rules of the Desktop Entry Specification this file relies on. desktop-file-validate itself runs in the
# packages workflow (.github/workflows/packages.yml), where it is installed; here it is checked without it, so
# the suite skips nothing on a machine without desktop-file-utils.
DESKTOP_KEYS = {
    "Type", "Name", "GenericName", "Comment", "Exec", "Icon", "Terminal", "Categories", "Keywords",
    "StartupWMClass", "StartupNotify",
}  # fmt: skip
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
                   "Office", "Science", "Settings", "System", "Utility"}  # fmt: skip


def test_the_desktop_entry_follows_the_specification() -> None:
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines[0] == "[Desktop Entry]"
    keys = [line.split("=", 1)[0] for line in lines[1:]]
    assert all("=" in line for line in lines[1:]), "every line after the group header is key=value"
    assert len(keys) == len(set(keys)), "no key twice"
    assert set(keys) <= DESKTOP_KEYS, f"unknown keys: {set(keys) - DESKTOP_KEYS}"
    entry = dict(line.split("=", 1) for line in lines[1:])
    assert {"Type", "Name", "Exec"} <= set(entry)
    assert entry["Type"] == "Application"
    for key in ("Terminal", "StartupNotify"):
        assert entry[key] in ("true", "false")
    for key in ("Categories", "Keywords"):  # lists end with a semicolon
        assert entry[key].endswith(";")
    assert MAIN_CATEGORIES & set(entry["Categories"].rstrip(";").split(";")), "at least one main category"
    assert entry["Comment"] != entry["Name"]  # the spec's hints
    assert not entry["Comment"].endswith(".")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_appstream_metadata_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_windows_installer_needs_no_administrator_and_matches_the_app() -> None:
    script = (PACKAGING / "windows" / "npdrights.iss").read_text()
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{autopf\}\\npdrights$", script, re.MULTILINE)  # per user: no UAC
    assert script.count(f'AppUserModelID: "{WINDOWS_APP_ID}"') == 2  # Start menu and desktop shortcuts
    assert "OutputBaseFilename=npdrights-{#AppVersion}-windows-setup" in script
    assert "npdrights-{version()}-windows-setup.exe" in (PACKAGING / "build.py").read_text()


def test_the_workflow_builds_and_self_tests_on_each_system() -> None:
    workflow = (ROOT / ".github" / "workflows" / "packages.yml").read_text()
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"os: {runner}" in workflow
    assert "run: python packaging/build.py --check" in workflow
    assert workflow.count("--self-test") == 3  # and the installed copy on each system


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder as build.py lays it out, with a stand-in program that says it ran."""
    bundle = tmp_path / "unpacked" / "npdrights"
    bundle.mkdir(parents=True)
    program = bundle / "npdrights"
    program.write_text("#!/bin/sh\necho ran\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    load_build_script().add_desktop_integration(bundle)
    return bundle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installer script")
def test_install_and_uninstall_for_one_user_never_touch_the_cases(fake_bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    cases = home / ".local" / "share" / "npdrights" / "data"
    cases.mkdir(parents=True)
    (cases / "vault.json").write_text("{}")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    subprocess.run([str(fake_bundle / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "opt" / "npdrights"
    entry = (home / ".local" / "share" / "applications" / f"{DESKTOP_ID}.desktop").read_text()
    assert f'Exec="{installed}/npdrights"' in entry.splitlines()
    assert (home / ".local/share/icons/hicolor/256x256/apps/npdrights.png").is_file()
    assert subprocess.run([str(installed / "npdrights")], capture_output=True, text=True).stdout == "ran\n"

    subprocess.run([str(installed / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not installed.exists()
    assert not (home / ".local" / "share" / "applications" / f"{DESKTOP_ID}.desktop").exists()
    assert not (home / ".local/share/icons/hicolor/256x256/apps/npdrights.png").exists()
    assert (cases / "vault.json").read_text() == "{}"


def test_the_readme_keeps_the_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    ci_command = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert f"```sh\n{ci_command}\n```" in readme
    assert "```sh\npython3 -m venv .venv && .venv/bin/pip install . && .venv/bin/npdrights\n```" in readme
    assert readme.index("## Download") < readme.index("**(a) Install and start the app**")
