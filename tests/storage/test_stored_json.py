"""loads_stored reads what json.loads reads and fails where it fails."""

from __future__ import annotations

import json

import pytest

from npdrights.storage.stored_json import loads_stored


@pytest.mark.parametrize(
    "text",
    ['{"id":"c1","reference":"NPD-SAR-00001"}', "[1,2.5,null]", '"text"', ' {"a": 1} ', '{"a":1}\n', b'{"a":1}'],
)
def test_reads_what_json_loads_reads(text: str) -> None:
    assert loads_stored(text) == json.loads(text)


@pytest.mark.parametrize("text", ['{"a":1} x', "", "{", "nope", '{"a":1}{"b":2}'])
def test_fails_as_json_loads_fails(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(json.JSONDecodeError) as raised:
        loads_stored(text)
    assert str(raised.value) == str(expected.value)
