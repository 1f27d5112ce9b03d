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


#: A person or organisation named: two capitalised words in a row, not opening the sentence.
PERSON_PATTERN = re.compile(r"(?<![.!?\"“]\s)(?<!^)\b[A-Z][\w'’.-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+")
#: A place: a capitalised name after a preposition of place, or a word for a place.
PLACE_PATTERN = re.compile(
    r"\b(?:in|at|near|from|outside|across|to)\s+(?:the\s+)?[A-Z][\w'’-]+|"
    r"\b(?:city|town|village|county|state|country|street|road|avenue|stadium|river|park|downtown|"
    r"headquarters|border|coast|island|region|district|neighborhood|neighbourhood)\b"
)
#: Words that give a reason or a cause.
REASON_PATTERN = re.compile(
    r"\b(?:because|due to|caus\w*|blam\w*|reasons?|result\w*|led to|thanks to|owing to|in order to|"
    r"so that|after|since|over|amid|following|to protect|to prevent|to avoid)\b",
    re.IGNORECASE,
)
_ASKS_PERSON = re.compile(r"^\s*(?:who|whom|whose)\b|\bwhich (?:person|company|team|group|official)\b", re.I)
_ASKS_PLACE = re.compile(r"^\s*where\b|\bin which (?:city|town|country|state)\b|\bwhat (?:city|town|country)\b", re.I)
_ASKS_REASON = re.compile(
    r"^\s*why\b|\bwhat (?:caused|causes|led to|prompted)\b|\bhow come\b|\bfor what reason\b", re.I
)


def expected_answer(question: str) -> str | None:
    """What kind of answer ``question`` asks for: ``"time"``, ``"number"``, ``"person"``,
    ``"place"``, ``"reason"`` or None.

    >>> [expected_answer(q) for q in ("When did it begin?", "How many users?", "Who led it?")]
    ['time', 'number', 'person']
    >>> expected_answer("Where is it based?"), expected_answer("What caused the fire?")
    ('place', 'reason')
    """
    if _ASKS_TIME.search(question):
        return "time"
    if _ASKS_NUMBER.search(question):
        return "number"
    if _ASKS_REASON.search(question):
        return "reason"
    if _ASKS_PLACE.search(question):
        return "place"
    if _ASKS_PERSON.search(question):
        return "person"
    return None
