"""The summary a user pastes into the ICO's online complaint form, which takes at most 2,000 characters.

docs/law.md §8: "a summary of up to 2,000 characters (about 500 words)". A web form's limit counts UTF-16
code units, so a character outside the Basic Multilingual Plane (an emoji) counts twice; we count the same way,
so the text we say fits always does.
"""

from __future__ import annotations

from dataclasses import dataclass

ICO_SUMMARY_LIMIT = 2000
_ELLIPSIS = " …"


def form_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class IcoSummary:
    text: str
    limit: int
    shortened: bool  # the full text did not fit and was cut at a sentence or word

    @property
    def length(self) -> int:
        return form_length(self.text)

    @property
    def counter(self) -> str:
        """'1,234 of 2,000 characters'."""
        return f"{self.length:,} of {self.limit:,} characters"


def cap_summary(text: str, limit: int = ICO_SUMMARY_LIMIT) -> IcoSummary:
    """The text if it fits; otherwise as much as fits, cut at the end of a sentence (or else a word)."""
    text = text.strip()
    if form_length(text) <= limit:
        return IcoSummary(text, limit, shortened=False)
    room = limit - form_length(_ELLIPSIS)
    head = text[:room]
    while form_length(head) > room:  # only when the text has characters that count twice
        head = head[:-1]
    sentence_end = max(head.rfind(". "), head.rfind(".\n"))
    if sentence_end > room // 2:
        return IcoSummary(head[: sentence_end + 1] + _ELLIPSIS, limit, shortened=True)
    word_end = head.rfind(" ")
    cut = head[:word_end] if word_end > 0 else head
    return IcoSummary(cut.rstrip(" ,;:") + _ELLIPSIS, limit, shortened=True)
