"""A long cell is cut into pieces of bounded size that say the same thing in the same order (issue 11, item 14)."""

from __future__ import annotations

from npdrights.pdf.long_text import pieces


def test_short_text_is_one_piece() -> None:
    assert list(pieces("Attended Imaginary Primary", size=100)) == ["Attended Imaginary Primary"]


def test_long_text_is_cut_between_words_into_pieces_no_longer_than_the_size() -> None:
    text = " ".join(f"word{number}" for number in range(500))
    cut = list(pieces(text, size=100))
    assert all(len(piece) <= 100 for piece in cut)
    assert " ".join(cut) == text  # nothing lost, nothing reordered, no word cut in two


def test_a_piece_ends_after_a_sentence_when_there_is_one_in_reach() -> None:
    text = "First sentence here. " + "x " * 60
    assert next(pieces(text, size=30)) == "First sentence here."


def test_the_writers_own_line_breaks_start_new_pieces() -> None:
    assert list(pieces("Line one\n\nLine two", size=5)) == ["Line", "one", "Line", "two"]


def test_a_word_longer_than_the_size_stays_whole() -> None:
    assert list(pieces("a " + "y" * 30 + " b", size=10)) == ["a", "y" * 30, "b"]
