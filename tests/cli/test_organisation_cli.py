"""npdrights-cli organisation set | show | clear, and the letterhead on an adviser's `case new` letter only."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PIL import Image

from npdrights.commands import case as case_command
from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE
from tests.letter_fixtures import full_data

P = PASSPHRASE + "\n"
NAME = "Exampleton Family Advice"
SET = ("organisation", "set", "--name", NAME, "--address", "4 Imaginary Parade", "--address", "EX9 9ZZ")


@pytest.fixture
def cli(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    from datetime import date

    monkeypatch.setattr(case_command, "today", lambda: date(2026, 11, 28))
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    return run_cli


def _logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (400, 100), "#1d70b8").save(path)
    return path


def test_set_show_and_clear(cli: RunCli, tmp_path: Path) -> None:
    code, out, err = cli(
        *SET, "--charity-number", "1234567", "--logo", str(_logo(tmp_path)), "--passphrase-stdin", stdin=P
    )
    assert code == 0, err
    assert out.splitlines() == [
        NAME,
        "4 Imaginary Parade, EX9 9ZZ",
        "Registered charity number 1234567",
        "(and the logo)",
    ]
    code, out, _err = cli("organisation", "show", "--json", "--passphrase-stdin", stdin=P)
    assert json.loads(out) == {
        "name": NAME,
        "address": ["4 Imaginary Parade", "EX9 9ZZ"],
        "charity_number": "1234567",
        "logo": True,
    }
    assert cli("organisation", "clear", "--passphrase-stdin", stdin=P)[0] == 0
    code, out, err = cli("organisation", "show", "--passphrase-stdin", stdin=P)
    assert (code, out) == (0, "")
    assert "No letterhead is set" in err


@pytest.mark.parametrize(
    ("extra", "logo_bytes", "message"),
    [
        (("--charity-number", "99"), None, "That isn't a charity number"),
        ((), "truncated", "--logo: That picture is damaged"),
        ((), b"#!/bin/sh\necho hello\n", "--logo: That file isn't a picture npdrights can read"),
    ],
)
def test_what_cannot_be_used_exits_2_with_the_reason(
    cli: RunCli, tmp_path: Path, extra: tuple[str, ...], logo_bytes: bytes | str | None, message: str
) -> None:
    logo: tuple[str, ...] = ()
    if logo_bytes == "truncated":  # a download that stopped part way
        logo_bytes = _logo(tmp_path).read_bytes()[:200]
    if isinstance(logo_bytes, bytes):
        (tmp_path / "logo.png").write_bytes(logo_bytes)
        logo = ("--logo", str(tmp_path / "logo.png"))
    code, _out, err = cli(*SET, *extra, *logo, "--passphrase-stdin", stdin=P)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def _answers(tmp_path: Path, relationship: str) -> str:
    data: dict[str, Any] = full_data("sar-dfe")
    data.pop("date")
    data["requester"] = {
        **data["requester"],
        "relationship": relationship,
        **({"organisation": NAME} if relationship == "adviser" else {}),
    }
    path = tmp_path / f"{relationship}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("relationship", "headed"), [("adviser", True), ("parent", False)])
def test_only_an_advisers_letter_has_the_letterhead(
    cli: RunCli, tmp_path: Path, relationship: str, headed: bool
) -> None:
    assert cli(*SET, "--charity-number", "1234567", "--passphrase-stdin", stdin=P)[0] == 0
    out_pdf = tmp_path / "letter.pdf"
    code, _out, err = cli(
        "case",
        "new",
        "sar-dfe",
        "--answers",
        _answers(tmp_path, relationship),
        "--out",
        str(out_pdf),
        "--passphrase-stdin",
        stdin=P,
    )
    assert code == 0, err
    first_page = pypdf.PdfReader(io.BytesIO(out_pdf.read_bytes())).pages[0].extract_text()
    assert ("Registered charity number 1234567" in first_page) is headed
