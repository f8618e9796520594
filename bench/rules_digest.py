"""A digest of what the rules engine says about 40,000 random case histories: proof that a speed-up changed no result.

Run: python bench/rules_digest.py [--histories 40000]
Each history is a case of a random kind with up to a dozen events drawn in a mostly legal order (some shuffled,
so the engine's refusals are covered too), looked at on a random day. For every one it hashes the line the cases
list shows (status, summary, sent, due date and its explanation, days left, overdue, problem) and every next step
(kind, opens, expires, reason). The same seed gives the same histories, so the digest must not change unless a
rule does. It also times the work against a baseline in the same run: building the same histories without
working them out. The last line reads `digest: HEX  ratio R (goal: digest unchanged)`.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from npdrights.core.case_list import summarise  # noqa: E402
from npdrights.core.model import (  # noqa: E402
    Address,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    Organisation,
    Person,
    PostMethod,
    Relationship,
)

SEED = 20261206
K = EventKind
# A legal skeleton, step by step: each step is left out or kept (a chain as a random first part of it, so the
# ICO's reference never comes without the complaint to it); the outcome is one that fits the case's kind; and one
# history in ten is shuffled, so the engine's acceptances and its refusals are both covered.
SKELETON: list[tuple[EventKind, ...]] = [
    (K.DRAFTED,),
    (K.SENT,),
    (K.DELIVERED,),
    (K.ACKNOWLEDGED,),
    (K.ID_REQUESTED, K.ID_PROVIDED),
    (K.CLARIFICATION_REQUESTED, K.CLARIFICATION_PROVIDED),
    (K.EXTENSION_NOTIFIED,),
    (K.REMINDER_SENT,),
    (),  # the outcome: see OUTCOMES
    (K.COMPLAINT_SENT,),
    (K.ICO_COMPLAINT_SENT, K.ICO_REFERENCE_RECEIVED, K.ICO_OUTCOME_RECEIVED, K.ICO_REVIEW_REQUESTED),
    (K.CLOSED,),
]
OUTCOMES = (K.ANSWERED_FULL, K.ANSWERED_PART, K.REFUSED)
OBJECTION_OUTCOMES = (K.OBJECTION_UPHELD, K.OBJECTION_REJECTED, K.REFUSED)
PEOPLE = {"p": Person("p", "Testy Fictionalson")}
ORGANISATIONS = {
    "dfe": Organisation("dfe", "Department for Education", Address(("Leeds",), "LS1 4AW")),
    "school": Organisation("school", "Fictional Academy", Address(("Sampleford",), "SA1 1ZZ")),
}


def histories(count: int) -> list[tuple[Case, list[CaseEvent], date]]:
    rng = random.Random(SEED)
    made = []
    kinds = list(CaseKind)
    methods = [None, *PostMethod]
    for number in range(count):
        kind = rng.choice(kinds)
        start = date(2025, 1, 1) + timedelta(days=rng.randrange(700))
        case = Case(
            f"c{number}",
            kind,
            "p",
            "dfe" if kind is not CaseKind.SAR_ORGANISATION else "school",
            "p",
            Relationship.SELF,
            f"REF-{number}",
            start,
        )
        kinds_drawn: list[EventKind] = []
        for step in SKELETON:
            if rng.random() < (0.9 if step[:1] == (K.SENT,) else 0.4):
                if step:
                    kinds_drawn += step[: rng.randrange(1, len(step) + 1)]
                else:
                    kinds_drawn.append(rng.choice(OBJECTION_OUTCOMES if kind is CaseKind.OBJECTION_DFE else OUTCOMES))
        if rng.random() < 0.1:
            rng.shuffle(kinds_drawn)
        day = start
        events = []
        for index, event_kind in enumerate(kinds_drawn):
            day += timedelta(days=rng.choice((0, 1, 2, 3, 7, 14, 30, 45)))
            events.append(
                CaseEvent(
                    f"e{number}-{index}",
                    case.id,
                    event_kind,
                    day,
                    post_method=rng.choice(methods) if event_kind in (K.SENT, K.ID_PROVIDED) else None,
                    delivered_on=day + timedelta(days=2) if rng.random() < 0.1 else None,
                    extension_months=rng.choice((None, 1, 2)) if event_kind is K.EXTENSION_NOTIFIED else None,
                )
            )
        made.append((case, events, day + timedelta(days=rng.randrange(0, 200))))
    return made


def digest(made: list[tuple[Case, list[CaseEvent], date]]) -> str:
    hashed = hashlib.sha256()
    for case, events, today in made:
        line = summarise(case, events, today, people=PEOPLE, organisations=ORGANISATIONS)
        parts = [
            line.status_label,
            line.summary,
            str(line.sent),
            str(line.due),
            line.due_explanation,
            line.due_what,
            str(line.days_left),
            str(line.overdue),
            line.problem,
            *(f"{a.kind.value}|{a.opens}|{a.expires}|{a.reason}|{a.is_open(today)}" for a in line.actions),
        ]
        hashed.update("\x1f".join(parts).encode())
        hashed.update(b"\x1e")
    return hashed.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--histories", type=int, default=40_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    worked, made_only, digests = [], [], set()
    for _ in range(args.rounds):
        started = time.perf_counter()
        made = histories(args.histories)
        built = time.perf_counter()
        digests.add(digest(made))
        worked.append(time.perf_counter() - built)
        made_only.append(built - started)
    assert len(digests) == 1, "the same histories gave different results"
    rules, baseline = statistics.median(worked), statistics.median(made_only)
    print(f"{args.histories} histories, median of {args.rounds}: rules {rules:.2f} s, making them {baseline:.2f} s")
    print(f"digest: {digests.pop()}  ratio {rules / baseline:.2f} (goal: digest unchanged)")


if __name__ == "__main__":
    main()
