"""No window, page or model keeps a child in an attribute named like one of its Qt methods.

`self.scroll = QScrollArea()` on a QWidget hides QWidget.scroll(), and `self.actions = {...}` hides
QWidget.actions(): any Qt code (or a later developer) calling the method gets a widget or a dict instead.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

from PySide6.QtCore import QObject

import npdrights.gui


def _assigned_to_self(cls: type) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    names = set()
    for node in ast.walk(tree):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            for item in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(item, ast.Attribute) and isinstance(item.value, ast.Name) and item.value.id == "self":
                    names.add(item.attr)
    return names


def _qt_classes() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(npdrights.gui.__path__, "npdrights.gui."):
        module = importlib.import_module(info.name)
        found += [
            value
            for value in vars(module).values()
            if inspect.isclass(value) and value.__module__ == module.__name__ and issubclass(value, QObject)
        ]
    return found


def test_the_check_sees_the_gui_classes() -> None:
    names = {cls.__name__ for cls in _qt_classes()}
    assert {"MainWindow", "JourneyPage", "CaseStore", "DraftsPanel"} <= names


def test_no_attribute_hides_a_qt_method() -> None:
    shadowing = {}
    for cls in _qt_classes():
        qt_bases = [base for base in cls.__mro__ if base.__module__.startswith("PySide6")]
        hidden = {name for name in _assigned_to_self(cls) if any(hasattr(base, name) for base in qt_bases)}
        if hidden:
            shadowing[f"{cls.__module__}.{cls.__qualname__}"] = sorted(hidden)
    assert shadowing == {}
