"""npdrights-cli register: the DfE's register of data shares, imported and read without the window.

The register is public data kept outside the vault, so these commands need no passphrase. Exit code 2 with a
plain message for a file that cannot be imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from npdrights.commands.common import EXIT_OK, UsageError, paths_from, say
from npdrights.core.register import RecipientType, Release
from npdrights.core.register.queries import Filter, matching, per_type, per_year
from npdrights.service.register import REGISTER_FOLDER, RegisterFileError, RegisterService

TYPES = {kind.value: kind for kind in RecipientType}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "register",
        help="the DfE's register of who has been given pupil data",
        description="Import and read the DfE's register of external data shares (public data, kept outside the vault).",
    )
    actions = parser.add_subparsers(dest="register_command", required=True, metavar="ACTION")
    importing = actions.add_parser("import", help="import a register file (ODS, XLSX or CSV) downloaded from GOV.UK")
    importing.add_argument("file", help="the downloaded file")
    importing.set_defaults(run=run_import)
    listing = actions.add_parser("list", help="list releases, newest first")
    listing.add_argument("--type", choices=sorted(TYPES), action="append", help="only this type (repeat for more)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(run=run_list)
    stats = actions.add_parser("stats", help="how many releases of each type, and per year")
    stats.add_argument("--json", action="store_true", help="print a JSON object")
    stats.set_defaults(run=run_stats)


def _releases(args: argparse.Namespace) -> list[Release]:
    service = _service(args)
    releases = service.releases()
    if service.notice:
        say(service.notice)
    return releases


def _service(args: argparse.Namespace) -> RegisterService:
    return RegisterService(paths_from(args).data / REGISTER_FOLDER)


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    try:
        outcome = _service(args).import_file(Path(args.file), progress=lambda message: say(message))
    except RegisterFileError as error:
        raise UsageError(error.message) from None
    print(outcome.summary())
    for line in outcome.report:
        print(line)
    return EXIT_OK


def _as_json(release: Release) -> dict[str, Any]:
    return {
        "recipient": release.recipient,
        "type": release.type.value,
        "type_inferred": release.type_inferred,
        "type_reason": release.type_reason,
        "reference": release.reference,
        "approved": release.approved.isoformat() if release.approved else None,
        "date_as_written": release.date_text,
        "purpose": release.purpose,
        "data_years": [release.data_from, release.data_to] if release.data_from else None,
        "tier": release.tier,
        "identifiable": release.identifiable,
        "sheet": release.sheet.value,
        "source": release.source,
    }


def run_list(args: argparse.Namespace) -> int:
    chosen = frozenset(TYPES[name] for name in args.type or ())
    releases = matching(_releases(args), Filter(types=chosen))
    releases.sort(key=lambda release: (release.approved or date.min, release.recipient), reverse=True)
    if args.json:
        json.dump([_as_json(release) for release in releases], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return EXIT_OK
    for release in releases:
        when = release.approved.isoformat() if release.approved else (release.date_text or "date not given")
        inferred = " (inferred)" if release.type_inferred else ""
        reference = f" [{release.reference}]" if release.reference else ""
        print(f"{when}  {release.type.label}{inferred}: {release.recipient}{reference}")
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    service = _service(args)
    releases = service.releases()
    if service.notice:
        say(service.notice)
    imported = service.imports()
    types = per_type(releases)
    years = per_year(releases)
    if args.json:
        json.dump(
            {
                "releases": len(releases),
                "by_type": {kind.value: types[kind] for kind in RecipientType if types[kind]},
                "by_year": {
                    str(year): {kind.value: count for kind, count in counts.items()} for year, counts in years.items()
                },
                "imports": [{"file": name, "imported_at": when, "releases": count} for name, when, count in imported],
            },
            sys.stdout,
            indent=2,
        )
        print()
        return EXIT_OK
    print(f"{len(releases):,} releases")
    for kind in RecipientType:
        if types[kind]:
            print(f"  {kind.label}: {types[kind]:,}")
    for year, counts in years.items():
        print(f"{year}: " + ", ".join(f"{kind.label} {count}" for kind, count in counts.most_common()))
    if not imported:
        print("No register file imported yet: only npdrights' public record. Import one with: register import FILE")
    for name, when, count in imported:
        print(f"Imported {when}: {name} ({count:,} releases)")
    return EXIT_OK
