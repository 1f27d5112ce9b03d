"""The Discord client: ``create_bot(load_config(path))`` returns a configured, unconnected bot."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Config
from bot.ratelimit import RateLimit
from bot.replies import handle_app_error
from knowledge import Library

log = logging.getLogger("storybot")
T = TypeVar("T")

#: Work that takes longer than this is answered after a deferral, inside Discord's 3 seconds.
DEFER_AFTER = 1.5


class StoryTree(app_commands.CommandTree):
    """The command tree with Storybot's one error handler."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await handle_app_error(interaction, error)


class _StoryBotMixin:
    """What the single and the sharded bot share: the engine, settings and setup."""

    config: Config
    library: Library
    tree: StoryTree

    def _init_story(self, config: Config, library: Library, clock: Callable[[], float] | None) -> None:
        self.config = config
        self.library = library
        # The per-user question limit lives on the bot, not on a command, so that two bots in
        # one process never share counts.
        a = config.answers
        self.ask_limit = RateLimit(a.cooldown_rate, a.cooldown_seconds, clock)
        self.guild_limit = RateLimit(a.guild_rate, a.guild_seconds, clock)

    def too_fast(self, user_id: int, guild_id: int | None) -> float | None:
        """Seconds to wait before this user (in this guild) may ask again, or None to go ahead.

        The user's own limit is checked first, so that one person's burst does not use up the
        guild's allowance; a question refused by the guild limit does not count for the user.
        """
        wait = self.ask_limit.hit(user_id)
        if wait is None and guild_id is not None:
            wait = self.guild_limit.hit(guild_id)
            if wait is not None:
                self.ask_limit.forget(user_id)
        return wait

    async def setup_hook(self) -> None:
        from bot.cogs.admin import AdminCog
        from bot.cogs.ask import AskCog
        from bot.cogs.story import StoryCog

        for cog in (AskCog(self), StoryCog(self), AdminCog(self)):  # type: ignore[arg-type]
            await self.add_cog(cog)  # type: ignore[attr-defined]
        await off_loop(None, self.library.warm)
        settle_memory()
        guild_id = self.config.discord.dev_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to development guild %s", len(synced), guild_id)

    async def on_ready(self) -> None:
        user = getattr(self, "user", None)
        log.info("ready as %s with %d stories", user, len(self.library.stories))


class StoryBot(_StoryBotMixin, commands.Bot):
    """Storybot on one gateway connection."""


class ShardedStoryBot(_StoryBotMixin, commands.AutoShardedBot):
    """Storybot on several shards, for large deployments."""


def create_bot(
    config: Config | None = None,
    library: Library | None = None,
    clock: Callable[[], float] | None = None,
) -> StoryBot | ShardedStoryBot:
    """The configured bot, not connected. The engine is built here, before the bot serves.

    ``clock`` times the cooldowns (default: ``time.monotonic``, see :class:`RateLimit`).

    Examples
    --------
    >>> from bot.config import Config
    >>> bot = create_bot(Config())
    >>> sorted(bot.library.stories)
    ['zuckerberg-apology']
    """
    config = config or Config()
    library = library or Library.from_folder(config.knowledge_path, cache=config.knowledge.cache)
    intents = discord.Intents.default()  # no privileged intent: mentions and DMs carry content anyway
    options: dict[str, Any] = {
        "command_prefix": commands.when_mentioned,
        "intents": intents,
        "allowed_mentions": discord.AllowedMentions.none(),
        "tree_cls": StoryTree,
        "help_command": None,
    }
    d = config.discord
    if d.owner_ids:
        options["owner_ids"] = set(d.owner_ids)
    if d.shard_count is not None:
        options["shard_count"] = d.shard_count
    if d.shard_ids is not None:
        options["shard_ids"] = d.shard_ids
    sharded = d.shards == "auto" or d.shard_ids is not None
    bot = (ShardedStoryBot if sharded else StoryBot)(**options)
    bot._init_story(config, library, clock)
    return bot


def settle_memory() -> None:
    """Move everything alive now (the stories, the index) out of the garbage collector's way.

    A long-lived bot holds hundreds of thousands of objects that never die; a full collection
    that walks them all can stall the event loop for a tenth of a second. Frozen, they are no
    longer walked (``gc.freeze``, as large Python servers do).
    """
    gc.collect()
    gc.freeze()


#: The one thread that runs engine work. One, not a pool: the engine's lazy caches need no
#: locks, a reload cannot race a question, and the event loop competes for the interpreter
#: with a single busy thread rather than many (measured in ``tests/bot/test_load.py``).
ENGINE = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storybot-engine")


async def off_loop(interaction: discord.Interaction | None, work: Callable[[], T]) -> T:
    """Run engine ``work`` on the :data:`ENGINE` thread, never on the event loop. If it has not
    finished after :data:`DEFER_AFTER` seconds, defer the interaction so that Discord's window
    is kept."""
    task = asyncio.get_running_loop().run_in_executor(ENGINE, work)
    if interaction is None:
        return await task
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done and not interaction.response.is_done():
        await interaction.response.defer(thinking=True)
    return await task
