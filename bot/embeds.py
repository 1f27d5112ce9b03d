"""Engine results as Discord embeds, always within Discord's limits.

Article text is escaped so that it cannot break the embed's Markdown; the best sentence is the
only bold text. Long text is cut at a sentence boundary with an ellipsis (:func:`bot.textcut.cut`).
"""

from __future__ import annotations

from collections.abc import Sequence

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.textcut import cut
from knowledge import Answer, Library, Quote, Story, Summary, Timeline

# Discord's limits.
TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FIELDS = 25
FOOTER = 2048
TOTAL = 6000

COLOR = discord.Colour.blurple()


def safe(text: str) -> str:
    """Text shown as written: no Markdown, no mention can come out of it."""
    return escape_mentions(escape_markdown(text))


def highlighted(text: str, sentence: str, limit: int) -> str:
    """``text`` escaped and cut to ``limit``, with ``sentence`` in bold where it fits."""
    start = text.find(sentence) if sentence else -1
    if start < 0:
        return cut(safe(text), limit)
    before, after = text[:start], text[start + len(sentence) :]
    bold = f"**{safe(sentence).strip()}**"
    head = safe(before)
    if len(head) + len(bold) > limit:  # the sentence must show: start the passage at it
        head = "… " if before.strip() else ""
        bold = f"**{cut(safe(sentence), limit - len(head) - 4)}**"
    room = limit - len(head) - len(bold)
    return head + bold + (cut(safe(after), room) if room > 1 else "")


def citation(story: Story, paragraph: int) -> str:
    """Where a passage comes from: the story's title, paragraph, source and date."""
    parts = [f"Paragraph {paragraph}"]
    if story.source:
        parts.append(story.source)
    if story.published:
        parts.append(story.published.isoformat())
    return " · ".join(parts)


def answer_embed(answer: Answer, library: Library) -> discord.Embed:
    """The embed for an answered question: the best passage, then the next relevant ones."""
    best = answer.passages[0]
    story = library.story(best.story)
    embed = discord.Embed(
        title=cut(story.title, TITLE),
        url=story.url,
        description=highlighted(best.text, best.sentence, 3000),
        colour=COLOR,
    )
    embed.set_footer(text=cut(citation(story, best.paragraph), FOOTER))
    for quote in answer.quotes[:3]:
        who = quote.speaker or "Unattributed"
        embed.add_field(
            name=cut(f"{who} (paragraph {quote.paragraph})", FIELD_NAME),
            value="> " + cut(safe(quote.text), FIELD_VALUE - 2),
            inline=False,
        )
    for passage in answer.passages[1:]:
        embed.add_field(
            name=f"Also in paragraph {passage.paragraph}",
            value=highlighted(passage.text, passage.sentence, 700),
            inline=False,
        )
    if answer.others:
        titles = "\n".join(f"• {cut(safe(library.story(s).title), 200)}" for s in answer.others)
        embed.add_field(name=OTHER_STORIES, value=f"{titles}\n{CHOOSE_STORY}", inline=False)
    return fit(embed)


#: The field naming other stories that answer a question asked of them all.
OTHER_STORIES = "Other stories may answer this too"
CHOOSE_STORY = "Ask again with the `story` option to ask only one of them."


#: A single quotation in a list is cut to this many characters.
QUOTE_IN_LIST = 700


def quote_lines(quote: Quote, limit: int = QUOTE_IN_LIST) -> str:
    """A quotation as a Markdown block quote, then its speaker and paragraph."""
    who = safe(quote.speaker) if quote.speaker else "*unattributed*"
    return f"> {cut(safe(quote.text), limit)}\n— **{who}**, paragraph {quote.paragraph}"


def quotes_embed(story: Story, quotes: Sequence[Quote], speaker: str | None = None) -> discord.Embed:
    """A story's quotations, as many as fit, with a footer saying how many are left out."""
    title = f"Quotations by {safe(speaker)}" if speaker else "Quotations"
    embed = discord.Embed(title=cut(f"{title} · {story.title}", TITLE), url=story.url, colour=COLOR)
    blocks: list[str] = []
    for quote in quotes:
        block = quote_lines(quote)
        if sum(len(b) + 2 for b in blocks) + len(block) > DESCRIPTION - 100:
            break
        blocks.append(block)
    embed.description = "\n\n".join(blocks)
    left = len(quotes) - len(blocks)
    footer = f"{len(quotes)} quotation(s)"
    if left:
        footer += f"; {left} more not shown: choose a speaker to see theirs"
    embed.set_footer(text=cut(footer, FOOTER))
    return fit(embed)


def summary_embed(story: Story, summary: Summary) -> discord.Embed:
    """The summary's sentences, verbatim and in order, each with its paragraph."""
    embed = discord.Embed(title=cut(f"Summary · {story.title}", TITLE), url=story.url, colour=COLOR)
    room = (DESCRIPTION - 20) // max(len(summary.sentences), 1)
    lines = [f"{cut(safe(s.text), room - 20)} *(¶{s.paragraph})*" for s in summary.sentences]
    embed.description = cut("\n\n".join(lines), DESCRIPTION) or "This story has no prose to summarise."
    embed.set_footer(text=cut("Sentences copied from the article, in its order. " + citation_line(story), FOOTER))
    return fit(embed)


#: A timeline entry's sentence is cut to this many characters.
EVENT_TEXT = 300


def timeline_embed(story: Story, timeline: Timeline) -> discord.Embed:
    """The events, earliest first: where each sits, its wording, and its sentence."""
    embed = discord.Embed(title=cut(f"Timeline · {story.title}", TITLE), url=story.url, colour=COLOR)
    blocks: list[str] = []
    for event in timeline.events:
        wording = f" · “{safe(event.when)}”" if event.when else ""
        block = f"**{safe(event.place)}**{wording} *(¶{event.paragraph})*\n{cut(safe(event.text), EVENT_TEXT)}"
        if sum(len(b) + 2 for b in blocks) + len(block) > DESCRIPTION - 100:
            break
        blocks.append(block)
    embed.description = "\n\n".join(blocks) or "No dated or background events in this story."
    left = len(timeline.events) - len(blocks)
    published = f"Published {timeline.published.isoformat()}" if timeline.published else "No publication date"
    footer = f"{published}. {len(timeline.events)} event(s)" + (f"; {left} later ones not shown" if left else "")
    embed.set_footer(text=cut(footer, FOOTER))
    return fit(embed)


def citation_line(story: Story) -> str:
    """The story's source and date, for a footer."""
    return " · ".join(x for x in (story.source, story.published.isoformat() if story.published else None) if x)


def text_embed(title: str, lines: list[str], footer: str | None = None) -> discord.Embed:
    """A plain list embed (stories, help) with its lines escaped by the caller."""
    embed = discord.Embed(title=cut(title, TITLE), description=cut("\n".join(lines), DESCRIPTION), colour=COLOR)
    if footer:
        embed.set_footer(text=cut(footer, FOOTER))
    return fit(embed)


def fit(embed: discord.Embed) -> discord.Embed:
    """Drop trailing fields, then shorten the description, until the embed fits Discord's 6,000."""
    while len(embed.fields) > FIELDS:
        embed.remove_field(-1)
    while len(embed) > TOTAL and embed.fields:
        embed.remove_field(-1)
    if len(embed) > TOTAL and embed.description:
        embed.description = cut(embed.description, len(embed.description) - (len(embed) - TOTAL))
    return embed
