"""No window, page or model keeps a child in an attribute named like one of its Qt methods.

`self.scroll = QScrollArea()` on a QWidget hides QWidget.scroll(), and `self.actions = {...}` hides
QWidget.actions(): any Qt code (or a later developer) calling the method gets a widget or a dict instead.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil

from PySide6.QtCore import QObject

import npdrights.gui


def _assigned_to_self(class_node: ast.ClassDef) -> set[str]:
    names = set()
    for node in ast.walk(class_node):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            for item in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(item, ast.Attribute) and isinstance(item.value, ast.Name) and item.value.id == "self":
                    names.add(item.attr)
    return names


@functools.cache
def _qt_classes() -> list[tuple[type, ast.ClassDef]]:
    """Each Qt class of the GUI with its source. A module is parsed once for all its classes: inspect.getsource
    parses the whole module again for each class it is asked about. Both tests read the same list."""
    found = []
    for info in pkgutil.walk_packages(npdrights.gui.__path__, "npdrights.gui."):
        module = importlib.import_module(info.name)
        tree = ast.parse(inspect.getsource(module))
        sources = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
        found += [
            (value, sources[value.__name__])
            for value in vars(module).values()
            if inspect.isclass(value) and value.__module__ == module.__name__ and issubclass(value, QObject)
        ]
    return found


def test_the_check_sees_the_gui_classes() -> None:
    names = {cls.__name__ for cls, _source in _qt_classes()}
    assert {"MainWindow", "JourneyPage", "CaseStore", "DraftsPanel"} <= names


def test_no_attribute_hides_a_qt_method() -> None:
    shadowing = {}
    for cls, source in _qt_classes():
        qt_bases = [base for base in cls.__mro__ if base.__module__.startswith("PySide6")]
        hidden = {name for name in _assigned_to_self(source) if any(hasattr(base, name) for base in qt_bases)}
        if hidden:
            shadowing[f"{cls.__module__}.{cls.__qualname__}"] = sorted(hidden)
    assert shadowing == {}
