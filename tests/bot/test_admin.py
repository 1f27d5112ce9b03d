"""Admin commands through simcord: /reload picks up story files; non-admins are refused."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from knowledge import Library

NOT_ALLOWED = "Only the bot's owner or a server administrator can do that."


@pytest.fixture
def folder(story_folder: Path) -> Path:
    return story_folder


@pytest.fixture
def library(folder: Path) -> Library:
    return Library.from_folder(folder)


async def command(world, name: str):
    return next(c for c in await world.env.bot.tree.fetch_commands() if c.name == name)


async def test_an_administrator_reloads_and_the_new_story_answers(world, folder: Path) -> None:
    admins = world.guild.create_role("admins", permissions=discord.Permissions(administrator=True))
    admin = world.guild.add_member(world.env.create_user("admin"), roles=[admins])
    (folder / "council-vote.md").write_text(
        "Council Approves Bike Lanes\n\nThe city council approved new bike lanes on Monday.", encoding="utf-8"
    )
    (folder / "harbor-lions-final.md").unlink()
    result = await admin.slash(world.channel, "reload")
    assert result.ephemeral
    loaded = len([*folder.glob("*.md"), *folder.glob("*.txt")])
    assert result.response.content == f"Reloaded: added council-vote; removed harbor-lions-final ({loaded} loaded)."
    answer = await world.member.slash(world.channel, "ask", question="What did the city council approve?")
    assert "bike lanes" in answer.response.embeds[0].description
    council = await world.member.autocomplete(world.channel, "ask", "story", "council")
    harbor = await world.member.autocomplete(world.channel, "ask", "story", "harbor")
    assert "council-vote" in [c["value"] for c in council]
    assert "harbor-lions-final" not in [c["value"] for c in harbor]


async def test_a_member_allowed_the_command_but_not_an_administrator_is_refused(world) -> None:
    for name in ("reload", "sync"):
        world.guild.set_command_permissions(await command(world, name), {world.member: True})
        result = await world.member.slash(world.channel, name)
        assert result.ephemeral and result.response.content == NOT_ALLOWED, name
    assert world.env.errors  # handled by the one error handler


async def test_the_owner_may_reload_without_being_an_administrator(world, folder: Path) -> None:
    owner = world.guild.add_member(world.env.create_user("owner"))
    world.env.bot.owner_ids = {owner.id}
    world.guild.set_command_permissions(await command(world, "reload"), {owner: True})
    result = await owner.slash(world.channel, "reload")
    loaded = len([*folder.glob("*.md"), *folder.glob("*.txt")])
    assert result.response.content == f"Reloaded: no story changed ({loaded} loaded)."
