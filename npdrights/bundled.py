"""Read the letter templates and the recipients directory that ship in `resources/`.

Core never touches files; the CLI, the GUI and the benchmarks call these instead. Cached: the files do not
change while the app runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from npdrights.core.letters.recipients import DirectoryEntry, parse_directory
from npdrights.core.letters.templates import TEMPLATE_SUFFIX, LetterTemplates
from npdrights.paths import resource_dir

LANGUAGE = "en-GB"


def template_folder(language: str = LANGUAGE) -> Path:
    return resource_dir() / "letters" / language


def read_template_texts(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}"))}


@cache
def letter_templates(language: str = LANGUAGE) -> LetterTemplates:
    return LetterTemplates(read_template_texts(template_folder(language)))


@cache
def recipients_directory() -> Mapping[str, DirectoryEntry]:
    return parse_directory((resource_dir() / "recipients.toml").read_text(encoding="utf-8"))


def help_page(name: str, language: str = "en") -> str:
    """A help page shipped in resources/help/ (Markdown), read from disk: offline, like everything else. In the
    screens' language where it has been translated (`how-this-works.pl.md`), else the English page."""
    folder = resource_dir() / "help"
    translated = folder / f"{name}.{language}.md"
    return (translated if translated.is_file() else folder / f"{name}.md").read_text(encoding="utf-8")
