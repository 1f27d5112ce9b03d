"""Config loading: defaults, the token from the environment, errors naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import create_bot
from bot.client import ShardedStoryBot, StoryBot
from bot.config import PROJECT_ROOT, ConfigError, load_config

# Shaped like a bot token, built from parts so that no committed line looks like a real one.
SECRET = ".".join(["MTIzNDU2Nzg5MDEyMzQ1Njc4", "GhIjKl", "fake-token-value-that-must-never-leak"])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_the_default_file_is_missing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(environ={})
    assert config.discord.token is None and config.answers.passages == 3
    assert config.knowledge_path == PROJECT_ROOT / "knowledge"


def test_every_documented_key_loads_from_the_example() -> None:
    config = load_config(PROJECT_ROOT / "config.example.yaml", environ={})
    assert config.knowledge_path == PROJECT_ROOT / "knowledge"
    assert config.answers.cooldown_rate == 3


def test_environment_token_overrides_the_file_and_is_never_shown(tmp_path: Path, caplog) -> None:
    path = write(tmp_path, "discord:\n  token: from-file\n  dev_guild_id: 42\n")
    assert load_config(path, environ={}).discord.token == "from-file"
    config = load_config(path, environ={"DISCORD_TOKEN": SECRET})
    assert config.discord.token == SECRET and config.discord.dev_guild_id == 42
    assert SECRET not in repr(config)
    bad = write(tmp_path, f"discord:\n  token: {{{SECRET}: 1}}\n")
    with pytest.raises(ConfigError) as info:
        load_config(bad, environ={})
    assert SECRET not in str(info.value) and "discord.token" in str(info.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("discord:\n  tokn: x\n", "discord.tokn"),
        ("answers:\n  passages: lots\n", "answers.passages"),
        ("knowledge:\n  cache: sometimes\n", "knowledge.cache"),
        ("answers:\n  passages: 50\n", "answers.passages"),
        ("answers:\n  cooldown_seconds: soon\n", "answers.cooldown_seconds"),
        ("discord:\n  shards: 4\n", "discord.shards"),
        ("discord:\n  shard_ids: [0, 5]\n  shard_count: 2\n", "discord.shard_ids"),
        ("discord:\n  owner_ids: [me]\n", "discord.owner_ids"),
        ("knowledge: [a, b]\n", "knowledge"),
        ("extra: 1\n", "extra"),
        ("logging:\n  level: LOUD\n", "logging.level"),
        ("discord: {token: [unclosed\n", "not valid YAML"),
    ],
)
def test_invalid_config_names_the_file_and_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert str(path) in str(info.value) and key in str(info.value)


def test_a_named_file_that_is_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml", environ={})


def test_knowledge_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "knowledge:\n  path: stories\n"), environ={})
    assert config.knowledge_path == tmp_path / "stories"


def test_sharding_settings_choose_the_bot_class(tmp_path: Path, library) -> None:
    def bot_for(text: str) -> StoryBot | ShardedStoryBot:
        return create_bot(load_config(write(tmp_path, text), environ={}), library)

    single = bot_for("discord: {}\n")
    auto = bot_for("discord:\n  shards: auto\n")
    part = bot_for("discord:\n  shard_count: 4\n  shard_ids: [2, 3]\n")
    assert isinstance(single, StoryBot)
    assert isinstance(auto, ShardedStoryBot) and auto.shard_count is None
    assert isinstance(part, ShardedStoryBot) and (part.shard_count, part.shard_ids) == (4, [2, 3])
