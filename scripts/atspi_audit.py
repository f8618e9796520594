"""The Linux AT-SPI audit (issue 18): npdrights runs under Xvfb with a D-Bus session and an accessibility bus of its
own, and this reads that bus as a screen reader (Orca) would, screen by screen: every showing, focusable control
has a name, and so has every table and list.

    .venv/bin/python scripts/atspi_audit.py            # exit 0: all named; 1: problems, listed; 2: can't run here
    .venv/bin/python scripts/atspi_audit.py --language ur   # the same, with the screens in Urdu (or pl)

A contributor's check, not part of the test suite: it needs an X server and the accessibility bus, which CI machines
may lack, and the suite must not skip anything there. The in-process audit (tests/gui/test_accessibility_audit.py,
through QAccessible, the same tree Qt hands to AT-SPI) runs with every test run; this one proves what really
reaches the bus. Needs (Debian): `apt-get install xvfb dbus-x11 at-spi2-core`, and the Python package jeepney.

It can never hang: every wait has a deadline (a screen that does not appear, an app that stops answering the bus),
and the X server, both D-Bus daemons and the app are stopped on the way out, whatever happened.
"""

from __future__ import annotations

import argparse
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

APP = ROOT / "tests" / "gui" / "atspi_app.py"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
NEEDED = {"Xvfb": "xvfb", "dbus-daemon": "dbus-x11 (or dbus)", "at-spi-bus-launcher": "at-spi2-core"}
SCREEN_SECONDS = 30.0  # for one screen to appear; the slowest (the cases list, loading) takes about 1 s here


class AuditStuck(RuntimeError):
    """Something did not answer in time: said in plain words instead of waiting forever."""


def missing() -> list[str]:
    """What this machine lacks to run the audit, with the package to install."""
    if not sys.platform.startswith("linux"):
        return ["Linux (AT-SPI is the Linux accessibility bus)"]
    found = {
        "Xvfb": shutil.which("Xvfb") is not None,
        "dbus-daemon": shutil.which("dbus-daemon") is not None,
        "at-spi-bus-launcher": any(Path(path).exists() for path in BUS_LAUNCHERS),
    }
    lacking = [f"{program} (Debian package {NEEDED[program]})" for program, there in found.items() if not there]
    try:
        import jeepney  # noqa: F401
    except ImportError:
        lacking.append("the Python package jeepney (pip install -e '.[test]')")
    return lacking


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Stop a process started in a session of its own, with everything it started (the bus launcher, its
    daemon and the registry come from dbus-daemon's activation, so they share its process group)."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


@contextmanager
def xvfb() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            display = _line_within(numbers.fileno(), SCREEN_SECONDS, "the X server (Xvfb) to start")
        yield f":{display}"
    finally:
        _stop(server)


@contextmanager
def dbus_session() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert daemon.stdout is not None
    try:
        yield _line_within(daemon.stdout.fileno(), SCREEN_SECONDS, "the D-Bus session to start")
    finally:
        _stop(daemon)


def _line_within(fd: int, seconds: float, waiting_for: str, pending: bytearray | None = None) -> str:
    """The next line from `fd` (without its end), or AuditStuck after `seconds`. `pending` keeps what was read
    beyond that line, for the next call on the same pipe."""
    buffer = pending if pending is not None else bytearray()
    deadline = time.monotonic() + seconds
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while b"\n" not in buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise AuditStuck(f"waited {seconds:.0f} s for {waiting_for}")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise AuditStuck(f"the output ended while waiting for {waiting_for}")
            buffer += chunk
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line.decode("utf-8", "replace").strip()


def turn_on_accessibility() -> None:
    """What a desktop does when a screen reader starts: org.a11y.Status IsEnabled (which also starts the bus)."""
    from jeepney import DBusAddress, Properties
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as session:
        status = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Status")
        session.send_and_get_reply(Properties(status).set("IsEnabled", "b", True), timeout=10)


def audit_screens(
    environment: dict[str, str], seconds: float, language: str = "en"
) -> tuple[dict[str, list[str]], list[str]]:
    """Start the app, step it through its screens, and read each from the bus. Returns the problems per screen
    and the screens seen. Raises AuditStuck if a screen doesn't come, or the whole takes longer than `seconds`."""
    from tests.gui.atspi_client import Reader, accessibility_bus, problems

    deadline = time.monotonic() + seconds
    found: dict[str, list[str]] = {}
    screens: list[str] = []
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryFile() as errors:
        app = subprocess.Popen(
            [sys.executable, str(APP), language],
            env={**environment, "NPDRIGHTS_HOME": home, "HOME": home, "PYTHONFAULTHANDLER": "1"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            start_new_session=True,
        )
        assert app.stdin is not None
        assert app.stdout is not None
        pending = bytearray()
        try:
            with accessibility_bus() as connection:
                reader = Reader(connection, deadline=deadline)
                while True:
                    app.stdin.write(b"\n")
                    app.stdin.flush()
                    left = min(SCREEN_SECONDS, deadline - time.monotonic())
                    line = _line_within(app.stdout.fileno(), left, f"the screen after {screens[-1:]}", pending)
                    if line == "DONE":
                        break
                    if line.startswith("FAILED "):
                        found[line.removeprefix("FAILED ").partition(":")[0]] = [line]
                        continue
                    if not line.startswith("SHOWN "):
                        raise AuditStuck(f"the app said {line!r}")
                    screen = line.removeprefix("SHOWN ")
                    screens.append(screen)
                    ours = [(bus, path) for name, bus, path in reader.applications() if name == "npdrights"]
                    if len(ours) != 1:
                        raise AuditStuck(f"npdrights is not on the accessibility bus ({reader.applications()})")
                    nodes = list(reader.walk(*ours[0]))
                    if not any(node.role == "push button" for node in nodes):
                        found[screen] = ["nothing read from the bus"]
                    else:
                        found[screen] = problems(iter(nodes))
        except AuditStuck as stuck:
            _stop(app)
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace")[-2000:]
            ended = f" (the app ended with code {app.returncode})" if app.returncode else ""
            raise AuditStuck(f"{stuck}{ended}; the app wrote:\n{said}" if said else f"{stuck}{ended}") from None
        finally:
            _stop(app)
    return found, screens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds for the whole audit (default 300)")
    parser.add_argument("--language", choices=("en", "pl", "ur"), default="en", help="the screens' language")
    args = parser.parse_args()
    lacking = missing()
    if lacking:
        print("The AT-SPI audit can't run on this machine. It needs: " + "; ".join(lacking) + ".")
        return 2
    try:
        with xvfb() as display, dbus_session() as address:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = address  # for this process's reader
            turn_on_accessibility()
            environment = {
                **os.environ,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            }
            found, screens = audit_screens(environment, args.timeout, args.language)
    except AuditStuck as stuck:
        print(f"The AT-SPI audit stopped: {stuck}")
        return 1
    report = {screen: issues for screen, issues in found.items() if issues}
    for screen in screens:
        print(f"{'ok     ' if screen not in report else 'PROBLEM'} {screen}")
    for screen, issues in report.items():
        print(f"\n{screen}:\n  " + "\n  ".join(issues))
    print(f"\n{len(screens)} screens in {args.language} read from the accessibility bus; {len(report)} with problems.")
    return 1 if report or not screens else 0


if __name__ == "__main__":
    sys.exit(main())
