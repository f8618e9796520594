"""The Linux AT-SPI audit: npdrights runs under Xvfb with a D-Bus session and the accessibility bus of its own,
and the test reads that bus as a screen reader (Orca) would, screen by screen: every showing, focusable control
has a name, and every table or list.

It needs Xvfb, dbus-daemon and at-spi2-core (Debian: `apt-get install xvfb dbus-x11 at-spi2-core`). Where they
are missing (CI has no screen) it is skipped, saying which are missing; NPDRIGHTS_REQUIRE_ATSPI=1 makes it fail
instead. See "Accessibility checks" in the README.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus")

HERE = Path(__file__).resolve().parent
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
NEEDED = {"Xvfb": "xvfb", "dbus-daemon": "dbus-x11 (or dbus)", "at-spi-bus-launcher": "at-spi2-core"}


def _missing() -> list[str]:
    found = {
        "Xvfb": shutil.which("Xvfb") is not None,
        "dbus-daemon": shutil.which("dbus-daemon") is not None,
        "at-spi-bus-launcher": any(Path(path).exists() for path in BUS_LAUNCHERS),
    }
    missing = [f"{program} (Debian package {NEEDED[program]})" for program, there in found.items() if not there]
    try:
        import jeepney  # noqa: F401
    except ImportError:
        missing.append("the Python package jeepney (pip install -e '.[test]')")
    return missing


@pytest.fixture(scope="module")
def desktop() -> Iterator[dict[str, str]]:
    """An X server and a D-Bus session of their own, with the accessibility bus turned on: the environment the
    app and the reader share."""
    missing = _missing()
    if missing:
        message = "AT-SPI audit needs: " + ", ".join(missing)
        if os.environ.get("NPDRIGHTS_REQUIRE_ATSPI") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with _xvfb() as display, _dbus_session() as address:
        env = {
            **os.environ,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        }
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address  # for this process's reader
        try:
            _turn_on_accessibility()
            yield env
        finally:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)


@contextmanager
def _xvfb() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        display = numbers.readline().strip()
    try:
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(10)


@contextmanager
def _dbus_session() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()  # the bus launcher and registry it started leave with it
        daemon.wait(10)


def _turn_on_accessibility() -> None:
    """What a desktop does when a screen reader starts: org.a11y.Status IsEnabled (which also starts the bus)."""
    from jeepney import DBusAddress, Properties
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as session:
        status = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Status")
        session.send_and_get_reply(Properties(status).set("IsEnabled", "b", True), timeout=10)


def test_every_screen_read_from_the_accessibility_bus_has_named_controls(desktop: dict[str, str]) -> None:
    from tests.gui.atspi_client import Reader, accessibility_bus, problems

    with tempfile.TemporaryDirectory() as home:
        app = subprocess.Popen(
            [sys.executable, str(HERE / "atspi_app.py")],
            env={**desktop, "NPDRIGHTS_HOME": home, "HOME": home},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert app.stdin is not None
        assert app.stdout is not None
        found: dict[str, list[str]] = {}
        screens = []
        try:
            with accessibility_bus() as connection:
                reader = Reader(connection)
                while True:
                    app.stdin.write("\n")
                    app.stdin.flush()
                    line = app.stdout.readline().strip()
                    if line != "DONE" and not line.startswith("SHOWN "):
                        break
                    if line == "DONE":
                        break
                    screen = line.removeprefix("SHOWN ")
                    screens.append(screen)
                    ours = [(bus, path) for name, bus, path in reader.applications() if name == "npdrights"]
                    assert len(ours) == 1, f"npdrights is not on the accessibility bus ({reader.applications()})"
                    nodes = list(reader.walk(*ours[0]))
                    assert any(node.role == "push button" for node in nodes), f"{screen}: nothing read from the bus"
                    found[screen] = problems(iter(nodes))
        finally:
            if app.poll() is None:
                app.stdin.write("\n")
                app.stdin.flush()
            try:
                app.wait(20)
            except subprocess.TimeoutExpired:
                app.kill()
        errors = app.stderr.read() if app.stderr is not None else ""
    assert line == "DONE", f"the app stopped after {screens}: {line}\n{errors[-2000:]}"
    assert len(screens) >= 13, screens
    report = {screen: issues for screen, issues in found.items() if issues}
    assert not report, "\n".join(f"{screen}:\n  " + "\n  ".join(issues) for screen, issues in report.items())
