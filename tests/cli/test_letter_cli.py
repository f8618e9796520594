"""npdrights-cli letter and letters: output files and exit codes (0 ok, 2 bad input, naming the field)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pypdf

from npdrights.core.letters import KINDS
from tests.cli.conftest import RunCli
from tests.letter_fixtures import full_data, minimal_data


def _answers(tmp_path: Path, data: Any, name: str = "answers.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_list_names_every_kind_and_what_it_needs(run_cli: RunCli) -> None:
    code, out, _ = run_cli("letter", "--list")
    assert code == 0
    for kind in KINDS.values():
        assert kind.name in out
        assert kind.description in out
    assert "needs: requester.name, requester.address, pupil.name, pupil.date_of_birth, corrections" in out


def test_a_letter_as_pdf(run_cli: RunCli, tmp_path: Path) -> None:
    out_file = tmp_path / "letter.pdf"
    code, _, err = run_cli(
        "letter", "sar-dfe", "--answers", str(_answers(tmp_path, full_data("sar-dfe"))), "--out", str(out_file),
        "--large-print", "--barcode",
    )  # fmt: skip
    assert code == 0, err
    assert "Check: The address for the Department for Education is not confirmed" in err
    reader = pypdf.PdfReader(out_file)
    assert "Zebedee Fictionalson" in reader.pages[0].extract_text()
    assert out_file.stat().st_mode & 0o077 == 0  # personal data: private to the user


def test_a_letter_as_text_on_standard_output(run_cli: RunCli, tmp_path: Path) -> None:
    answers = _answers(tmp_path, full_data("objection-dfe"))
    code, out, _ = run_cli("letter", "objection-dfe", "--answers", str(answers), "--format", "text", "--out", "-")
    assert code == 0
    assert out.startswith("Zoë O'Brien-Ŝmith\n")
    assert "Article 21(1)" in out


def _fails(run_cli: RunCli, *argv: str) -> str:
    code, _, err = run_cli(*argv)
    assert code == 2, err
    assert "Traceback" not in err
    return err


def test_bad_answers_exit_2_and_name_the_field(run_cli: RunCli, tmp_path: Path) -> None:
    data = minimal_data("sar-dfe")
    data["pupil"]["date_of_birth"] = "2019-13-01"
    err = _fails(run_cli, "letter", "sar-dfe", "--answers", str(_answers(tmp_path, data)), "--out", "x.pdf")
    assert "pupil.date_of_birth: '2019-13-01' is not a date (expected YYYY-MM-DD)" in err
    data = minimal_data("rectification")
    data["corrections"] = []
    err = _fails(run_cli, "letter", "rectification", "--answers", str(_answers(tmp_path, data)), "--out", "x.pdf")
    assert "corrections: missing" in err
    assert not (tmp_path / "x.pdf").exists()


def test_usage_errors_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    answers = str(_answers(tmp_path, minimal_data("sar-dfe")))
    assert "no letter kind called 'sar-dfee'" in _fails(
        run_cli, "letter", "sar-dfee", "--answers", answers, "--out", "x"
    )
    assert "name the kind" in _fails(run_cli, "letter")
    assert "--answers" in _fails(run_cli, "letter", "sar-dfe", "--out", "x.pdf")
    assert "--out" in _fails(run_cli, "letter", "sar-dfe", "--answers", answers)
    assert "--out" in _fails(run_cli, "letter", "sar-dfe", "--answers", answers, "--out", "-")  # PDF to a terminal
    assert "cannot read" in _fails(run_cli, "letter", "sar-dfe", "--answers", str(tmp_path / "none.json"), "--out", "x")
    broken = tmp_path / "broken.json"
    broken.write_text('{"requester": ', encoding="utf-8")
    assert "not valid JSON (line 1" in _fails(run_cli, "letter", "sar-dfe", "--answers", str(broken), "--out", "x")
    assert "top level" in _fails(
        run_cli, "letter", "sar-dfe", "--answers", str(_answers(tmp_path, [1])), "--out", "x.pdf"
    )
    assert "invalid choice" in _fails(run_cli, "letter", "sar-dfe", "--format", "docx")


def _csv(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "families.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=sorted({key for row in rows for key in row}))
        writer.writeheader()
        writer.writerows(rows)
    return path


FAMILY = {
    "date": "2026-12-01",
    "requester.name": "Ada Fictionalson",
    "requester.address": "12 Imaginary Road; Exampleton",
    "requester.relationship": "parent",
    "pupil.name": "Zebedee Fictionalson",
    "pupil.date_of_birth": "2013-05-04",
    "pupil.schools.1.name": "Exampleton Primary School",
}


def test_a_batch_writes_one_letter_per_row(run_cli: RunCli, tmp_path: Path) -> None:
    second = {**FAMILY, "pupil.name": "Zinnia Fictionalson", "pupil.date_of_birth": "2016-02-02"}
    batch = _csv(tmp_path, [FAMILY, second])
    out_dir = tmp_path / "letters"
    code, _, err = run_cli("letters", "--batch", str(batch), "--kind", "sar-dfe", "--out-dir", str(out_dir))
    assert code == 0, err
    assert sorted(path.name for path in out_dir.iterdir()) == ["row-002-sar-dfe.pdf", "row-003-sar-dfe.pdf"]
    assert "Zinnia Fictionalson" in pypdf.PdfReader(out_dir / "row-003-sar-dfe.pdf").pages[0].extract_text()
    # Running again would overwrite the adviser's letters: only with --overwrite.
    err = _fails(run_cli, "letters", "--batch", str(batch), "--kind", "sar-dfe", "--out-dir", str(out_dir))
    assert "--overwrite" in err
    code, _, _ = run_cli(
        "letters",
        "--batch",
        str(batch),
        "--kind",
        "sar-dfe",
        "--out-dir",
        str(out_dir),
        "--overwrite",
        "--format",
        "text",
    )
    assert code == 0
    assert (out_dir / "row-002-sar-dfe.txt").read_text(encoding="utf-8").startswith("Ada Fictionalson")


def test_a_batch_with_a_bad_row_writes_nothing_and_names_every_problem(run_cli: RunCli, tmp_path: Path) -> None:
    bad = {**FAMILY, "pupil.date_of_birth": "2013-02-30", "pupil.schools.1.from_year": "last year"}
    batch = _csv(tmp_path, [FAMILY, bad])
    out_dir = tmp_path / "letters"
    err = _fails(run_cli, "letters", "--batch", str(batch), "--kind", "sar-dfe", "--out-dir", str(out_dir))
    assert "row 3: pupil.schools.1.from_year: 'last year' is not a whole number" in err
    assert not out_dir.exists()
    empty = _csv(tmp_path, [])
    assert "no rows" in _fails(
        run_cli, "letters", "--batch", str(empty), "--kind", "sar-dfe", "--out-dir", str(out_dir)
    )
    assert "no letter kind" in _fails(
        run_cli, "letters", "--batch", str(batch), "--kind", "nope", "--out-dir", str(out_dir)
    )


def test_an_objection_whose_only_ground_is_true_of_every_pupil_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    # docs/law.md §3.2: Article 21(1) needs grounds relating to the pupil's particular situation.
    data = full_data("objection-dfe")
    data["situations"] = ["privacy"]
    data.pop("grounds", None)
    answers = str(_answers(tmp_path, data))
    err = _fails(run_cli, "letter", "objection-dfe", "--answers", answers, "--format", "text", "--out", "-")
    assert "situations" in err
    assert "privacy in general applies to every pupil" in err
