"""Index terms: stop words (scikit-learn's list, kept as data), stems and numbers."""

from __future__ import annotations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SKLEARN_STOP_WORDS

from knowledge.analysis import STOP_WORDS, terms
from knowledge.stopwords import ENGLISH_STOP_WORDS


def test_the_copied_stop_word_list_is_scikit_learns() -> None:
    assert ENGLISH_STOP_WORDS == SKLEARN_STOP_WORDS


def test_terms() -> None:
    assert terms("The board voted on 4,200 students' start times") == [
        "board",
        "vote",
        "4200",
        "student",
        "start",
        "time",
    ]
    assert "did" in STOP_WORDS and "fire" not in STOP_WORDS  # auxiliaries out, content words kept
