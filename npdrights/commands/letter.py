"""npdrights-cli letter KIND --answers F.json --out F.pdf | letter --list | letters --batch F.csv --kind KIND.

A missing or wrong answer exits with code 2 and names the field, e.g.
`pupil.date_of_birth: '2019-13-01' is not a date (expected YYYY-MM-DD)`. Warnings (such as an address nobody
has confirmed) are printed but do not stop the letter.
"""

from __future__ import annotations

import argparse
import csv
from datetime import date
from pathlib import Path
from typing import Any

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.commands.common import EXIT_OK, UsageError, read_answers_file, say
from npdrights.core.letters import (
    KINDS,
    AnswersError,
    LetterAnswers,
    LetterContent,
    Problem,
    answers_from_json,
    build_letter,
    kind_named,
    render_text,
)
from npdrights.core.letters.content import LARGE_PRINT_POINTS
from npdrights.core.letters.csv_rows import answers_data_from_row
from npdrights.core.letters.kinds import UnknownKind
from npdrights.core.wording import plural
from npdrights.storage.atomic import atomic_write_bytes

FORMATS = ("pdf", "text")


def register(subparsers: Any) -> None:
    letter = subparsers.add_parser(
        "letter",
        help="write one letter from a JSON answers file (see docs/answers-schema.md)",
        description="Write one letter. List the kinds with: npdrights-cli letter --list",
    )
    letter.add_argument("kind", nargs="?", metavar="KIND", help="the kind of letter, e.g. sar-dfe")
    letter.add_argument("--list", action="store_true", help="list the kinds of letter and the answers each needs")
    letter.add_argument("--answers", metavar="FILE.json", type=Path, help="the answers, as JSON")
    letter.add_argument("--out", metavar="FILE", help="where to write it ('-' for standard output, text only)")
    _add_output_options(letter)
    letter.set_defaults(run=run_letter)

    letters = subparsers.add_parser(
        "letters",
        help="write one letter per row of a spreadsheet (CSV), e.g. for many families",
        description="Each CSV column is an answer path such as requester.name (see docs/answers-schema.md).",
    )
    letters.add_argument("--batch", metavar="FILE.csv", type=Path, required=True, help="one row per letter")
    letters.add_argument("--kind", metavar="KIND", required=True, help="the kind of letter, e.g. sar-dfe")
    letters.add_argument("--out-dir", metavar="DIR", type=Path, required=True, help="folder for the letters")
    letters.add_argument("--overwrite", action="store_true", help="replace letters already in the folder")
    _add_output_options(letters)
    letters.set_defaults(run=run_batch)


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="pdf", help="pdf (default) or plain text")
    parser.add_argument("--large-print", action="store_true", help=f"print the text at {LARGE_PRINT_POINTS} point")
    parser.add_argument("--barcode", action="store_true", help="add a Code 128 barcode of the reference")


def run_letter(args: argparse.Namespace) -> int:
    if args.list:
        print(describe_kinds())
        return EXIT_OK
    if not args.kind:
        raise UsageError("name the kind of letter (see npdrights-cli letter --list)")
    _check_kind(args.kind)
    if args.answers is None:
        raise UsageError("--answers: give the JSON answers file")
    if args.out is None or (args.out == "-" and args.format == "pdf"):
        raise UsageError("--out: give the file to write (use '-' for standard output with --format text)")
    try:
        letter = _build(args.kind, answers_from_json(read_answers_file(args.answers)))
        output = _render(letter, args)
    except AnswersError as error:
        raise UsageError(f"the answers in {args.answers} cannot make this letter:\n{error}") from None
    for warning in letter.warnings:
        say(f"Check: {warning}")
    if args.out == "-":
        print(output.decode("utf-8"), end="")
    else:
        _write(Path(args.out), output)
        say(f"Wrote {args.out}.")
    return EXIT_OK


def run_batch(args: argparse.Namespace) -> int:
    """Every row is checked and rendered before anything is written: a bad row leaves the folder untouched."""
    _check_kind(args.kind)
    suffix = ".pdf" if args.format == "pdf" else ".txt"
    made: list[tuple[Path, LetterContent, bytes]] = []
    problems: list[str] = []
    for line, row in _read_csv(args.batch):
        data, column_problems = answers_data_from_row(row)
        try:
            if column_problems:
                raise AnswersError(column_problems)
            letter = _build(args.kind, answers_from_json(data))
            made.append((args.out_dir / f"row-{line:03d}-{args.kind}{suffix}", letter, _render(letter, args)))
        except AnswersError as error:
            problems += [f"row {line}: {problem}" for problem in error.problems]
    if problems:
        raise UsageError("nothing was written; fix these rows first:\n" + "\n".join(problems))
    if not made:
        raise UsageError(f"--batch: {args.batch} has no rows under its header")
    existing = [str(path) for path, _, _ in made if path.exists()]
    if existing and not args.overwrite:
        raise UsageError(f"--out-dir: {existing[0]} is already there; use --overwrite to replace it")
    try:
        args.out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"--out-dir: cannot make {args.out_dir}: {error.strerror or error}") from None
    for path, letter, output in made:
        for warning in letter.warnings:
            say(f"{path.name}: check: {warning}")
        _write(path, output)
    say(f"Wrote {plural(len(made), 'letter')} to {args.out_dir}.")
    return EXIT_OK


def describe_kinds() -> str:
    lines = []
    for kind in KINDS.values():
        lines += [f"{kind.name}", f"    {kind.description}", f"    needs: {', '.join(kind.needs)}"]
    return "\n".join(lines)


def _check_kind(name: str) -> None:
    try:
        kind_named(name)
    except UnknownKind as error:
        raise UsageError(str(error)) from None


def _read_csv(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:  # utf-8-sig: spreadsheets often add a BOM
            reader = csv.DictReader(handle)
            # Line numbers as a spreadsheet shows them: the header is row 1.
            return [(index, dict(row)) for index, row in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise UsageError(f"--batch: cannot read {path}: {getattr(error, 'strerror', None) or error}") from None


def _build(kind: str, answers: LetterAnswers) -> LetterContent:
    # The command line is a composition root: the one place here that reads the real date.
    return build_letter(
        kind, answers, today=date.today(), templates=letter_templates(), recipients=recipients_directory()
    )


def _render(letter: LetterContent, args: argparse.Namespace) -> bytes:
    """The letter's bytes; an address too wide for the window is reported like any other bad answer."""
    if args.format == "text":
        return render_text(letter).encode("utf-8")
    # reportlab takes a tenth of a second to import: every command would pay it (`case list` too), not only this.
    from npdrights.pdf.letter_pdf import AddressTooLong, render_pdf

    try:
        return render_pdf(letter, large_print=args.large_print, barcode=args.barcode)
    except AddressTooLong as error:
        raise AnswersError([Problem("recipient.address", f"{error}: shorten the longest lines", "window")]) from None


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
