"""The AT-SPI audit (scripts/atspi_audit.py) is a contributor's script, run outside the suite where an X server and
the accessibility bus exist. What it decides is checked here, everywhere: which controls it reports, that a wait
for the app ends at its deadline instead of hanging, and that a machine lacking the packages is told which."""

from __future__ import annotations

import importlib.util
import os
import time
from pathlib import Path

import pytest

from tests.gui.atspi_client import FOCUSABLE, SENSITIVE, SHOWING, Node, problems

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("atspi_audit", ROOT / "scripts" / "atspi_audit.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


AUDIT = _script()


def _node(role: str, name: str, *states: int) -> Node:
    return Node(role, name, "", frozenset(states), ("npdrights", "Unlock your vault", name or role))


def test_a_reachable_control_without_a_name_is_reported_and_a_named_one_is_not() -> None:
    nodes = [
        _node("push button", "Unlock", FOCUSABLE, SENSITIVE, SHOWING),
        _node("push button", "", FOCUSABLE, SENSITIVE, SHOWING),
        _node("push button", "", FOCUSABLE, SHOWING),  # greyed out: a screen reader skips it
        _node("label", "", SHOWING),  # not focusable
        _node("table", "", SHOWING),  # a table always needs a name
    ]
    assert problems(iter(nodes)) == [
        "push button without a name, in npdrights > Unlock your vault > push button",
        "table without a name, in npdrights > Unlock your vault > table",
    ]


def test_waiting_for_a_screen_that_never_comes_ends_at_the_deadline() -> None:
    read, write = os.pipe()
    try:
        started = time.monotonic()
        with pytest.raises(AUDIT.AuditStuck, match="waited 0 s for the next screen"):
            AUDIT._line_within(read, 0.01, "the next screen")  # the deadline's logic, not its length
        assert time.monotonic() - started < 5  # no hang: the 0.01 s deadline, with room for a busy machine
    finally:
        os.close(read)
        os.close(write)


def test_lines_are_read_one_at_a_time_and_the_rest_kept() -> None:
    read, write = os.pipe()
    try:
        os.write(write, b"SHOWN unlock\nSHOWN cases list\n")
        pending = bytearray()
        assert AUDIT._line_within(read, 1, "a screen", pending) == "SHOWN unlock"
        assert AUDIT._line_within(read, 1, "a screen", pending) == "SHOWN cases list"
    finally:
        os.close(read)
        os.close(write)


def test_a_machine_without_the_packages_is_told_which_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AUDIT.shutil, "which", lambda _program: None)
    monkeypatch.setattr(AUDIT, "BUS_LAUNCHERS", ("/nowhere/at-spi-bus-launcher",))
    monkeypatch.setattr(AUDIT.sys, "platform", "linux")
    said = AUDIT.missing()
    assert "Xvfb (Debian package xvfb)" in said
    assert "at-spi-bus-launcher (Debian package at-spi2-core)" in said
    monkeypatch.setattr(AUDIT, "missing", lambda: ["Xvfb (Debian package xvfb)"])
    monkeypatch.setattr(AUDIT.sys, "argv", ["atspi_audit.py"])
    assert AUDIT.main() == 2
