"""PySide6's check of each newly imported module ("does it use PySide6?") answered from the file's bytes (issue 17)."""

from __future__ import annotations

import inspect
import json
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # loads PySide6's import check, which the module under test replaces

import npdrights.core.dates
import npdrights.gui.main_window
import npdrights.gui.module_sources
from npdrights.gui.module_sources import PYSIDE_CHECK, PYSIDE_FEATURE_MODULE, check_module_sources_quickly


def _pyside_check() -> object:
    return getattr(sys.modules[PYSIDE_FEATURE_MODULE], PYSIDE_CHECK)


def test_the_quick_check_answers_as_pyside_does_from_the_source() -> None:
    check_module_sources_quickly()
    check = _pyside_check()
    assert callable(check)
    for module in (npdrights.gui.main_window, npdrights.core.dates, npdrights.gui.module_sources, json, inspect):
        assert check(module) == ("PySide6" in inspect.getsource(module)), module.__name__
    assert check(npdrights.gui.main_window) is True
    assert check(npdrights.core.dates) is False


def test_a_module_without_a_source_file_is_left_to_pyside() -> None:
    check_module_sources_quickly()
    check = _pyside_check()
    assert callable(check)
    assert check(sys) is False  # built in: PySide6's own check says no
    assert check(ModuleType("made_in_memory")) is False


def test_it_is_installed_once() -> None:
    check_module_sources_quickly()
    installed = _pyside_check()
    check_module_sources_quickly()
    assert _pyside_check() is installed
