"""Checking an answer to a subject access request against what the law entitles the person to receive.

Source: docs/law.md §3.1 (UK GDPR Art 15(1)(a)-(h), 15(2) and 15(3)) and §9.1 (what the DfE
says you can get). The record of releases to third parties is the DfE's own record of which outside
organisations were given the pupil's data from the National Pupil Database: the recipients of Art 15(1)(c), as
defenddigitalme's guidance asks families to request (docs/law.md §3.3 and §9.2).

The items a user did not tick are what is missing: they become the points of a targeted reminder. Wrong facts
the user noted become the rows of a rectification (Art 16, docs/law.md §3.2).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from npdrights.core.model import AnswerCheck, CaseEvent, ChecklistItem, EventKind, WrongFact
from npdrights.core.sentence import Sentence
from npdrights.core.translatable import QT_TRANSLATE_NOOP
from npdrights.core.wording import and_list


@dataclass(frozen=True)
class ItemInfo:
    label: str  # short, for a tick box (label and help are marked for translation: they are only on screen)
    help: str  # one plain sentence saying what to look for
    article: str  # where the law says so
    asked_for: str  # the item as a reminder asks for it again ("the purposes ...")
    required: bool = True  # False: asked for in the letter, but no law requires it (docs/law.md §3.1)


ITEMS: dict[ChecklistItem, ItemInfo] = {
    ChecklistItem.COPY: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "A copy of the data"),
        QT_TRANSLATE_NOOP("AnswerItems", "A copy of the information itself, not just a description of it."),
        "Article 15(1) and 15(3)",
        "a copy of the personal data",
    ),
    ChecklistItem.PURPOSES: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Why it holds the data"),
        QT_TRANSLATE_NOOP("AnswerItems", "The purposes it uses the data for."),
        "Article 15(1)(a)",
        "the purposes of the processing",
    ),
    ChecklistItem.CATEGORIES: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "What kinds of data it holds"),
        QT_TRANSLATE_NOOP(
            "AnswerItems",
            "The categories of personal data, for example attendance, exam results or special educational needs.",
        ),
        "Article 15(1)(b)",
        "the categories of personal data concerned",
    ),
    ChecklistItem.RECIPIENTS: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Who it shares the data with"),
        QT_TRANSLATE_NOOP(
            "AnswerItems", "The organisations, or kinds of organisation, it gives or may give the data to."
        ),
        "Article 15(1)(c)",
        "the recipients, or categories of recipient, of the data",
    ),
    ChecklistItem.RELEASES: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "The record of releases to others"),
        QT_TRANSLATE_NOOP(
            "AnswerItems",
            "Which outside organisations (companies, researchers, others) were actually given the data, and when.",
        ),
        "asked for in the letter: Article 15(1)(c) requires only recipients or categories of recipient",
        "the record of which third parties the data was released to, and when, which I asked for",
        required=False,
    ),
    ChecklistItem.RETENTION: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "How long it keeps the data"),
        QT_TRANSLATE_NOOP("AnswerItems", "How long the data will be kept, or how it decides that."),
        "Article 15(1)(d)",
        "how long the data will be kept, or the criteria used to decide that",
    ),
    ChecklistItem.SOURCE: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Where the data came from"),
        QT_TRANSLATE_NOOP("AnswerItems", "Where it got the data, if not from you (for example a school or council)."),
        "Article 15(1)(g)",
        "where the data came from",
    ),
    ChecklistItem.RIGHTS: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Your rights"),
        QT_TRANSLATE_NOOP(
            "AnswerItems",
            "Your rights to have data corrected, deleted or restricted, to object, and to complain to the ICO.",
        ),
        "Article 15(1)(e) and (f)",
        "information about the rights to rectification, erasure, restriction and objection, and to complain to "
        "the regulator (the Information Commission, known as the ICO)",
    ),
    ChecklistItem.AUTOMATED_DECISIONS: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Automated decisions"),
        QT_TRANSLATE_NOOP(
            "AnswerItems",
            "Whether any decisions are made by computer alone, or profiling, and if so how and with what effect.",
        ),
        "Article 15(1)(h)",
        "whether automated decision-making or profiling is used, with the logic involved and its consequences",
    ),
    ChecklistItem.TRANSFER_SAFEGUARDS: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Safeguards for sending data abroad"),
        QT_TRANSLATE_NOOP("AnswerItems", "If the data goes outside the UK, how it is protected there."),
        "Article 15(2)",
        "the safeguards for any transfer of the data outside the UK",
    ),
    ChecklistItem.REASONS_WITHHELD: ItemInfo(
        QT_TRANSLATE_NOOP("AnswerItems", "Reasons for anything left out"),
        QT_TRANSLATE_NOOP(
            "AnswerItems", "If it withheld anything, why, and that you can complain. Tick this if nothing was withheld."
        ),
        "Article 12(4)",
        "the reasons for anything withheld, and which exemption was relied on",
    ),
}


# Answers that come with a checklist.
CHECKABLE = frozenset({EventKind.ANSWERED_FULL, EventKind.ANSWERED_PART})


def latest_check(events: Iterable[CaseEvent]) -> CaseEvent | None:
    """The latest answer the user has checked."""
    return next(
        (event for event in reversed(tuple(events)) if event.kind in CHECKABLE and event.check is not None), None
    )


def missing_items(check: AnswerCheck) -> tuple[ChecklistItem, ...]:
    """What the answer left out, in the order the law lists them."""
    received = set(check.received)
    return tuple(item for item in ChecklistItem if item not in received)


def missing_required(check: AnswerCheck) -> tuple[ChecklistItem, ...]:
    """What the answer left out that the law requires (not what the letter only asked for)."""
    return tuple(item for item in missing_items(check) if ITEMS[item].required)


def is_complete(check: AnswerCheck) -> bool:
    return not missing_items(check)


def missing_note(missing: tuple[ChecklistItem, ...], subject: str = "It") -> str:
    """'It did not include the purposes of the processing (Article 15(1)(a)) and ...', for a reminder's timeline."""
    if not missing:
        return ""
    # A thing the letter only asked for is asked for again without citing a law that doesn't require it.
    asked = and_list(
        [
            f"{ITEMS[item].asked_for} ({ITEMS[item].article})" if ITEMS[item].required else ITEMS[item].asked_for
            for item in missing
        ]
    )
    return f"{subject} did not include {asked}"


CHECKED = "AnswerChecked"  # the context of the timeline's summary of a checked answer (lupdate reads it as a literal)


def describe(check: AnswerCheck) -> Sentence:
    """One plain line for the case's timeline: English here, the screens' language on screen (issue 18)."""
    required = missing_required(check)
    requested = [item for item in missing_items(check) if item not in required]
    total = sum(1 for info in ITEMS.values() if info.required)
    # Only says everything the law lists was included when it was (docs/law.md §3.1).
    parts = [
        Sentence.of(CHECKED, QT_TRANSLATE_NOOP("AnswerChecked", "Everything the law lists was included."))
        if not required
        else Sentence.counted(
            QT_TRANSLATE_NOOP("AnswerChecked", "%n of the {total} things the law lists missing.", "", 1),
            len(required),
            context=CHECKED,
            total=total,
        )
    ]
    if requested:
        parts.append(
            Sentence.of(
                CHECKED,
                QT_TRANSLATE_NOOP("AnswerChecked", "Not included, though asked for: {items}."),
                items=_labels_in_a_sentence(requested),
            )
        )
    if check.wrong_facts:
        parts.append(
            Sentence.counted(
                QT_TRANSLATE_NOOP("AnswerChecked", "%n wrong fact(s) noted.", "", 1),
                len(check.wrong_facts),
                context=CHECKED,
            )
        )
    return _joined(parts)


def _labels_in_a_sentence(items: list[ChecklistItem]) -> Sentence:
    """'the record of releases to others': the tick boxes' labels, each translated on screen. Only one item is
    asked for without the law requiring it today, so a longer list's 'and' stays English."""
    labels = {f"item{number}": Sentence.lowered("AnswerItems", ITEMS[item].label) for number, item in enumerate(items)}
    return Sentence(and_list(["{" + name + "}" for name in labels]), **labels)


def _joined(parts: list[Sentence]) -> Sentence:
    """The parts one after another, each said on screen in its own words."""
    named = {f"part{number}": part for number, part in enumerate(parts)}
    return Sentence(" ".join("{" + name + "}" for name in named), **named)


def corrections(check: AnswerCheck) -> tuple[WrongFact, ...]:
    """The wrong facts with all three parts filled in: the rows a rectification letter can use."""
    return tuple(fact for fact in check.wrong_facts if _filled(fact))


def _filled(fact: WrongFact) -> bool:
    return all(part.strip() for part in (fact.item, fact.recorded, fact.correct))
