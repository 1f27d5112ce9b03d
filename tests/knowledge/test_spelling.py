"""Misspelled names read as the stories' own, and nothing else read as a name."""

from __future__ import annotations

import json
import subprocess
import sys

from knowledge import Library
from knowledge.spelling import NameSpeller, one_edit_apart
from tests.conftest import ROOT


def test_one_edit_is_a_letter_added_dropped_changed_or_two_swapped() -> None:
    for typed in ("zuckerburg", "zuckerberrg", "zukerberg", "zuckerbreg"):
        assert one_edit_apart(typed, "zuckerberg"), typed
    for typed in ("zuckerberg", "zuckrbrg", "zuckerbxrgx"):
        assert not one_edit_apart(typed, "zuckerberg"), typed


def test_a_word_two_names_are_close_to_stays_as_typed() -> None:
    speller = NameSpeller(["carter", "carver", "okafor"])
    assert speller.correct("carer") is None  # carter or carver
    assert speller.correct("okafr") == "okafor"
    assert speller.correct("okf") is None  # too short to guess
    assert speller.correct("bkafor") is None  # the first letter is taken as typed


def test_a_misspelled_name_is_answered_as_the_name(bundled: Library) -> None:
    right = bundled.ask("What did Zuckerberg apologize for?")
    typo = bundled.ask("What did Zuckerburg apologize for?")
    assert typo.answered and typo.passages == right.passages
    assert typo.spelled == (("Zuckerburg", "Zuckerberg"),) and right.spelled == ()
    assert bundled.ask("who is brian actn").spelled == (("actn", "Acton"),)


def test_an_english_word_the_stories_lack_is_not_read_as_a_name(bundled: Library) -> None:
    answer = bundled.ask("What is Zuckerberg's salary?")
    assert not answer.answered and answer.spelled == ()


def test_the_terminal_and_json_say_how_the_question_was_read() -> None:
    question = "What did Zuckerburg apologize for?"
    run = [sys.executable, str(ROOT / "main.py"), "ask", question]
    text = subprocess.run(run, capture_output=True, text=True, timeout=120, cwd=ROOT).stdout
    assert text.startswith("Read “Zuckerburg” as “Zuckerberg”.\n")
    found = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, timeout=120, cwd=ROOT).stdout)
    assert found["spelled"] == [{"typed": "Zuckerburg", "read": "Zuckerberg"}]
