"""Reads the Linux accessibility bus (AT-SPI) as a screen reader such as Orca does, with `jeepney` (pure-Python
D-Bus), to audit what a running npdrights really exposes: every showing, focusable control has a name.

Used by scripts/atspi_audit.py, which starts the app under Xvfb with a D-Bus session of its own. Every call has
a time limit, and a reader can be given a deadline for all of them: an app that stops answering is reported, not
waited for.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
# AT-SPI's StateType numbers (at-spi2-core's atspi-constants.h): bits in GetState's two 32-bit words.
FOCUSABLE, SHOWING, SENSITIVE = 11, 25, 24
# Parts a screen reader names from their control (cells, header sections, a scroll bar's arrows).
NAMED_BY_THEIR_CONTROL = {"table", "tree table", "list", "tree", "scroll bar", "combo box", "spin button"}
# Tables and lists need a name even when they can't take the focus: it is what a screen reader says on arrival.
ITEM_VIEWS = {"table", "tree table", "list", "tree"}


@dataclass(frozen=True)
class Node:
    role: str
    name: str
    description: str
    states: frozenset[int]
    path: tuple[str, ...]  # the names or roles above it, for a readable report

    def where(self) -> str:
        return " > ".join(self.path[-4:])


@contextmanager
def accessibility_bus() -> Iterator[DBusConnection]:
    """A connection to the accessibility bus of the current D-Bus session (asked of org.a11y.Bus)."""
    with open_dbus_connection(bus="SESSION") as session:
        launcher = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        address = session.send_and_get_reply(new_method_call(launcher, "GetAddress"), timeout=10).body[0]
    with open_dbus_connection(bus=address) as connection:
        yield connection


CALL_SECONDS = 10.0  # one question to the app; Qt answers in milliseconds unless it is stuck


class Reader:
    def __init__(self, connection: DBusConnection, deadline: float | None = None) -> None:
        """`deadline`: a time.monotonic() after which every call fails at once (TimeoutError)."""
        self.connection = connection
        self.deadline = deadline

    def _seconds(self) -> float:
        if self.deadline is None:
            return CALL_SECONDS
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the accessibility bus did not answer in time")
        return min(CALL_SECONDS, left)

    def _call(self, bus_name: str, path: str, method: str) -> tuple[object, ...]:
        address = DBusAddress(path, bus_name=bus_name, interface=ACCESSIBLE)
        reply = self.connection.send_and_get_reply(new_method_call(address, method), timeout=self._seconds())
        return tuple(reply.body)

    def _property(self, bus_name: str, path: str, name: str) -> object:
        address = DBusAddress(path, bus_name=bus_name, interface=ACCESSIBLE)
        reply = self.connection.send_and_get_reply(Properties(address).get(name), timeout=self._seconds())
        return reply.body[0][1]

    def applications(self) -> list[tuple[str, str, str]]:
        """(name, bus name, path) of every application registered on the bus."""
        children = self._call("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root", "GetChildren")[0]
        assert isinstance(children, list)
        return [(str(self._property(bus, path, "Name")), bus, path) for bus, path in children]

    def walk(self, bus_name: str, path: str, trail: tuple[str, ...] = (), depth: int = 0) -> Iterator[Node]:
        """Every node under `path` that is showing, depth first; parts inside an item view are left out."""
        state_words = self._call(bus_name, path, "GetState")[0]
        assert isinstance(state_words, list)
        states = frozenset(
            bit + 32 * word for word, value in enumerate(state_words) for bit in range(32) if value >> bit & 1
        )
        role = str(self._call(bus_name, path, "GetRoleName")[0])
        name = str(self._property(bus_name, path, "Name"))
        description = str(self._property(bus_name, path, "Description"))
        node = Node(role, name, description, states, (*trail, name or role))
        if depth and SHOWING not in states:
            return
        yield node
        if role in NAMED_BY_THEIR_CONTROL or depth > 60:
            return
        children = self._call(bus_name, path, "GetChildren")[0]
        assert isinstance(children, list)
        for child_bus, child_path in children:
            yield from self.walk(child_bus, child_path, node.path, depth + 1)


def problems(nodes: Iterator[Node]) -> list[str]:
    """What a screen-reader user would stumble on: a control they can reach but that says nothing."""
    found = []
    for node in nodes:
        if (node.role in ITEM_VIEWS and not node.name) or (
            FOCUSABLE in node.states and SENSITIVE in node.states and not node.name.strip()
        ):
            found.append(f"{node.role} without a name, in {node.where()}")
    return found
