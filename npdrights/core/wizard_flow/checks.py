"""What still stops a page, each `Problem` naming the field (by its on-screen label) and the fix. Most of the
checking is the letters' own (`check_answers`), so the wizard and the letter never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from npdrights.core.letters.answers import Problem
from npdrights.core.letters.build import check_answers
from npdrights.core.letters.recipients import DirectoryEntry
from npdrights.core.letters.timing import TimingError, case_timing
from npdrights.core.model import Relationship
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wizard_flow.answers import answers_for, history_of
from npdrights.core.wizard_flow.draft import Draft, FollowUp, Step, Target
from npdrights.core.wizard_flow.flow import letter_kind

# The screens translate the labels marked here (context "FieldLabels") and the fixes marked "Problems"; the
# first two pages' so far (issue 18).
FIELD_LABELS: Mapping[str, str] = {
    "requester.relationship": QT_TRANSLATE_NOOP("FieldLabels", "Who is asking"),
    "requester.name": QT_TRANSLATE_NOOP("FieldLabels", "Your full name"),
    "requester.address": QT_TRANSLATE_NOOP("FieldLabels", "Your address"),
    "requester.postcode": QT_TRANSLATE_NOOP("FieldLabels", "Postcode"),
    "requester.email": QT_TRANSLATE_NOOP("FieldLabels", "Your email address"),
    "requester.organisation": QT_TRANSLATE_NOOP("FieldLabels", "Your organisation"),
    "pupils": QT_TRANSLATE_NOOP("FieldLabels", "Who it is about"),
    "pupil.name": QT_TRANSLATE_NOOP("FieldLabels", "Full name"),
    "pupil.date_of_birth": QT_TRANSLATE_NOOP("FieldLabels", "Date of birth"),
    "pupil.upn": QT_TRANSLATE_NOOP("FieldLabels", "Unique Pupil Number (UPN)"),
    "pupil.former_upns": QT_TRANSLATE_NOOP("FieldLabels", "Former UPNs"),
    "pupil.uln": QT_TRANSLATE_NOOP("FieldLabels", "Unique Learner Number (ULN)"),
    "pupil.schools": QT_TRANSLATE_NOOP("FieldLabels", "Schools"),
    "recipient": QT_TRANSLATE_NOOP("FieldLabels", "Who it goes to"),
    "recipient.address": QT_TRANSLATE_NOOP("FieldLabels", "Address"),
    "organisation.name": QT_TRANSLATE_NOOP("FieldLabels", "Organisation's name"),
    "organisation.address": QT_TRANSLATE_NOOP("FieldLabels", "Organisation's address"),
    "situations": QT_TRANSLATE_NOOP("FieldLabels", "Your situation"),
    "grounds": QT_TRANSLATE_NOOP("FieldLabels", "Your reasons in your own words"),
    "erasure_grounds": QT_TRANSLATE_NOOP("FieldLabels", "Why the data should be deleted"),
    "restriction_grounds": QT_TRANSLATE_NOOP("FieldLabels", "Why the use of the data should be restricted"),
    "corrections": QT_TRANSLATE_NOOP("FieldLabels", "What is wrong"),
    "complaint": QT_TRANSLATE_NOOP("FieldLabels", "What went wrong"),
    "educational_record": QT_TRANSLATE_NOOP("FieldLabels", "Educational record"),
    "follow_up": QT_TRANSLATE_NOOP("FieldLabels", "What you want to do"),
    "earlier.sent": QT_TRANSLATE_NOOP("FieldLabels", "Date you sent it"),
    "case": QT_TRANSLATE_NOOP("FieldLabels", "Your earlier letter"),
}

_INDEX = re.compile(r"\[\d+\]")


def label_for(path: str) -> str:
    """The on-screen name of the field at `path` ("pupils[1].pupil.upn" -> "Unique Pupil Number (UPN)")."""
    plain = _INDEX.sub("", path)
    for candidate in (plain, plain.removeprefix("pupils."), plain.rsplit(".", 1)[0]):
        if candidate in FIELD_LABELS:
            return FIELD_LABELS[candidate]
    if plain.startswith("pupils.pupil.schools"):
        return "Schools"
    return plain


# The letters' messages speak of the answers file's fields; on screen the fix is said in the wizard's words.
ON_SCREEN_FIXES: Mapping[tuple[str, str], str] = {
    ("pupils.pupil.date_of_birth", "missing"): QT_TRANSLATE_NOOP("Problems", "type the day, month and year"),
    ("pupils.pupil.schools.name", "missing"): QT_TRANSLATE_NOOP(
        "Problems", "write the school's name, or remove the school"
    ),
    ("situations", "missing"): QT_TRANSLATE_NOOP(
        "Problems", "tick at least one, or write your reasons in your own words"
    ),
    ("situations", "generic"): QT_TRANSLATE_NOOP(
        "Problems",
        "privacy in general is true of every pupil, and the law needs a reason particular to your child. Tick one "
        "that fits, or write what makes your child's situation different in your own words",
    ),
    ("erasure_grounds", "missing"): QT_TRANSLATE_NOOP("Problems", "tick at least one reason"),
    ("restriction_grounds", "missing"): QT_TRANSLATE_NOOP("Problems", "tick at least one reason"),
    ("corrections", "missing"): QT_TRANSLATE_NOOP("Problems", "fill in at least one correction"),
    ("corrections.item", "missing"): QT_TRANSLATE_NOOP("Problems", "say what is wrong, for example 'surname'"),
    ("corrections.recorded", "missing"): QT_TRANSLATE_NOOP("Problems", "say what the record says now"),
    ("corrections.correct", "missing"): QT_TRANSLATE_NOOP("Problems", "say what it should say"),
}


def fix_for(problem: Problem) -> str:
    """What to do about a problem, in the wizard's words."""
    message = problem.message  # kept whole when it has no prefix: it may be a Sentence the screen translates
    fix = message.removeprefix("missing: ") if message.startswith("missing: ") else message
    return ON_SCREEN_FIXES.get((_INDEX.sub("", problem.path), problem.code), fix)


def describe(problem: Problem) -> str:
    """A problem as the wizard shows it: the field's on-screen name, then what to do."""
    return f"{label_for(problem.path)}: {fix_for(problem)}"


def problems(step: Step, draft: Draft, *, recipients: Mapping[str, DirectoryEntry]) -> tuple[Problem, ...]:
    """What is wrong on `step`, blocking or not. Next stays disabled while any blocking problem remains."""
    checks: Mapping[Step, Callable[[Draft, Mapping[str, DirectoryEntry]], list[Problem]]] = {
        Step.FOLLOW_UP: _follow_up_problems,
        Step.WHO_ASKING: _who_problems,
        Step.ABOUT: _about_problems,
        Step.RECIPIENT: _recipient_problems,
        Step.WANT: _want_problems,
        Step.SEND: _send_problems,
    }
    check = checks.get(step)
    return tuple(check(draft, recipients)) if check else ()


def blocking(found: Iterable[Problem]) -> list[Problem]:
    return [problem for problem in found if problem.blocking]


def _letter_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry], index: int = 0) -> tuple[Problem, ...]:
    return check_answers(letter_kind(draft), answers_for(draft, index), today=draft.today, recipients=recipients)


def _follow_up_problems(draft: Draft, _recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    found = []
    if draft.follow_up is None:
        found.append(Problem("follow_up", QT_TRANSLATE_NOOP("Problems", "choose what you want to do"), "missing"))
    if draft.case_id:
        if draft.history is None:
            not_sent = QT_TRANSLATE_NOOP("Problems", "this case has not been marked as sent yet: mark it as sent first")
            found.append(Problem("case", not_sent, "unsent"))
        return found
    sent = draft.earlier.sent
    if sent is None:
        fix = QT_TRANSLATE_NOOP("Problems", "give the day, month and year you sent your letter")
        found.append(Problem("earlier.sent", "missing: " + fix, "missing"))
    elif sent > draft.today:
        found.append(
            Problem(
                "earlier.sent", QT_TRANSLATE_NOOP("Problems", "this date is in the future: check the year"), "range"
            )
        )
    return found


def _who_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    if draft.requester.relationship is None:
        return [Problem("requester.relationship", QT_TRANSLATE_NOOP("Problems", "choose who is asking"), "missing")]
    return [
        problem
        for problem in _letter_problems(draft, recipients)
        if problem.path.startswith("requester.") and not _belongs_to_send(problem)
    ]


def _belongs_to_send(problem: Problem) -> bool:
    """An email address is missing only because the user chose a reply by email (on the sending page)."""
    return problem.path == "requester.email" and problem.code == "missing"


def _about_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    if not draft.pupils:
        fix = (
            QT_TRANSLATE_NOOP("Problems", "add yourself")
            if draft.is_self
            else QT_TRANSLATE_NOOP("Problems", "add at least one child")
        )
        return [Problem("pupils", "missing: " + fix, "missing")]
    found: list[Problem] = []
    if draft.is_self and len(draft.pupils) > 1:
        found.append(
            Problem(
                "pupils",
                QT_TRANSLATE_NOOP(
                    "Problems", "asking about yourself, the letter is about one person: remove the others"
                ),
                "self",
            )
        )
    for index in range(len(draft.pupils)):
        for problem in _letter_problems(draft, recipients, index):
            if problem.path.startswith("pupil."):
                found.append(replace(problem, path=f"pupils[{index}].{problem.path}"))
    return found


def _recipient_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    if draft.target is Target.ORGANISATION:
        organisation = draft.organisation
        found = []
        if not organisation.name.strip():
            fix = QT_TRANSLATE_NOOP("Problems", "write the organisation's name")
            found.append(Problem("organisation.name", "missing: " + fix, "missing"))
        if not [line for line in organisation.address if line.strip()]:
            fix = QT_TRANSLATE_NOOP("Problems", "give its postal address, one line per item")
            found.append(Problem("organisation.address", "missing: " + fix, "missing"))
        if found:
            return found
    return [problem for problem in _letter_problems(draft, recipients) if problem.path.startswith("recipient")]


_WANT_PATHS = (
    "situations",
    "grounds",
    "erasure_grounds",
    "restriction_grounds",
    "corrections",
    "complaint",
    "educational_record",
)


def _want_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    found = [problem for problem in _letter_problems(draft, recipients) if problem.path.startswith(_WANT_PATHS)]
    if draft.follow_up in (FollowUp.COMPLAINT, FollowUp.ICO) and not draft.complaint.strip():
        history = history_of(draft)
        relationship = draft.requester.relationship or Relationship.SELF
        try:
            late = history is not None and case_timing(history, relationship, draft.today, "the organisation").overdue
        except TimingError:
            late = False
        if not late:
            found.append(
                Problem(
                    "complaint",
                    "missing: the answer is not late, so say what went wrong with it",
                    "missing",
                )
            )
    return found


def _send_problems(draft: Draft, recipients: Mapping[str, DirectoryEntry]) -> list[Problem]:
    return [
        replace(
            problem,
            message="missing: you chose a reply by email. Add your email on the 'Who is asking' page, or choose post",
        )
        for problem in _letter_problems(draft, recipients)
        if _belongs_to_send(problem)
    ]
