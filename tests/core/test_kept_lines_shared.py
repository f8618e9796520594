"""Kept lines read together share their equal values (issue 17: the cases list's memory), and are no different."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bench.rules_digest import ORGANISATIONS, PEOPLE, histories
from npdrights.core.case_list import SharedValues, from_kept, kept_record, summarise


def test_lines_read_together_are_the_same_lines_holding_one_copy_of_each_equal_value() -> None:
    shared = SharedValues()
    lines = []
    for case, events, today in histories(2000):
        line = summarise(case, events, today, people=PEOPLE, organisations=ORGANISATIONS)
        record = json.loads(json.dumps(kept_record(line, (event.reference for event in events))))
        alone = from_kept(case, record, today, people=PEOPLE, organisations=ORGANISATIONS)
        together = from_kept(case, record, today, people=PEOPLE, organisations=ORGANISATIONS, shared=shared)
        assert together == alone == line
        lines.append(together)
    summaries: dict[str, str] = {}
    for line in lines:
        assert summaries.setdefault(line.summary, line.summary) is line.summary  # equal sentences: one string
    sent = [line.sent for line in lines if line.sent is not None]
    assert len({id(day) for day in sent}) == len(set(sent))  # equal dates: one date object
    assert len(summaries) < len(lines)  # the histories do repeat sentences, so sharing was tried


def test_a_kept_step_without_its_reason_is_refused_so_the_case_is_worked_out_again() -> None:
    with pytest.raises(TypeError):
        SharedValues().steps([["reminder", "2026-01-05", None]], date(2026, 11, 28))
