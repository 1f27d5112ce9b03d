"""Many questions at once: every one answered, and the event loop never blocked for long."""

from __future__ import annotations

import asyncio
import time

import pytest
from simcord import actors, interactions
from simcord.enums import AppCommandType, InteractionType
from simcord.results import InteractionResult

from bot.config import AnswerSettings, Config

QUESTIONS = [
    "Who is Brian Acton?",
    "What did Zuckerberg say about the people he hired?",
    "Was it a security breach?",
    "How many users were affected?",
    "What is the capital of France?",
]
#: The longest the loop may go without running a ready task.
MAX_LAG = 0.1


@pytest.fixture
def config() -> Config:
    return Config(answers=AnswerSettings(cooldown_rate=1000, cooldown_seconds=1, guild_rate=1000))


class LagMonitor:
    """Measures, in real time, the longest gap between two turns of the event loop."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.turns = 0
        self._running = True

    async def run(self) -> None:
        last = time.perf_counter()
        while self._running:
            await asyncio.sleep(0)
            now = time.perf_counter()
            self.worst = max(self.worst, now - last)
            self.turns += 1
            last = now

    def stop(self) -> None:
        self._running = False


async def burst(member, channel, command: str, options: list[dict]) -> list[InteractionResult]:
    """Send many slash commands before the bot answers any: simcord's ``slash`` awaits each
    answer, so this emits the interactions itself, the way ``slash`` does (simcord 3.2.1,
    pinned), then waits for the bot to settle once."""
    env = member._env
    env._begin_operation("slash")
    try:
        records = []
        root = actors._resolve_visible_command(member, channel.id, command, AppCommandType.CHAT_INPUT)
        for values in options:
            leaf, nesting = interactions.walk_to_subcommand(root, [])
            leaf_options, _ = interactions.build_options(member, command, leaf, values, channel_id=channel.id)
            data = {"id": root["id"], "name": root["name"], "type": root.get("type", AppCommandType.CHAT_INPUT)}
            data["options"] = interactions.nest_options(root, nesting, leaf_options)
            record, payload = interactions.base_payload(
                env.backend,
                type=InteractionType.APPLICATION_COMMAND,
                channel_id=channel.id,
                guild_id=member.guild.id,
                user_id=member.id,
                data=data,
            )
            env._notify_dispatch_observers(record)
            env.backend.emit("INTERACTION_CREATE", payload)
            records.append(record)
            await asyncio.sleep(0)  # the test's own work must not be what blocks the loop
        await env._settle_internal(timeout=60, dispatch="INTERACTION_CREATE")
    finally:
        env._end_operation()
    return [InteractionResult(env, record) for record in records]


async def test_a_hundred_questions_at_once(world) -> None:
    # One question first: the in-memory Discord imports and compiles what its first reply needs
    # (about 0.1 s, on the loop). That is the harness's cost, not the bot's.
    await world.member.slash(world.channel, "ask", question=QUESTIONS[0])
    monitor = LagMonitor()
    watching = asyncio.create_task(monitor.run())
    await asyncio.sleep(0)
    options = [{"question": QUESTIONS[i % len(QUESTIONS)]} for i in range(100)]
    results = await burst(world.member, world.channel, "ask", options)
    monitor.stop()
    await watching
    answered = [r for r in results if r.response is not None and (r.response.embeds or r.response.content)]
    assert len(answered) == 100 and len({r.response.id for r in answered}) == 100
    assert sum(bool(r.response.embeds) for r in results) == 80  # four answerable questions of five
    assert monitor.turns > 100
    assert monitor.worst < MAX_LAG, f"the event loop was blocked for {monitor.worst * 1000:.0f} ms"
