"""Sentence splitting: a table of hard cases."""

from __future__ import annotations

import pytest

from knowledge.sentences import sentence_spans, split_sentences

CASES = [
    (
        "a dateline is part of the first sentence",
        "WASHINGTON (AP) — The Senate passed the bill. LONDON (Reuters) - The bank cut rates.",
        ["WASHINGTON (AP) — The Senate passed the bill.", "LONDON (Reuters) - The bank cut rates."],
    ),
    (
        "a dateline with a state's abbreviation and an agency",
        "HARRISBURG, Pa. (AP) — Lawmakers passed a budget. It was late.",
        ["HARRISBURG, Pa. (AP) — Lawmakers passed a budget.", "It was late."],
    ),
    (
        "a list's items are sentences of their own, its lead-in too",
        "They want:\n- Two-person crews\n- More inspections.\n1. Fewer trains",
        ["They want:", "- Two-person crews", "- More inspections.", "1. Fewer trains"],
    ),
    (
        "quotation stays with its attribution",
        "\"I'm really sorry this happened,\" the Facebook co-founder and CEO told CNN's Larie Segall "
        'during a television interview. "We have a basic responsibility to protect people\'s data."',
        [
            "\"I'm really sorry this happened,\" the Facebook co-founder and CEO told CNN's Larie Segall "
            "during a television interview.",
            '"We have a basic responsibility to protect people\'s data."',
        ],
    ),
    (
        "said-first attribution after a quotation",
        '"Teenagers are not lazy," said Dr. Hannah Cole, the pediatrician. "Sleep matters."',
        ['"Teenagers are not lazy," said Dr. Hannah Cole, the pediatrician.', '"Sleep matters."'],
    ),
    (
        "abbreviations do not end sentences",
        "The U.S. team met Mr. Smith and Dr. Jones on Jan. 5 at 3 p.m. on Friday. They left.",
        ["The U.S. team met Mr. Smith and Dr. Jones on Jan. 5 at 3 p.m. on Friday.", "They left."],
    ),
    (
        "a title's abbreviation before a name does not end one",
        "Gov. Laura Whitfield met Lt. Gov. Ann Lee, Sgt. Bo Lee and Rep. Jo Kim. They left.",
        ["Gov. Laura Whitfield met Lt. Gov. Ann Lee, Sgt. Bo Lee and Rep. Jo Kim.", "They left."],
    ),
    (
        "clock times and decimals",
        "It starts at 8:30 a.m. and costs $3.5 million. Fine.",
        ["It starts at 8:30 a.m. and costs $3.5 million.", "Fine."],
    ),
    ("contractions stay verbatim", "We can't stop. They won't go.", ["We can't stop.", "They won't go."]),
    ("question and exclamation", "Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ("curly quotes", "“We will fix it,” she said. “Soon.”", ["“We will fix it,” she said.", "“Soon.”"]),
    ("no punctuation at all", "Thumbnail and Top Image Source: Flickr", ["Thumbnail and Top Image Source: Flickr"]),
    (
        "a table's rows are sentences of their own",
        "| Model | Price |\n| Ryze 9 X5 9950 | $749 |\n| Ryze 7 X5 9700 | $549 |",
        ["| Model | Price |", "| Ryze 9 X5 9950 | $749 |", "| Ryze 7 X5 9700 | $549 |"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_hard_cases(name: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_cut_the_original_text() -> None:
    text = "  First one.\nSecond  one.  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second  one."]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []
