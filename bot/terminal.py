"""Plain-text rendering of engine results for the terminal: the CLI and the chat."""

from __future__ import annotations

import textwrap

from knowledge import Answer, Library, Story

BOLD, RESET = "\033[1m", "\033[0m"
NOT_ANSWERED = "The stories do not answer that. Try /summary, or /stories to see what they cover."


def mark(text: str, sentence: str, color: bool) -> str:
    """``text`` with ``sentence`` marked: bold on a terminal, ``**...**`` elsewhere."""
    start = text.find(sentence)
    if start < 0 or not sentence:
        return text
    opening, closing = (BOLD, RESET) if color else ("**", "**")
    end = start + len(sentence)
    return f"{text[:start]}{opening}{sentence}{closing}{text[end:]}"


def citation(story: Story, paragraph: int) -> str:
    """``Title, paragraph N``: where a passage comes from."""
    return f"{story.title}, paragraph {paragraph}"


def format_answer(answer: Answer, library: Library, color: bool = False, width: int = 100) -> str:
    """An answer as text: each passage with its citation, the best sentence marked."""
    if not answer.answered:
        return NOT_ANSWERED
    blocks = []
    for i, passage in enumerate(answer.passages, start=1):
        story = library.story(passage.story)
        head = f"[{i}] {citation(story, passage.paragraph)}"
        body = _wrap(mark(passage.text, passage.sentence, color), width)
        blocks.append(f"{head}\n{body}")
    for quote in answer.quotes:
        who = quote.speaker or "unattributed"
        blocks.append(f"  “{quote.text}” — {who} (paragraph {quote.paragraph})")
    return "\n\n".join(blocks)


def format_stories(library: Library) -> str:
    """One line per story: id, title, date and paragraph count."""
    lines = []
    for story in library.stories.values():
        date = story.published.isoformat() if story.published else "undated"
        lines.append(f"{story.id}: {story.title} ({date}, {len(story.paragraphs)} paragraphs)")
    return "\n".join(lines)


def _wrap(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width=width, break_long_words=False, break_on_hyphens=False) if line else ""
        for line in text.split("\n")
    )
