"""Small helpers for building plain-English sentences from parts."""

from __future__ import annotations

from collections.abc import Sequence


def first_upper(text: str) -> str:
    """'the DfE must…' -> 'The DfE must…' (only the first letter changes, so 'the DfE' keeps its capitals)."""
    return text[:1].upper() + text[1:]


def first_lower(text: str) -> str:
    """'Your rights' -> 'your rights', for a tick box's label named in the middle of a sentence."""
    return text[:1].lower() + text[1:]


def and_list(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c' (no Oxford comma, as GOV.UK style)."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def plural(count: int, noun: str) -> str:
    """'1 day', '6 days'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
