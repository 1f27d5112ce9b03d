"""A question analysed for search: its terms, which of them are names, and what it asks for."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from knowledge.analysis import is_stop_word, stem, words

#: A word written as a name: capitalised, not all capitals (``TV``, ``CEO`` are often common nouns).
_NAME = re.compile(r"^[^\W\d_]*[A-Z][a-z]")
_RAW_WORD = re.compile(r"[#@]?[^\W_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class Query:
    """The question's index terms with their counts, and the subset written as names."""

    text: str
    counts: Counter[str]
    names: frozenset[str]

    @property
    def common(self) -> frozenset[str]:
        """Terms that are not names: what the question asks about the story's people and things."""
        return frozenset(self.counts) - self.names


def parse_query(question: str) -> Query:
    """Analyse ``question``.

    >>> q = parse_query("Who painted the Mona Lisa?")
    >>> sorted(q.counts), sorted(q.names)
    (['lisa', 'mona', 'paint'], ['lisa', 'mona'])
    """
    counts: Counter[str] = Counter()
    names: set[str] = set()
    for position, raw in enumerate(_RAW_WORD.findall(question)):
        is_name = position > 0 and bool(_NAME.match(raw.lstrip("#@")))
        for word in words(raw):
            if is_stop_word(word):
                continue
            term = stem(word)
            counts[term] += 1
            if is_name:
                names.add(term)
    return Query(question, counts, frozenset(names))


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\."
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: Words and forms that say when: dates, years, weekdays, clock times, relative days.
TIME_PATTERN = re.compile(
    rf"\b(?:{_MONTHS}|{_WEEKDAYS}|(?:1[5-9]|20)\d\d|yesterday|today|tomorrow|tonight|"
    r"ago|decades?|centur(?:y|ies)|weeks?|months?|years?|\d{1,2}:\d\d|[ap]\.m\.)(?=\W|$)",
    re.IGNORECASE,
)
#: Digits or number words: what a "how many" or "how much" question wants.
NUMBER_PATTERN = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|dozens?|half|percent)\b",
    re.IGNORECASE,
)
_ASKS_TIME = re.compile(r"^\s*when\b|\bwhat (?:year|date|day|time|month)\b|\bhow long ago\b", re.IGNORECASE)
_ASKS_NUMBER = re.compile(
    r"\bhow (?:many|much|long|old|far|often|big|large)\b|\bwhat (?:percent|percentage|number|share)\b",
    re.IGNORECASE,
)


def expected_answer(question: str) -> str | None:
    """What kind of answer ``question`` asks for: ``"time"``, ``"number"`` or None.

    >>> expected_answer("When did the study begin?"), expected_answer("How many users?")
    ('time', 'number')
    """
    if _ASKS_TIME.search(question):
        return "time"
    if _ASKS_NUMBER.search(question):
        return "number"
    return None
