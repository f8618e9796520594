"""The list of what a subject access request asks for is one table (core/letters/asks.py): the letters print it
and the wizard shows it, so neither can say more or less than the other."""

from __future__ import annotations

import pytest

from npdrights.core.letters.asks import ARTICLE_15, letter_asks
from npdrights.core.letters.plain_text import render_text
from tests.letter_fixtures import LETTER_KINDS, build, flat, full_data


@pytest.mark.parametrize(
    ("kind", "me"),
    [("sar-dfe", "Zebedee"), ("sar-lrs", "me"), ("sar-organisation", "Clementine")],  # a parent's; a pupil's own
)
def test_every_subject_access_letter_prints_the_table_in_order(kind: str, me: str) -> None:
    text = flat(render_text(build(kind, full_data(kind))))
    bullets = [
        "- " + ask.letter.format(me=me, regulator="the Information Commission (ICO)") + (";" if more else ".")
        for more, ask in zip([True] * (len(ARTICLE_15) - 1) + [False], ARTICLE_15, strict=True)
    ]
    assert " ".join(bullets) in text


@pytest.mark.parametrize(
    ("kind", "own_sections"),
    [
        ("sar-dfe", ("newspaper", "linked")),  # the DfE is asked about press and commercial releases, and linking
        ("sar-lrs", ("looked up",)),
        ("sar-organisation", ()),
    ],
)
def test_the_screen_lists_article_15_then_what_the_letter_adds(kind: str, own_sections: tuple[str, ...]) -> None:
    asks = letter_asks(kind)
    assert asks[: len(ARTICLE_15)] == tuple(ask.on_screen for ask in ARTICLE_15)
    extras = asks[len(ARTICLE_15) :]
    assert len(extras) == len(own_sections)
    for extra, word in zip(extras, own_sections, strict=True):
        assert word in extra


@pytest.mark.parametrize("kind", [kind for kind in LETTER_KINDS if not kind.startswith("sar-")])
def test_other_letters_ask_for_none_of_it(kind: str) -> None:
    assert letter_asks(kind) == ()
    text = render_text(build(kind, full_data(kind)))
    assert ARTICLE_15[1].letter not in text


def test_the_screen_says_it_in_plain_words() -> None:
    for ask in ARTICLE_15:
        assert "Article" not in ask.on_screen  # the letter cites the law; the screen says what it means
