"""The guided journeys without Qt: every branch of the page order, each page's problems, and what Finish saves."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from npdrights.bundled import recipients_directory
from npdrights.core.letters import Correction, ErasureGround, LetterAnswers, OrganisationType, ReplyBy, Situation
from npdrights.core.letters.answers import RestrictionGround
from npdrights.core.model import (
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Organisation,
    Person,
    PostMethod,
    PupilIdentifiers,
    Relationship,
    School,
)
from npdrights.core.next_steps import ActionKind
from npdrights.core.requesters import Asker
from npdrights.core.wizard_flow import (
    FOLLOW_UP_FOR_ACTION,
    Draft,
    EarlierLetter,
    FollowUp,
    Journey,
    OrganisationDraft,
    PupilDraft,
    RequesterDraft,
    Sending,
    Step,
    Target,
    answers_for,
    asker,
    blocking,
    describe,
    first_step,
    follow_up_draft,
    forms_to_enclose,
    history_from_case,
    label_for,
    letter_kind,
    next_step,
    plan_cases,
    problems,
    sent_event,
    steps,
)

TODAY = date(2026, 11, 28)
RECIPIENTS = recipients_directory()
S = Step


def parent(**changes: object) -> RequesterDraft:
    details: dict[str, object] = {
        "relationship": Relationship.PARENT,
        "name": "Ada Fictionalson",
        "address": ("12 Imaginary Road", "Exampleton"),
        "postcode": "EX1 2AB",
        "email": "ada@example.org",
    }
    return RequesterDraft(**(details | changes))  # type: ignore[arg-type]


def child(name: str = "Zebedee Fictionalson", born: date = date(2013, 5, 4), **changes: object) -> PupilDraft:
    return PupilDraft(name=name, date_of_birth=born, **changes)  # type: ignore[arg-type]


def draft(journey: Journey = Journey.ASK, **changes: object) -> Draft:
    made = Draft(journey=journey, today=TODAY, requester=parent(), pupils=[child()])
    for name, value in changes.items():
        setattr(made, name, value)
    return made


def counter() -> object:
    numbers = itertools.count(1)
    return lambda: f"id{next(numbers)}"


# -- page order --------------------------------------------------------------------------------------

NEW_REQUEST = (S.WHO_ASKING, S.ABOUT, S.CONSENT, S.RECIPIENT, S.WANT, S.SEND, S.PREVIEW, S.FINISH)


@pytest.mark.parametrize(
    ("journey", "expected"),
    [
        (Journey.ASK, NEW_REQUEST),
        (Journey.CORRECT, NEW_REQUEST),
        (Journey.ERASE, NEW_REQUEST),
        (Journey.RESTRICT, NEW_REQUEST),
        # An objection is always to the DfE: no recipient page.
        (Journey.OBJECT, (S.WHO_ASKING, S.ABOUT, S.CONSENT, S.WANT, S.SEND, S.PREVIEW, S.FINISH)),
    ],
)
def test_new_request_pages(journey: Journey, expected: tuple[Step, ...]) -> None:
    made = draft(journey)
    assert steps(made) == expected
    assert first_step(made) is S.WHO_ASKING


@pytest.mark.parametrize(
    ("follow_up", "tracked", "expected"),
    [
        (FollowUp.REMINDER, True, (S.FOLLOW_UP, S.SEND, S.PREVIEW, S.FINISH)),
        (FollowUp.COMPLAINT, True, (S.FOLLOW_UP, S.WANT, S.SEND, S.PREVIEW, S.FINISH)),
        # The ICO pack is pasted into the ICO's online form: nothing to post.
        (FollowUp.ICO, True, (S.FOLLOW_UP, S.WANT, S.PREVIEW, S.FINISH)),
        (FollowUp.CORRECTION, True, (S.FOLLOW_UP, S.WANT, S.SEND, S.PREVIEW, S.FINISH)),
        # Not chosen yet: the first page decides.
        (None, True, (S.FOLLOW_UP, S.SEND, S.PREVIEW, S.FINISH)),
        # An earlier letter typed in: who, about whom and to whom are asked too.
        (
            FollowUp.REMINDER,
            False,
            (S.FOLLOW_UP, S.WHO_ASKING, S.ABOUT, S.RECIPIENT, S.SEND, S.PREVIEW, S.FINISH),
        ),
        (
            FollowUp.ICO,
            False,
            (S.FOLLOW_UP, S.WHO_ASKING, S.ABOUT, S.RECIPIENT, S.WANT, S.PREVIEW, S.FINISH),
        ),
    ],
)
def test_follow_up_pages(follow_up: FollowUp | None, tracked: bool, expected: tuple[Step, ...]) -> None:
    made = draft(Journey.FOLLOW_UP, follow_up=follow_up, case_id="case1" if tracked else "")
    assert steps(made) == expected
    assert first_step(made) is S.FOLLOW_UP


def test_next_step_walks_the_pages_and_ends() -> None:
    made = draft(Journey.OBJECT)
    walked = [S.WHO_ASKING]
    while (following := next_step(made, walked[-1])) is not None:
        walked.append(following)
    assert tuple(walked) == steps(made)
    assert next_step(made, S.FINISH) is None


def test_next_step_follows_a_change_made_on_the_current_page() -> None:
    made = draft(Journey.FOLLOW_UP, case_id="case1")
    made.follow_up = FollowUp.COMPLAINT
    assert next_step(made, S.FOLLOW_UP) is S.WANT
    made.follow_up = FollowUp.REMINDER
    assert next_step(made, S.FOLLOW_UP) is S.SEND


def test_next_step_from_a_page_the_journey_skips_goes_to_the_next_it_has() -> None:
    assert next_step(draft(Journey.OBJECT), S.RECIPIENT) is S.WANT


@pytest.mark.parametrize(
    ("journey", "target", "follow_up", "kind"),
    [
        (Journey.ASK, Target.DFE, None, "sar-dfe"),
        (Journey.ASK, Target.LRS, None, "sar-lrs"),
        (Journey.ASK, Target.ORGANISATION, None, "sar-organisation"),
        (Journey.OBJECT, Target.DFE, None, "objection-dfe"),
        (Journey.CORRECT, Target.DFE, None, "rectification"),
        (Journey.ERASE, Target.ORGANISATION, None, "erasure"),
        (Journey.RESTRICT, Target.DFE, None, "restriction"),
        (Journey.FOLLOW_UP, Target.DFE, FollowUp.REMINDER, "reminder"),
        (Journey.FOLLOW_UP, Target.DFE, FollowUp.COMPLAINT, "complaint-organisation"),
        (Journey.FOLLOW_UP, Target.DFE, FollowUp.ICO, "complaint-ico"),
        (Journey.FOLLOW_UP, Target.DFE, FollowUp.CORRECTION, "rectification"),
        (Journey.FOLLOW_UP, Target.DFE, None, "reminder"),
    ],
)
def test_letter_kind(journey: Journey, target: Target, follow_up: FollowUp | None, kind: str) -> None:
    assert letter_kind(draft(journey, target=target, follow_up=follow_up)) == kind


def test_every_follow_up_action_opens_a_follow_up() -> None:
    assert FOLLOW_UP_FOR_ACTION[ActionKind.REMINDER] is FollowUp.REMINDER
    assert FOLLOW_UP_FOR_ACTION[ActionKind.COMPLAIN_TO_ICO] is FollowUp.ICO
    assert set(FOLLOW_UP_FOR_ACTION.values()) == set(FollowUp)


# -- answers ----------------------------------------------------------------------------------------------


def test_answers_for_each_sibling() -> None:
    made = draft(pupils=[child(), child("Yolanda Fictionalson", date(2016, 1, 9), upn="B801200005001")])
    first, second = answers_for(made, 0), answers_for(made, 1)
    assert first.pupil.name == "Zebedee Fictionalson"
    assert second.pupil.name == "Yolanda Fictionalson"
    assert second.pupil.upn == "B801200005001"
    assert first.requester.name == second.requester.name == "Ada Fictionalson"
    assert first.recipient.directory == "dfe"
    assert first.date == TODAY


def test_answers_about_yourself_take_your_name() -> None:
    made = draft(requester=parent(relationship=Relationship.SELF), pupils=[PupilDraft(date_of_birth=date(2005, 1, 1))])
    answers = answers_for(made)
    assert answers.pupil.name == "Ada Fictionalson"
    assert answers.requester.relationship is Relationship.SELF


def test_answers_for_an_organisation_and_an_adviser() -> None:
    made = draft(
        target=Target.ORGANISATION,
        organisation=OrganisationDraft(
            name="Exampleton Primary School",
            address=("1 School Lane", "Exampleton"),
            postcode="EX1 1AA",
            type=OrganisationType.MAINTAINED_SCHOOL,
        ),
        requester=parent(relationship=Relationship.ADVISER, organisation="Fictional Advice Centre"),
    )
    answers = answers_for(made)
    assert answers.recipient.name == "Exampleton Primary School"
    assert answers.recipient.type is OrganisationType.MAINTAINED_SCHOOL
    assert answers.requester.organisation == "Fictional Advice Centre"


def test_a_parent_has_no_organisation_even_if_one_was_typed() -> None:
    assert answers_for(draft(requester=parent(organisation="typed then changed"))).requester.organisation == ""


def test_answers_with_no_pupil_yet_are_empty() -> None:
    assert answers_for(draft(pupils=[])).pupil.name == ""


def test_the_ico_pack_is_not_posted() -> None:
    made = draft(Journey.FOLLOW_UP, follow_up=FollowUp.ICO, send_by=PostMethod.SECOND_CLASS)
    assert answers_for(made).send_by is PostMethod.EMAIL


@pytest.mark.parametrize(
    ("relationship", "born", "authority", "expected", "forms"),
    [
        # docs/law.md §7: about 12 is the ICO's guide to a child's competence in England.
        (Relationship.PARENT, date(2013, 5, 4), None, Asker.PARENT_WITH_AUTHORITY, ("child-authority",)),
        (Relationship.PARENT, date(2018, 5, 4), None, Asker.PARENT_FOR_CHILD, ()),
        (Relationship.CARER, date(2013, 5, 4), False, Asker.PARENT_FOR_CHILD, ()),
        (Relationship.PARENT, date(2018, 5, 4), True, Asker.PARENT_WITH_AUTHORITY, ("child-authority",)),
        (Relationship.ADVISER, date(2013, 5, 4), None, Asker.ADVISER, ("adviser-authority",)),
        (Relationship.SELF, date(2010, 5, 4), None, Asker.PUPIL, ()),
        (Relationship.SELF, date(2000, 5, 4), None, Asker.ADULT_FORMER_PUPIL, ()),
    ],
)
def test_who_asks_decides_the_forms_to_enclose(
    relationship: Relationship, born: date, authority: bool | None, expected: Asker, forms: tuple[str, ...]
) -> None:
    made = draft(requester=parent(relationship=relationship), pupils=[child(born=born, authority=authority)])
    assert asker(made, 0) is expected
    assert forms_to_enclose(made, 0) == forms


def test_no_advice_before_the_age_is_known() -> None:
    assert asker(draft(pupils=[PupilDraft(name="Zebedee Fictionalson")]), 0) is None
    assert asker(draft(requester=RequesterDraft()), 0) is None
    assert asker(draft(), 3) is None


def test_a_follow_up_encloses_nothing() -> None:
    assert forms_to_enclose(draft(Journey.FOLLOW_UP, follow_up=FollowUp.REMINDER), 0) == ()


# -- problems, page by page -----------------------------------------------------------------------------


def paths(step: Step, made: Draft) -> list[str]:
    return [problem.path for problem in blocking(problems(step, made, recipients=RECIPIENTS))]


def test_a_complete_sar_has_no_blocking_problem_on_any_page() -> None:
    made = draft()
    for step in steps(made):
        assert paths(step, made) == [], step


@pytest.mark.parametrize(
    ("requester", "expected"),
    [
        (RequesterDraft(), ["requester.relationship"]),
        (parent(name=" "), ["requester.name"]),
        (parent(address=()), ["requester.address"]),
        (parent(email="not an address"), ["requester.email"]),
        (parent(relationship=Relationship.ADVISER), ["requester.organisation"]),
    ],
)
def test_who_is_asking_problems(requester: RequesterDraft, expected: list[str]) -> None:
    assert paths(S.WHO_ASKING, draft(requester=requester)) == expected


def test_a_missing_email_for_a_reply_by_email_belongs_to_the_sending_page() -> None:
    made = draft(requester=parent(email=""), reply_by=ReplyBy.EMAIL)
    assert paths(S.WHO_ASKING, made) == []
    found = blocking(problems(S.SEND, made, recipients=RECIPIENTS))
    assert [problem.path for problem in found] == ["requester.email"]
    assert "Who is asking" in found[0].message
    assert describe(found[0]).startswith("Your email address: ")


@pytest.mark.parametrize(
    ("pupils", "relationship", "expected"),
    [
        ([], Relationship.PARENT, ["pupils"]),
        ([PupilDraft(name="Zebedee Fictionalson")], Relationship.PARENT, ["pupils[0].pupil.date_of_birth"]),
        ([child(), PupilDraft(date_of_birth=date(2015, 1, 1))], Relationship.PARENT, ["pupils[1].pupil.name"]),
        ([child(upn="B80120000500X")], Relationship.PARENT, ["pupils[0].pupil.upn"]),
        ([child(uln="12345")], Relationship.PARENT, ["pupils[0].pupil.uln"]),
        ([child(born=date(2027, 1, 1))], Relationship.PARENT, ["pupils[0].pupil.date_of_birth"]),
        ([child(schools=(School("", 2019),))], Relationship.PARENT, ["pupils[0].pupil.schools[0].name"]),
        ([], Relationship.SELF, ["pupils"]),
        ([child(), child()], Relationship.SELF, ["pupils"]),
    ],
)
def test_about_problems_name_the_child_and_field(
    pupils: list[PupilDraft], relationship: Relationship, expected: list[str]
) -> None:
    assert paths(S.ABOUT, draft(pupils=pupils, requester=parent(relationship=relationship))) == expected


def test_problem_messages_name_the_field_as_shown() -> None:
    made = draft(pupils=[child(upn="B80120000500X")])
    (found,) = blocking(problems(S.ABOUT, made, recipients=RECIPIENTS))
    assert describe(found).startswith("Unique Pupil Number (UPN): ")
    assert label_for("pupils[2].pupil.schools[0].to_year") == "Schools"
    assert label_for("corrections[1].correct") == "What is wrong"
    assert label_for("something.unknown") == "something.unknown"


def test_a_non_blocking_identifier_warning_does_not_stop_the_page() -> None:
    # A check letter that matches but a council code newer than stdnum's list (identifiers.py).
    made = draft(pupils=[child()], target=Target.LRS)
    assert paths(S.ABOUT, made) == []
    warnings = [p for p in problems(S.ABOUT, made, recipients=RECIPIENTS) if not p.blocking]
    assert [p.path for p in warnings] == ["pupils[0].pupil.uln"]


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        (OrganisationDraft(), ["organisation.name", "organisation.address"]),
        (OrganisationDraft(name="Exampleton Primary School"), ["organisation.address"]),
        (
            OrganisationDraft(name="A School", address=("1", "2", "3", "4", "5", "6"), postcode="EX1 1AA"),
            ["recipient.address"],
        ),
        (OrganisationDraft(name="A School", address=("1 School Lane",), postcode="EX1 1AA"), []),
    ],
)
def test_recipient_problems(organisation: OrganisationDraft, expected: list[str]) -> None:
    assert paths(S.RECIPIENT, draft(target=Target.ORGANISATION, organisation=organisation)) == expected


def test_the_dfe_needs_nothing_more_on_the_recipient_page() -> None:
    assert paths(S.RECIPIENT, draft(target=Target.DFE)) == []


@pytest.mark.parametrize(
    ("journey", "changes", "expected"),
    [
        (Journey.OBJECT, {}, ["situations"]),
        (Journey.OBJECT, {"situations": (Situation.SEN,)}, []),
        (Journey.OBJECT, {"grounds": "My own reasons."}, []),
        (Journey.CORRECT, {}, ["corrections"]),
        (Journey.CORRECT, {"corrections": (Correction("Surname", "Fictonalson", ""),)}, ["corrections[0].correct"]),
        (Journey.CORRECT, {"corrections": (Correction("Surname", "Fictonalson", "Fictionalson"),)}, []),
        (Journey.ERASE, {}, ["erasure_grounds"]),
        (Journey.ERASE, {"erasure_grounds": (ErasureGround.OBJECTION_UPHELD,)}, []),
        # docs/law.md §3.2: Article 18(1)(a) to (d), one ground at least.
        (Journey.RESTRICT, {}, ["restriction_grounds"]),
        (Journey.RESTRICT, {"restriction_grounds": (RestrictionGround.ACCURACY,)}, []),
        (Journey.ASK, {"educational_record": True}, ["educational_record"]),
    ],
)
def test_want_problems(journey: Journey, changes: dict[str, object], expected: list[str]) -> None:
    assert paths(S.WANT, draft(journey, **changes)) == expected


def test_the_educational_record_is_for_a_parent_writing_to_a_maintained_school() -> None:
    school = OrganisationDraft(
        name="Exampleton Primary School",
        address=("1 Lane",),
        postcode="EX1 1AA",
        type=OrganisationType.MAINTAINED_SCHOOL,
    )
    made = draft(target=Target.ORGANISATION, organisation=school, educational_record=True)
    assert paths(S.WANT, made) == []


def sent_case(sent: date, *more: CaseEvent) -> tuple[Case, list[CaseEvent]]:
    case = Case("case1", CaseKind.SAR_DFE, "p2", "dfe", "p1", Relationship.PARENT, "NPD-SAR-20260901-AAAA", sent)
    events = [
        CaseEvent("e1", "case1", EventKind.DRAFTED, sent),
        CaseEvent("e2", "case1", EventKind.SENT, sent, post_method=PostMethod.FIRST_CLASS, reference="KF123"),
        *more,
    ]
    return case, events


@pytest.mark.parametrize(
    ("sent", "follow_up", "complaint", "expected"),
    [
        # docs/law.md §1.3: one month from receipt. Sent 1 September: due early October, late by 28 November.
        (date(2026, 9, 1), FollowUp.COMPLAINT, "", []),
        (date(2026, 9, 1), FollowUp.ICO, "", []),
        # Sent 20 November: not due yet, so a complaint must say what went wrong.
        (date(2026, 11, 20), FollowUp.COMPLAINT, "", ["complaint"]),
        (date(2026, 11, 20), FollowUp.COMPLAINT, "They sent the wrong child's record.", []),
        (date(2026, 11, 20), FollowUp.REMINDER, "", []),
    ],
)
def test_a_complaint_needs_words_unless_the_answer_is_late(
    sent: date, follow_up: FollowUp, complaint: str, expected: list[str]
) -> None:
    case, events = sent_case(sent)
    made = draft(Journey.FOLLOW_UP, follow_up=follow_up, case_id="case1", history=history_from_case(case, events))
    made.complaint = complaint
    assert paths(S.WANT, made) == expected


def test_a_complaint_about_impossible_dates_is_asked_for_words() -> None:
    made = draft(Journey.FOLLOW_UP, follow_up=FollowUp.COMPLAINT, earlier=EarlierLetter(sent=date(2026, 12, 25)))
    assert paths(S.WANT, made) == ["complaint"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, ["follow_up", "earlier.sent"]),
        ({"follow_up": FollowUp.REMINDER, "earlier": EarlierLetter(sent=date(2026, 9, 1))}, []),
        ({"follow_up": FollowUp.REMINDER, "earlier": EarlierLetter(sent=date(2027, 1, 1))}, ["earlier.sent"]),
        # A tracked case that was never marked as sent has nothing to follow up yet.
        ({"follow_up": FollowUp.REMINDER, "case_id": "case1"}, ["case"]),
    ],
)
def test_follow_up_problems(changes: dict[str, object], expected: list[str]) -> None:
    assert paths(S.FOLLOW_UP, draft(Journey.FOLLOW_UP, **changes)) == expected


@pytest.mark.parametrize("step", [S.CONSENT, S.PREVIEW, S.FINISH])
def test_pages_without_answers_have_no_problems(step: Step) -> None:
    assert problems(step, draft(requester=RequesterDraft(), pupils=[]), recipients=RECIPIENTS) == ()


# -- from a tracked case --------------------------------------------------------------------------------


def test_history_from_a_case() -> None:
    case, events = sent_case(
        date(2026, 9, 1),
        CaseEvent("e3", "case1", EventKind.ACKNOWLEDGED, date(2026, 9, 8), reference="DPO-0000-FICTION"),
        CaseEvent("e4", "case1", EventKind.DELIVERED, date(2026, 9, 2)),
    )
    history = history_from_case(case, events)
    assert history is not None
    assert history.sent == date(2026, 9, 1)
    assert history.reference == "NPD-SAR-20260901-AAAA"
    assert history.their_reference == "DPO-0000-FICTION"
    assert history.post_method is PostMethod.FIRST_CLASS
    assert history.delivered == date(2026, 9, 2)
    assert [event.kind for event in history.events] == [EventKind.ACKNOWLEDGED]


def test_no_history_before_sending() -> None:
    case, events = sent_case(date(2026, 9, 1))
    assert history_from_case(case, events[:1]) is None


def test_a_sent_event_without_a_method_counts_as_the_slowest_post() -> None:
    case, events = sent_case(date(2026, 9, 1))
    events[1] = CaseEvent("e2", "case1", EventKind.SENT, date(2026, 9, 1))
    history = history_from_case(case, events)
    assert history is not None
    assert history.post_method is PostMethod.SECOND_CLASS


def people() -> tuple[Person, Person]:
    ada = Person(
        "p1", "Ada Fictionalson", address=Address(("3 New Street", "Exampleton"), "EX1 3CD"), email="a@example.org"
    )
    zeb = Person(
        "p2",
        "Zebedee Fictionalson",
        date(2013, 5, 4),
        former_names=("Zebedee Madeupson",),
        identifiers=PupilIdentifiers(upn="B801200005001"),
        household_id="h1",
    )
    return ada, zeb


def test_a_follow_up_draft_is_filled_from_the_case_and_the_people_now() -> None:
    case, events = sent_case(date(2026, 9, 1))
    ada, zeb = people()
    first = LetterAnswers(requester=answers_for(draft()).requester, pupil_authority=True)
    made = follow_up_draft(
        case=case,
        events=events,
        follow_up=FollowUp.REMINDER,
        requester=ada,
        pupil=zeb,
        organisation=RECIPIENTS["dfe"].to_organisation(),
        first_answers=first,
        today=TODAY,
    )
    assert made.journey is Journey.FOLLOW_UP
    assert made.case_id == "case1"
    assert made.requester.address == ("3 New Street", "Exampleton")  # they moved since the first letter
    assert made.requester.relationship is Relationship.PARENT
    assert made.pupils[0].upn == "B801200005001"
    assert made.pupils[0].authority is True
    assert made.target is Target.DFE
    assert made.history is not None
    assert made.history.reference == case.reference
    assert steps(made) == (S.FOLLOW_UP, S.SEND, S.PREVIEW, S.FINISH)
    assert all(paths(step, made) == [] for step in steps(made))


def test_a_follow_up_draft_without_people_uses_the_first_letter() -> None:
    case, events = sent_case(date(2026, 9, 1))
    first = answers_for(
        draft(
            target=Target.ORGANISATION,
            organisation=OrganisationDraft(name="Exampleton Council", address=("Town Hall",), postcode="EX1 9ZZ"),
        )
    )
    made = follow_up_draft(
        case=case,
        events=events,
        follow_up=FollowUp.COMPLAINT,
        requester=None,
        pupil=None,
        organisation=None,
        first_answers=first,
        today=TODAY,
    )
    assert made.requester.name == "Ada Fictionalson"
    assert made.pupils[0].name == "Zebedee Fictionalson"
    assert made.target is Target.ORGANISATION
    assert made.organisation.name == "Exampleton Council"


def test_a_follow_up_to_a_saved_organisation_keeps_its_id() -> None:
    case, events = sent_case(date(2026, 9, 1))
    council = Organisation("org1", "Exampleton Council", Address(("Town Hall",), "EX1 9ZZ"))
    made = follow_up_draft(
        case=case,
        events=events,
        follow_up=FollowUp.ICO,
        requester=None,
        pupil=None,
        organisation=council,
        first_answers=None,
        today=TODAY,
    )
    assert made.organisation.id == "org1"
    assert made.organisation.postcode == "EX1 9ZZ"


# -- what Finish saves ---------------------------------------------------------------------------------


def test_siblings_get_a_case_each_in_one_household() -> None:
    made = draft(pupils=[child(), child("Yolanda Fictionalson", date(2016, 1, 9))])
    plans = plan_cases(made, references=["R1", "R2"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert len(plans) == 2
    first, second = plans
    assert first.case is not None
    assert second.case is not None
    assert (first.case.reference, second.case.reference) == ("R1", "R2")
    assert first.case.kind is CaseKind.SAR_DFE
    assert first.case.requester_id == second.case.requester_id
    assert first.case.person_id != second.case.person_id
    assert first.organisation is not None
    assert first.organisation.id == "dfe"
    assert second.organisation is None  # saved once, with the first case
    (household,) = first.households
    assert household.name == "Fictionalson family"
    assert {person.household_id for plan in plans for person in plan.people} == {household.id}
    assert [person.full_name for person in first.people] == ["Ada Fictionalson", "Zebedee Fictionalson"]
    assert [person.full_name for person in second.people] == ["Yolanda Fictionalson"]
    assert [event.kind for event in first.events] == [EventKind.DRAFTED]
    assert first.events[0].on == TODAY


def test_saved_people_keep_their_ids_and_household() -> None:
    made = draft(requester=parent(person_id="p1", household_id="h1"), pupils=[child(person_id="p2", household_id="h1")])
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert plan.case is not None
    assert (plan.case.requester_id, plan.case.person_id) == ("p1", "p2")
    assert plan.households == ()
    assert {person.household_id for person in plan.people} == {"h1"}


def test_an_adviser_is_not_in_the_family_and_one_child_needs_no_household() -> None:
    made = draft(requester=parent(relationship=Relationship.ADVISER, organisation="Fictional Advice Centre"))
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert plan.households == ()
    assert all(person.household_id is None for person in plan.people)


def test_asking_about_yourself_saves_one_person() -> None:
    made = draft(
        Journey.OBJECT,
        requester=parent(relationship=Relationship.SELF),
        pupils=[PupilDraft(date_of_birth=date(2005, 1, 1), uln="1234567890")],
    )
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    (person,) = plan.people
    assert plan.case is not None
    assert plan.case.person_id == plan.case.requester_id == person.id
    assert person.full_name == "Ada Fictionalson"
    assert person.identifiers.uln == "1234567890"
    assert person.address == Address(("12 Imaginary Road", "Exampleton"), "EX1 2AB")
    assert plan.case.kind is CaseKind.OBJECTION_DFE


def test_a_new_organisation_is_saved_with_a_new_id() -> None:
    made = draft(
        target=Target.ORGANISATION,
        organisation=OrganisationDraft(name="Exampleton Council", address=("Town Hall",), postcode="EX1 9ZZ"),
    )
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert plan.organisation is not None
    assert plan.organisation.name == "Exampleton Council"
    assert plan.case is not None
    assert plan.case.organisation_id == plan.organisation.id != "dfe"


def test_a_follow_up_to_a_tracked_case_adds_to_it() -> None:
    made = draft(Journey.FOLLOW_UP, follow_up=FollowUp.REMINDER, case_id="case1")
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert plan.case is None
    assert plan.case_id == "case1"
    assert plan.events == ()


def test_corrections_after_an_answer_start_a_new_case() -> None:
    case, events = sent_case(date(2026, 9, 1))
    made = draft(
        Journey.FOLLOW_UP, follow_up=FollowUp.CORRECTION, case_id="case1", history=history_from_case(case, events)
    )
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert plan.case is not None
    assert plan.case.kind is CaseKind.RECTIFICATION
    assert plan.case.id != "case1"
    assert "NPD-SAR-20260901-AAAA" in plan.case.notes
    assert [event.kind for event in plan.events] == [EventKind.DRAFTED]


def test_an_earlier_letter_typed_in_becomes_a_case_sent_on_its_date() -> None:
    earlier = EarlierLetter(CaseKind.SAR_DFE, date(2026, 9, 1), PostMethod.SIGNED_FOR, "", "DPO-1")
    made = draft(Journey.FOLLOW_UP, follow_up=FollowUp.REMINDER, earlier=earlier)
    assert answers_for(made).case is not None
    (plan,) = plan_cases(made, references=["R1"], recipients=RECIPIENTS, new_id=counter())  # type: ignore[arg-type]
    assert plan.case is not None
    assert plan.case.kind is CaseKind.SAR_DFE
    assert plan.case.reference == "R1"
    (sent,) = plan.events
    assert (sent.kind, sent.on, sent.post_method) == (EventKind.SENT, date(2026, 9, 1), PostMethod.SIGNED_FOR)


@pytest.mark.parametrize(
    ("journey", "follow_up", "kind", "method"),
    [
        (Journey.ASK, None, EventKind.SENT, PostMethod.SECOND_CLASS),
        (Journey.FOLLOW_UP, FollowUp.CORRECTION, EventKind.SENT, PostMethod.SECOND_CLASS),
        (Journey.FOLLOW_UP, FollowUp.REMINDER, EventKind.REMINDER_SENT, PostMethod.SECOND_CLASS),
        (Journey.FOLLOW_UP, FollowUp.COMPLAINT, EventKind.COMPLAINT_SENT, PostMethod.SECOND_CLASS),
        (Journey.FOLLOW_UP, FollowUp.ICO, EventKind.ICO_COMPLAINT_SENT, None),
    ],
)
def test_mark_as_sent_records_the_right_event(
    journey: Journey, follow_up: FollowUp | None, kind: EventKind, method: PostMethod | None
) -> None:
    made = draft(journey, follow_up=follow_up)
    event = sent_event(made, "case1", Sending(date(2026, 11, 30), PostMethod.SECOND_CLASS, " KF 1234 "), "e9")
    assert (event.kind, event.on, event.post_method, event.reference) == (kind, date(2026, 11, 30), method, "KF 1234")
    assert event.case_id == "case1"


@pytest.mark.parametrize(
    ("journey", "changes", "step", "expected"),
    [
        (Journey.OBJECT, {}, S.WANT, "Your situation: tick at least one, or write your reasons in your own words"),
        (Journey.ERASE, {}, S.WANT, "Why the data should be deleted: tick at least one reason"),
        (Journey.RESTRICT, {}, S.WANT, "Why the use of the data should be restricted: tick at least one reason"),
        (Journey.CORRECT, {}, S.WANT, "What is wrong: fill in at least one correction"),
        (Journey.ASK, {"pupils": [child(born=None)]}, S.ABOUT, "Date of birth: type the day, month and year"),
        (Journey.ASK, {"requester": parent(name="")}, S.WHO_ASKING, "Your full name: write your full name"),
    ],
)
def test_on_screen_messages_speak_of_what_the_user_sees(
    journey: Journey, changes: dict[str, object], step: Step, expected: str
) -> None:
    (found,) = blocking(problems(step, draft(journey, **changes), recipients=RECIPIENTS))
    assert describe(found) == expected
    assert "'grounds'" not in describe(found)
    assert "YYYY" not in describe(found)
