"""Views of a whole story: ``/quotes``, ``/summary``, ``/timeline``; and ``/stories``, ``/help``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import off_loop
from bot.cogs.common import MAX_CHOICES, choices, story_autocomplete
from bot.embeds import quotes_embed, safe, summary_embed, text_embed, timeline_embed
from bot.replies import reply

if TYPE_CHECKING:
    from bot.client import StoryBot

#: /stories lists at most this many stories (an embed holds about that many lines).
MAX_LISTED = 40

HELP_LINES = [
    "**/ask** `question` `[story]`: the story's own words that answer it, with the paragraph.",
    "**/quotes** `[speaker]` `[story]`: what the people in the story said.",
    "**/summary** `[sentences]` `[story]`: the story in a few of its own sentences.",
    "**/timeline** `[story]`: the story's events in date order.",
    "**/stories**: the stories I know.",
    "You can also mention me with a question, or write to me in a DM.",
]


class StoryCog(commands.Cog):
    """Whole-story views and information."""

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot

    @app_commands.command(name="quotes")
    @app_commands.describe(speaker="Only quotations by this person", story="The story (default: the only one)")
    @app_commands.autocomplete(story=story_autocomplete)
    async def quotes(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, 100] | None = None,
        story: str | None = None,
    ) -> None:
        """List the direct quotations in a story and who said them."""
        chosen = self.bot.library.story(self._story(story))
        found = await off_loop(interaction, lambda: self.bot.library.quotes(chosen.id, speaker))
        if not found:
            who = f" by a speaker matching “{safe(speaker)}”" if speaker else ""
            await reply(interaction, f"{safe(chosen.title)} has no direct quotations{who}.", ephemeral=True)
            return
        await reply(interaction, embed=quotes_embed(chosen, found, speaker))

    @quotes.autocomplete("speaker")
    async def speaker_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer the speakers of the chosen story (of every story when none is chosen)."""
        library = self.bot.library
        chosen = interaction.namespace.story or self.bot.config.knowledge.default_story
        if chosen in library.stories:
            ids = [chosen]
        elif len(library.stories) <= MAX_CHOICES:
            ids = list(library.stories)
        else:  # too many stories to read every one's quotations at a keystroke: pick a story first
            return []
        speakers = dict.fromkeys(name for story_id in ids for name in library.speakers(story_id))
        return choices([(name, name) for name in speakers], current)

    @app_commands.command(name="summary")
    @app_commands.describe(sentences="How many sentences (1 to 10)", story="The story (default: the only one)")
    @app_commands.autocomplete(story=story_autocomplete)
    async def summary(
        self,
        interaction: discord.Interaction,
        sentences: app_commands.Range[int, 1, 10] = 3,
        story: str | None = None,
    ) -> None:
        """Summarise a story in a few of its own sentences."""
        chosen = self.bot.library.story(self._story(story))
        summary = await off_loop(interaction, lambda: self.bot.library.summary(chosen.id, sentences))
        await reply(interaction, embed=summary_embed(chosen, summary))

    @app_commands.command(name="timeline")
    @app_commands.describe(story="The story (default: the only one)")
    @app_commands.autocomplete(story=story_autocomplete)
    async def timeline(self, interaction: discord.Interaction, story: str | None = None) -> None:
        """The story's events in date order."""
        chosen = self.bot.library.story(self._story(story))
        timeline = await off_loop(interaction, lambda: self.bot.library.timeline(chosen.id))
        await reply(interaction, embed=timeline_embed(chosen, timeline))

    @app_commands.command(name="stories")
    async def stories(self, interaction: discord.Interaction) -> None:
        """The stories I can answer questions about."""
        stories = self.bot.library.describe()
        lines = []
        for s in stories[:MAX_LISTED]:
            date = f", {s['published']}" if s["published"] else ""
            title = f"[{safe(s['title'])}]({s['url']})" if s["url"] else safe(s["title"])
            lines.append(f"• {title} (`{s['id']}`{date}, {s['paragraphs']} paragraphs)")
        more = len(stories) - MAX_LISTED
        footer = (
            f"{len(stories)} stories; {more} more not listed: the story option offers them all" if more > 0 else None
        )
        await reply(interaction, embed=text_embed("Stories", lines, footer), ephemeral=True)

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What I can do."""
        footer = "Every answer is copied from the article, with its paragraph number."
        await reply(interaction, embed=text_embed("Storybot", HELP_LINES, footer), ephemeral=True)

    def _story(self, story: str | None) -> str:
        """The story a one-story command works on (raises a known error the handler explains)."""
        chosen = story or self.bot.config.knowledge.default_story
        return self.bot.library.only_story(chosen).id
