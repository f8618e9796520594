"""The unlock summary, tray notifications (once each) and the .ics export with and without names."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from npdrights.core.case_list import CaseSummary, summarise
from npdrights.core.model import Address, Case, CaseEvent, Organisation, Person
from npdrights.core.next_steps import ActionKind
from npdrights.core.reminders import OpeningNotifier, due_summary, notification_text
from tests.core.case_builders import DUE, SENT_2_APRIL, D, K, events, make_case

CHILD = Person("person-zebedee-fictionalson", "Zebedee Fictionalson")
SIBLING = Person("person-ada", "Ada Fictionalson")
DFE = Organisation("org-dfe", "Department for Education", Address(("Piccadilly Gate",), "M1 2WD"))
SCHOOL = Organisation("org-school", "Fictional Primary School", Address(("1 Pretend Lane",), "ZZ1 1ZZ"))
PEOPLE = {person.id: person for person in (CHILD, SIBLING)}
ORGANISATIONS = {org.id: org for org in (DFE, SCHOOL)}
STAMP = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _cases() -> list[tuple[Case, list[CaseEvent]]]:
    to_dfe = make_case()
    to_school = replace(
        make_case(), id="case-ada", person_id=SIBLING.id, organisation_id=SCHOOL.id, reference="NPD-ADA"
    )
    school_events = [replace(event, case_id="case-ada", id="ada-" + event.id) for event in events(SENT_2_APRIL)]
    return [(to_dfe, events(SENT_2_APRIL)), (to_school, school_events)]


def _summaries(today: date) -> list[CaseSummary]:
    return [summarise(c, e, today, people=PEOPLE, organisations=ORGANISATIONS) for c, e in _cases()]


def test_due_summary_on_unlock() -> None:
    # Both answers are due on Friday 8 May 2026; on 4 May that is 4 days away, on 11 May 3 days late.
    soon = due_summary(_summaries(D(2026, 5, 4)), D(2026, 5, 4))
    assert [s.case.id for s in soon.due_soon] == ["case-ada", "case-zebedee"]  # same day: by reference
    assert soon.overdue == ()
    assert not soon.is_empty
    assert soon.headline() == "2 cases are due in the next 7 days."
    late = due_summary(_summaries(D(2026, 5, 11)), D(2026, 5, 11))
    assert len(late.overdue) == 2
    assert late.due_soon == ()
    assert late.headline() == "2 cases are overdue."
    quiet = due_summary(_summaries(D(2026, 4, 3)), D(2026, 4, 3))
    assert quiet.is_empty
    assert quiet.headline() == "Nothing is overdue or due in the next week."


def test_actions_opening_today_are_announced_once_and_without_names() -> None:
    opens = D(2026, 5, 9)  # the day after the answer was due: reminders and complaints open
    notifier = OpeningNotifier()
    first = notifier.new_today(_summaries(opens), opens)
    assert {(s.case.id, a.kind) for s, a in first} >= {
        ("case-zebedee", ActionKind.REMINDER),
        ("case-ada", ActionKind.REMINDER),
    }
    assert notifier.new_today(_summaries(opens), opens) == []  # already told
    assert notifier.new_today(_summaries(D(2026, 5, 10)), D(2026, 5, 10)) == []  # nothing new opens the next day
    text = notification_text(len(first))
    assert "Fictionalson" not in text
    assert "DfE" not in text
    assert notification_text(1) == "1 next step is open from today in your cases. Open npdrights to see it."
    notifier.forget()
    assert notifier.new_today(_summaries(opens), opens) != []


def _export(include_names: bool, today: date = date(2026, 5, 1)) -> bytes:
    from npdrights.core.calendar_export import entries, to_ics  # icalendar: only for these tests, not every worker

    made = entries(_cases(), today, people=PEOPLE, organisations=ORGANISATIONS, include_names=include_names)
    return to_ics(made, stamp=STAMP)


def test_calendar_without_names_has_no_personal_data() -> None:
    ics = _export(include_names=False)
    text = ics.decode()
    assert "Fictionalson" not in text
    assert "Zebedee" not in text
    assert "Ada" not in text
    assert "Fictional Primary School" not in text  # a school could identify the child
    from icalendar import Calendar

    calendar = Calendar.from_ical(ics)
    events_by_uid = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
    due = events_by_uid["case-zebedee.due@npdrights.invalid"]
    assert due.decoded("dtstart") == DUE
    assert str(due["summary"]) == "The DfE must answer (NPD-TEST-1)"
    assert str(events_by_uid["case-ada.due@npdrights.invalid"]["summary"]) == "The organisation must answer (NPD-ADA)"
    assert "case-zebedee.reminder-opens@npdrights.invalid" in events_by_uid
    assert events_by_uid["case-zebedee.reminder-opens@npdrights.invalid"].decoded("dtstart") == D(2026, 5, 9)


def test_calendar_with_names_opted_in() -> None:
    text = _export(include_names=True).decode()
    assert "Zebedee Fictionalson" in text
    assert "Ada Fictionalson" in text
    assert "Fictional Primary School" in text


def test_uids_stay_the_same_when_dates_move() -> None:
    from icalendar import Calendar

    before = {str(e["uid"]) for e in Calendar.from_ical(_export(False)).walk("VEVENT")}
    later = {str(e["uid"]) for e in Calendar.from_ical(_export(False, D(2026, 5, 5))).walk("VEVENT")}
    assert later <= before  # nothing new invented; entries already past are simply left out
    assert "case-zebedee.due@npdrights.invalid" in later


def test_closed_and_impossible_cases_are_left_out() -> None:
    cases = _cases()
    closed = (cases[0][0], [*cases[0][1], *events((K.ANSWERED_FULL, D(2026, 4, 20)), (K.CLOSED, D(2026, 4, 21)))])
    impossible = (cases[1][0], [replace(e, case_id="case-ada") for e in events((K.ANSWERED_FULL, D(2026, 3, 1)))])
    from npdrights.core.calendar_export import entries

    made = entries([closed, impossible], D(2026, 5, 1), people=PEOPLE, organisations=ORGANISATIONS)
    assert made == []
