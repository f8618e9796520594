"""build_letter: every kind, the elements every letter must state, the voice, and the dates it gives.

Dates are worked out by hand from the rules in docs/law.md (cited per row) and checked against what the
letter says: the rules engine computes them, these tests prove the letters state them.
"""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.law import citations_for
from npdrights.core.letters import (
    KINDS,
    AnswersError,
    Heading,
    Table,
    answers_from_json,
    build_letter,
    check_answers,
    kind_named,
    make_reference,
    render_text,
)
from npdrights.core.model import CaseKind, EventKind
from tests.letter_fixtures import LETTER_DATE, LETTER_KINDS, build, flat, full_data, minimal_data


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("answers", ["minimal", "full"])
def test_every_kind_builds(kind: str, answers: str) -> None:
    data = minimal_data(kind) if answers == "minimal" else full_data(kind)
    letter = build(kind, data)
    assert letter.kind == kind
    assert letter.subject
    assert letter.metadata.title
    assert letter.metadata.language == "en-GB"
    assert letter.blocks
    assert re.fullmatch(r"[A-Z0-9-]+", letter.reference)
    if KINDS[kind].is_letter:
        assert letter.recipient is not None
        assert letter.sender is not None
        assert letter.signature is not None
        assert letter.signature.name == data["requester"]["name"]
    else:
        assert letter.recipient is None
        assert letter.signature is None
    text = render_text(letter)
    assert "{{" not in text
    assert "{%" not in text


# What each letter must state (issue 4): the law, what is asked and the deadline as a date. The dates follow
# docs/law.md §1.3: posted first class on Tuesday 1 December 2026, the letter is treated as received on the
# 2nd working day after (Thursday 3 December); one calendar month later is Sunday 3 January 2027, so the
# answer is due on the next working day, Monday 4 January 2027.
REQUIRED = {
    "sar-dfe": [
        "Article 15 of the UK General Data Protection Regulation",
        "The DfE is the data controller for the National Pupil Database",
        "Please do not refer me to a school",
        "Article 15(1)(g)",
        "Article 15(2)",
        "whether the recipient was a commercial organisation, or a newspaper",
        "linked or matched with",
        "how long you keep each part",
        "please reply by Monday 4 January 2027",
    ],
    # Second class: 4th working day after Tuesday 1 December is Monday 7 December (law §1.3 and the deemed
    # receipt convention in DESIGN.md §3); a month later is Thursday 7 January 2027.
    "sar-lrs": [
        "Personal Learning Record",
        "Learning Records Service",
        "Unique Learner Number (ULN)",
        "please reply by Thursday 7 January 2027",
        "reply by email to quentin@example.org",
    ],
    # Pupil Information Regulations 2005 reg 5 (law §4): 15 school days after Thursday 3 December, with no
    # school holidays entered, leaving out the usual Christmas holiday (21 December to 1 January): about
    # Thursday 7 January 2027, never a day in the holidays.
    "sar-organisation": [
        "It is for the personal data Exampleton Primary School holds",
        "regulation 5 of the Education (Pupil Information) (England) Regulations 2005",
        "15 school days end on about Thursday 7 January 2027",
        "leaving out the holidays most schools take",
        "does not pause for school holidays",
        "please reply by Monday 4 January 2027",
    ],
    "objection-dfe": [
        "Article 21(1)",
        "public task (Article 6(1)(e) UK GDPR)",
        "Article 18(1)(d)",
        "Article 19 UK GDPR",
        "compelling legitimate grounds",
        "commercial organisations",
        "journalists",
        "please reply by Monday 4 January 2027",
    ],
    "rectification": [
        "Article 16",
        "Article 18(1)(a)",
        "Article 19 UK GDPR",
        "30 December 2015",
        "30 November 2015",
        "please reply by Monday 4 January 2027",
    ],
    "erasure": [
        "Article 17",
        "Article 17(1)(c)",
        "Article 17(3)",
        "archiving, research or statistics",
        "please reply by Monday 4 January 2027",
    ],
    # law §3.2: Article 18(1)(a) to (d), each ground cited; told before it is lifted (Article 18(3)).
    "restriction": [
        "Under Article 18(1) of the UK General Data Protection Regulation",
        "Article 18(1)(a)",
        "Article 18(1)(d)",
        "Under Article 18(3), tell me before you lift the restriction.",
        "Article 19 UK GDPR",
        "please reply by Monday 4 January 2027",
    ],
    # Sent first class on Thursday 1 October 2026: received Monday 5 October (law §1.3 deemed receipt), due
    # Thursday 5 November 2026. The reminder asks within 10 working days: Tuesday 15 December 2026.
    "reminder": [
        "On Thursday 1 October 2026 I sent you a subject access request",
        "reached you by Monday 5 October 2026",
        "your reply was due by Thursday 5 November 2026",
        "Under Articles 12(3) and 12A of the UK GDPR",  # law §1.1: the time limits are in Article 12A
        "I will make a formal complaint to you, and then to the Information Commission (ICO)",
        "by Tuesday 15 December 2026",
    ],
    # Sent Tuesday 1 September: received Thursday 3 September, due Saturday 3 October -> Monday 5 October. The
    # extension notice of Tuesday 6 October came after that (law §1.4: it must come within the first month). The
    # receipt is only the usual time for post, and one day is no margin: the letter asks when it arrived.
    # s.164A (law §2.1): received Thursday 3 December, 30 days from the day after is Saturday 2 January 2027,
    # moved to Monday 4 January 2027.
    "complaint-organisation": [
        "Information rights complaint",
        "as post normally would, your first deadline was Monday 5 October 2026",
        "Please tell me the date you received my letter: if your notice came after that month, the extension does",
        "Section 164A of the Data Protection Act 2018",
        "please acknowledge it by Monday 4 January 2027",
        # law §2.2-§2.3: the right to complain to the regulator is s.165, and it is the Information Commission.
        "I will complain to the Information Commission (ICO) under section 165 of the Data Protection Act 2018",
    ],
}


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_letter_states_the_required_elements(kind: str) -> None:
    data = full_data(kind)
    letter = build(kind, data)
    text = flat(render_text(letter))
    requester = data["requester"]
    assert requester["name"] in text
    assert requester["address"][0] in text
    assert "Tuesday 1 December 2026" in text
    assert f"Our reference: {letter.reference}" in text
    assert letter.subject in text
    assert letter.recipient is not None
    assert letter.recipient.lines[0] in text
    pupil_name = data["pupil"].get("name", requester["name"])
    assert pupil_name in text
    if kind != "reminder":  # a reminder quotes the first letter, which said who is asking
        assert re.search(r"my own records|'s parent|'s carer|I am an adviser at", text)
    for phrase in REQUIRED[kind]:
        assert flat(phrase) in text, phrase
    if kind.startswith(("sar", "objection", "rectification", "erasure")):
        assert "How to reply" in text
        assert "quoting our reference" in text
    for enclosure in letter.enclosures:
        assert enclosure in text


@pytest.mark.parametrize(
    ("relationship", "born", "authority", "says", "encloses", "cautions"),
    [
        pytest.param("self", "2005-01-15", None, "I am writing about my own records", False, False, id="adult-self"),
        pytest.param("self", "2010-03-17", None, "I am writing about my own records", False, False, id="pupil-16"),
        # Without a pronoun the letter uses the child's first name (issue 10: the default).
        pytest.param("parent", "2018-09-14", None, "is 8, so I am writing for Yolanda", False, False, id="parent-8"),
        # law §7: a carer's letter says they have parental responsibility, and the app advises them (a warning)
        # that foster and kinship carers often don't.
        pytest.param(
            "carer", "2018-09-14", None, "'s carer and have parental responsibility", False, True, id="carer-8"
        ),
        # law §7: about 12 is a reasonable guide; the child's authority goes with the letter.
        pytest.param("parent", "2013-05-04", None, "has signed the enclosed form", True, False, id="parent-13"),
        # law §7: 12-17 without a signed authority: "it is in their best interests", never "not able".
        pytest.param(
            "parent",
            "2013-05-04",
            False,
            "I am writing for Yolanda because it is in Yolanda's best interests.",
            False,
            True,
            id="parent-13-no-authority",
        ),
        # law §7: an adult former pupil's parent needs their written authority like anyone else.
        pytest.param("parent", "2006-01-01", None, "has signed the enclosed form", True, True, id="parent-of-adult"),
        pytest.param("adviser", "2013-05-04", None, "I am an adviser at", True, False, id="adviser"),
    ],
)
def test_the_voice_follows_who_is_asking(
    relationship: str, born: str, authority: bool | None, says: str, encloses: bool, cautions: bool
) -> None:
    data = minimal_data("sar-dfe")
    data["requester"].update(relationship=relationship, organisation="Fictional Families Advice Centre")
    data["pupil"] = {"name": "Yolanda Pretendwell", "date_of_birth": born}
    if authority is not None:
        data["pupil_authority"] = authority
    letter = build("sar-dfe", data)
    assert says in flat(render_text(letter))
    assert any("authority" in item for item in letter.enclosures) == encloses
    # The rules engine's cautions (core.requesters) reach the user as warnings, never in the letter.
    unconfirmed_address = 1
    assert (len(letter.warnings) > unconfirmed_address) == cautions


def _with(kind: str, **changes: Any) -> dict[str, Any]:
    data = minimal_data(kind)
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for name in parents:
            target = target.setdefault(name, {})
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("kind", "data", "path", "fragment"),
    [
        ("sar-dfe", _with("sar-dfe", pupil__date_of_birth="2019-13-01"), "pupil.date_of_birth", "expected YYYY-MM-DD"),
        ("sar-dfe", _with("sar-dfe", requester__address=[]), "requester.address", "missing"),
        ("sar-dfe", _with("sar-dfe", requester__nmae="x"), "requester", "unexpected field 'nmae'"),
        ("sar-dfe", _with("sar-dfe", requester__relationship="aunt"), "requester.relationship", "is not one of"),
        ("sar-dfe", _with("sar-dfe", pupil__upn="A801200005001"), "pupil.upn", "first letter does not match"),
        ("sar-dfe", _with("sar-dfe", pupil__former_upns=["B8012"]), "pupil.former_upns[0]", "13 characters"),
        ("sar-dfe", _with("sar-dfe", pupil__uln="123456789"), "pupil.uln", "10 digits"),
        ("sar-dfe", _with("sar-dfe", pupil__date_of_birth="2027-01-01"), "pupil.date_of_birth", "after the letter"),
        ("sar-dfe", _with("sar-dfe", requester__email="not-an-email"), "requester.email", "not an email"),
        ("sar-dfe", _with("sar-dfe", reply_by="email"), "requester.email", "reply by email"),
        ("sar-dfe", _with("sar-dfe", requester__relationship="adviser"), "requester.organisation", "missing"),
        ("sar-dfe", _with("sar-dfe", requester__relationship="parent"), "pupil.name", "missing"),
        (
            "sar-dfe",
            _with("sar-dfe", pupil__schools=[{"name": "Exampleton School", "from_year": 2020, "to_year": 2018}]),
            "pupil.schools[0].to_year",
            "earlier than from_year",
        ),
        ("sar-dfe", _with("sar-dfe", recipient="nowhere"), "recipient", "not in the directory"),
        ("sar-dfe", _with("sar-dfe", recipient="lrs"), "recipient", "no postal address"),
        (
            "sar-dfe",
            _with("sar-dfe", recipient={"name": "X", "address": ["1", "2", "3", "4", "5", "6"], "postcode": "EX1"}),
            "recipient.address",
            "too many lines",
        ),
        ("sar-organisation", _with("sar-organisation", recipient={}), "recipient", "missing"),
        (
            "sar-organisation",
            _with("sar-organisation", educational_record=True),
            "educational_record",
            "only a maintained school",
        ),
        ("objection-dfe", _with("objection-dfe", grounds=""), "situations", "missing"),
        ("rectification", _with("rectification", corrections=[{"item": "Surname"}]), "corrections[0].recorded", ""),
        ("rectification", _with("rectification", corrections=[]), "corrections", "missing"),
        ("erasure", _with("erasure", erasure_grounds=["bored"]), "erasure_grounds[0]", "is not one of"),
        ("reminder", _with("reminder", case={}), "case.sent", "missing"),
        ("reminder", _with("reminder", case={"sent": "2027-01-01"}), "case.sent", "after this letter's date"),
        (
            "reminder",
            _with("reminder", case={"sent": "2026-09-01", "delivered": "2026-08-30"}),
            "case.delivered",
            "before case.sent",
        ),
        (
            "reminder",
            _with("reminder", case={"sent": "2026-09-01", "events": [{"date": "2026-08-01", "kind": "refused"}]}),
            "case.events[0].date",
            "outside the case",
        ),
        # The rules engine (core.status) refuses events that cannot all be true, and explains why.
        (
            "reminder",
            _with("reminder", case={"sent": "2026-09-01", "events": [{"date": "2026-09-02", "kind": "id-provided"}]}),
            "case.events[0]",
            "hadn't asked for it",
        ),
        (
            "reminder",
            _with(
                "reminder", case={"sent": "2026-09-01", "events": [{"date": "2026-09-20", "kind": "objection-upheld"}]}
            ),
            "case.events[0]",
            "only happens in an objection",
        ),
        # While the DfE waits for proof of identity the month has not started again: nothing is due to chase.
        (
            "reminder",
            _with("reminder", case={"sent": "2026-09-01", "events": [{"date": "2026-09-10", "kind": "id-requested"}]}),
            "case.events",
            "no answer is due yet",
        ),
        (
            "complaint-organisation",
            _with("complaint-organisation", case={"sent": "2026-11-25"}),
            "complaint",
            "say what went wrong",
        ),
        ("enclosures", _with("enclosures", for_kind="child-authority"), "for_kind", "expected one of"),
        ("child-authority", _with("child-authority", requester__relationship="self"), "requester.relationship", ""),
        (
            "adviser-authority",
            _with("adviser-authority", requester__relationship="parent"),
            "requester.relationship",
            "",
        ),
    ],
)
def test_bad_answers_name_the_field_and_the_fix(kind: str, data: dict[str, Any], path: str, fragment: str) -> None:
    with pytest.raises(AnswersError) as raised:
        build(kind, data)
    messages = [problem.message for problem in raised.value.problems if problem.path == path]
    assert messages, raised.value
    assert any(fragment in message for message in messages), messages


def test_every_problem_is_reported_at_once() -> None:
    data = _with("sar-dfe", pupil__upn="A801200005001", pupil__uln="12", requester__email="nope")
    data["requester"]["address"] = []
    with pytest.raises(AnswersError) as raised:
        build("sar-dfe", data)
    assert {problem.path for problem in raised.value.problems} == {
        "pupil.upn",
        "pupil.uln",
        "requester.email",
        "requester.address",
    }
    assert str(raised.value).count("\n") == 3


@pytest.mark.parametrize(
    ("kind", "data", "warning"),
    [
        ("sar-dfe", minimal_data("sar-dfe"), "not confirmed"),  # law §9.1 marks the DPO address "needs checking"
        # A council created after stdnum's 2011 list (838: Dorset, 2019); the check letter matches.
        ("sar-dfe", _with("sar-dfe", pupil__upn="K838123419001"), "probably a newer council"),
        ("sar-lrs", minimal_data("sar-lrs"), "without it the search relies on name and date of birth"),
        ("reminder", _with("reminder", case={"sent": "2026-11-25"}), "a reminder now may seem early"),
    ],
)
def test_warnings_do_not_stop_the_letter(kind: str, data: dict[str, Any], warning: str) -> None:
    letter = build(kind, data)
    assert any(warning in text for text in letter.warnings), letter.warnings


def test_a_new_request_gets_its_own_reference_and_a_follow_up_keeps_the_case_reference() -> None:
    reminder = full_data("reminder")
    assert build("reminder", reminder).reference == reminder["case"]["reference"]
    request = build("sar-dfe", reminder)
    assert request.reference != reminder["case"]["reference"]
    assert re.fullmatch(r"NPD-SAR-20261201-[A-Z2-7]{4}", request.reference)
    assert build("sar-dfe", _with("sar-dfe", reference="MY-REF-1")).reference == "MY-REF-1"


def test_a_reference_holds_nothing_from_the_name_or_date_of_birth() -> None:
    """Issue 13 item 9: the tag was a hash of the child's name and birth date; now it is random, so the same
    answers give different tags, and a tag can't be tried against guessed names."""
    answers = answers_from_json(minimal_data("sar-dfe"))

    def fresh_tag() -> str:
        letter = build_letter(
            "sar-dfe", answers, today=LETTER_DATE, templates=letter_templates(), recipients=recipients_directory()
        )
        return letter.reference.rsplit("-", 1)[1]

    tags = {fresh_tag() for _ in range(20)}
    assert len(tags) > 15  # 20 bits each: a repeat among 20 is very unlikely, twenty identical ones impossible
    assert all(re.fullmatch(r"[A-Z2-7]{4}", tag) for tag in tags)
    assert make_reference(kind_named("sar-dfe"), date(2026, 12, 1), "K7Q2") == "NPD-SAR-20261201-K7Q2"


@pytest.mark.parametrize(
    ("letter_date", "statutory"),
    [
        # law §2.1: s.164A applies to complaints received from 19 June 2026. Posted first class on Tuesday
        # 16 June, a complaint is treated as received on Thursday 18 June; posted on Wednesday 17 June, on
        # Friday 19 June.
        pytest.param("2026-06-16", False, id="received-18-june"),
        pytest.param("2026-06-17", True, id="received-19-june"),
    ],
)
def test_the_complaint_cites_section_164a_only_once_it_is_in_force(letter_date: str, statutory: bool) -> None:
    data = _with("complaint-organisation", date=letter_date, case={"sent": "2026-04-01"})
    text = flat(render_text(build("complaint-organisation", data)))
    assert ("Section 164A" in text) == statutory
    assert "acknowledge" in text


def test_the_ico_pack_has_a_consent_page_for_a_child_of_12_or_over_only() -> None:
    older = build("complaint-ico", full_data("complaint-ico"))  # Zebedee is 13
    assert any(isinstance(b, Heading) and b.text.startswith("Consent") for b in older.blocks)
    younger = full_data("complaint-ico")
    younger["pupil"]["date_of_birth"] = "2016-01-01"
    assert not any(
        isinstance(b, Heading) and b.text.startswith("Consent") for b in build("complaint-ico", younger).blocks
    )
    self_pack = minimal_data("complaint-ico")  # the pupil complains for themself: no consent needed
    assert not any(
        isinstance(b, Heading) and b.text.startswith("Consent") for b in build("complaint-ico", self_pack).blocks
    )


def test_the_ico_pack_says_when_the_three_months_have_passed() -> None:
    # Last contact Tuesday 1 September 2026: the ICO expects a complaint by Tuesday 1 December 2026 (law §2.2).
    on_time = build("complaint-ico", _with("complaint-ico", date="2026-12-01"))
    late = build("complaint-ico", _with("complaint-ico", date="2026-12-02"))
    assert "Complain by Tuesday 1 December 2026" in flat(render_text(on_time))
    assert "which has passed" in flat(render_text(late))
    assert any("That has passed" in warning for warning in late.warnings)


def test_the_ico_summary_fits_the_form_even_with_long_answers() -> None:
    data = full_data("complaint-ico")
    data["complaint"] = "They did not answer. " * 200
    data["harm"] = "It has been very stressful. " * 100
    pack = build("complaint-ico", data)
    summary_heading = next(i for i, b in enumerate(pack.blocks) if isinstance(b, Heading) and "summary" in b.text)
    counter = pack.blocks[summary_heading + 1]
    match = re.search(r"uses ([\d,]+) of 2,000 characters", counter.text if hasattr(counter, "text") else "")
    assert match is not None
    assert int(match.group(1).replace(",", "")) <= 2000
    assert any("cut to fit" in warning for warning in pack.warnings)


def test_user_text_cannot_make_markup() -> None:
    hostile = "## Not a heading | not a cell \\ [new page] - [ ] <b>&amp;"
    data = _with("rectification", corrections=[{"item": hostile, "recorded": "a|b", "correct": "c"}])
    data["requester"]["name"] = hostile
    letter = build("rectification", data)
    assert not any(isinstance(b, Heading) and "Not a heading" in b.text for b in letter.blocks)
    table = next(b for b in letter.blocks if isinstance(b, Table) and b.header)
    assert table.rows[0] == (" ".join(hostile.split()), "a|b", "c")
    assert letter.signature is not None
    assert letter.signature.name == hostile


def test_the_checklist_lists_the_letters_enclosures_and_when_to_expect_an_answer() -> None:
    checklist = flat(render_text(build("enclosures", full_data("enclosures"))))
    letter = build("sar-dfe", full_data("enclosures"))
    for enclosure in letter.enclosures:
        assert enclosure in checklist
    assert "Send proof of identity only if the organisation asks for it" in checklist  # law §9.2, §9.2
    assert "must answer by Monday 4 January 2027" in checklist


@pytest.mark.parametrize(
    ("case", "due"),
    [
        # law §1.3: sent first class on Tuesday 1 September 2026, treated as received Thursday 3 September; one
        # calendar month is Saturday 3 October, so Monday 5 October.
        pytest.param({"sent": "2026-09-01"}, "Monday 5 October 2026", id="deemed-receipt"),
        # A recorded delivery date wins: Friday 4 September -> Sunday 4 October -> Monday 5 October.
        pytest.param({"sent": "2026-09-01", "delivered": "2026-09-04"}, "Monday 5 October 2026", id="delivered"),
        # Its acknowledgement on Wednesday 2 September shows it had the letter then: due Friday 2 October.
        pytest.param(
            {"sent": "2026-09-01", "events": [{"date": "2026-09-02", "kind": "acknowledged"}]},
            "Friday 2 October 2026",
            id="reply-shows-receipt",
        ),
        # law §1.5: proof of identity restarts the month from the day it arrives. Sent by email on Monday
        # 14 September, it arrives that day: due Wednesday 14 October.
        pytest.param(
            {
                "sent": "2026-09-01",
                "events": [
                    {"date": "2026-09-10", "kind": "id-requested"},
                    {"date": "2026-09-14", "kind": "id-provided", "post_method": "email"},
                ],
            },
            "Wednesday 14 October 2026",
            id="id-restarts",
        ),
        # law §1.5: the days from the question (Thursday 10 September) to the answer arriving (by email, Monday
        # 14 September), both included, do not count: 5 days on from Saturday 3 October is Thursday 8 October.
        pytest.param(
            {
                "sent": "2026-09-01",
                "events": [
                    {"date": "2026-09-10", "kind": "clarification-requested"},
                    {"date": "2026-09-14", "kind": "clarification-provided", "post_method": "email"},
                ],
            },
            "Thursday 8 October 2026",
            id="clarification-pauses",
        ),
        # law §1.3: an extension notified within the month gives three months: Thursday 3 December 2026.
        pytest.param(
            {"sent": "2026-09-01", "events": [{"date": "2026-09-20", "kind": "extension-notified"}]},
            "Thursday 3 December 2026",
            id="extension-in-time",
        ),
    ],
)
def test_a_reminder_states_the_due_date_the_case_tracker_works_out(case: dict[str, Any], due: str) -> None:
    data = _with("reminder", date="2026-12-10", case=case)
    assert f"your reply was due by {due}" in flat(render_text(build("reminder", data)))


def test_every_event_and_case_kind_has_wording() -> None:
    words = (
        letter_templates()
        .environment()
        .get_template("_words.j2")
        .make_module(
            {
                "voice": SimpleNamespace(is_self=True),
                "pupil": SimpleNamespace(name="Zebedee Fictionalson"),
                "law": citations_for(LETTER_DATE, LETTER_DATE),
                "pronoun": "",
                "letter": SimpleNamespace(kind="reminder"),
            }
        )
    )
    assert {kind.value for kind in EventKind} <= set(words.events)
    assert {kind.value for kind in CaseKind} <= set(words.requests) & set(words.wanted)


def test_a_wizard_can_check_answers_without_building_the_letter() -> None:
    data = _with("sar-lrs", pupil__upn="A801200005001")
    problems = check_answers("sar-lrs", answers_from_json(data), today=LETTER_DATE, recipients=recipients_directory())
    assert [(problem.path, problem.blocking) for problem in problems] == [("pupil.upn", True), ("pupil.uln", False)]
