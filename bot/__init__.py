"""Storybot's fronts: the Discord bot, its config, and the terminal chat.

``create_bot`` is imported lazily so that ``load_config`` and the terminal never load discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.config import Config, ConfigError, load_config

if TYPE_CHECKING:
    from bot.client import StoryBot, create_bot

__all__ = ["Config", "ConfigError", "StoryBot", "create_bot", "load_config"]


def __getattr__(name: str) -> Any:
    if name in ("create_bot", "StoryBot"):
        from bot import client

        return getattr(client, name)
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
