"""One table of case-kind labels and one of event wording, so a case's history reads the same on every screen,
in the rules engine's sentences and in `npdrights-cli`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from npdrights.core.model import CaseKind, EventKind
from npdrights.core.names import CASE_KIND_LABELS, EVENT_NAMES, event_noun, event_title, kind_in_sentence
from npdrights.core.next_steps import ActionKind, steps_for
from npdrights.core.status import case_state
from tests.core.case_builders import SENT_2_APRIL, D, K, events, make_case

PACKAGE = Path(__file__).resolve().parents[2] / "npdrights"


def test_every_case_kind_and_event_kind_has_its_words() -> None:
    assert set(CASE_KIND_LABELS) == set(CaseKind)
    assert set(EVENT_NAMES) == set(EventKind)
    assert all(name.title and name.noun for name in EVENT_NAMES.values())


def test_a_title_names_the_organisation_as_sentences_do() -> None:
    assert event_title(K.ACKNOWLEDGED, "the DfE") == "The DfE acknowledged your letter"
    assert event_title(K.COMPLAINT_SENT, "Fictional Academy Trust") == "You complained to Fictional Academy Trust"
    assert event_noun(K.REMINDER_SENT) == "A reminder"


def test_a_kind_in_a_sentence_keeps_its_capitals_after_the_first_letter() -> None:
    assert kind_in_sentence(CaseKind.SAR_DFE) == "what the DfE holds"
    assert kind_in_sentence(CaseKind.OBJECTION_DFE) == "stop DfE sharing"


@pytest.mark.parametrize(
    "outcome", [K.ANSWERED_FULL, K.ANSWERED_PART, K.REFUSED, K.OBJECTION_UPHELD, K.OBJECTION_REJECTED]
)
def test_the_status_summary_and_the_next_steps_use_the_timelines_words(outcome: EventKind) -> None:
    kind = CaseKind.OBJECTION_DFE if outcome in (K.OBJECTION_UPHELD, K.OBJECTION_REJECTED) else CaseKind.SAR_DFE
    case = make_case(kind)
    state = case_state(case, events(SENT_2_APRIL, (outcome, D(2026, 5, 1))), D(2026, 5, 4), body="the DfE")
    said = f"{event_title(outcome, 'the DfE')} on Friday 1 May 2026."
    assert state.summary.startswith(said)
    closing = [step for step in steps_for(case, state, body="the DfE") if step.kind is ActionKind.CLOSE]
    assert closing
    assert closing[0].reason.startswith(said)


def test_the_ico_stages_read_as_the_timeline_does() -> None:
    state = case_state(
        make_case(),
        events(
            SENT_2_APRIL,
            (K.REFUSED, D(2026, 5, 1)),
            (K.ICO_COMPLAINT_SENT, D(2026, 5, 4)),
            (K.ICO_REFERENCE_RECEIVED, D(2026, 5, 11)),
        ),
        D(2026, 5, 12),
    )
    assert state.summary == f"{event_title(K.ICO_REFERENCE_RECEIVED, 'the DfE')} on Monday 11 May 2026."


def _wording_tables(tree: ast.AST) -> list[int]:
    """Lines of dict literals mapping a CaseKind or EventKind member to a piece of text."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            named = isinstance(key, ast.Attribute) and isinstance(key.value, ast.Name)
            enum = key.value.id if named else ""  # type: ignore[union-attr]
            if enum in ("CaseKind", "EventKind", "K") and isinstance(value, ast.Constant | ast.JoinedStr):
                found.append(node.lineno)
                break
    return found


# Such a table's key names one of the kinds in its text; a module that names none cannot hold one. Parsing and
# walking only the ~20 modules that do (of ~230) cut this test from 1.2 to ~0.2 s under the rules' coverage tracer.
_NAMES_A_KIND = re.compile(r"\b(CaseKind|EventKind|K)\s*\.")


def test_no_other_module_keeps_its_own_words_for_case_or_event_kinds() -> None:
    elsewhere = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "names.py"
        and _NAMES_A_KIND.search(source := path.read_text(encoding="utf-8"))
        and (lines := _wording_tables(ast.parse(source)))
    }
    assert elsewhere == {}
