"""What a subject access request asks for, in one table: each item as the letter puts it (citing its Article) and
as the wizard says it to a parent. The templates print `ARTICLE_15` (`_article15.j2`) and the wizard shows
`letter_asks`, so the screen cannot promise something the letter doesn't ask for, or leave out what it does. Only
the screen's words are marked for translation (issue 18): the letter's stay English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from npdrights.core.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Ask:
    """One thing the letter asks for. In `letter`, "{me}" is the pupil as the letter names them and "{regulator}"
    the regulator's name on the letter's date (the template fills both)."""

    letter: str
    on_screen: str


# Article 15 UK GDPR (docs/law.md §3.1), in the order the letter lists it.
ARTICLE_15: tuple[Ask, ...] = (
    Ask(
        "a copy of all of it (Article 15(1) and (3)); the first copy must be free",
        QT_TRANSLATE_NOOP("Asks", "a copy of everything it holds about the pupil, free of charge"),
    ),
    Ask(
        "the source of each item: who supplied it and when (Article 15(1)(g))",
        QT_TRANSLATE_NOOP("Asks", "where each piece of information came from"),
    ),
    Ask(
        "the purposes you hold and use it for (Article 15(1)(a))",
        QT_TRANSLATE_NOOP("Asks", "what it uses the information for"),
    ),
    Ask(
        "the categories of personal data concerned (Article 15(1)(b))",
        QT_TRANSLATE_NOOP("Asks", "what kinds of information it holds"),
    ),
    Ask(
        "the recipients you have disclosed it to or will disclose it to, by name where you know them, including any "
        "in other countries (Article 15(1)(c)), and the safeguards for any transfer abroad (Article 15(2))",
        QT_TRANSLATE_NOOP("Asks", "who it has given the information to, and the safeguards for any sent abroad"),
    ),
    Ask(
        "how long you will keep each item, or how you decide that (Article 15(1)(d))",
        QT_TRANSLATE_NOOP("Asks", "how long it keeps each part"),
    ),
    Ask(
        "any automated decision-making or profiling, the logic involved and what it means for {me} (Article 15(1)(h))",
        QT_TRANSLATE_NOOP("Asks", "any automated decisions made about the pupil"),
    ),
    Ask(
        "the information Article 15(1)(e) and (f) requires about the rights to correction, erasure, restriction and "
        "objection, and the right to complain to {regulator}",
        QT_TRANSLATE_NOOP(
            "Asks", "the pupil's rights: correction, deletion, restriction, objection and complaint to the ICO"
        ),
    ),
)

# What a kind's template asks for in its own sections, beyond Article 15, as the wizard says it.
_OWN_SECTIONS: Mapping[str, tuple[str, ...]] = {
    # sar-dfe.j2: "Who has been given ... data", and the opening's "every other dataset ... linked to" the record.
    "sar-dfe": (
        QT_TRANSLATE_NOOP(
            "Asks",
            "for each organisation given the record: the dates, the law used, and whether it was a company, a "
            "newspaper or a journalist",
        ),
        QT_TRANSLATE_NOOP("Asks", "the other datasets the record has been linked with"),
    ),
    # sar-lrs.j2: "Who has seen ... record".
    "sar-lrs": (
        QT_TRANSLATE_NOOP(
            "Asks", "every organisation that has looked up or been given the learning record, with the date and why"
        ),
    ),
}


def letter_asks(kind: str) -> tuple[str, ...]:
    """What a subject access request of `kind` asks for, in the wizard's words: Article 15's list, then what its
    template adds in its own sections. A kind that is not a subject access request asks for none of these."""
    if not kind.startswith("sar-"):
        return ()
    return (*(ask.on_screen for ask in ARTICLE_15), *_OWN_SECTIONS.get(kind, ()))
