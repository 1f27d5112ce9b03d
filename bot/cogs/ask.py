"""Asking: ``/ask``, an @mention with a question, and any message in a DM."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import off_loop
from bot.cogs.common import story_autocomplete
from bot.embeds import answer_embed
from bot.replies import reply
from knowledge import Answer

if TYPE_CHECKING:
    from bot.client import StoryBot

log = logging.getLogger("storybot")

NOT_IN_STORY = (
    "The story does not answer that. Try `/summary` for what it covers, or `/stories` for the stories I know."
)
EMPTY_MENTION = "Ask me a question about the story, e.g. `@Storybot who apologized?` or use `/ask`."
LONG_QUESTION = "Your question was long: I answered its first {limit} characters."


class AskingTooFast(app_commands.CheckFailure):
    """A user asked more often than the cooldown allows."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(slow_down(retry_after))


def slow_down(retry_after: float) -> str:
    return f"Slow down a little: you can ask again in {max(1, round(retry_after))} s."


def ask_cooldown(interaction: discord.Interaction) -> bool:
    """The per-user and per-guild /ask limits, kept on the bot (not on the command) so that two
    bots never share them."""
    bot: StoryBot = interaction.client  # type: ignore[assignment]
    retry_after = bot.too_fast(interaction.user.id, interaction.guild_id)
    if retry_after is not None:
        raise AskingTooFast(retry_after)
    return True


def shorten(question: str, limit: int) -> tuple[str, str | None]:
    """The question as asked, or its first ``limit`` characters (at a word) and a note saying so.

    >>> shorten("a b c", 500)
    ('a b c', None)
    >>> shorten("word " * 200, 20)[0]
    'word word word word'
    """
    question = question.strip()
    if len(question) <= limit:
        return question, None
    cut = question[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.strip(), LONG_QUESTION.format(limit=limit)


def _with_spelling(answer: Answer, note: str | None) -> str | None:
    """The message above an answer: how misspelled names were read, then ``note``, or None."""
    return "\n".join(line for line in (discord.utils.escape_markdown(answer.spelling_note()), note) if line) or None


class AskCog(commands.Cog):
    """Questions about the stories."""

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot
        self._mention = re.compile(r"<@!?(\d+)>")

    @app_commands.command(name="ask")
    @app_commands.describe(question="What you want to know about the story", story="Only this story")
    @app_commands.autocomplete(story=story_autocomplete)
    @app_commands.check(ask_cooldown)
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 6000], story: str | None = None
    ) -> None:
        """Ask a question; get the story's own words with their paragraph."""
        question, note = shorten(question, self.bot.config.answers.max_question)
        answer = await self._answer(interaction, question, story)
        if answer.answered:
            await reply(interaction, _with_spelling(answer, note), embed=answer_embed(answer, self.bot.library))
        else:
            await reply(interaction, NOT_IN_STORY + (f"\n{note}" if note else ""), ephemeral=True)

    async def _answer(self, interaction: discord.Interaction | None, question: str, story: str | None) -> Answer:
        library, top = self.bot.library, self.bot.config.answers.passages
        return await off_loop(interaction, lambda: library.ask(question, story=story, top=top))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer an @mention in a channel, or any message in a DM, like /ask."""
        if message.author.bot or self.bot.user is None:
            return
        in_dm = message.guild is None
        if not in_dm and self.bot.user not in message.mentions:
            return
        question = self._mention.sub(" ", message.content).strip()
        try:
            if not question:
                await message.reply(EMPTY_MENTION, mention_author=False)
                return
            retry_after = self.bot.too_fast(message.author.id, message.guild.id if message.guild else None)
            if retry_after is not None:
                await message.reply(slow_down(retry_after), mention_author=False)
                return
            question, note = shorten(question, self.bot.config.answers.max_question)
            answer = await self._answer(None, question, None)
            if answer.answered:
                embed = answer_embed(answer, self.bot.library)
                await message.reply(_with_spelling(answer, note), embed=embed, mention_author=False)
            else:
                await message.reply(NOT_IN_STORY + (f"\n{note}" if note else ""), mention_author=False)
        except discord.HTTPException as exc:
            log.warning("could not answer message %s in channel %s: %s", message.id, message.channel.id, exc)
