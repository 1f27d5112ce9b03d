"""Starting the bot for real: token, logging, clean shutdown, explicit global sync."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

import discord

from bot.client import create_bot
from bot.config import TOKEN_VARIABLE, Config, load_config

log = logging.getLogger("storybot")

NO_TOKEN = (
    f"error: no Discord token. Set the {TOKEN_VARIABLE} environment variable (or discord.token in "
    "config.yaml). To try Storybot without Discord, run: python main.py chat"
)


def run_bot(config_path: str | Path | None, knowledge: str | None = None, sync_only: bool = False) -> int:
    """Run the bot until it is stopped (or, with ``sync_only``, sync globally and exit)."""
    config = load_config(config_path)
    if knowledge:
        config = replace(config, knowledge=replace(config.knowledge, path=str(Path(knowledge).resolve())))
    token = config.discord.token
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    discord.utils.setup_logging(level=getattr(logging, config.logging.level.upper()), root=True)
    try:
        return asyncio.run(_serve(config, token, sync_only))
    except discord.LoginFailure:
        print(f"error: Discord refused the token; check {TOKEN_VARIABLE}.", file=sys.stderr)
        return 2
    except discord.PrivilegedIntentsRequired:
        print("error: Discord refused a privileged intent; see the README's set-up.", file=sys.stderr)
        return 2


async def _serve(config: Config, token: str, sync_only: bool) -> int:
    bot = create_bot(config)
    async with bot:
        if sync_only:
            await bot.login(token)
            synced = await bot.tree.sync()
            print(f"Synced {len(synced)} commands globally; they may take a while to appear.")
            return 0
        stop_on_signals(bot.close)
        await bot.start(token)
    return 0


def stop_on_signals(close: Callable[[], Awaitable[None]], doing: str = "logging out") -> None:
    """Run ``close()`` on SIGINT or SIGTERM, logging ``received SIGINT: <doing>``.

    The handlers are the event loop's, so they hold even where the shell that started us
    ignores SIGINT (``nohup``, ``cmd &`` in a script), which a plain Ctrl-C handler inherits.
    The runner passes ``bot.close``: ``bot.start`` then returns and the process exits 0.
    """
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on this platform
            loop.add_signal_handler(sig, lambda s=sig: _stop(close, doing, s))


_closing: set[asyncio.Future[None]] = set()


def _stop(close: Callable[[], Awaitable[None]], doing: str, sig: signal.Signals) -> None:
    log.info("received %s: %s", sig.name, doing)
    task = asyncio.ensure_future(close())
    _closing.add(task)
    task.add_done_callback(_closing.discard)
