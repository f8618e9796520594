"""npdrights-cli case new | list | show | add-event: the case tracker without the window.

`case new KIND --answers FILE.json` makes a case from the same answers file as `npdrights-cli letter`, with the
letter stored (encrypted) in the vault. Every command takes the vault's passphrase as the vault commands do
(--passphrase-stdin, or NPDRIGHTS_PASSPHRASE for automation, or a prompt). Exit codes: 0 done, 2 a usage error
or an impossible event (the message says why), 3 wrong passphrase, 4 damaged vault.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.commands.common import (
    EXIT_OK,
    POST_METHODS,
    UsageError,
    add_secret_options,
    parse_date,
    read_answers_file,
    say,
    unlocked_vault,
)
from npdrights.core.authority import authority_state
from npdrights.core.case_list import CaseSummary, deadlines
from npdrights.core.dates import long_date
from npdrights.core.event_forms import METHOD_LABELS
from npdrights.core.model import Case, CaseEvent, CaseKind, EventKind, Relationship
from npdrights.core.names import CASE_KIND_LABELS, event_title
from npdrights.core.next_steps import recommend
from npdrights.core.status import ImpossibleSequence
from npdrights.service.authority import AuthorityDatesWrong, record_authority
from npdrights.service.tracker import Tracker

EVENT_KINDS = {kind.value: kind for kind in EventKind}


@contextmanager
def _unlocked_tracker(args: argparse.Namespace) -> Iterator[Tracker]:
    """The cases of the unlocked vault, for a `with` block; the vault is locked after it."""
    with unlocked_vault(args) as vault:
        yield Tracker(vault, today)


def today() -> date:
    """The command line is a composition root: the one place here that reads the real date (tests replace it)."""
    return date.today()


def register(subparsers: Any) -> None:
    case = subparsers.add_parser("case", help="the case tracker: make, list, show and update cases")
    actions = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")

    new = actions.add_parser(
        "new",
        help="make a case and its first letter from a JSON answers file (as for `letter`)",
        description="Make a case, with its letter stored in the vault, from the same answers file as `letter`.",
    )
    new.add_argument(
        "kind", metavar="KIND", help="what the case asks for: " + ", ".join(k.value for k in CASE_KIND_LABELS)
    )
    new.add_argument("--answers", metavar="FILE.json", type=Path, required=True, help="the answers, as JSON")
    new.add_argument("--sent", metavar="DATE", help="the letter has been sent: the day it went (YYYY-MM-DD)")
    new.add_argument("--post", choices=sorted(POST_METHODS), help="how it was sent, with --sent")
    new.add_argument("--proof", metavar="REF", default="", help="a proof-of-posting reference, with --sent")
    new.add_argument("--out", metavar="FILE.pdf", help="also save the letter's PDF here")
    new.add_argument("--person", metavar="ID", default="", help="the case is about this saved person (see `case show`)")
    new.add_argument(
        "--requester", metavar="ID", default="", help="the letter is from this saved person, e.g. the child's parent"
    )
    add_secret_options(new)
    new.set_defaults(run=run_new)

    listing = actions.add_parser("list", help="every case with its status, sent and due dates")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    add_secret_options(listing)
    listing.set_defaults(run=run_list)

    show = actions.add_parser("show", help="one case: its dates and why, next steps, timeline, letters, files")
    show.add_argument("id", metavar="ID", help="the case's id (see `case list`)")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    add_secret_options(show)
    show.set_defaults(run=run_show)

    add = actions.add_parser("add-event", help="record what happened in a case, e.g. an answer or a reminder")
    add.add_argument("id", metavar="ID", help="the case's id")
    add.add_argument("--kind", required=True, choices=sorted(EVENT_KINDS), help="what happened")
    add.add_argument("--date", required=True, metavar="DATE", help="when (YYYY-MM-DD)")
    add.add_argument("--reference", default="", help="a reference: theirs, the ICO's, or proof of posting")
    add.add_argument("--note", default="", help="a short note")
    add.add_argument("--post", choices=sorted(POST_METHODS), help="how you sent it (for things you sent)")
    add.add_argument("--delivered", metavar="DATE", help="the day it arrived, if known (for things you sent)")
    add.add_argument("--months", type=int, help="for an extension: how many more months it said it needs")
    add.add_argument("--json", action="store_true", help="print the case's new status as a JSON object")
    add_secret_options(add)
    add.set_defaults(run=run_add_event)

    authority = actions.add_parser(
        "authority",
        help="an adviser's case: the family's signed authority, shown, recorded or cleared",
        description="Show whether the family's signed authority covers today; with --signed, record it.",
    )
    authority.add_argument("id", metavar="ID", help="the case's id")
    authority.add_argument(
        "--signed", metavar="DATE", help="record a new authority: the day the family signed it (YYYY-MM-DD)"
    )
    authority.add_argument(
        "--expires", metavar="DATE", help="the day it ends, if it does; alone, changes the end of the one recorded"
    )
    authority.add_argument("--clear", action="store_true", help="forget the dates recorded")
    authority.add_argument("--json", action="store_true", help="print a JSON object")
    add_secret_options(authority)
    authority.set_defaults(run=run_authority)


# -- helpers ----------------------------------------------------------------------------------------


def _case(tracker: Tracker, case_id: str) -> Case:
    case = tracker.case(case_id)
    if case is None:
        raise UsageError(f"no case with the id {case_id!r} (see `npdrights-cli case list`)")
    return case


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _summary_json(summary: CaseSummary) -> dict[str, Any]:
    return {
        "id": summary.case.id,
        "reference": summary.case.reference,
        "person": summary.person,
        "recipient": summary.recipient,
        "kind": summary.case.kind.value,
        "status": summary.status.value if summary.status is not None else "needs-checking",
        "status_label": summary.status_label,
        "sent": _iso(summary.sent),
        "due": _iso(summary.due),
        "due_for": summary.due_what,
        "days_left": summary.days_left,
        "overdue": summary.overdue,
        "needs_action": summary.needs_action,
        "problem": summary.problem or None,
    }


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# -- case new ---------------------------------------------------------------------------------------


def run_new(args: argparse.Namespace) -> int:
    # Letters, their templates and reportlab are slow to import, and only this command makes a letter: imported
    # here, they don't slow down `case list` and the others (issue 17).
    from npdrights.bundled import letter_templates, recipients_directory
    from npdrights.core.letters import AnswersError, answers_from_json, build_letter
    from npdrights.core.new_case import NotACaseKind, UnknownPerson, case_kind, draft_for_answers
    from npdrights.core.wizard_flow import Sending
    from npdrights.pdf.letter_pdf import render_pdf
    from npdrights.service import organisation
    from npdrights.service.cases import CannotSave, LetterToSave
    from npdrights.service.organisation import with_letterhead
    from npdrights.storage.atomic import atomic_write_bytes

    try:
        kind = case_kind(args.kind)
    except NotACaseKind as error:
        raise UsageError(str(error)) from None
    sent_on = parse_date("--sent", args.sent)
    if (args.post or args.proof) and sent_on is None:
        raise UsageError("--post and --proof go with --sent (the day the letter went)")
    if sent_on is not None and args.post is None:
        raise UsageError("--post: say how the letter went (first, second, signed or email); it decides when it arrives")
    on = today()
    directory = recipients_directory()
    try:
        answers = answers_from_json(read_answers_file(args.answers))
        if sent_on is not None and answers.date is None:
            answers = replace(answers, date=sent_on)  # a letter recorded after it went carries the day it went
        content = build_letter(kind.value, answers, today=on, templates=letter_templates(), recipients=directory)
    except AnswersError as error:
        raise UsageError(f"the answers in {args.answers} cannot make this letter:\n{error}") from None
    pdf = render_pdf(content)
    sending = Sending(sent_on, POST_METHODS[args.post], args.proof.strip()) if sent_on is not None else None
    with _unlocked_tracker(args) as tracker:
        headed = with_letterhead(
            content, answers.requester.relationship, organisation.letterhead(tracker.vault.database)
        )
        if headed is not content:  # an adviser's letter, with the organisation's letterhead (issue 16, item 3)
            content, pdf = headed, render_pdf(headed)
        try:
            draft = draft_for_answers(
                kind,
                answers,
                today=on,
                directory=directory,
                people={person.id: person for person in tracker.people()},
                person_id=args.person,
                requester_id=args.requester,
            )
        except UnknownPerson as error:
            raise UsageError(f"no person with the id {error} in this vault (see `npdrights-cli case show`)") from None
        try:
            [case_id] = tracker.save_letters(
                draft, [LetterToSave(content, answers, pdf)], sending=sending, recipients=directory
            )
        except CannotSave as error:
            raise UsageError(f"--sent: {error.message}") from None
        summary = tracker.summary(case_id)
    for warning in content.warnings:
        say(f"Check: {warning}")
    if args.out:
        try:
            atomic_write_bytes(Path(args.out), pdf)
        except OSError as error:
            raise UsageError(f"--out: cannot write {args.out}: {error.strerror or error}") from None
        say(f"Wrote {args.out}.")
    print(case_id)
    say(f"Made case {case_id} ({content.reference}): {summary.summary}")
    return EXIT_OK


# -- case list and show -----------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    with _unlocked_tracker(args) as tracker:
        summaries = tracker.summaries(today())
    if args.json:
        _print_json([_summary_json(summary) for summary in summaries])
        return EXIT_OK
    if not summaries:
        say("There are no cases in this vault yet.")
        return EXIT_OK
    rows = [("ID", "PERSON", "SENT TO", "STATUS", "SENT", "DUE", "TIME LEFT")]
    rows += [
        (
            s.case.id,
            s.person,
            s.recipient,
            s.status_label,
            _iso(s.sent) or "",
            _iso(s.due) or "",
            s.time_left,
        )
        for s in summaries
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows)
    sys.stdout.write("\n".join(lines) + "\n")  # one write, not one per case
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    with _unlocked_tracker(args) as tracker:
        on = today()
        file = tracker.case_file(_case(tracker, args.id).id)
        assert file is not None  # _case found it, in this same unlocked session
        case, events, summary, state = file.case, file.events, file.summary, file.state
        letters, attachments = file.letters, file.attachments
    step = recommend(summary.actions, state)
    shown = {
        **_summary_json(summary),
        "summary": summary.summary,
        "deadlines": [
            {"title": title, "date": deadline.due.isoformat(), "explanation": deadline.explanation}
            for title, deadline in (deadlines(state) if state is not None else [])
        ],
        # One recommended step first, then the others in the order the ICO expects (docs/law.md §2.2).
        "next_steps": [
            {
                "kind": action.kind.value,
                "title": action.kind.title,
                "recommended": action is step.recommended,
                "opens": action.opens.isoformat(),
                "expires": _iso(action.expires),
                "open_now": action.is_open(on),
                "reason": action.reason,
            }
            for action in ((step.recommended,) if step.recommended else ()) + step.also
        ],
        "events": [
            {
                "id": event.id,
                "date": event.on.isoformat(),
                "kind": event.kind.value,
                "what": event_title(event.kind, summary.body),
                "reference": event.reference,
                "note": event.note,
                "post": event.post_method.value if event.post_method else None,
                "delivered": _iso(event.delivered_on),
            }
            for event in events
        ],
        "letters": [
            {"id": letter.id, "kind": letter.kind, "date": letter.created_on.isoformat(), "subject": letter.subject}
            for letter in letters
        ],
        "attachments": [
            {"id": a.id, "name": a.display_name, "type": a.mime, "size": a.size, "added": a.added_on.isoformat()}
            for a in attachments
        ],
        "notes": case.notes,
        # For `case new --person/--requester`: a family's next case is about the same saved people.
        "person_id": case.person_id,
        "requester_id": case.requester_id,
    }
    if args.json:
        _print_json(shown)
    else:
        print(_show_text(shown))
    return EXIT_OK


def _day(iso: str) -> str:
    return long_date(date.fromisoformat(iso))


def _show_text(shown: dict[str, Any]) -> str:
    lines = [
        f"{shown['person']}: {CASE_KIND_LABELS[CaseKind(shown['kind'])]}, sent to {shown['recipient']}",
        f"Reference {shown['reference']}. Status: {shown['status_label']}.",
        shown["summary"],
    ]
    for deadline in shown["deadlines"]:
        lines += [
            "",
            f"{deadline['title']}: {_day(deadline['date'])}",
            deadline["explanation"],
        ]
    if shown["next_steps"]:
        lines += ["", "What you can do next:"]
        also_shown = False
        for step in shown["next_steps"]:
            when = "now" if step["open_now"] else f"from {_day(step['opens'])}"
            if step["recommended"]:
                lines.append("Recommended:")
            elif not also_shown:
                lines.append("Also possible:")
                also_shown = True
            lines.append(f"- {step['title']} ({when}): {step['reason']}")
    lines += ["", "What has happened:"]
    for event in shown["events"]:
        details = [METHOD_LABELS[POST_METHODS[event["post"]]]] if event["post"] else []
        details += [f"reference {event['reference']}"] if event["reference"] else []
        details += [event["note"]] if event["note"] else []
        extra = f" ({'; '.join(details)})" if details else ""
        lines.append(f"- {_day(event['date'])}: {event['what']}{extra} [event {event['id']}]")
    if shown["letters"]:
        lines += ["", "Letters:"] + [f"- {letter['date']}: {letter['subject']}" for letter in shown["letters"]]
    if shown["attachments"]:
        lines += ["", "Files:"] + [f"- {a['added']}: {a['name']} ({a['size']} bytes)" for a in shown["attachments"]]
    if shown["notes"]:
        lines += ["", "Notes:", shown["notes"]]
    return "\n".join(lines)


# -- case add-event ---------------------------------------------------------------------------------


def run_add_event(args: argparse.Namespace) -> int:
    kind = EVENT_KINDS[args.kind]
    on = parse_date("--date", args.date)
    assert on is not None  # argparse requires --date
    delivered = parse_date("--delivered", args.delivered)
    if args.months is not None and kind is not EventKind.EXTENSION_NOTIFIED:
        raise UsageError("--months goes with --kind extension-notified")
    with _unlocked_tracker(args) as tracker:
        case = _case(tracker, args.id)
        event = CaseEvent(
            id=uuid.uuid4().hex,
            case_id=case.id,
            kind=kind,
            on=on,
            reference=args.reference.strip(),
            note=args.note.strip(),
            post_method=POST_METHODS[args.post] if args.post else None,
            delivered_on=delivered,
            extension_months=args.months,
        )
        try:
            tracker.record(event)
        except ImpossibleSequence as error:
            raise UsageError(f"that can't be recorded: {error.message}") from None
        summary = tracker.summary(case.id)
    if args.json:
        _print_json({**_summary_json(summary), "event": event.id})
    else:
        print(event.id)
        say(f"Recorded. {summary.summary}")
    return EXIT_OK


# -- case authority ---------------------------------------------------------------------------------


def run_authority(args: argparse.Namespace) -> int:
    signed, expires = parse_date("--signed", args.signed), parse_date("--expires", args.expires)
    if args.clear and (signed or expires):
        raise UsageError("--clear forgets the dates: give it without --signed or --expires")
    on = today()
    with _unlocked_tracker(args) as tracker:
        case = _case(tracker, args.id)
        if case.relationship is not Relationship.ADVISER and (signed or expires or args.clear):
            raise UsageError("this case isn't an adviser's: a family writing for itself needs no signed authority")
        if signed or expires or args.clear:
            if signed is None and not args.clear:  # --expires alone changes the end of the authority recorded
                signed = case.authority_signed
            try:
                case = record_authority(tracker.vault.database, case, signed, expires, on)
            except AuthorityDatesWrong as error:
                raise UsageError(str(error)) from None
    state = authority_state(case, on)
    if args.json:
        _print_json(
            {
                "id": case.id,
                "status": state.status.value,
                "signed": _iso(case.authority_signed),
                "expires": _iso(case.authority_expires),
                "sentence": state.sentence or None,
            }
        )
    else:
        print(state.sentence or "This case isn't an adviser's: a family writing for itself needs no signed authority.")
    return EXIT_OK
