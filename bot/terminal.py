"""Plain-text rendering of engine results for the terminal: the CLI and the chat."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from knowledge import Answer, Library, Quote, Story, Summary, Timeline

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


def format_answer(
    answer: Answer, library: Library, color: bool = False, width: int = 100, choose: str = "--story ID"
) -> str:
    """An answer as text: each passage with its citation, the best sentence marked; then the
    other stories that answer too, and how to ask only one (``choose``)."""
    if not answer.answered:
        return NOT_ANSWERED
    blocks = [answer.spelling_note()] if answer.spelled else []
    for i, passage in enumerate(answer.passages, start=1):
        story = library.story(passage.story)
        head = f"[{i}] {citation(story, passage.paragraph)}"
        body = _wrap(mark(passage.text, passage.sentence, color), width)
        blocks.append(f"{head}\n{body}")
    blocks.extend(format_quote(quote, width) for quote in answer.quotes)
    if answer.others:
        titles = "; ".join(f"{library.story(s).title} ({s})" for s in answer.others)
        blocks.append(_wrap(f"Other stories may answer this too: {titles}. {choose} asks only one.", width))
    return "\n\n".join(blocks)


def format_quote(quote: Quote, width: int = 100) -> str:
    """One quotation, indented, with its speaker and paragraph."""
    who = quote.speaker or "unattributed"
    return textwrap.indent(_wrap(f"“{quote.text}”", width - 2), "  ") + f"\n    — {who}, paragraph {quote.paragraph}"


def format_quotes(story: Story, quotes: Sequence[Quote], speaker: str | None = None, width: int = 100) -> str:
    """A story's quotations, or a sentence saying there are none (for ``speaker``)."""
    if not quotes:
        if speaker:
            return f"No quotation by a speaker matching {speaker!r} in {story.title}."
        return f"{story.title} has no direct quotations."
    head = f"Quotations in {story.title}" + (f" by speakers matching {speaker!r}" if speaker else "")
    return "\n\n".join([head + ":"] + [format_quote(q, width) for q in quotes])


def format_summary(story: Story, summary: Summary, width: int = 100) -> str:
    """The summary's sentences, each with its paragraph."""
    if not summary.sentences:
        return f"{story.title} has no prose to summarise."
    lines = [f"Summary of {story.title}:"]
    lines += [_wrap(f"{s.text} (paragraph {s.paragraph})", width) for s in summary.sentences]
    return "\n\n".join(lines)


def format_timeline(story: Story, timeline: Timeline, width: int = 100) -> str:
    """One block per event: where it sits, its wording and paragraph, then the sentence."""
    if not timeline.events:
        return f"{story.title} has no dated or background events."
    published = f"published {timeline.published.isoformat()}" if timeline.published else "no publication date"
    blocks = [f"Timeline of {story.title} ({published}):"]
    for event in timeline.events:
        wording = f" “{event.when}”" if event.when else ""
        head = f"{event.place}{wording}, paragraph {event.paragraph}"
        blocks.append(head + "\n" + textwrap.indent(_wrap(event.text, width - 4), "    "))
    return "\n\n".join(blocks)


def format_stories(library: Library) -> str:
    """One line per story: id, title, date and paragraph count."""
    lines = []
    for story in library.describe():
        lines.append(
            f"{story['id']}: {story['title']} ({story['published'] or 'undated'}, {story['paragraphs']} paragraphs)"
        )
    return "\n".join(lines)


def _wrap(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width=width, break_long_words=False, break_on_hyphens=False) if line else ""
        for line in text.split("\n")
    )
