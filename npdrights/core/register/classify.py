"""Who a recipient is: press, commercial, research, government, Home Office, police, court or other.

The register has no column saying a recipient is commercial (docs/law.md §10.1), so most types are
inferred: from the sheet (Home Office, police, court orders), from an "organisation type" column if an edition
has one, else from the name (a curated list of press and media names, public bodies, research bodies, company
suffixes). An inferred type always carries its reason, shown to the user, who can correct it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from npdrights.core.register.model import RecipientType, SheetKind


@dataclass(frozen=True)
class Classification:
    type: RecipientType
    inferred: bool
    reason: str


_BY_SHEET = {
    SheetKind.HOME_OFFICE: RecipientType.HOME_OFFICE,
    SheetKind.POLICE: RecipientType.POLICE,
    SheetKind.COURT: RecipientType.COURT,
}

# Words an "organisation type" column uses, in the order they are tried.
_STATED: tuple[tuple[RecipientType, tuple[str, ...]], ...] = (
    (RecipientType.PRESS, ("press", "media", "journalis", "newspaper", "broadcast")),
    (RecipientType.COMMERCIAL, ("commercial", "private sector", "company", "business")),
    (RecipientType.RESEARCH, ("academic", "universit", "research")),
    (RecipientType.POLICE, ("police",)),
    (RecipientType.GOVERNMENT, ("government", "public sector", "public body", "local authority", "department")),
)

# Press and media: newspapers, broadcasters and the education press that have asked for pupil data, or
# could. Matched as whole words in the lower-cased name.
PRESS_NAMES = (
    "telegraph",
    "times newspapers",
    "the times",
    "sunday times",
    "guardian",
    "observer",
    "financial times",
    "daily mail",
    "mail on sunday",
    "the independent",
    "evening standard",
    "the sun",
    "daily mirror",
    "mirror",
    "express newspapers",
    "bbc",
    "newsnight",
    "itn",
    "itv",
    "channel 4",
    "sky news",
    "press association",
    "reuters",
    "the economist",
    "schools week",
    "tes",
    "times educational supplement",
    "huffpost",
    "buzzfeed",
    "bureau of investigative journalism",
    "newspaper",
    "newspapers",
    "broadcasting",
    "news",
)
GOVERNMENT_NAMES = (
    "department for",
    "department of",
    "ministry of",
    "cabinet office",
    "hm treasury",
    "hm revenue",
    "office for national statistics",
    "ofsted",
    "ofqual",
    "county council",
    "city council",
    "district council",
    "borough council",
    "local authority",
    "borough",
    "greater london authority",
    "nhs",
    "public health",
    "government",
    "house of commons",
    "house of lords",
    "national audit office",
    "education and skills funding agency",
    "standards and testing agency",
    "office for students",
    "children's commissioner",
    "welsh government",
    "scottish government",
)
RESEARCH_NAMES = (
    "university",
    "universities",
    "college london",
    "school of economics",
    "institute for fiscal studies",
    "national foundation for educational research",
    "nfer",
    "education policy institute",
    "education endowment foundation",
    "research",
    "institute of education",
    "ucl",
    "lse",
    "nuffield",
)
POLICE_NAMES = ("police", "constabulary", "national crime agency", "metropolitan police")
COURT_NAMES = ("court", "tribunal")
# Consultancies and accountancy firms known by a short name without a company suffix.
COMPANY_NAMES = ("kpmg", "rsm", "deloitte", "pwc", "pricewaterhousecoopers", "ernst & young", "ey", "accenture")
_COMPANY_SUFFIX = re.compile(r"\b(ltd|limited|plc|llp|lp|inc|llc|gmbh|cic|co)\b\.?\s*(\(.*\))?$")


def _words(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(name) for name in names) + r")(?![a-z0-9])")


_NAME_RULES: tuple[tuple[RecipientType, re.Pattern[str], str], ...] = (
    (RecipientType.HOME_OFFICE, _words(("home office", "uk visas and immigration", "border force")), "Home Office"),
    (RecipientType.POLICE, _words(POLICE_NAMES), "police"),
    (RecipientType.COURT, _words(COURT_NAMES), "court"),
    (RecipientType.PRESS, _words(PRESS_NAMES), "press and media"),
    (RecipientType.RESEARCH, _words(RESEARCH_NAMES), "research"),
    (RecipientType.GOVERNMENT, _words(GOVERNMENT_NAMES), "public body"),
    (RecipientType.COMMERCIAL, _words(COMPANY_NAMES), "company"),
)


def classify(recipient: str, sheet: SheetKind, stated: str = "") -> Classification:
    """The recipient's type, and whether (and why) it was inferred rather than stated by the register."""
    by_sheet = _BY_SHEET.get(sheet)
    if by_sheet is not None:
        return Classification(by_sheet, False, f"The register lists it on its {sheet.label} sheet.")
    if stated.strip():
        found = _from_stated(stated.strip().lower())
        if found is not None:
            return Classification(found, False, f"The register gives its type as “{stated.strip()}”.")
    return _from_name(recipient)


def _from_stated(text: str) -> RecipientType | None:
    for kind, words in _STATED:
        if any(word in text for word in words):
            return kind
    return None


@lru_cache(maxsize=8192)  # a register names a few hundred recipients many times over
def _from_name(recipient: str) -> Classification:
    spaced = " ".join(recipient.split())
    name = spaced.lower()  # the same length, so a match's span quotes the name as the register wrote it
    if not name:
        return Classification(RecipientType.OTHER, True, "Inferred: the register gives no name.")
    for kind, pattern, words in _NAME_RULES:
        match = pattern.search(name)
        if match:
            return Classification(
                kind,
                True,
                f"Inferred: “{spaced[match.start(1) : match.end(1)]}” is on npdrights’ list of {words} names.",
            )
    suffix = _COMPANY_SUFFIX.search(name)
    if suffix:
        return Classification(
            RecipientType.COMMERCIAL,
            True,
            f"Inferred: the name ends in “{spaced[suffix.start(1) : suffix.end(1)]}”, a company.",
        )
    return Classification(RecipientType.OTHER, True, "Inferred: no rule matched the name; correct it if you know.")
