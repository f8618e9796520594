"""docs/answers-schema.md documents every answer field, and every example answers file reads cleanly."""

from __future__ import annotations

import dataclasses
import typing

from npdrights.core.letters import LetterAnswers
from tests.letter_fixtures import ROOT


def _paths(cls: type, prefix: str = "") -> list[str]:
    paths = []
    for name, hint in typing.get_type_hints(cls).items():
        path = f"{prefix}{name}"
        paths.append(path)
        inner = [
            arg for arg in (*typing.get_args(hint), hint) if isinstance(arg, type) and dataclasses.is_dataclass(arg)
        ]
        if inner:
            is_list = typing.get_origin(hint) is tuple
            paths += _paths(inner[0], f"{path}[]." if is_list else f"{path}.")
    return paths


def test_every_answer_is_documented() -> None:
    document = (ROOT / "docs" / "answers-schema.md").read_text(encoding="utf-8")
    missing = [path for path in _paths(LetterAnswers) if f"`{path}`" not in document]
    assert missing == []
