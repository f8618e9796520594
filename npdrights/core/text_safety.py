"""Characters that have no place in a letter or a case, and how to show text on a terminal safely.

Control characters (ANSI and OSC escape sequences start with ESC) can rewrite what a terminal shows or run its
commands; right-to-left overrides make text read differently from what it holds; NUL and lone surrogates
break files and PDFs. They are refused where text comes in (answers files, backups: issue 11, item 15) and
escaped where text goes out to a terminal. Tabs and line breaks are ordinary text.
"""

from __future__ import annotations

import re
from typing import Any

_ALLOWED_CONTROLS = "\t\n\r"
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(
    "["
    + "".join(f"\\x{code:02x}" for code in range(0x20) if chr(code) not in _ALLOWED_CONTROLS)
    + "\\x7f-\\x9f"
    + _BIDI_CONTROLS
    + "\\ud800-\\udfff]"
)


def describe(character: str) -> str:
    code = ord(character)
    if 0xD800 <= code <= 0xDFFF:
        kind = "half of a character pair (a lone surrogate)"
    elif character in _BIDI_CONTROLS:
        kind = "a hidden right-to-left or left-to-right control"
    else:
        kind = "a control character"
    return f"{kind} (U+{code:04X})"


def unsafe_character(text: str) -> str | None:
    """A plain description of the first character not allowed in text, or None if all is well."""
    match = _UNSAFE.search(text)
    return describe(match.group()) if match else None


def find_unsafe(value: Any, where: str = "") -> tuple[str, str] | None:
    """In parsed JSON (objects, lists, text; keys too): where the first unsafe character is, and what it is."""
    if isinstance(value, str):
        problem = unsafe_character(value)
        return (where or "the text", problem) if problem else None
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            found = find_unsafe(str(key), path) or find_unsafe(item, path)
            if found:
                return found
    elif isinstance(value, list):
        for number, item in enumerate(value):
            found = find_unsafe(item, f"{where}[{number}]")
            if found:
                return found
    return None


def for_terminal(text: str) -> str:
    """`text` with every unsafe character shown as a visible escape (\\x1b, \\u202e) instead of acting."""
    return _UNSAFE.sub(lambda match: match.group().encode("unicode_escape", "backslashreplace").decode(), text)
