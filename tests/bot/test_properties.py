"""Any question or article renders within Discord's limits; nasty questions through simcord."""

from __future__ import annotations

import discord
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import AnswerSettings, Config
from bot.embeds import (
    DESCRIPTION,
    FIELD_NAME,
    FIELD_VALUE,
    FIELDS,
    FOOTER,
    TITLE,
    TOTAL,
    answer_embed,
    quotes_embed,
    summary_embed,
    timeline_embed,
)
from knowledge import Library
from knowledge.story import build_story
from tests.knowledge.test_properties import ARTICLES, NASTY, QUESTIONS, _bundled


def within_limits(embed: discord.Embed) -> None:
    assert len(embed) <= TOTAL
    assert len(embed.title or "") <= TITLE and len(embed.description or "") <= DESCRIPTION
    assert len(embed.footer.text or "") <= FOOTER and len(embed.fields) <= FIELDS
    for field in embed.fields:
        assert 0 < len(field.value) <= FIELD_VALUE and 0 < len(field.name) <= FIELD_NAME


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=QUESTIONS)
def test_any_answer_embed_fits(question: str) -> None:
    library = _bundled()
    answer = library.ask(question)
    if answer.answered:
        within_limits(answer_embed(answer, library))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLES, title=st.text(min_size=1, max_size=400))
def test_any_story_view_fits(text: str, title: str) -> None:
    story = build_story("s", "Title\n\n" + (text or "x"), title=title)
    library = Library([story])
    within_limits(quotes_embed(story, library.quotes("s"), speaker="**x** @everyone"))
    within_limits(summary_embed(story, library.summary("s", 10)))
    within_limits(timeline_embed(story, library.timeline("s")))


@pytest.fixture
def config() -> Config:
    return Config(answers=AnswerSettings(cooldown_rate=100, guild_rate=100))


@pytest.mark.parametrize("question", [*[q for q in NASTY if q.strip()][:-1], "   ", NASTY[-1][:1900]])
async def test_nasty_questions_through_discord(world, question: str) -> None:
    result = await world.member.slash(world.channel, "ask", question=question)
    response = result.response
    assert response is not None and (response.content or response.embeds)
    message = response.message
    assert not message.mention_everyone and not message.role_mentions and not message.mentions
    await world.member.send(world.channel, f"{world.env.bot.user.mention} {question}")
    reply = world.channel.last_message
    assert reply.author.id == world.env.bot.user.id
    assert not reply.mention_everyone and not reply.role_mentions and not reply.mentions
