"""`npdrights.core.letters` hands out its names when first asked for (issue 17): each one still arrives, is the
same object as in its own module, and a name it does not have is an AttributeError, as for any module."""

from __future__ import annotations

import importlib

import pytest

import npdrights.core.letters as letters
from npdrights.core.letters.build import build_letter
from npdrights.core.letters.templates import LetterTemplates


@pytest.mark.parametrize("name", letters.__all__)
def test_every_public_name_arrives(name: str) -> None:
    value = getattr(letters, name)
    home = next(module for module, names in letters._HOMES.items() if name in names)
    assert value is getattr(importlib.import_module(f"npdrights.core.letters.{home}"), name)


def test_from_import_gives_the_real_objects() -> None:
    from npdrights.core.letters import LetterTemplates as asked
    from npdrights.core.letters import build_letter as built

    assert (asked, built) == (LetterTemplates, build_letter)


def test_every_name_it_hands_out_is_public() -> None:
    assert sorted(letters._MODULE_OF) == sorted(letters.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_letter"):
        _ = letters.no_such_letter  # type: ignore[attr-defined]
