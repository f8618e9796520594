"""Every letter kind, rendered and read for the law it states (docs/law.md §1-§2).

- time limits: "Articles 12(3) and 12A" wherever a letter gives a reply date (§1.1), or Article 12(3) alone for a
  request received before 5 February 2026 (§1.2);
- never Article 77; a complaint to the regulator follows DPA 2018 s.165 (§2.2);
- the regulator is "the Information Commission (ICO)" in letters dated from 30 September 2026 (§2.3);
- an extended deadline is never called "one calendar month" (§1.4);
- plain wording: no "a objection", "your reply was due".
"""

from __future__ import annotations

import copy
import io
import re
import subprocess
import sys
from datetime import date
from typing import Any

import pypdf
import pytest

from npdrights.core.letters import AnswersError, answers_from_json, render_text
from npdrights.core.letters.content import LARGE_PRINT_POINTS, Paragraph
from npdrights.core.letters.timing import _as_model  # the letters' own reading of a case, as the tracker's model
from npdrights.core.next_steps import recommend, steps_for
from npdrights.core.status import case_state
from npdrights.pdf.letter_pdf import LARGE, render_pdf
from tests.letter_fixtures import LETTER_KINDS, build, flat, full_data

ALL_KINDS = [*LETTER_KINDS, "complaint-ico", "child-authority", "adviser-authority", "enclosures"]
GIVES_A_REPLY_DATE = {
    "sar-dfe",
    "sar-lrs",
    "sar-organisation",
    "objection-dfe",
    "rectification",
    "erasure",
    "restriction",
    "reminder",
}


def text_of(kind: str, data: dict[str, Any] | None = None) -> str:
    return flat(render_text(build(kind, data or full_data(kind))))


def _with(kind: str, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(full_data(kind))
    data.update(changes)
    return data


@pytest.mark.parametrize("kind", sorted(set(ALL_KINDS)))
def test_no_letter_cites_article_77_or_the_old_regulator_name(kind: str) -> None:
    text = text_of(kind)  # dated Tuesday 1 December 2026: after 30 September 2026
    assert "Article 77" not in text
    assert "Art 77" not in text
    assert "Information Commissioner" not in text
    assert not re.search(r"\ba objection\b", text, re.IGNORECASE)
    if kind != "complaint-ico":  # the ICO pack is read by the ICO: there the organisation is "they"
        assert "their reply was due" not in text.lower()


@pytest.mark.parametrize("kind", sorted(GIVES_A_REPLY_DATE))
def test_time_limits_cite_articles_12_3_and_12a(kind: str) -> None:
    text = text_of(kind)
    assert "Articles 12(3) and 12A of the UK GDPR" in text
    assert not re.search(r"Article 12\(3\) of the UK G", text)  # never Article 12(3) on its own


@pytest.mark.parametrize("kind", ["sar-dfe", "objection-dfe", "reminder", "complaint-organisation", "complaint-ico"])
def test_the_regulator_is_named_the_information_commission(kind: str) -> None:
    assert "the Information Commission (ICO)" in text_of(kind)


def test_a_letter_dated_before_30_september_2026_names_the_information_commissioners_office() -> None:
    data = _with("sar-dfe", date="2026-09-01")
    text = flat(render_text(build("sar-dfe", data, today=date(2026, 9, 1))))
    assert "the Information Commissioner's Office (ICO)" in text
    assert "Information Commission (ICO)" not in text


def test_a_complaint_to_the_organisation_says_the_regulator_comes_under_section_165() -> None:
    text = text_of("complaint-organisation")
    assert (
        "I will complain to the Information Commission (ICO) under section 165 of the Data Protection Act 2018" in text
    )


# law §1.2: a request received before 5 February 2026 keeps the old Article 12(3). Sent first class on Monday
# 2 February 2026, it is treated as received on Wednesday 4 February: the old rules. Sent on Tuesday 3 February,
# it arrives on Thursday 5 February: the new ones.
@pytest.mark.parametrize(
    ("sent", "cites"),
    [
        ("2026-02-02", "Article 12(3) of the UK GDPR (as it stood when you received the request)"),
        ("2026-02-03", "Articles 12(3) and 12A of the UK GDPR"),
    ],
)
def test_a_reminder_about_a_request_received_before_5_february_2026_cites_the_old_rule(sent: str, cites: str) -> None:
    data = _with("reminder", case={"sent": sent, "kind": "sar-dfe", "post_method": "first"})
    text = text_of("reminder", data)
    assert cites in text
    if sent == "2026-02-02":
        assert "12A" not in text


def test_an_extended_deadline_is_never_called_one_calendar_month() -> None:
    # law §1.4: notified within the month, the extension gives three months from receipt.
    case = {
        "sent": "2026-09-01",
        "kind": "sar-dfe",
        "post_method": "first",
        "events": [{"date": "2026-09-20", "kind": "extension-notified"}],
    }
    text = text_of("reminder", _with("reminder", date="2026-12-10", case=case))
    assert "your reply was due by Thursday 3 December 2026" in text
    assert "within three months of receiving a request, as you extended the time" in text
    assert "one calendar month" not in text
    assert "Your reply was due (Articles 12(3) and 12A UK GDPR)" in text  # the timeline's row, with no month count


def test_a_reminder_to_the_dpo_does_not_threaten_a_complaint_to_the_dpo() -> None:
    text = text_of("reminder")
    assert "complain to your data protection officer" not in text
    assert "I will make a formal complaint to you, and then to the Information Commission (ICO)" in text


@pytest.mark.parametrize("kind", ["reminder", "complaint-organisation", "complaint-ico"])
def test_an_objection_case_is_an_objection(kind: str) -> None:
    data = _with(kind, case={**full_data(kind)["case"], "kind": "objection-dfe"})
    text = text_of(kind, data)
    assert "an objection" in text
    assert not re.search(r"\ba objection\b", text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("delivered", "asserts"),
    [
        # law §1.4: with the day of receipt recorded (Thursday 3 September), the notice of Tuesday 6 October came
        # after the first deadline of Monday 5 October: the letter can say the extension does not apply.
        pytest.param("2026-09-03", True, id="receipt-recorded"),
        # Only the usual time for post: one day late is no margin, so the letter asks when it arrived.
        pytest.param(None, False, id="receipt-estimated"),
    ],
)
def test_the_extension_is_said_not_to_apply_only_when_receipt_is_known(delivered: str | None, asserts: bool) -> None:
    data = full_data("complaint-organisation")
    if delivered:
        data["case"]["delivered"] = delivered
    text = text_of("complaint-organisation", data)
    assert ("so the extension does not apply" in text) is asserts
    assert ("Please tell me the date you received my letter" in text) is not asserts


# law §2.2: the case page and the ICO pack say the same thing. A subject access request posted first class on
# Thursday 2 April 2026 (received Wednesday 8 April), due Friday 8 May; reminded on Monday 11 May (reply by
# Tuesday 26 May); complained to the DfE by email on Tuesday 26 May: the ICO from Friday 26 June.
ICO_CASE_EVENTS = [
    {"date": "2026-05-11", "kind": "reminder-sent", "post_method": "email"},
    {"date": "2026-05-26", "kind": "complaint-sent", "post_method": "email"},
]


@pytest.mark.parametrize(
    ("events", "pack_says", "recommended"),
    [
        pytest.param(
            [],
            "Send a reminder and then a complaint to it first: that is the step the case page recommends",
            "reminder",
            id="late-no-complaint",
        ),
        pytest.param(
            ICO_CASE_EVENTS,
            "It usually makes sense to wait until Friday 26 June 2026",
            "complain-to-ico",
            id="complained-waiting-30-days",
        ),
    ],
)
def test_the_case_page_and_the_ico_pack_agree(events: list[dict[str, Any]], pack_says: str, recommended: str) -> None:
    on = date(2026, 6, 1)
    case = {"sent": "2026-04-02", "kind": "sar-dfe", "post_method": "first", "events": events}
    data = _with("complaint-ico", date=on.isoformat(), case=case)
    pack = flat(render_text(build("complaint-ico", data, today=on)))
    assert pack_says in pack

    answers = answers_from_json(data)
    assert answers.case is not None
    model_case, model_events = _as_model(answers.case, answers.requester.relationship)
    state = case_state(model_case, model_events, on, body="the DfE")
    step = recommend(steps_for(model_case, state, body="the DfE"), state)
    assert step.recommended is not None
    assert step.recommended.kind.value == recommended
    if recommended == "complain-to-ico":
        assert step.recommended.opens == date(2026, 6, 26)


def test_the_dfe_access_request_asks_for_release_details_as_requests_not_entitlements() -> None:
    # law §3.1: Article 15(1)(c) gives "the recipients or categories of recipient"; dates, gateways, register
    # references and whether a recipient was commercial are asked for, never claimed as a legal duty.
    text = text_of("sar-dfe")
    assert "Article 15(1)(c) entitles me to the recipients, or categories of recipient" in text
    assert "The law may not require all of them" in text
    for asked in (
        "its reference in the DfE's register of data shares or from its approval panel",
        "the tier of data released",
        "the extract or cohort it was part of",
        "given, or allowed access to",
        "ONS Secure Research Service",
        "shared with the Home Office, the police or a court",
        "Individualised Learner Record",
        "Children in Need and Children Looked After censuses",
        "ECHILD",
        "Census linkage",
        "Longitudinal Education Outcomes",
        "a key to any codes used",
        "which exemption you rely on",
        "which systems and datasets you searched",
    ):
        assert asked in text, asked


def test_an_objection_states_research_framing_and_asks_to_be_told_before_a_restriction_is_lifted() -> None:
    text = text_of("objection-dfe")
    assert "Under Article 18(3), tell me before you lift any restriction." in text
    assert "Article 21(6) still lets a person object" in text
    assert "Schedule 2, paragraph 27, to the Data Protection Act 2018" in text


@pytest.mark.parametrize("relationship", ["parent", "carer"])
@pytest.mark.parametrize("kind", ["sar-dfe", "objection-dfe", "rectification", "erasure"])
def test_a_parents_or_carers_letter_says_they_have_parental_responsibility(kind: str, relationship: str) -> None:
    # law §7: the writer has parental responsibility; a carer is advised (a warning), never refused.
    data = full_data(kind)
    data["requester"]["relationship"] = relationship
    data["pupil"].update(name="Yolanda Pretendwell", date_of_birth="2018-09-14")  # 8: written for the child
    letter = build(kind, data)
    text = flat(render_text(letter))
    assert f"'s {relationship} and have parental responsibility for Yolanda" in text  # no pronoun: her name
    assert "not able" not in text
    assert any("Foster and kinship carers" in warning for warning in letter.warnings) is (relationship == "carer")


@pytest.mark.parametrize(
    ("grounds", "whole_record"),
    [(["objection-upheld"], False), (["objection-upheld", "unlawful"], True), (["no-longer-needed"], True)],
)
def test_erasure_after_an_objection_asks_only_for_what_the_objection_covers(
    grounds: list[str], whole_record: bool
) -> None:
    # law §3.2: an upheld objection to commercial and press disclosure doesn't make the whole record erasable.
    text = text_of("erasure", _with("erasure", erasure_grounds=grounds))
    assert ("in the National Pupil Database and in every dataset linked to it" in text) is whole_record
    assert ("made for, or held by you only for, disclosure to commercial organisations or the press" in text) is (
        not whole_record
    )
    assert "under Article 17(3)(b), only where keeping the data is necessary" in text
    assert "under Article 17(3)(d), for archiving, research or statistics only so far as erasing" in text


@pytest.mark.parametrize(("recipient_type", "mentions"), [("maintained-school", True), ("local-authority", False)])
def test_only_a_letter_to_a_school_mentions_school_holidays(recipient_type: str, mentions: bool) -> None:
    data = full_data("sar-organisation")
    data["recipient"]["type"] = recipient_type
    data.pop("educational_record", None)
    assert ("school holidays" in text_of("sar-organisation", data)) is mentions


def test_the_unconfirmed_address_warning_names_the_page_the_month_and_the_competing_address() -> None:
    # law §6: the DfE's DPO address is unconfirmed; a Sheffield address was found in a third-party copy.
    (warning,) = [w for w in build("sar-dfe", full_data("sar-dfe")).warnings if "address for" in w]
    assert "it was last checked in November 2026" in warning
    assert "\u201cNational pupil database (NPD): privacy notice\u201d" in warning
    assert "check the Data Protection Officer's postal address" in warning
    assert "Sheffield S1 2FJ" in warning
    assert "2026-11" not in warning


def test_the_ico_pack_does_not_warn_about_an_address_it_does_not_go_to() -> None:
    assert not [w for w in build("complaint-ico", full_data("complaint-ico")).warnings if "address for" in w]


def test_the_letter_helps_the_dpo_find_the_record_with_earlier_postcodes_and_sex_at_school() -> None:
    data = full_data("sar-dfe")
    data["pupil"].update(address=["3 Madeup Mews", "Exampleton"], postcode="EX1 9ZZ")
    data["pupil"].update(previous_postcodes=["EX2 3CD", "FB9 9ZZ"], sex_at_school="Female")
    text = text_of("sar-dfe", data)
    assert "Home address: 3 Madeup Mews, Exampleton, EX1 9ZZ" in text
    assert "Earlier postcodes: EX2 3CD and FB9 9ZZ" in text
    assert "Sex as recorded at school: Female" in text


@pytest.mark.parametrize("kind", ["sar-dfe", "reminder", "objection-dfe"])
def test_after_the_first_mention_the_child_is_called_by_their_first_name(kind: str) -> None:
    data = full_data(kind)
    data["requester"]["relationship"] = "parent"
    data["pupil"].update(name="Zebedee Fictionalson", date_of_birth="2018-09-14")
    text = text_of(kind, data)
    body = text[text.index("Dear Data Protection Officer") : text.index("Yours faithfully")]
    name = "Zebedee Fictionalson"
    first = body.index(name)  # named in full once, where the letter first mentions him
    rest = body[first + len(name) :].replace(f"Full name: {name}", "")  # and in the table that finds the record
    assert name not in rest, kind
    if kind != "reminder":  # a reminder doesn't name him again
        assert "Zebedee" in rest


@pytest.mark.parametrize(
    ("pronoun", "says"),
    [
        (None, "have parental responsibility for Yolanda. Yolanda is 8, so I am writing for Yolanda."),
        ("she", "have parental responsibility for her. Yolanda is 8, so I am writing for her."),
        ("he", "have parental responsibility for him. Yolanda is 8, so I am writing for him."),
        ("they", "have parental responsibility for them. Yolanda is 8, so I am writing for them."),
    ],
)
def test_the_letter_uses_the_pronoun_chosen_or_else_the_childs_name(pronoun: str | None, says: str) -> None:
    data = full_data("objection-dfe")
    data["requester"]["relationship"] = "parent"
    data["pupil"].update(name="Yolanda Pretendwell", date_of_birth="2018-09-14", pronoun=pronoun)
    data["situations"] = ["privacy", "exclusions"]
    text = text_of("objection-dfe", data)
    assert says in text
    does = {None: "Yolanda does", "she": "She does", "he": "He does", "they": "They do"}[pronoun]
    assert f"{does} not want" in text


def test_large_print_is_one_size_in_the_app_the_cli_help_and_the_pdf() -> None:
    # Issue 10 item 5: the wizard said 14 point while the PDF printed 16 (the wizard: tests/gui/test_journeys.py).

    assert LARGE.body == LARGE_PRINT_POINTS == 16
    cli_help = subprocess.run(
        [sys.executable, "-m", "npdrights.cli", "letter", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert f"print the text at {LARGE_PRINT_POINTS} point" in " ".join(cli_help.split())


@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large-print"])
@pytest.mark.parametrize("kind", sorted(LETTER_KINDS))
def test_the_signature_is_never_alone_on_its_page(kind: str, large_print: bool) -> None:
    # Issue 10 item 5: the signature sits with the letter's last paragraph, never alone on the last page.
    letter = build(kind, full_data(kind))
    assert letter.signature is not None
    last_paragraph = [block for block in letter.blocks if isinstance(block, Paragraph)][-1]
    pages = [
        flat(page.extract_text())
        for page in pypdf.PdfReader(io.BytesIO(render_pdf(letter, large_print=large_print))).pages
    ]
    signed = [page for page in pages if flat(letter.signature.closing) in page]
    assert len(signed) == 1
    assert flat(last_paragraph.text)[-40:] in signed[0]


@pytest.mark.parametrize(
    ("recipient_type", "allowed"),
    [("maintained-school", True), ("non-maintained-special-school", True), ("academy", False)],
)
def test_the_educational_record_binds_maintained_and_non_maintained_special_schools(
    recipient_type: str, allowed: bool
) -> None:
    # law §4: Pupil Information Regulations 2005 reg 5 binds non-maintained special schools too.
    data = full_data("sar-organisation")
    data["recipient"]["type"] = recipient_type
    data["educational_record"] = True
    if allowed:
        assert "regulation 5 of the Education (Pupil Information) (England) Regulations 2005" in text_of(
            "sar-organisation", data
        )
    else:
        with pytest.raises(AnswersError) as refused:
            build("sar-organisation", data)
        assert refused.value.problems[0].path == "educational_record"


@pytest.mark.parametrize(
    ("kind", "says", "never"),
    [
        ("reminder", "Your reply was due", "Their reply was due"),
        ("complaint-organisation", "I complained to your data protection officer", "to their data protection"),
        ("complaint-ico", "Their reply was due", "Your reply was due"),
    ],
)
def test_the_timeline_speaks_to_whoever_reads_it(kind: str, says: str, never: str) -> None:
    # Issue 10 item 5: "your reply was due", not "their", in a letter to the organisation; the ICO pack is read by
    # the ICO, so there the organisation is "they".
    data = full_data(kind)
    events = [*data["case"].get("events", [])]
    if not any(event["kind"] == "complaint-sent" for event in events):
        events.append({"date": "2026-11-20", "kind": "complaint-sent"})
    data["case"]["events"] = events
    if kind == "complaint-organisation":
        data["complaint"] = "The answer is late."
    text = text_of(kind, data)
    assert says in text
    assert never not in text
