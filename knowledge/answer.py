"""Answer types: what the engine returns for a question, ready for JSON or rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from knowledge.story import Sentence


@dataclass(frozen=True)
class Passage:
    """A paragraph verbatim, with its best sentence for the question and its score."""

    story: str
    paragraph: int
    text: str
    sentence: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story,
            "paragraph": self.paragraph,
            "text": self.text,
            "sentence": self.sentence,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Quote:
    """A direct quotation, verbatim, with its speaker (or None) and paragraph."""

    story: str
    text: str
    speaker: str | None
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        """The quotation as JSON shows it (its story is the enclosing object's)."""
        return {"text": self.text, "speaker": self.speaker, "paragraph": self.paragraph}


@dataclass(frozen=True)
class Answer:
    """The engine's answer. When ``answered`` is False, ``story`` is None and the lists are empty."""

    question: str
    answered: bool
    story: str | None = None
    passages: tuple[Passage, ...] = ()
    quotes: tuple[Quote, ...] = field(default=())
    #: Misspelled names read as the story's: (as typed, as the story writes it), *Zuckerburg*
    #: as *Zuckerberg*.
    spelled: tuple[tuple[str, str], ...] = ()
    #: With no story named: other stories that answer the question nearly as well, best first
    #: (their ids); the question may be about one of them.
    others: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answered": self.answered,
            "story": self.story,
            "passages": [p.to_dict() for p in self.passages],
            "quotes": [q.to_dict() for q in self.quotes],
            "spelled": [{"typed": typed, "read": read} for typed, read in self.spelled],
            "other_stories": list(self.others),
        }

    def spelling_note(self) -> str:
        """A line saying how misspelled names were read, or ``""``.

        >>> Answer("q", True, spelled=(("Zuckerburg", "Zuckerberg"),)).spelling_note()
        'Read “Zuckerburg” as “Zuckerberg”.'
        """
        if not self.spelled:
            return ""
        return "Read " + ", ".join(f"“{typed}” as “{read}”" for typed, read in self.spelled) + "."


@dataclass(frozen=True)
class Summary:
    """An extractive summary: sentences verbatim, in article order, with their paragraphs."""

    story: str
    sentences: tuple[Sentence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story, "sentences": [{"text": s.text, "paragraph": s.paragraph} for s in self.sentences]}
