"""Letters: the answers, the kinds, the templates' output as renderer-neutral content, and plain text.

Public API (used by the CLI, the GUI wizard and the case tracker):
    LetterAnswers (+ Requester, Pupil, Recipient, Correction, CaseHistory, Event), answers_from_json,
    AnswersError/Problem, KINDS/LetterKind/kind_named, check_answers, build_letter, LetterTemplates, parse_directory,
    LetterContent (+ blocks), render_text, cap_summary/IcoSummary.
The PDF renderer is `npdrights.pdf.letter_pdf.render_pdf`; the bundled files are read by `npdrights.bundled`.
"""

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
