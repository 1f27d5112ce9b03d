"""The real bot in simcord's in-memory Discord: every command, mentions, DMs, limits, errors."""

from __future__ import annotations

import discord
import pytest

from bot.cogs.ask import NOT_IN_STORY, AskingTooFast
from bot.config import AnswerSettings, Config
from bot.embeds import CHOOSE_STORY, DESCRIPTION, FIELD_VALUE, OTHER_STORIES, TOTAL
from bot.replies import APOLOGY
from knowledge import Library
from knowledge.story import build_story

QUESTION = "Who is Brian Acton?"


def bold_sentence(embed: discord.Embed) -> str:
    start = embed.description.index("**") + 2
    return embed.description[start : embed.description.index("**", start)]


async def test_every_command_and_option_has_a_description(world) -> None:
    commands = {c.name: c for c in world.env.bot.tree.get_commands()}
    assert {"ask", "quotes", "summary", "timeline", "stories", "help", "sync"} <= set(commands)
    for command in commands.values():
        assert command.description and command.description != "…", command.name
        for parameter in command.parameters:
            assert parameter.description and parameter.description != "…", (command.name, parameter.name)
    assert set(world.member.available_commands(world.channel)) >= {"ask", "quotes", "summary", "timeline"}


async def test_ask_answers_with_an_embed(world) -> None:
    result = await world.member.slash(world.channel, "ask", question=QUESTION)
    assert not result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title.startswith("Mark Zuckerberg Apologizes")
    assert embed.url.startswith("https://hothardware.com/")
    assert "Paragraph 2" in embed.footer.text
    assert bold_sentence(embed).startswith("Even Brian Acton, the WhatsApp co-founder")
    assert "There is a campaign on Twitter" in embed.description


async def test_a_question_the_story_does_not_answer_gets_an_ephemeral_note(world) -> None:
    result = await world.member.slash(world.channel, "ask", question="What is the capital of France?")
    assert result.ephemeral
    assert result.response.content == NOT_IN_STORY
    assert "/summary" in result.response.content


async def test_story_autocomplete(world) -> None:
    choices = await world.member.autocomplete(world.channel, "ask", "story", "zuck")
    assert [c["value"] for c in choices] == ["zuckerberg-apology"]
    assert await world.member.autocomplete(world.channel, "ask", "story", "no such thing") == []


async def test_unknown_story_is_a_polite_ephemeral_reply(world) -> None:
    result = await world.member.slash(world.channel, "ask", question=QUESTION, story="nope")
    assert result.ephemeral
    assert "no story 'nope'" in result.response.content and "zuckerberg-apology" in result.response.content
    assert world.env.errors  # handled, and read so that simcord does not fail the test


async def test_quotes_lists_every_quotation_with_its_speaker(world) -> None:
    result = await world.member.slash(world.channel, "quotes")
    assert not result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title.startswith("Quotations · Mark Zuckerberg Apologizes")
    assert embed.description.count("— **Mark Zuckerberg**, paragraph") == 6
    assert embed.description.startswith("> I'm really sorry this happened\n— **Mark Zuckerberg**, paragraph 3")
    assert embed.footer.text == "6 quotation(s)"


async def test_quotes_speaker_autocomplete_and_filter(world) -> None:
    offered = await world.member.autocomplete(world.channel, "quotes", "speaker", "zuck")
    assert [c["value"] for c in offered] == ["Mark Zuckerberg"]
    assert await world.member.autocomplete(world.channel, "quotes", "speaker", "acton") == []
    result = await world.member.slash(world.channel, "quotes", speaker="mark")
    assert result.response.embeds[0].description.count("**Mark Zuckerberg**") == 6
    nobody = await world.member.slash(world.channel, "quotes", speaker="Segall")
    assert nobody.ephemeral and "no direct quotations by a speaker matching “Segall”" in nobody.response.content


async def test_an_answer_shows_its_quotation_under_the_passage(world) -> None:
    result = await world.member.slash(world.channel, "ask", question="Was it a security breach?")
    embed = result.response.embeds[0]
    assert "security breach per se" in embed.description
    quote = embed.fields[0]
    assert quote.name == "Mark Zuckerberg (paragraph 7)"
    assert quote.value == "> major breach of trust."


async def test_summary_shows_sentences_with_their_paragraphs(world, library: Library) -> None:
    result = await world.member.slash(world.channel, "summary", sentences=2)
    embed = result.response.embeds[0]
    assert embed.title.startswith("Summary · Mark Zuckerberg Apologizes")
    expected = library.summary("zuckerberg-apology", 2).sentences
    blocks = embed.description.split("\n\n")
    assert len(blocks) == 2
    for block, sentence in zip(blocks, expected, strict=True):
        assert block.endswith(f"*(¶{sentence.paragraph})*")
    assert "Sentences copied from the article" in embed.footer.text


async def test_summary_length_is_checked_by_discord(world) -> None:
    from simcord.backend.errors import OptionError

    with pytest.raises(OptionError, match="must be ≤ 10, got 11"):
        await world.member.slash(world.channel, "summary", sentences=11)


async def test_timeline_lists_events_in_order(world) -> None:
    result = await world.member.slash(world.channel, "timeline")
    embed = result.response.embeds[0]
    assert embed.title.startswith("Timeline · Mark Zuckerberg Apologizes")
    description = embed.description
    assert "**2018-03-21** · “yesterday” *(¶4)*" in description
    assert (
        description.index("personality quiz app")
        < description.index("recently banned")
        < description.index("posted to Facebook yesterday")
    )
    assert embed.footer.text.startswith("Published 2018-03-22.")


async def test_stories_and_help(world) -> None:
    stories = await world.member.slash(world.channel, "stories")
    assert "zuckerberg-apology" in stories.response.embeds[0].description
    help_ = await world.member.slash(world.channel, "help")
    assert "/ask" in help_.response.embeds[0].description


async def test_a_mention_with_a_question_is_answered(world) -> None:
    bot_user = world.env.bot.user
    message = await world.member.send(world.channel, f"{bot_user.mention} {QUESTION}")
    reply = world.channel.last_message
    assert reply.author.id == bot_user.id and reply.reference.message_id == message.id
    assert bold_sentence(reply.embeds[0]).startswith("Even Brian Acton")


async def test_a_misspelled_name_is_read_as_the_story_s_and_the_reply_says_so(world) -> None:
    result = await world.member.slash(world.channel, "ask", question="Who is Brian Actn?")
    assert result.response.content == "Read “Actn” as “Acton”."
    assert bold_sentence(result.response.embeds[0]).startswith("Even Brian Acton")
    await world.member.send(world.channel, f"{world.env.bot.user.mention} who is brian actn")
    assert world.channel.last_message.content == "Read “actn” as “Acton”."


async def test_a_message_without_a_mention_is_ignored(world) -> None:
    message = await world.member.send(world.channel, QUESTION)
    assert world.channel.last_message.id == message.id


async def test_a_dm_is_answered(world) -> None:
    user = world.env.create_user("dm-reader")
    await user.send_dm(QUESTION)
    reply = user.dm_channel.last_message
    assert bold_sentence(reply.embeds[0]).startswith("Even Brian Acton")


async def test_messages_from_bots_are_ignored(world) -> None:
    other = world.guild.add_member(world.env.create_user("otherbot", bot=True))
    message = await other.send(world.channel, f"{world.env.bot.user.mention} {QUESTION}")
    assert world.channel.last_message.id == message.id


@pytest.fixture
def config() -> Config:
    return Config(answers=AnswerSettings(cooldown_rate=2, cooldown_seconds=60))


async def test_cooldown_is_per_user_polite_and_expires(world) -> None:
    for _ in range(2):
        assert not (await world.member.slash(world.channel, "ask", question=QUESTION)).ephemeral
    slowed = await world.member.slash(world.channel, "ask", question=QUESTION)
    assert slowed.ephemeral and "Slow down" in slowed.response.content
    assert any(isinstance(e, AskingTooFast) for e in world.env.errors)
    other = world.guild.add_member(world.env.create_user("someone-else"))
    assert not (await other.slash(world.channel, "ask", question=QUESTION)).ephemeral
    await world.env.advance_time(61)
    assert not (await world.member.slash(world.channel, "ask", question=QUESTION)).ephemeral


async def test_everyone_in_a_question_pings_nobody(world) -> None:
    bot_user = world.env.bot.user
    result = await world.member.slash(world.channel, "ask", question="@everyone <@&123> Who is Brian Acton?")
    assert not result.response.message.mention_everyone
    await world.member.send(world.channel, f"@everyone {bot_user.mention} Who is Brian Acton? <@&123>")
    reply = world.channel.last_message
    assert reply.author.id == bot_user.id
    assert not reply.mention_everyone and not reply.role_mentions and not reply.mentions
    sent = [r.json for r in world.env.http_requests if r.method == "POST" and r.json]
    assert sent
    for body in sent:
        mentions = body.get("allowed_mentions") or body.get("data", {}).get("allowed_mentions")
        assert mentions is not None and mentions.get("parse") == [], body


class BrokenLibrary(Library):
    """A library whose engine fails: the error handler's path, not a stand-in for answers."""

    def ask(self, *args, **kwargs):
        raise RuntimeError("index corrupted")


@pytest.fixture
def library() -> Library:
    from tests.conftest import KNOWLEDGE

    return Library.from_folder(KNOWLEDGE)


async def test_an_engine_error_becomes_a_polite_reply_and_the_bot_keeps_serving(world, simcord_env) -> None:
    good = world.env.bot.library
    world.env.bot.library = BrokenLibrary(list(good.stories.values()))
    result = await world.member.slash(world.channel, "ask", question=QUESTION)
    assert result.ephemeral and result.response.content == APOLOGY
    assert any("index corrupted" in str(e) for e in world.env.errors)
    world.env.bot.library = good
    assert not (await world.member.slash(world.channel, "ask", question="Who is Aleksandr Kogan?")).ephemeral


async def test_a_very_long_answer_stays_within_discord_limits(simcord_env) -> None:
    sentence = "The committee reviewed the extraordinarily detailed harbour dredging proposal again. "
    giant = build_story("giant", "Harbour Plans\n\n" + sentence * 200 + "\n\n" + sentence * 150)
    simcord_env.bot.library = Library([giant])
    await simcord_env.bot.tree.sync()
    channel = simcord_env.create_guild().create_text_channel("long")
    member = simcord_env.guild.add_member(simcord_env.create_user("asker"))
    result = await member.slash(channel, "ask", question="What did the committee review about dredging?")
    embed = result.response.embeds[0]
    assert len(embed) <= TOTAL and len(embed.description) <= DESCRIPTION
    assert all(len(f.value) <= FIELD_VALUE for f in embed.fields)
    assert embed.description.endswith("…")
    text = embed.description.rstrip(" …").replace("**", "")
    assert text.endswith(".")  # cut at a sentence boundary, never mid-word


async def test_an_answer_names_the_other_stories_that_answer_too(simcord_env) -> None:
    mill = build_story("mill", "Mill Fire\n\nThe mill closed in 1998 after a fire.")
    barn = build_story("barn", "Barn Fire\n\nThe barn closed in 2004 after a fire.")
    simcord_env.bot.library = Library([mill, barn])
    await simcord_env.bot.tree.sync()
    channel = simcord_env.create_guild().create_text_channel("fires")
    member = simcord_env.guild.add_member(simcord_env.create_user("asker"))
    result = await member.slash(channel, "ask", question="When did it close after the fire?")
    embed = result.response.embeds[0]
    other = {"Mill Fire": "Barn Fire", "Barn Fire": "Mill Fire"}[embed.title]
    field = embed.fields[-1]
    assert field.name == OTHER_STORIES and f"• {other}" in field.value and CHOOSE_STORY in field.value
    named = await member.slash(channel, "ask", question="When did it close after the fire?", story="mill")
    assert all(f.name != OTHER_STORIES for f in named.response.embeds[0].fields)
