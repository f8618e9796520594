"""npdrights-cli stats: the figures as text, JSON, CSV and PDF, with nobody named in any of them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdf
import pytest

from npdrights.commands import stats as stats_command
from npdrights.paths import AppPaths
from npdrights.storage.keystore import KeyringKeyStore
from npdrights.storage.repository import Repository
from npdrights.storage.vault import Vault
from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE
from tests.core.statistics_fixture import NAMES, REFERENCE_PREFIX, TODAY, UPNS
from tests.statistics_vault import fill

P = PASSPHRASE + "\n"
NEVER_WRITTEN = (*NAMES, *UPNS, REFERENCE_PREFIX, "Quillfeather")


@pytest.fixture
def filled(run_cli: RunCli, home: Path, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    monkeypatch.setattr(stats_command, "today", lambda: TODAY)
    code, _out, err = run_cli("vault", "init", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    vault = Vault(AppPaths.from_environment({"NPDRIGHTS_HOME": str(home)}).data, KeyringKeyStore())
    vault.unlock_with_passphrase(PASSPHRASE)
    try:
        fill(Repository(vault.database))
    finally:
        vault.lock()
    return run_cli


def test_stats_json_has_the_figures_with_small_ones_null(filled: RunCli) -> None:
    code, out, err = filled("stats", "--json", "--passphrase-stdin", stdin=P)
    assert code == 0, err
    document = json.loads(out)
    assert (document["on"], document["cases"], document["not_counted"]) == ("2026-11-28", 12, None)
    by_kind = {row["label"]: (row["count"], row["shown"]) for row in document["tables"][0]["rows"]}
    assert by_kind["What the DfE holds"] == (6, "6")
    assert by_kind["Stop DfE sharing"] == (None, "fewer than 5")
    assert document["days_to_answer"]["median"] == 30
    for secret in NEVER_WRITTEN:
        assert secret.lower() not in out.lower()


def test_stats_saves_csv_and_pdf_that_name_nobody(filled: RunCli, tmp_path: Path) -> None:
    csv_path, pdf_path = tmp_path / "figures.csv", tmp_path / "figures.pdf"
    code, out, err = filled("stats", "--csv", str(csv_path), "--pdf", str(pdf_path), "--passphrase-stdin", stdin=P)
    assert code == 0, err
    assert "Requests by kind" in out
    assert "fewer than 5" in out
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert ["Requests by kind", "What the DfE holds", "6", "50%"] in rows
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "Half the answers came within 30 days" in pdf_text
    for written in (out, err, csv_path.read_text(encoding="utf-8-sig"), pdf_text):
        for secret in NEVER_WRITTEN:
            assert secret.lower() not in written.lower()


def test_stats_says_plainly_when_a_file_cannot_be_written(filled: RunCli, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, _out, err = filled("stats", "--csv", str(folder), "--passphrase-stdin", stdin=P)
    assert code == 2
    assert err.startswith("npdrights-cli: --csv: cannot write")
    assert "Traceback" not in err


def test_the_report_names_the_charity_when_it_has_a_letterhead(filled: RunCli, tmp_path: Path) -> None:
    code, _out, err = filled(
        "organisation", "set", "--name", "Exampleton Family Advice", "--address", "Exampleton",
        "--passphrase-stdin", stdin=P,
    )  # fmt: skip
    assert code == 0, err
    pdf_path = tmp_path / "figures.pdf"
    assert filled("stats", "--pdf", str(pdf_path), "--passphrase-stdin", stdin=P)[0] == 0
    first_page = pypdf.PdfReader(io.BytesIO(pdf_path.read_bytes())).pages[0].extract_text()
    assert "the figures for Exampleton Family Advice" in " ".join(first_page.split())  # the title wraps
