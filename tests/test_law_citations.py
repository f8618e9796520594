"""Every article or section the app cites is listed, with its source, in docs/law.md's citation index.

A letter that cites a provision nobody checked is the harm this guards against: add the provision to
docs/law.md (rule, source, date checked) before a template or the rules engine may cite it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAW = ROOT / "docs" / "law.md"
CITING = sorted(
    [
        *(ROOT / "resources" / "letters").rglob("*.j2"),
        ROOT / "resources" / "recipients.toml",
        *(ROOT / "npdrights").rglob("*.py"),
    ]
)

_PART = r"\d+[A-Z]?(?:\([0-9a-z]+\))*|(?:\([0-9a-z]+\))+"
_ARTICLES = re.compile(rf"\b(?:Articles?|Arts?\.?)\s+((?:{_PART})(?:(?:,\s*|\s+and\s+|\s+or\s+|\s*-\s*)(?:{_PART}))*)")
_SECTION = re.compile(r"\b(?:[Ss]ection|s\.)\s*(\d+[A-Z]?)\b")
_REGULATION = re.compile(r"\breg(?:ulation)?\s+(\d+)\b")


def citations(text: str) -> set[str]:
    """'Articles 12(3) and 12A' -> {'Art 12(3)', 'Art 12A'}; 'Article 15(1)(e) and (f)' -> both; 'section 164A' ->
    's.164A'; 'reg 5' -> 'reg 5'."""
    found: set[str] = set()
    for match in _ARTICLES.finditer(text):
        previous = ""
        for part in re.split(r",\s*|\s+and\s+|\s+or\s+|\s*-\s*", match.group(1)):
            if part[:1].isdigit():
                previous = part
            elif previous:  # '(f)' after '15(1)(e)': the same article with its last point replaced
                previous = re.sub(r"\([0-9a-z]+\)$", "", previous) + part
            else:
                continue
            found.add(f"Art {previous}")
    found |= {f"s.{number}" for number in _SECTION.findall(text)}
    found |= {f"reg {number}" for number in _REGULATION.findall(text)}
    return found


def indexed() -> set[str]:
    """The first column of the citation index at the end of docs/law.md."""
    index = LAW.read_text(encoding="utf-8").split("## Citation index", 1)[1]
    return {line.split("|")[1].strip() for line in index.splitlines() if line.startswith("| ") and "---" not in line}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Articles 12(3) and 12A of the UK GDPR", {"Art 12(3)", "Art 12A"}),
        ("Article 15(1)(e) and (f) requires", {"Art 15(1)(e)", "Art 15(1)(f)"}),
        ("Art 15(1)(a)-(h), 15(2) and 15(3)", {"Art 15(1)(a)", "Art 15(1)(h)", "Art 15(2)", "Art 15(3)"}),
        ("section 164A of the Data Protection Act 2018, s.165", {"s.164A", "s.165"}),
        ("SI 2005/1437 reg 5", {"reg 5"}),
        ("nothing cited here", set()),
    ],
)
def test_citations_are_read_as_a_lawyer_would(text: str, expected: set[str]) -> None:
    assert citations(text) == expected


def test_the_index_lists_what_the_issue_requires() -> None:
    assert {"Art 12(3)", "Art 12A", "s.164A", "s.165", "reg 5"} <= indexed()


@pytest.mark.parametrize("path", CITING, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_citation_is_in_docs_law(path: Path) -> None:
    unlisted = citations(path.read_text(encoding="utf-8")) - indexed()
    assert not unlisted, f"{path.relative_to(ROOT)} cites {sorted(unlisted)}: add them to docs/law.md's index"


@pytest.mark.parametrize("path", CITING, ids=lambda path: str(path.relative_to(ROOT)))
def test_nothing_cites_files_outside_the_project(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    outside = "cites a file outside the project: cite docs/law.md instead"
    assert "shared/reference" not in text, f"{path.relative_to(ROOT)} {outside}"
    assert "legal-" + "facts.md" not in text, f"{path.relative_to(ROOT)} {outside}"


@pytest.mark.parametrize("path", sorted((ROOT / "resources" / "letters").rglob("*.j2")), ids=lambda path: path.name)
def test_no_template_cites_article_77(path: Path) -> None:
    # law §2.2: Article 77 is omitted; the right to complain to the regulator is DPA 2018 s.165.
    assert "Art 77" not in citations(path.read_text(encoding="utf-8"))
