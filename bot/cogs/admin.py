"""Admin commands for the bot's owner: ``/sync``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import reply

if TYPE_CHECKING:
    from bot.client import StoryBot

log = logging.getLogger("storybot")


async def is_owner(interaction: discord.Interaction) -> bool:
    """Only the application's owner (or ``discord.owner_ids``) may run admin commands."""
    bot: StoryBot = interaction.client  # type: ignore[assignment]
    if await bot.is_owner(interaction.user):
        return True
    raise app_commands.CheckFailure("Only the bot's owner can do that.")


class AdminCog(commands.Cog):
    """Owner-only maintenance."""

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot

    @app_commands.command(name="sync")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_owner)
    async def sync(self, interaction: discord.Interaction) -> None:
        """Sync the slash commands with Discord everywhere (rate-limited: use rarely)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        synced = await self.bot.tree.sync()
        log.info("synced %d commands globally at the request of %s", len(synced), interaction.user.id)
        await reply(interaction, f"Synced {len(synced)} commands globally.", ephemeral=True)
