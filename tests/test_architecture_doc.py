"""docs/ARCHITECTURE.md names real files and real functions, so it cannot silently go out of date.

Every backticked repository path (`npdrights/...`, `tests/...`, `docs/...`, `resources/...`) must exist, and every
backticked `path.py:name` must name a function, class, method or module-level name defined in that file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"

_REFERENCE = re.compile(r"`((?:npdrights|tests|docs|resources)/[\w./-]*?)(?::(\w+))?`")


def references(text: str) -> list[tuple[str, str | None]]:
    """The (path, name) pairs the document points at; name is None for a bare path."""
    return [(path, name or None) for path, name in _REFERENCE.findall(text)]


def defines(source: str, name: str) -> bool:
    """Whether `name` is defined in the Python `source`: a def, a class, or an assignment at any indent."""
    pattern = rf"^\s*(?:async\s+def|def|class)\s+{name}\b|^\s*{name}\s*(?::[^=\n]*)?="
    return re.search(pattern, source, re.MULTILINE) is not None


DOC_REFERENCES = references(DOC.read_text(encoding="utf-8"))


def test_the_document_points_at_code() -> None:
    # A regex that stopped matching would make the checks below pass on nothing.
    assert len(DOC_REFERENCES) > 50
    assert sum(name is not None for _path, name in DOC_REFERENCES) > 30


@pytest.mark.parametrize(("path", "name"), sorted(set(DOC_REFERENCES), key=lambda item: (item[0], item[1] or "")))
def test_each_reference_exists(path: str, name: str | None) -> None:
    target = ROOT / path
    assert target.exists(), f"docs/ARCHITECTURE.md names {path}, which does not exist"
    if name is not None:
        assert defines(target.read_text(encoding="utf-8"), name), f"docs/ARCHITECTURE.md: {path} defines no {name}"


@pytest.mark.parametrize(
    ("snippet", "found"),
    [
        ("see `npdrights/core/model.py`", [("npdrights/core/model.py", None)]),
        ("`npdrights/core/model.py:Case`", [("npdrights/core/model.py", "Case")]),
        ("`resources/letters/en-GB/`", [("resources/letters/en-GB/", None)]),
        ("`LetterAnswers` and `core` and `npdrights-cli case new`", []),
    ],
)
def test_references_are_read_as_meant(snippet: str, found: list[tuple[str, str | None]]) -> None:
    assert references(snippet) == found


SOURCE = "class Case:\n    def open(self) -> None: ...\nLIMIT: int = 3\n"


@pytest.mark.parametrize(
    ("name", "defined"), [("Case", True), ("open", True), ("LIMIT", True), ("Cas", False), ("close", False)]
)
def test_a_missing_name_is_noticed(name: str, defined: bool) -> None:
    assert defines(SOURCE, name) is defined
