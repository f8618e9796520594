"""npdrights-cli register import|list|stats: output, JSON and exit codes, on fictional register files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import RunCli
from tests.register_files import LAYOUTS, write_layout


def test_import_then_list_and_stats(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_layout(LAYOUTS[1], "ods", tmp_path)[0]
    code, out, _err = run_cli("register", "import", str(path))
    assert code == 0
    assert out.splitlines()[0] == f"Imported {path.name}: 13 new releases, 0 updated."
    assert "DSAP approved shares: 5 releases from 10 rows" in out

    code, out, _err = run_cli("register", "list", "--type", "press", "--json")
    assert code == 0
    press = json.loads(out)
    assert {"Pretend News Group", "Fictional Newspapers Ltd", "Daily Telegraph"} <= {row["recipient"] for row in press}
    assert all(row["type"] == "press" for row in press)
    imported = next(row for row in press if row["recipient"] == "Pretend News Group")
    assert imported["type_inferred"] is True
    assert imported["approved"] == "2019-03-14"

    code, out, _err = run_cli("register", "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["releases"] == sum(stats["by_type"].values())
    assert stats["by_year"]["2019"]["press"] == 1
    assert [(entry["file"], entry["releases"]) for entry in stats["imports"]] == [(path.name, 13)]

    code, out, _err = run_cli("register", "import", str(path))
    assert (code, out.strip()) == (0, f"{path.name} was imported before: nothing has changed.")


def test_list_as_text_marks_inferred_types(run_cli: RunCli, tmp_path: Path) -> None:
    run_cli("register", "import", str(write_layout(LAYOUTS[0], "xlsx", tmp_path)[0]))
    code, out, _err = run_cli("register", "list", "--type", "commercial")
    assert code == 0
    assert "2017-02-21  Commercial (inferred): Example Analytics Ltd [DR170221.99]" in out.splitlines()


def test_a_file_that_is_not_the_register_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "shopping.csv"
    path.write_text("eggs,milk\nbread,jam\n")
    code, out, err = run_cli("register", "import", str(path))
    assert code == 2
    assert out == ""
    assert "found no releases in shopping.csv" in err
    assert "Traceback" not in err


def test_stats_before_any_import_says_so(run_cli: RunCli) -> None:
    code, out, _err = run_cli("register", "stats")
    assert code == 0
    assert "No register file imported yet" in out
    assert "Press and media: 3" in out  # the public record's three press releases
