"""The explorer's questions: which releases match a filter, how many per year of each type, and whether a
child's school years overlap the years a release covered. Pure functions over releases; nothing is stored.

The comparison with a child is done here, in memory, from years the user types: which child was compared is
never written anywhere outside the vault (issue 15, item 7).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from npdrights.core.register.model import RecipientType, Release
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Filter:
    types: frozenset[RecipientType] = frozenset()  # empty: every type
    first_year: int | None = None
    last_year: int | None = None
    tiers: frozenset[int] = frozenset()
    identifiable_only: bool = False
    dataset: str = ""  # words that must appear in the datasets column
    text: str = ""  # words that must appear in the recipient, reference or purpose

    def matches(self, release: Release) -> bool:
        if self.types and release.type not in self.types:
            return False
        if self.first_year is not None or self.last_year is not None:
            year = release.year
            if year is None:
                return False
            if self.first_year is not None and year < self.first_year:
                return False
            if self.last_year is not None and year > self.last_year:
                return False
        if self.tiers and release.tier not in self.tiers:
            return False
        if self.identifiable_only and release.identifiable is not True:
            return False
        if self.dataset and self.dataset.lower() not in release.datasets.lower():
            return False
        if self.text:
            haystack = f"{release.recipient}\n{release.reference}\n{release.purpose}".lower()
            if self.text.lower() not in haystack:
                return False
        return True


def matching(releases: Iterable[Release], given: Filter) -> list[Release]:
    return [release for release in releases if given.matches(release)]


def per_year(releases: Iterable[Release]) -> dict[int, Counter[RecipientType]]:
    """Releases per year (of approval), by recipient type, in year order. Undated releases are left out."""
    counts: dict[int, Counter[RecipientType]] = {}
    for release in releases:
        year = release.year
        if year is not None:
            counts.setdefault(year, Counter())[release.type] += 1
    return dict(sorted(counts.items()))


def per_type(releases: Iterable[Release]) -> Counter[RecipientType]:
    return Counter(release.type for release in releases)


class Overlap(Enum):
    YES = "yes"
    NO = "no"
    NOT_KNOWN = "not known"


@dataclass(frozen=True)
class Comparison:
    overlap: Overlap
    said: Sentence  # marked under "RegisterCompare": the explorer says it in the screens' language

    @property
    def explanation(self) -> str:
        return str(self.said)


def _years(first: int, last: int) -> str:
    """'2013', or '2010 to 2018' (a phrase translated with its sentence)."""
    if first == last:
        return str(first)
    return Sentence(QT_TRANSLATE_NOOP("RegisterCompare", "{first} to {last}"), first=str(first), last=str(last))


def compare(release: Release, school_from: int, school_to: int) -> Comparison:
    """Could a child at school from `school_from` to `school_to` (calendar years) be in this release's data?"""
    if release.data_from is None or release.data_to is None:
        return Comparison(
            Overlap.NOT_KNOWN,
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterCompare",
                    "Not known: the register does not say which years of data this release covered. Ask the DfE.",
                )
            ),
        )
    covered = _years(release.data_from, release.data_to)
    if release.data_from <= school_to and school_from <= release.data_to:
        both = _years(max(school_from, release.data_from), min(school_to, release.data_to))
        return Comparison(
            Overlap.YES,
            Sentence(
                QT_TRANSLATE_NOOP(
                    "RegisterCompare",
                    "Possibly: it covered {covered}, and the child was at school in {both}. Only the DfE can say "
                    "whether the child's record was in it.",
                ),
                covered=covered,
                both=both,
            ),
        )
    return Comparison(
        Overlap.NO,
        Sentence(
            QT_TRANSLATE_NOOP("RegisterCompare", "Unlikely: it covered {covered}, outside the child's school years."),
            covered=covered,
        ),
    )
