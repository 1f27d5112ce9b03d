"""Storybot's settings: one validated object, read from YAML and the environment.

Pure Python (PyYAML only) so that the command line can read it without importing discord.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, get_type_hints

import yaml

#: The project folder: relative paths in the defaults are resolved against it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = Path("config.yaml")
TOKEN_VARIABLE = "DISCORD_TOKEN"


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class DiscordSettings:
    token: str | None = field(default=None, repr=False)
    dev_guild_id: int | None = None
    shards: str | None = None  # None: one connection; "auto": AutoShardedBot
    shard_count: int | None = None
    shard_ids: list[int] | None = None
    owner_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class KnowledgeSettings:
    path: str = "knowledge"
    default_story: str | None = None
    cache: bool = True


@dataclass(frozen=True)
class AnswerSettings:
    passages: int = 3
    cooldown_rate: int = 3
    cooldown_seconds: float = 30.0
    guild_rate: int = 30
    guild_seconds: float = 30.0
    max_question: int = 500


@dataclass(frozen=True)
class LoggingSettings:
    level: str = "INFO"


@dataclass(frozen=True)
class Config:
    """Every setting, with defaults. ``source`` is the file it came from, if any."""

    discord: DiscordSettings = field(default_factory=DiscordSettings)
    knowledge: KnowledgeSettings = field(default_factory=KnowledgeSettings)
    answers: AnswerSettings = field(default_factory=AnswerSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    source: Path | None = field(default=None, compare=False)

    @property
    def knowledge_path(self) -> Path:
        """The knowledge folder: relative to the config file's folder, or to the project."""
        path = Path(self.knowledge.path).expanduser()
        if path.is_absolute():
            return path
        base = self.source.parent if self.source is not None else PROJECT_ROOT
        return base / path


def load_config(path: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read the config file at ``path`` (default ``config.yaml``) and the environment.

    A missing default file gives the defaults; a missing file that was named explicitly, a
    YAML error, an unknown key or a value of the wrong type raises :class:`ConfigError`.
    ``DISCORD_TOKEN`` in the environment overrides ``discord.token``.
    """
    environ = os.environ if environ is None else environ
    explicit = path is not None
    file = Path(path) if explicit else DEFAULT_CONFIG
    data: Any = {}
    source: Path | None = None
    if file.is_file():
        source = file.resolve()
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: cannot be read ({exc})") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f" at line {mark.line + 1}" if mark is not None else ""
            raise ConfigError(f"{file}: not valid YAML{at}") from None
    elif explicit:
        raise ConfigError(f"{file}: no such config file")
    config = _build(Config, data, str(file), "")
    token = environ.get(TOKEN_VARIABLE, "").strip() or config.discord.token
    discord = replace(config.discord, token=token)
    _check(config, str(file))
    return replace(config, discord=discord, source=source)


def _build(cls: type, data: Any, file: str, prefix: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: {prefix.rstrip('.') or 'the file'} must be a mapping of keys to values")
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls) if f.name != "source"}
    for key in data:
        if key not in names:
            raise ConfigError(f"{file}: unknown key {prefix}{key} (known: {', '.join(sorted(names))})")
    values = {}
    for name in names & set(data):
        kind = hints[name]
        key = f"{prefix}{name}"
        if is_dataclass(kind):
            values[name] = _build(kind, data[name] if data[name] is not None else {}, file, key + ".")
        else:
            values[name] = _coerce(data[name], kind, file, key)
    return cls(**values)


def _coerce(value: Any, kind: Any, file: str, key: str) -> Any:
    text = str(kind)
    optional = "None" in text
    if value is None:
        if optional:
            return None
        raise ConfigError(f"{file}: {key} must not be empty")
    if kind is bool or text == "bool":
        if not isinstance(value, bool):
            raise ConfigError(f"{file}: {key} must be true or false, not {_shown(key, value)}")
        return value
    if "list[int]" in text:
        if not isinstance(value, list) or not all(_is_int(v) for v in value):
            raise ConfigError(f"{file}: {key} must be a list of whole numbers")
        return [int(v) for v in value]
    if kind is float or "float" in text:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{file}: {key} must be a number, not {value!r}")
        return float(value)
    if "int" in text:
        if not _is_int(value):
            raise ConfigError(f"{file}: {key} must be a whole number, not {_shown(key, value)}")
        return int(value)
    if not isinstance(value, str):
        raise ConfigError(f"{file}: {key} must be text, not {_shown(key, value)}")
    return value


def _is_int(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and value.strip().isdigit()


def _shown(key: str, value: Any) -> str:
    """A value for an error message; never a token's."""
    return "a hidden value" if key.endswith("token") else repr(value)


def _check(config: Config, file: str) -> None:
    d, a = config.discord, config.answers
    if d.shards not in (None, "auto"):
        raise ConfigError(f"{file}: discord.shards must be 'auto' or empty, not {d.shards!r}")
    if d.shard_ids is not None and d.shard_count is None:
        raise ConfigError(f"{file}: discord.shard_ids needs discord.shard_count")
    if d.shard_ids and d.shard_count and any(not 0 <= i < d.shard_count for i in d.shard_ids):
        raise ConfigError(f"{file}: discord.shard_ids must each be below discord.shard_count")
    if not 1 <= a.passages <= 10:
        raise ConfigError(f"{file}: answers.passages must be from 1 to 10")
    if a.cooldown_rate < 1 or a.cooldown_seconds < 0:
        raise ConfigError(f"{file}: answers.cooldown_rate must be 1 or more and cooldown_seconds 0 or more")
    if a.guild_rate < 1 or a.guild_seconds < 0:
        raise ConfigError(f"{file}: answers.guild_rate must be 1 or more and guild_seconds 0 or more")
    if not 20 <= a.max_question <= 6000:
        raise ConfigError(f"{file}: answers.max_question must be from 20 to 6000")
    if config.logging.level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ConfigError(f"{file}: logging.level must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
