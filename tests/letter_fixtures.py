"""Answers for every kind of letter, minimal and full, and a builder using the bundled templates.

The full answers are the files in docs/examples/answers/ (fictional people), so the published examples are
tested too. The letter date is Tuesday 1 December 2026 throughout.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.letters import KINDS, LetterContent, answers_from_json, build_letter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples" / "answers"
LETTER_DATE = date(2026, 12, 1)
LETTER_KINDS = [name for name, kind in KINDS.items() if kind.is_letter]

_MINIMAL_BASE: dict[str, Any] = {
    "date": "2026-12-01",
    "requester": {"name": "Zebedee Fictionalson", "address": ["1 Imaginary Road"]},
    "pupil": {"date_of_birth": "2005-01-15"},
}
_MINIMAL_EXTRA: dict[str, dict[str, Any]] = {
    "sar-organisation": {"recipient": {"name": "Exampleshire Council", "address": ["Pretend Town Hall"]}},
    "objection-dfe": {"grounds": "I do not want my record used by companies."},
    "rectification": {"corrections": [{"item": "Surname", "recorded": "Fictionalsen", "correct": "Fictionalson"}]},
    "erasure": {"erasure_grounds": ["unlawful"]},
    "restriction": {"restriction_grounds": ["accuracy"]},
    "reminder": {"case": {"sent": "2026-09-01"}},
    "complaint-organisation": {"case": {"sent": "2026-09-01"}},
    "complaint-ico": {"case": {"sent": "2026-09-01"}},
    "child-authority": {
        "requester": {"name": "Ada Fictionalson", "address": ["1 Imaginary Road"], "relationship": "parent"},
        "pupil": {"name": "Zebedee Fictionalson", "date_of_birth": "2013-05-04"},
    },
    "adviser-authority": {
        "requester": {
            "name": "Felicity Pretendworth",
            "address": ["Makebelieve House"],
            "relationship": "adviser",
            "organisation": "Fictional Families Advice Centre",
        },
        "pupil": {"name": "Zebedee Fictionalson", "date_of_birth": "2013-05-04"},
    },
    "enclosures": {"for_kind": "sar-dfe"},
}


def minimal_data(kind: str) -> dict[str, Any]:
    return copy.deepcopy({**_MINIMAL_BASE, **_MINIMAL_EXTRA.get(kind, {})})


def full_data(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{kind}.json").read_text(encoding="utf-8"))
    return data


# The examples' reference tags, so the published examples stay the same (a real letter's tag is random).
EXAMPLE_TAGS = {
    "sar-dfe": "WUY7",
    "sar-lrs": "4YZZ",
    "sar-organisation": "5ENY",
    "objection-dfe": "U2ES",
    "rectification": "6KJQ",
    "erasure": "MT66",
    "restriction": "XCWU",
    "child-authority": "PJE2",
    "adviser-authority": "FALB",
    "enclosures": "EH32",
}


def build(kind: str, data: dict[str, Any], today: date = LETTER_DATE) -> LetterContent:
    return build_letter(
        kind,
        answers_from_json(data),
        today=today,
        templates=letter_templates(),
        recipients=recipients_directory(),
        reference_tag=EXAMPLE_TAGS.get(kind, ""),
    )


def flat(text: str) -> str:
    """Whitespace collapsed, so a phrase is found even where a PDF line breaks it."""
    return re.sub(r"\s+", " ", text)
