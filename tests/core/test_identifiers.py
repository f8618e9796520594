"""UPN and ULN checks: a code and a plain message for each fault; nothing silently dropped."""

from __future__ import annotations

import pytest

from npdrights.core.identifiers import check_uln, check_upn, normal_upn


@pytest.mark.parametrize(
    ("text", "code", "blocking"),
    [
        pytest.param("B801200005001", None, None, id="valid (python-stdnum's own example)"),
        pytest.param("b801 2000 05001", None, None, id="spaces and lower case are tidied"),
        pytest.param("A801200005001", "upn.check-letter", True, id="wrong check letter"),
        pytest.param("X80120000A001", "upn.format", True, id="letter in the middle"),
        pytest.param("B8012", "upn.length", True, id="too short"),
        pytest.param("A838123419001", "upn.local-authority", True, id="unknown council, check letter wrong too"),
        # 838 (Dorset, 2019) is newer than stdnum's 2011 list; its check letter matches, so it is only a warning.
        pytest.param("K838123419001", "upn.local-authority", False, id="newer council code"),
    ],
)
def test_upn(text: str, code: str | None, blocking: bool | None) -> None:
    problem = check_upn(text)
    if code is None:
        assert problem is None
    else:
        assert problem is not None
        assert (problem.code, problem.blocking) == (code, blocking)
        assert normal_upn(text) in problem.message


@pytest.mark.parametrize(
    ("text", "ok"),
    [("1234567890", True), ("12345 67890", True), ("123456789", False), ("12345678901", False), ("12345678X0", False)],
)
def test_uln_is_ten_digits(text: str, ok: bool) -> None:
    # docs/law.md §9.3: "Unique Learner Number (ULN): 10 digits."
    problem = check_uln(text)
    assert (problem is None) == ok
    if problem is not None:
        assert problem.code == "uln.format"
