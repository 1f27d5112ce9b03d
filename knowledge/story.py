"""The story model: a news article as numbered paragraphs of verbatim sentences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from knowledge.sentences import LIST_ITEM, sentence_spans

#: A sentence ends a prose paragraph when it closes with one of these (quote marks may follow).
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
#: Paragraphs are separated by one or more blank lines.
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
#: A prose paragraph without terminal punctuation still has at least this many words.
_MIN_PROSE_WORDS = 15
#: A byline or date line, stops or none (*By Priya Natarajan, Tech Desk. Published 2026-06-09.*),
#: when no longer than :data:`_MAX_BYLINE_WORDS`: *By Tuesday, the river had ...* is prose.
_BYLINE = re.compile(r"(?:By\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+|(?:Published|Updated|Posted)\b)")
_MAX_BYLINE_WORDS = 20


class Sentence(NamedTuple):
    """One sentence, verbatim, with its place in the story (a named tuple: a large library
    holds hundreds of thousands, and these are quick to make and small)."""

    text: str
    paragraph: int
    index: int  # position among all the story's sentences, from 0
    start: int  # offset in the paragraph's text
    end: int


class Paragraph(NamedTuple):
    """A numbered paragraph (from 1) and its sentences."""

    number: int
    text: str
    sentences: tuple[Sentence, ...]

    @property
    def is_prose(self) -> bool:
        """False for a caption, byline or credit line: short and without a closing stop, or all
        in brackets (*(Photo: ... Courtesy of Volta Motors)*); a block of such lines (*By Maria
        Santos, Staff Writer* / *Published 6:05 AM EST, Wed March 4, 2026*) is none either,
        unless its lines after the first are a list's items. A short byline is none, though it
        ends in a stop (*By Priya Natarajan, Tech Desk. Published 2026-06-09.*). An editor's
        note on the article (*Correction: An earlier version of this article said ...*) is none:
        it tells of the article, not of the news."""
        if _BRACKETED.fullmatch(self.text) or _NOTE.match(self.text):
            return False
        if _BYLINE.match(self.text) and len(self.text.split()) <= _MAX_BYLINE_WORDS:
            return False
        if any(_TERMINAL.search(s.text) for s in self.sentences):
            return True
        lines = self.text.split("\n")
        return len(self.text.split()) >= _MIN_PROSE_WORDS and (
            any(len(line.split()) >= _MIN_PROSE_WORDS for line in lines) or all(map(LIST_ITEM.match, lines[1:]))
        )


def _line_per_paragraph(text: str) -> bool:
    """Whether an article with no blank line puts one paragraph on each line, as text pasted
    from a web page often does: three lines or more, each ending a sentence, after at most
    :data:`_HEAD_LINES` short ones that end none (*Published March 10, 2026*, a byline)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head = 0
    while head < min(_HEAD_LINES, len(lines)) and not _TERMINAL.search(lines[head]):
        if len(lines[head].split()) >= _MIN_PROSE_WORDS:
            return False  # (a long line that ends no sentence: text wrapped at a width)
        head += 1
    body = lines[head:]
    return len(body) >= _MIN_LINES and all(_TERMINAL.search(line) for line in body)


#: An article without blank lines needs this many lines, each ending a sentence, to be read
#: as one paragraph per line.
_MIN_LINES = 3
#: How many short lines that end no sentence (a date, a byline) may open such an article.
_HEAD_LINES = 3
#: An editor's note on the article itself: a correction, a clarification, an amendment.
_NOTE = re.compile(
    r"\W*(?:(?:Correction|Clarification|Editor['’]s note)s?\W*[:—–-]|"
    r"(?:This|An earlier version of this) (?:article|story|report) (?:was|has been|is|said|misstated|incorrectly)\b)",
    re.IGNORECASE,
)
#: A paragraph all in brackets: a caption or an editor's note.
_BRACKETED = re.compile(r"\s*[(\[][^\n]*[)\]]\s*", re.DOTALL)


@dataclass(frozen=True)
class Story:
    """A loaded story. ``id`` is the file name without its extension."""

    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = field(default=None, compare=False)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the story in reading order."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def paragraph(self, number: int) -> Paragraph:
        """The paragraph numbered ``number`` (from 1)."""
        return self.paragraphs[number - 1]

    def to_dict(self) -> dict[str, Any]:
        """The story's description, as ``python main.py stories --json`` prints it."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "paragraphs": len(self.paragraphs),
        }


def build_story(
    story_id: str,
    body: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Story:
    """Make a :class:`Story` from its body text (front matter already removed).

    Without ``title`` the first non-empty line is the title; with one, a first line that
    repeats it is dropped as the title line. The title line is never a paragraph. Paragraphs
    are separated by blank lines; an article with none, whose every line ends a sentence, has
    one paragraph per line.

    >>> story = build_story("demo", "A Title\\n\\nFirst one. Second one.\\n\\nNext.")
    >>> story.title, [p.number for p in story.paragraphs], story.paragraph(1).sentences[1].text
    ('A Title', [1, 2], 'Second one.')
    """
    blocks = [b.strip() for b in _BLANK_LINES.split(body.replace("\r\n", "\n").replace("\r", "\n"))]
    blocks = [b for b in blocks if b]
    if blocks:
        first_line, _, rest = blocks[0].partition("\n")
        heading = _strip_heading(first_line)
        if title is None or _same_title(heading, title):
            title = title or heading
            blocks[0] = rest.strip()
            blocks = [b for b in blocks if b]
    if len(blocks) == 1 and _line_per_paragraph(blocks[0]):
        blocks = [line.strip() for line in blocks[0].split("\n") if line.strip()]
    paragraphs: list[Paragraph] = []
    index = 0
    for number, text in enumerate(blocks, start=1):
        sentences = []
        for start, end in sentence_spans(text) or [(0, len(text))]:
            sentences.append(Sentence(text[start:end], number, index, start, end))
            index += 1
        paragraphs.append(Paragraph(number, text, tuple(sentences)))
    return Story(
        id=story_id,
        title=title or story_id,
        paragraphs=tuple(paragraphs),
        published=published,
        source=source,
        url=url,
        path=path,
    )


def _strip_heading(line: str) -> str:
    """A Markdown heading's text without its ``#`` marks."""
    return line.strip().lstrip("#").strip()


def _same_title(line: str, title: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(s.split()).casefold()

    return norm(line) == norm(title)
