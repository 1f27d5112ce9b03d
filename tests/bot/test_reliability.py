"""Faults, limits and abuse through simcord: the bot stays polite, quiet and alive."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import pytest

from bot.cogs.ask import LONG_QUESTION
from bot.config import AnswerSettings, Config, DiscordSettings
from bot.runner import stop_on_signals

SECRET = "MTIz" + "NDU2.Nzg5" + ".not-a-real-token"
QUESTION = "Who is Brian Acton?"


@pytest.fixture
def config() -> Config:
    return Config(
        discord=DiscordSettings(token=SECRET),
        answers=AnswerSettings(cooldown_rate=100, cooldown_seconds=60, guild_rate=4, guild_seconds=60, max_question=60),
    )


async def test_a_long_question_is_answered_on_its_first_part_with_a_note(world) -> None:
    long = QUESTION + " Brian Acton" * 300  # 3,619 characters; the first 60 still ask it
    result = await world.member.slash(world.channel, "ask", question=long)
    assert result.response.content == LONG_QUESTION.format(limit=60)
    assert "WhatsApp co-founder" in result.response.embeds[0].description
    await world.member.send(world.channel, f"{world.env.bot.user.mention} {long[:1900]}")  # a message holds 2,000
    reply = world.channel.last_message
    assert reply.content == LONG_QUESTION.format(limit=60) and reply.embeds


async def test_the_guild_limit_counts_everyone_in_the_guild(world) -> None:
    members = [world.guild.add_member(world.env.create_user(f"reader{i}")) for i in range(5)]
    for member in members[:4]:
        assert not (await member.slash(world.channel, "ask", question=QUESTION)).ephemeral
    refused = await members[4].slash(world.channel, "ask", question=QUESTION)
    assert refused.ephemeral and "Slow down" in refused.response.content
    assert world.env.errors  # the check's refusal, handled
    world.env.errors.clear()
    elsewhere = world.env.create_guild()
    channel = elsewhere.create_text_channel("news")
    outsider = elsewhere.add_member(world.env.create_user("outsider"))
    assert not (await outsider.slash(channel, "ask", question=QUESTION)).ephemeral
    await world.env.advance_time(61)
    assert not (await members[4].slash(world.channel, "ask", question=QUESTION)).ephemeral


@pytest.mark.parametrize("status", [403, 404, 429, 500, 503])
async def test_discord_refusing_a_reply_is_logged_once_and_the_bot_goes_on(world, caplog, status: int) -> None:
    bot_user = world.env.bot.user
    world.env.inject_error("POST", "/channels/*/messages", status=status, message="refused by test")
    with caplog.at_level(logging.WARNING, logger="storybot"):
        await world.member.send(world.channel, f"{bot_user.mention} {QUESTION}")
    assert [r for r in caplog.records if "refused by test" in r.getMessage()], caplog.text
    assert len([r for r in caplog.records if r.name == "storybot"]) == 1
    await world.member.send(world.channel, f"{bot_user.mention} {QUESTION}")
    assert world.channel.last_message.author.id == bot_user.id  # answered the next one
    world.env.inject_error("POST", "/interactions/*/*/callback", status=status, message="refused by test")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="storybot"):
        await world.member.slash(world.channel, "ask", question=QUESTION)
    assert len([r for r in caplog.records if r.name == "storybot"]) == 1, caplog.text
    assert not (await world.member.slash(world.channel, "ask", question=QUESTION)).ephemeral
    world.env.errors.clear()


async def test_what_the_user_typed_cannot_format_link_or_ping(world) -> None:
    story = "[click](https://example.com) **x** `code` @everyone <@&123456789012345678>"
    result = await world.member.slash(world.channel, "ask", question=QUESTION, story=story)
    content = result.response.content
    assert result.ephemeral
    assert "\\[click](https://example.com)" in content and "[click]" not in content.replace("\\[click]", "")
    assert "\\*\\*x\\*\\*" in content and "\\`code\\`" in content
    assert "@everyone" not in content and "<@&123456789012345678>" not in content
    assert world.env.errors
    world.env.errors.clear()


async def test_the_token_never_reaches_a_log_line(world, caplog) -> None:
    with caplog.at_level(logging.DEBUG):
        await world.member.slash(world.channel, "ask", question=QUESTION)
        await world.member.slash(world.channel, "ask", question=QUESTION, story="nope")
        world.env.inject_error("POST", "/channels/*/messages", status=500)
        await world.member.send(world.channel, f"{world.env.bot.user.mention} {QUESTION}")
    world.env.errors.clear()
    assert caplog.records
    for record in caplog.records:
        assert SECRET not in record.getMessage()
        assert not record.exc_text or SECRET not in record.exc_text
    assert SECRET not in repr(world.env.bot.config)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_a_signal_logs_the_bot_out(world, caplog, sig: signal.Signals) -> None:
    bot = world.env.bot
    stop_on_signals(bot.close)
    try:
        with caplog.at_level(logging.INFO, logger="storybot"):
            os.kill(os.getpid(), sig)
            for _ in range(200):
                if bot.is_closed():
                    break
                await asyncio.sleep(0.01)
        assert bot.is_closed()
        assert f"received {sig.name}: logging out" in caplog.text
    finally:
        loop = asyncio.get_running_loop()
        for handled in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(handled)
