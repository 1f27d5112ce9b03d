"""simcord fixtures: the real bot from ``create_bot`` in an in-memory Discord, commands synced."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import pytest_asyncio

from bot import create_bot
from bot.config import Config
from knowledge import Library


@pytest.fixture(scope="session")
def library() -> Library:
    from tests.conftest import KNOWLEDGE

    return Library.from_folder(KNOWLEDGE)


@pytest.fixture
def config() -> Config:
    return Config()


@pytest.fixture
def simcord_bot(config: Config, library: Library):
    return create_bot(config, library)


@dataclass
class World:
    """A guild with a text channel and a member, the usual stage of a test."""

    env: object
    guild: object
    channel: object
    member: object


@pytest_asyncio.fixture
async def world(simcord_env) -> World:
    await simcord_env.bot.tree.sync()
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("news")
    member = guild.add_member(simcord_env.create_user("reader"))
    return World(simcord_env, guild, channel, member)
