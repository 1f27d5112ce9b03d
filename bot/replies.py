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
    """A short reply for a known error, or None for one that is a bug. What the user typed
    (a story id, an option's value) is escaped: it cannot format, link or mention."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, KnowledgeError):
        return _safe(str(error))
    if isinstance(error, app_commands.CheckFailure):
        return _safe(str(error)) or "You cannot use this command here."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not read {_safe(repr(error.value))} as that option."
    return None


def _safe(text: str) -> str:
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


async def handle_app_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Known errors get a short ephemeral reply; anything else is logged, with an apology.

    When Discord itself refused the reply (no permission, an interaction that expired, rate
    limits, an outage), one warning is logged and nothing more is sent: a second reply would
    meet the same refusal.
    """
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, discord.HTTPException):
        command = interaction.command.qualified_name if interaction.command else "?"
        log.warning("Discord refused the reply to /%s: %s %s", command, original.status, original.text or original)
        return
    message = describe_error(error)
    if message is None:
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error("/%s failed", command, exc_info=error)
        message = APOLOGY
    try:
        await reply(interaction, message, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not send an error reply: %s", exc)
