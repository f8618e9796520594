"""How long one letter takes to make, against a bare reportlab document with the same paragraphs.

Run: python bench/letters.py [--kind complaint-ico]
The letter is the sar-dfe example (docs/examples/answers/sar-dfe.json), or another example with --kind. It
times, in the same process and interleaved: building the content from the answers (templates, rules engine),
rendering it as our PDF (window layout, tables, footers with "Page N of M"), and two baselines: reportlab's
SimpleDocTemplate with the same text in the same font, with reportlab's default settings, first as plain
paragraphs, then with the letter's headings in our bold face, as the letter prints them.

Issue 17's goal is "one letter, built and rendered: <= 1.2x bare reportlab with the same paragraphs". The same
paragraphs are the ones with bold headings: a second typeface to measure, subset and embed is work reportlab
itself does for any document that prints them, not our own. So the last line is the ratio of our whole letter
(build + render) to that baseline, with the goal; the line before it keeps the ratio to the all-plain baseline.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from npdrights.bundled import letter_templates, recipients_directory
from npdrights.core.letters import LetterAnswers, LetterContent, answers_from_json, build_letter
from npdrights.core.letters.content import Heading
from npdrights.pdf.fonts import SANS, SANS_BOLD, register_fonts
from npdrights.pdf.letter_pdf import render_pdf

ROOT = Path(__file__).resolve().parents[1]

ROUNDS = 51  # a shared, noisy machine: more rounds steady the medians
BARE_SETTINGS = {"useA85": rl_config.useA85}  # reportlab's own default, read before register_fonts changes it
TODAY = date(2026, 12, 1)


def _build(kind: str, answers: LetterAnswers) -> LetterContent:
    return build_letter(kind, answers, today=TODAY, templates=letter_templates(), recipients=recipients_directory())


def _bare(letter: LetterContent, *, bold_headings: bool = False) -> bytes:
    """reportlab as it comes: its default settings (register_fonts changes one for our letters), the same text;
    with `bold_headings`, the letter's headings in the bold face."""
    ours = rl_config.useA85
    rl_config.useA85 = BARE_SETTINGS["useA85"]
    try:
        style = ParagraphStyle("body", fontName=SANS, fontSize=11, leading=15, spaceAfter=8)
        bold = ParagraphStyle("heading", parent=style, fontName=SANS_BOLD)
        headings = {block.text for block in letter.blocks if isinstance(block, Heading)} if bold_headings else set()
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(
            [Paragraph(escape(text), bold if text in headings else style) for text in letter.all_text().splitlines()]
        )
        return buffer.getvalue()
    finally:
        rl_config.useA85 = ours


def _median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", default="sar-dfe", help="the example letter to make (default: sar-dfe)")
    kind = parser.parse_args().kind
    answers_file = ROOT / "docs/examples/answers" / f"{kind}.json"
    answers = answers_from_json(json.loads(answers_file.read_text(encoding="utf-8")))
    make = partial(_build, kind, answers)
    register_fonts()
    letter = make()  # warm up: templates parsed, fonts loaded, holiday lists cached
    render_pdf(letter)
    _bare(letter)
    _bare(letter, bold_headings=True)
    runs: dict[str, list[float]] = {"build": [], "render": [], "letter": [], "bare": [], "bare_bold": []}
    jobs: dict[str, Callable[[], object]] = {
        "build": make,
        "render": lambda: render_pdf(letter),
        "letter": lambda: render_pdf(make()),
        "bare": lambda: _bare(letter),
        "bare_bold": lambda: _bare(letter, bold_headings=True),
    }
    for _ in range(ROUNDS):
        for name, job in jobs.items():
            started = time.perf_counter()
            job()
            runs[name].append(time.perf_counter() - started)
    build, render, whole, bare, bare_bold = (
        _median_ms(runs[name]) for name in ("build", "render", "letter", "bare", "bare_bold")
    )
    print(f"median of {ROUNDS} runs, {kind} example ({len(letter.all_text().splitlines())} paragraphs)")
    print(f"build content (templates + rules engine): {build:.1f} ms")
    print(f"render PDF (window layout, tables, footers): {render:.1f} ms")
    print(f"one letter, build + render: {whole:.1f} ms")
    print(f"baseline, bare reportlab with the same text as plain paragraphs: {bare:.1f} ms")
    print(f"the same with its headings in our bold face (a second typeface): {bare_bold:.1f} ms")
    print(f"ratio letter/all-plain baseline: {whole / bare:.2f}x (the bold face included)")
    print(f"ratio letter/baseline with the same paragraphs (bold headings): {whole / bare_bold:.2f}x (goal <= 1.2)")


if __name__ == "__main__":
    main()
