"""build_letter: answers + template -> LetterContent.

The answers are checked first (every problem at once, each naming its field), then the template for the kind
is rendered with a context of plain facts: who writes, about whom, to whom, in what voice, and the dates the
rules engine computes. The wording is all in the templates.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from npdrights.core import deadlines, law
from npdrights.core.identifiers import normal_uln, normal_upn
from npdrights.core.letters import asks, timing
from npdrights.core.letters.answers import (
    AnswersError,
    LetterAnswers,
    OrganisationType,
    Problem,
    Recipient,
    Situation,
    check_common,
    missing,
)
from npdrights.core.letters.content import LetterContent, Metadata, Postal, Signature, block_texts
from npdrights.core.letters.ico import IcoSummary, cap_summary
from npdrights.core.letters.kinds import KINDS, LetterKind, kind_named
from npdrights.core.letters.recipients import DirectoryEntry
from npdrights.core.letters.voice import voice_for
from npdrights.core.limits import LimitExceeded, check_limits
from npdrights.core.model import EventKind, PostMethod, Relationship
from npdrights.core.requesters import age_on

if TYPE_CHECKING:  # given by the caller: importing it here would bring jinja2 to every screen that makes a reference
    from npdrights.core.letters.templates import LetterTemplates

ICO_SUMMARY_TEMPLATE = "complaint-ico-summary.j2"
# The schools that must give a parent the educational record: Pupil Information Regulations 2005 reg 5 binds
# maintained schools and non-maintained special schools (docs/law.md §4).
RECORD_SCHOOLS = frozenset({OrganisationType.MAINTAINED_SCHOOL, OrganisationType.NON_MAINTAINED_SPECIAL_SCHOOL})
# Objection grounds that are true of every pupil: not a "particular situation" on their own (Article 21(1)).
GENERIC_SITUATIONS = frozenset({Situation.PRIVACY})
MAX_ADDRESS_LINES = 7  # name, up to five lines, postcode: what fits a DL window in print people can read
SUMMARY_SHORTENED = "The ICO summary was cut to fit the form's 2,000 characters: check it still says what matters most."
# check_common reports these with a more specific message.
_CHECKED_FOR_EVERY_KIND = frozenset({"requester.name", "requester.address", "pupil.name", "pupil.date_of_birth"})


@dataclass(frozen=True)
class LetterFacts:
    kind: str
    date: date
    reference: str
    their_reference: str
    sent_by_email: bool
    reply_by_email: bool


@dataclass(frozen=True)
class RecipientFacts:
    name: str
    greeting: str
    is_dfe: bool
    type: str  # an OrganisationType value
    online: str
    address: str = ""  # on one line, for tables
    called: str = ""  # the name in a sentence ("the Department for Education")

    @property
    def is_maintained_school(self) -> bool:
        return self.type in {school.value for school in RECORD_SCHOOLS}


@dataclass(frozen=True)
class TimelineRow:
    date: date
    kind: str  # an EventKind value, or "received" / "received-estimated" / "reply-due"
    note: str = ""


@dataclass(frozen=True)
class CaseFacts:
    sent: date
    reference: str
    their_reference: str
    kind: str  # a CaseKind value
    reply: timing.Reply
    overdue: bool
    last_contact: date
    timeline: tuple[TimelineRow, ...]
    extension_notified: date | None
    ico_window: deadlines.IcoWindow


@dataclass(frozen=True)
class Resolved:
    """The recipient after looking up the directory: what is printed and what the user is warned about."""

    postal: Postal | None
    facts: RecipientFacts
    warnings: tuple[str, ...]


def build_letter(
    kind: str,
    answers: LetterAnswers,
    *,
    today: date,
    templates: LetterTemplates,
    recipients: Mapping[str, DirectoryEntry],
    reference_tag: str = "",
) -> LetterContent:
    """The letter `kind` for these answers. Raises AnswersError (every blocking problem) or UnknownKind.

    Without a reference in the answers (or the case's, for a reminder or complaint), the reference ends in
    `reference_tag`, or in a new random tag if none is given (pass one to make the same letter twice)."""
    letter_kind = kind_named(kind)
    letter_date = answers.date or today
    answers = _normalised(answers)
    problems = list(check_answers(kind, answers, today=today, recipients=recipients))
    blocking = [problem for problem in problems if problem.blocking]
    if blocking:
        raise AnswersError(blocking)
    resolved = _resolve_recipient(letter_kind, answers, recipients)
    case_reference = answers.case.reference if answers.case and letter_kind.continues_case else ""
    reference = (
        answers.reference
        or case_reference
        or make_reference(letter_kind, letter_date, reference_tag or new_reference_tag())
    )
    assert answers.pupil.date_of_birth is not None  # checked above
    facts = LetterFacts(
        kind=letter_kind.name,
        date=letter_date,
        reference=reference,
        their_reference=answers.case.their_reference if answers.case else "",
        sent_by_email=answers.send_by is PostMethod.EMAIL,
        reply_by_email=answers.reply_by.value == "email",
    )
    voice = voice_for(answers.requester.relationship, answers.pupil.date_of_birth, letter_date, answers.pupil_authority)
    context: dict[str, Any] = {
        "letter": facts,
        "requester": answers.requester,
        "pupil": answers.pupil,
        "pronoun": answers.pupil.pronoun.value if answers.pupil.pronoun else "",
        "recipient": resolved.facts,
        "voice": voice,
        "situations": tuple(situation.value for situation in answers.situations),
        "grounds": answers.grounds,
        "erasure_grounds": tuple(ground.value for ground in answers.erasure_grounds),
        "restriction_grounds": tuple(ground.value for ground in answers.restriction_grounds),
        "corrections": answers.corrections,
        "complaint": answers.complaint,
        "harm": answers.harm,
        "educational_record": answers.educational_record,
        "releases": answers.releases,
        "article15": asks.ARTICLE_15,
    }
    # The law a letter cites depends on when its request was received and on the letter's date (docs/law.md §1-§2).
    context["law"] = law.citations_for(letter_date, letter_date)
    if answers.case is not None and letter_kind.continues_case:
        context["case"], case_problems = _case_context(letter_kind, answers, letter_date, resolved.facts)
        context["law"] = law.citations_for(context["case"].reply.received, letter_date)
        problems += case_problems
    summary: IcoSummary | None = None
    extra = _EXTRA_CONTEXT.get(letter_kind.name)
    if extra is not None:
        context.update(extra(_Inputs(answers, letter_date, context, templates, recipients, today)))
        summary = context.get("ico_summary")
        if extra is _new_request:
            context["law"] = law.citations_for(context["deadline"].received, letter_date)
    document = templates.render(letter_kind.template, context)
    closing = document.field("closing")
    sender = _sender(answers) if letter_kind.is_letter else None
    return LetterContent(
        kind=letter_kind.name,
        sender=sender,
        recipient=resolved.postal if letter_kind.is_letter else None,
        date=letter_date,
        reference=reference,
        their_reference=facts.their_reference,
        subject=document.field("subject"),
        blocks=document.blocks,
        metadata=Metadata(title=document.field("title"), author=answers.requester.name),
        enclosures=document.fields.get("enclosure", ()),
        signature=Signature(closing, answers.requester.name, document.field("signed_as")) if closing else None,
        warnings=tuple(
            dict.fromkeys(
                [
                    *resolved.warnings,
                    *(str(problem) for problem in problems),
                    *voice.cautions,
                    *document.fields.get("warning", ()),
                    *([SUMMARY_SHORTENED] if summary and summary.shortened else []),
                ]
            )
        ),
    )


def check_answers(
    kind: str, answers: LetterAnswers, *, today: date, recipients: Mapping[str, DirectoryEntry]
) -> tuple[Problem, ...]:
    """Every problem with the answers for `kind`, blocking or not, without building the letter (for a wizard).

    The case's dates are checked by `build_letter` itself, as they need the rules engine's case view.
    """
    letter_kind = kind_named(kind)
    answers = _normalised(answers)
    out_of_bounds = _limit_problems(answers)
    if out_of_bounds:  # a year like 9999 would overflow the date arithmetic the other checks do
        return out_of_bounds
    return (*check_common(answers, answers.date or today), *_kind_problems(letter_kind, answers, recipients))


def _limit_problems(answers: LetterAnswers) -> tuple[Problem, ...]:
    """Text too long for a letter, or a date outside 1900-2100 (core/limits.py; issue 11, items 14 and 16)."""
    try:
        check_limits(answers)
    except LimitExceeded as error:
        return (Problem(error.field.removeprefix("LetterAnswers."), error.message, "range"),)
    return ()


def make_reference(kind: LetterKind, on: date, tag: str) -> str:
    """'NPD-SAR-20261201-K7Q2': the kind, the date and a tag that tells siblings' letters apart."""
    return f"NPD-{kind.code}-{on:%Y%m%d}-{tag}"


def new_reference_tag() -> str:
    """Four random letters and digits (base32, 20 bits from the OS's secure source). Nothing in a reference comes
    from the child's name or date of birth: a reference printed on a letter or a barcode must not reveal them.
    Whoever starts a case picks its tag once and keeps it with the case (the wizard keeps it in its draft)."""
    return base64.b32encode(secrets.token_bytes(5)).decode()[:4]


def _normalised(answers: LetterAnswers) -> LetterAnswers:
    pupil = answers.pupil
    if answers.requester.relationship is Relationship.SELF and not pupil.name.strip():
        pupil = replace(pupil, name=answers.requester.name)
    return replace(
        answers,
        pupil=replace(
            pupil,
            upn=normal_upn(pupil.upn) if pupil.upn else "",
            former_upns=tuple(normal_upn(upn) for upn in pupil.former_upns),
            uln=normal_uln(pupil.uln),
        ),
    )


def _kind_problems(kind: LetterKind, answers: LetterAnswers, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    problems = [
        Problem(path, f"missing: the {kind.name} letter needs it", "missing")
        for path in kind.needs
        if path not in _CHECKED_FOR_EVERY_KIND and missing(answers, path)
    ]
    relationship = answers.requester.relationship
    recipient = answers.recipient
    if recipient.directory and recipient.directory not in recipients:
        problems.append(
            Problem(
                "recipient",
                f"{recipient.directory!r} is not in the directory (it has {', '.join(recipients)})",
                "unknown",
            )
        )
    elif recipient.directory and kind.is_letter and not recipients[recipient.directory].has_postal_address:
        entry = recipients[recipient.directory]
        problems.append(Problem("recipient", f"no postal address for {entry.name}. {entry.note}".strip(), "no-address"))
    elif not recipient.directory and not recipient.is_empty and not (recipient.name and recipient.address):
        problems.append(Problem("recipient", "give the organisation's name and its address lines", "missing"))
    elif len(recipient.address) + 1 + bool(recipient.postcode) > MAX_ADDRESS_LINES:
        problems.append(
            Problem(
                "recipient.address",
                f"too many lines for an envelope window: at most {MAX_ADDRESS_LINES} with the name and postcode",
                "window",
            )
        )
    if kind.name == "objection-dfe" and not (answers.situations or answers.grounds.strip()):
        problems.append(
            Problem(
                "situations", "missing: choose at least one situation or write your grounds in 'grounds'", "missing"
            )
        )
    elif kind.name == "objection-dfe" and not answers.grounds.strip() and set(answers.situations) <= GENERIC_SITUATIONS:
        # Article 21(1) needs grounds relating to the person's particular situation (docs/law.md §3.2): a reason that
        # applies to every pupil lets the DfE refuse the objection.
        problems.append(
            Problem(
                "situations",
                "privacy in general applies to every pupil, so the DfE could refuse the objection: choose a situation "
                "that is particular to the pupil, or write your own reasons in 'grounds'",
                "generic",
            )
        )
    if answers.educational_record:
        if recipient.type not in RECORD_SCHOOLS:
            problems.append(
                Problem(
                    "educational_record",
                    "only a maintained school must give the educational record: set recipient.type to "
                    "'maintained-school' or 'non-maintained-special-school', or leave this out and rely on the "
                    "subject access request",
                    "not-maintained",
                )
            )
        if relationship not in (Relationship.PARENT, Relationship.CARER):
            problems.append(
                Problem("educational_record", "this right belongs to a parent or carer (requester.relationship)", "who")
            )
    for index, correction in enumerate(answers.corrections):
        for name in ("item", "recorded", "correct"):
            if not getattr(correction, name).strip():
                problems.append(Problem(f"corrections[{index}].{name}", "missing", "missing"))
    if kind.name == "child-authority" and relationship is Relationship.SELF:
        problems.append(
            Problem(
                "requester.relationship", "the pupil signs this form for a parent, carer or adviser, not 'self'", "who"
            )
        )
    if kind.name == "adviser-authority" and relationship is not Relationship.ADVISER:
        problems.append(Problem("requester.relationship", "this form is for an adviser: set it to 'adviser'", "who"))
    if (
        kind.name == "enclosures"
        and answers.for_kind
        and (answers.for_kind not in KINDS or not KINDS[answers.for_kind].is_letter)
    ):
        letters = [name for name, other in KINDS.items() if other.is_letter]
        problems.append(Problem("for_kind", f"expected one of {', '.join(letters)}", "unknown"))
    if kind.name == "sar-lrs" and not answers.pupil.uln:
        problems.append(
            Problem(
                "pupil.uln",
                "not given: the LRS finds records by ULN, so without it the search relies on name and date of birth",
                "recommended",
                blocking=False,
            )
        )
    return problems


def _resolve_recipient(kind: LetterKind, answers: LetterAnswers, recipients: Mapping[str, DirectoryEntry]) -> Resolved:
    chosen = answers.recipient if kind.uses_recipient else Recipient()
    key = chosen.directory or (kind.default_recipient if chosen.is_empty else None)
    if key:
        entry = recipients[key]
        # Only a document that goes to the address warns about it: not the ICO pack or a form (docs/law.md §6).
        warning = entry.warning() if kind.is_letter else ""
        return Resolved(
            Postal(entry.name, (*entry.address, entry.postcode), entry.email) if entry.has_postal_address else None,
            RecipientFacts(
                entry.name,
                entry.greeting,
                key == "dfe",
                OrganisationType.OTHER.value,
                entry.online,
                ", ".join((*entry.address, entry.postcode)) if entry.has_postal_address else "",
                entry.called,
            ),
            (warning,) if warning else (),
        )
    if chosen.is_empty:  # a form with nobody named (e.g. an authority form)
        return Resolved(None, RecipientFacts("", "", False, OrganisationType.OTHER.value, "", "", ""), ())
    lines = (chosen.name, *chosen.address, *([chosen.postcode] if chosen.postcode else []))
    return Resolved(
        Postal(chosen.name, lines, chosen.email),
        RecipientFacts(
            chosen.name,
            "Dear Data Protection Officer",
            False,
            chosen.type.value,
            chosen.email,
            ", ".join(lines[1:]),
            chosen.name,
        ),
        (),
    )


def _sender(answers: LetterAnswers) -> Postal:
    requester = answers.requester
    organisation = (requester.organisation,) if requester.relationship is Relationship.ADVISER else ()
    postcode = (requester.postcode,) if requester.postcode else ()
    return Postal(requester.name, (*organisation, *requester.address, *postcode), requester.email, requester.phone)


def _case_context(
    kind: LetterKind, answers: LetterAnswers, letter_date: date, recipient: RecipientFacts
) -> tuple[CaseFacts, list[Problem]]:
    """The case's facts for the template, and warnings about it. Raises AnswersError for impossible dates."""
    assert answers.case is not None
    try:
        case = _case_facts(answers, letter_date, recipient.called or "the organisation")
    except timing.TimingError as error:
        raise AnswersError([error.problem]) from None
    problems = []
    if not case.overdue:
        due = case.reply.due.isoformat()
        if kind.name == "reminder":
            problems.append(
                Problem("case", f"the reply is not due until {due}: a reminder now may seem early", "early", False)
            )
        elif not answers.complaint.strip():
            raise AnswersError(
                [
                    Problem(
                        "complaint",
                        f"missing: the reply is not overdue (it was due by {due}), so say what went wrong",
                        "missing",
                    )
                ]
            )
    return case, problems


def _case_facts(answers: LetterAnswers, letter_date: date, body: str) -> CaseFacts:
    case = answers.case
    assert case is not None
    found = timing.case_timing(case, answers.requester.relationship, letter_date, body)
    reply = found.reply
    rows = [TimelineRow(case.sent, EventKind.SENT.value)]
    if case.delivered is not None:
        rows.append(TimelineRow(case.delivered, EventKind.DELIVERED.value))
    elif reply.received_estimated:
        rows.append(TimelineRow(reply.received, "received-estimated"))
    rows += [
        TimelineRow(event.date, event.kind.value, event.note)
        for event in case.events
        if not (event.kind is EventKind.SENT and event.date == case.sent)
    ]
    if reply.due <= letter_date:
        rows.append(TimelineRow(reply.due, "reply-due"))
    return CaseFacts(
        sent=case.sent,
        reference=case.reference,
        their_reference=case.their_reference,
        kind=case.kind.value,
        reply=reply,
        overdue=found.overdue,
        last_contact=found.last_contact,
        timeline=tuple(sorted(rows, key=lambda row: row.date)),
        extension_notified=max(
            (event.date for event in case.events if event.kind is EventKind.EXTENSION_NOTIFIED), default=None
        ),
        ico_window=found.ico_window,
    )


@dataclass(frozen=True)
class _Inputs:
    """What a kind's extra facts are worked out from."""

    answers: LetterAnswers
    letter_date: date
    context: dict[str, Any]
    templates: LetterTemplates
    recipients: Mapping[str, DirectoryEntry]
    today: date


def _body(given: _Inputs) -> str:
    recipient: RecipientFacts = given.context["recipient"]
    return recipient.called or "the organisation"


def _new_request(given: _Inputs) -> dict[str, Any]:
    extra: dict[str, Any] = {
        "deadline": timing.reply_to_new_letter(given.letter_date, given.answers.send_by, _body(given))
    }
    if given.answers.educational_record:
        extra["record_deadline"] = timing.school_record_reply(given.letter_date, given.answers.send_by)
    return extra


def _complaint(given: _Inputs) -> dict[str, Any]:
    return {"deadline": timing.complaint_acknowledgement(given.letter_date, given.answers.send_by, _body(given))}


def _reminder(given: _Inputs) -> dict[str, Any]:
    return {"chase_by": timing.chase_by(given.letter_date)}


def _ico_pack(given: _Inputs) -> dict[str, Any]:
    case: CaseFacts = given.context["case"]
    assert given.answers.case is not None
    assert given.answers.pupil.date_of_birth is not None
    rendered = given.templates.render(ICO_SUMMARY_TEMPLATE, given.context)
    summary = cap_summary("\n\n".join(text for block in rendered.blocks for text in block_texts(block)))
    return {
        "ico": given.recipients["ico"],
        "ico_summary": summary,
        "ico_summary_paragraphs": tuple(summary.text.split("\n\n")),
        "age_at_issue": age_on(given.answers.pupil.date_of_birth, case.sent),
        "ico_window": case.ico_window,
    }


def _checklist(given: _Inputs) -> dict[str, Any]:
    letter = build_letter(
        given.answers.for_kind,
        given.answers,
        today=given.today,
        templates=given.templates,
        recipients=given.recipients,
    )
    if _EXTRA_CONTEXT.get(letter.kind) is not _new_request:
        return {"for_letter": letter, "for_deadline": None}
    called = _resolve_recipient(kind_named(letter.kind), given.answers, given.recipients).facts.called
    reply = timing.reply_to_new_letter(given.letter_date, given.answers.send_by, called or "the organisation")
    return {"for_letter": letter, "for_deadline": reply}


# Facts some kinds need beyond the answers, e.g. the deadline the letter states.
_EXTRA_CONTEXT: dict[str, Callable[[_Inputs], dict[str, Any]]] = {
    "sar-dfe": _new_request,
    "sar-lrs": _new_request,
    "sar-organisation": _new_request,
    "objection-dfe": _new_request,
    "rectification": _new_request,
    "erasure": _new_request,
    "restriction": _new_request,
    "reminder": _reminder,
    "complaint-organisation": _complaint,
    "complaint-ico": _ico_pack,
    "enclosures": _checklist,
}
