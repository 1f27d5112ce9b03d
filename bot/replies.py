"""Replying to interactions, and the one error handler that maps errors to short replies."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from knowledge import KnowledgeError

log = logging.getLogger("storybot")

APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again."


async def reply(interaction: discord.Interaction, content: str | None = None, **kwargs: Any) -> None:
    """Respond to ``interaction``, or follow up when it was already answered or deferred."""
    if interaction.response.is_done():
        await interaction.followup.send(content or discord.utils.MISSING, **kwargs)
    else:
        await interaction.response.send_message(content, **kwargs)


def describe_error(error: BaseException) -> str | None:
    """A short reply for a known error, or None for one that is a bug."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, KnowledgeError):
        return str(error)
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You cannot use this command here."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not read {error.value!r} as that option."
    return None


async def handle_app_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Known errors get a short ephemeral reply; anything else is logged, with an apology."""
    message = describe_error(error)
    if message is None:
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error("/%s failed", command, exc_info=error)
        message = APOLOGY
    try:
        await reply(interaction, message, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not send an error reply: %s", exc)
