"""Deadlines and next steps as an iCalendar (.ics) file, built with the `icalendar` package.

Calendars sync to other people's servers (Google, Microsoft, Apple), so by default an entry carries no personal
data: no child's name, and no organisation other than the national bodies everyone writes to (the DfE, the LRS,
the ICO). Each entry is identified by the case's reference. `include_names=True` (an explicit opt-in) adds the
person's name and the organisation's name.

Each entry's UID is stable for its case and what it is about ("answer due", "reminder opens"), so importing a
newer file updates the entries instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from npdrights.core.case_list import CaseSummary, summarise, well_known_name
from npdrights.core.deadlines import DEFAULT_BODY
from npdrights.core.model import Case, CaseEvent, Household, Organisation, Person
from npdrights.core.next_steps import ActionKind
from npdrights.core.wording import first_upper

PRODUCT_ID = "-//npdrights//case deadlines//EN"
UID_DOMAIN = "npdrights.invalid"  # a reserved name: the UIDs point nowhere

_OPENS_TITLES = {
    ActionKind.SEND_OR_MARK_SENT: "Send the letter, or mark it as sent",
    ActionKind.REPLY: "Reply to the organisation's question",
    ActionKind.REMINDER: "You can send a reminder",
    ActionKind.COMPLAIN_TO_ORGANISATION: "You can complain to the organisation",
    ActionKind.COMPLAIN_TO_ICO: "You can complain to the ICO",
    ActionKind.ICO_REVIEW: "You can ask the ICO to review its outcome",
    ActionKind.RECTIFICATION: "You can ask for corrections",
    ActionKind.OBJECTION_FOLLOW_UP: "You can ask for its compelling legitimate grounds",
    ActionKind.CLOSE: "You can close the case",
}
_EXPIRES_TITLES = {
    ActionKind.COMPLAIN_TO_ICO: "The ICO expects your complaint by today",
    ActionKind.ICO_REVIEW: "Last day to ask the ICO for a review",
}


@dataclass(frozen=True)
class Entry:
    uid: str
    on: date
    title: str
    description: str


def entries(
    cases: Iterable[tuple[Case, Iterable[CaseEvent]]],
    today: date,
    *,
    people: Mapping[str, Person],
    organisations: Mapping[str, Organisation],
    households: Mapping[str, Household] | None = None,
    include_names: bool = False,
) -> list[Entry]:
    """Calendar entries for every open case: what is due from the organisation, and when each next step opens
    (from today on) or closes. Cases whose events can't all be true are left out."""
    made: list[Entry] = []
    for case, events in cases:
        organisation = organisations.get(case.organisation_id)
        body = None if include_names else (well_known_name(organisation) or DEFAULT_BODY)
        summary = summarise(
            case, events, today, people=people, organisations=organisations, households=households, body=body
        )
        if summary.closed or summary.problem:
            continue
        made += _case_entries(summary, today, include_names)
    return sorted(made, key=lambda entry: (entry.on, entry.uid))


def _case_entries(summary: CaseSummary, today: date, include_names: bool) -> list[Entry]:
    case = summary.case
    about = f" – {summary.person}, {summary.recipient}" if include_names else ""
    tag = f" ({case.reference}){about}"
    made = []
    if summary.due is not None:
        made.append(
            Entry(
                _uid(case.id, "due"),
                summary.due,
                f"{first_upper(summary.body)} must {summary.due_what}{tag}",
                summary.due_explanation,
            )
        )
    for action in summary.actions:
        if action.opens >= today:
            made.append(
                Entry(
                    _uid(case.id, f"{action.kind.value}-opens"),
                    action.opens,
                    _OPENS_TITLES[action.kind] + tag,
                    action.reason,
                )
            )
        if action.expires is not None and action.expires >= today and action.kind in _EXPIRES_TITLES:
            made.append(
                Entry(
                    _uid(case.id, f"{action.kind.value}-closes"),
                    action.expires,
                    _EXPIRES_TITLES[action.kind] + tag,
                    action.reason,
                )
            )
    return made


def _uid(case_id: str, what: str) -> str:
    return f"{case_id}.{what}@{UID_DOMAIN}"


def to_ics(made: Iterable[Entry], *, stamp: datetime) -> bytes:
    """The entries as all-day events in one calendar. `stamp` (UTC) is when the file was made."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for entry in made:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.on)
        event.add("dtend", entry.on + timedelta(days=1))
        event.add("summary", entry.title)
        event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: it doesn't make you look busy
        calendar.add_component(event)
    return bytes(calendar.to_ical())
