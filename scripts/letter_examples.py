"""Make docs/examples/<kind>.pdf from docs/examples/answers/<kind>.json (fictional people only).

Run: .venv/bin/python scripts/letter_examples.py [--out docs/examples]
The output is deterministic (reportlab's invariant mode), so unchanged letters give unchanged files.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ANSWERS = ROOT / "docs" / "examples" / "answers"
TODAY = date(2026, 12, 1)  # the examples' letter date; each answers file also gives it


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "examples")
    args = parser.parse_args()
    from npdrights.bundled import letter_templates, recipients_directory
    from npdrights.core.letters import KINDS, answers_from_json, build_letter
    from npdrights.pdf.letter_pdf import render_pdf
    from tests.letter_fixtures import EXAMPLE_TAGS

    for kind in KINDS:
        answers = answers_from_json(json.loads((ANSWERS / f"{kind}.json").read_text(encoding="utf-8")))
        letter = build_letter(
            kind,
            answers,
            today=TODAY,
            templates=letter_templates(),
            recipients=recipients_directory(),
            reference_tag=EXAMPLE_TAGS.get(kind, ""),
        )
        (args.out / f"{kind}.pdf").write_bytes(render_pdf(letter, barcode=True, invariant=True))
        if kind == "sar-dfe":
            large = render_pdf(letter, large_print=True, barcode=True, invariant=True)
            (args.out / f"{kind}-large-print.pdf").write_bytes(large)
        print(f"{kind}: {len(letter.warnings)} warning(s)")


if __name__ == "__main__":
    main()
