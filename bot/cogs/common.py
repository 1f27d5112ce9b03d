"""Pieces the cogs share: story autocomplete and the bot type they work with."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

if TYPE_CHECKING:
    from bot.client import StoryBot

#: Discord shows at most this many autocomplete choices.
MAX_CHOICES = 25


def choices(options: list[tuple[str, str]], current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 ``(label, value)`` options that match what the user typed, any part of either."""
    typed = current.casefold().strip()
    found = [(label, value) for label, value in options if typed in label.casefold() or typed in value.casefold()]
    return [app_commands.Choice(name=label[:100], value=value[:100]) for label, value in found[:MAX_CHOICES]]


async def story_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Offer the loaded stories, by title and id."""
    bot: StoryBot = interaction.client  # type: ignore[assignment]
    return choices([(f"{title} ({story_id})", story_id) for story_id, title in bot.library.titles().items()], current)
