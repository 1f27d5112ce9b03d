"""The playground: the real bot in simcord's in-memory Discord, served as a local web page.

``python main.py playground`` starts the bot from :func:`bot.client.create_bot` on the given
stories inside simcord (no token, no network), makes a guild with a ``#news`` channel and a
reader, and serves simcord's Discord-like page for that reader on 127.0.0.1 (the address
carries a per-run secret). Slash commands, their options and autocomplete work as in Discord.
Needs the optional dependencies in ``requirements-playground.txt``.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
import webbrowser
from collections.abc import Callable

from bot.client import ShardedStoryBot, StoryBot, create_bot
from bot.config import Config
from bot.runner import stop_on_signals
from knowledge import Library

log = logging.getLogger("storybot")

MISSING = (
    "error: the playground needs its optional dependencies; install them with: "
    "pip install -r requirements-playground.txt"
)
#: The page's slower commands (a first summary, a timeline) need more than simcord's default.
SETTLE_TIMEOUT = 30.0
#: The cooldowns' clock. simcord's clock (it replaces ``time.monotonic``) moves only when an
#: operation moves it, and an operation of ours would refuse the page's actions meanwhile (the
#: page then stops: "Action outcome uncertain"). The playground runs in real time instead.
REAL_CLOCK: Callable[[], float] = time.perf_counter


def available() -> bool:
    """Whether simcord's preview (the playground's page) can be imported."""
    try:
        import simcord.preview  # noqa: F401
    except ImportError:
        return False
    return True


def playground_bot(config: Config, library: Library) -> StoryBot | ShardedStoryBot:
    """The bot the playground serves: :func:`bot.client.create_bot`'s, its cooldowns in real time."""
    return create_bot(config, library, clock=REAL_CLOCK)


async def serve(
    config: Config,
    library: Library,
    port: int | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the playground until its page ends the session, SIGINT or SIGTERM, or cancellation."""
    import simcord

    bot = playground_bot(config, library)
    async with simcord.run(bot, check_errors=False, settle_timeout=SETTLE_TIMEOUT) as env:
        await bot.tree.sync()
        guild = env.create_guild()
        channel = guild.create_text_channel("news")
        reader = guild.add_member(env.create_user("reader"))
        async with env.preview(channel, viewers=[reader], layout="channel", port=port) as preview:
            stop_on_signals(preview.close, "stopping the playground")
            if on_ready is not None:
                on_ready(preview.url)
            await preview.wait_closed()


def run_playground(config: Config, library: Library, port: int | None = None, open_page: bool = False) -> int:
    """Run the playground in this process until Ctrl-C (or SIGTERM); returns the exit status."""

    def ready(url: str) -> None:
        print(f"Storybot playground: {url}", flush=True)
        print("Open it in a browser; Ctrl-C here stops it.", flush=True)
        if open_page:
            webbrowser.open(url)

    from simcord import SetupError

    try:
        asyncio.run(serve(config, library, port, ready))
    except KeyboardInterrupt:
        pass
    except SetupError as exc:  # the port is taken, most often
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("Playground stopped.", flush=True)
    return 0
