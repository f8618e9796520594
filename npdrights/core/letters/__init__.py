"""Letters: the answers, the kinds, the templates' output as renderer-neutral content, and plain text.

Public API (used by the CLI, the GUI wizard and the case tracker):
    LetterAnswers (+ Requester, Pupil, Recipient, Correction, CaseHistory, Event), answers_from_json,
    AnswersError/Problem, KINDS/LetterKind/kind_named, check_answers, build_letter, LetterTemplates, parse_directory,
    LetterContent (+ blocks), render_text, cap_summary/IcoSummary.
The PDF renderer is `npdrights.pdf.letter_pdf.render_pdf`; the bundled files are read by `npdrights.bundled`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Each name is imported when first asked for (PEP 562), not all at once: `npdrights.core.letters.answers` is
# needed by screens that never build a letter (the cases list's drafts), and the templates bring jinja2 (issue 17:
# first paint and memory). Type checkers see the plain imports below.
if TYPE_CHECKING:
    from npdrights.core.letters.answers import (
        AnswersError,
        CaseHistory,
        Correction,
        ErasureGround,
        Event,
        LetterAnswers,
        OrganisationType,
        Problem,
        Pupil,
        Recipient,
        ReplyBy,
        Requester,
        Situation,
        answers_from_json,
        answers_to_json,
    )
    from npdrights.core.letters.build import build_letter, check_answers, make_reference, new_reference_tag
    from npdrights.core.letters.content import (
        Block,
        BulletList,
        Heading,
        LetterContent,
        Metadata,
        PageBreak,
        Paragraph,
        Postal,
        Signature,
        SignLine,
        Table,
    )
    from npdrights.core.letters.ico import ICO_SUMMARY_LIMIT, IcoSummary, cap_summary, form_length
    from npdrights.core.letters.kinds import KINDS, LetterKind, UnknownKind, kind_named
    from npdrights.core.letters.plain_text import render_text
    from npdrights.core.letters.recipients import DirectoryEntry, DirectoryError, parse_directory
    from npdrights.core.letters.templates import LetterTemplateError, LetterTemplates

_HOMES: dict[str, tuple[str, ...]] = {
    "answers": (
        "AnswersError",
        "CaseHistory",
        "Correction",
        "ErasureGround",
        "Event",
        "LetterAnswers",
        "OrganisationType",
        "Problem",
        "Pupil",
        "Recipient",
        "ReplyBy",
        "Requester",
        "Situation",
        "answers_from_json",
        "answers_to_json",
    ),
    "build": (
        "build_letter",
        "check_answers",
        "make_reference",
        "new_reference_tag",
    ),
    "content": (
        "Block",
        "BulletList",
        "Heading",
        "LetterContent",
        "Metadata",
        "PageBreak",
        "Paragraph",
        "Postal",
        "Signature",
        "SignLine",
        "Table",
    ),
    "ico": (
        "ICO_SUMMARY_LIMIT",
        "IcoSummary",
        "cap_summary",
        "form_length",
    ),
    "kinds": (
        "KINDS",
        "LetterKind",
        "UnknownKind",
        "kind_named",
    ),
    "plain_text": ("render_text",),
    "recipients": (
        "DirectoryEntry",
        "DirectoryError",
        "parse_directory",
    ),
    "templates": (
        "LetterTemplateError",
        "LetterTemplates",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # asked once: later look-ups find it without coming here
    return value


__all__ = [
    "ICO_SUMMARY_LIMIT",
    "KINDS",
    "AnswersError",
    "Block",
    "BulletList",
    "CaseHistory",
    "Correction",
    "DirectoryEntry",
    "DirectoryError",
    "ErasureGround",
    "Event",
    "Heading",
    "IcoSummary",
    "LetterAnswers",
    "LetterContent",
    "LetterKind",
    "LetterTemplateError",
    "LetterTemplates",
    "Metadata",
    "OrganisationType",
    "PageBreak",
    "Paragraph",
    "Postal",
    "Problem",
    "Pupil",
    "Recipient",
    "ReplyBy",
    "Requester",
    "SignLine",
    "Signature",
    "Situation",
    "Table",
    "UnknownKind",
    "answers_from_json",
    "answers_to_json",
    "build_letter",
    "cap_summary",
    "check_answers",
    "form_length",
    "kind_named",
    "make_reference",
    "new_reference_tag",
    "parse_directory",
    "render_text",
]
