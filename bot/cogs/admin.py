"""Admin commands for the bot's owner and guild administrators: ``/reload``, ``/sync``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import off_loop, settle_memory
from bot.replies import reply

if TYPE_CHECKING:
    from bot.client import StoryBot

log = logging.getLogger("storybot")


async def is_admin(interaction: discord.Interaction) -> bool:
    """Admin commands are for the application's owner (or ``discord.owner_ids``) and for the
    administrators of the guild they are used in."""
    bot: StoryBot = interaction.client  # type: ignore[assignment]
    if await bot.is_owner(interaction.user):
        return True
    permissions = getattr(interaction.user, "guild_permissions", None)
    if interaction.guild is not None and permissions is not None and permissions.administrator:
        return True
    raise app_commands.CheckFailure("Only the bot's owner or a server administrator can do that.")


class AdminCog(commands.Cog):
    """Maintenance, for the owner and guild administrators."""

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_admin)
    async def reload(self, interaction: discord.Interaction) -> None:
        """Read the story files again: pick up added, changed and removed stories."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        library, changes = await off_loop(None, self.bot.library.reload)
        self.bot.library = library
        settle_memory()
        log.info("reloaded the stories at the request of %s: %s", interaction.user.id, changes.summary())
        await reply(interaction, f"Reloaded: {changes.summary()}.", ephemeral=True)

    @app_commands.command(name="sync")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_admin)
    async def sync(self, interaction: discord.Interaction) -> None:
        """Sync the slash commands with Discord everywhere (rate-limited: use rarely)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        synced = await self.bot.tree.sync()
        log.info("synced %d commands globally at the request of %s", len(synced), interaction.user.id)
        await reply(interaction, f"Synced {len(synced)} commands globally.", ephemeral=True)
