"""Reading story files and knowledge folders, with front matter validated."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import BadStoryFile, KnowledgeFolderError
from knowledge.story import Story, build_story

log = logging.getLogger(__name__)

#: File endings that hold stories.
STORY_SUFFIXES = (".md", ".txt")
#: Keys allowed in a story's front matter.
FRONT_MATTER_KEYS = frozenset({"title", "published", "source", "url"})


@dataclass(frozen=True)
class SkippedFile:
    """A file in the knowledge folder that could not be used, and why."""

    path: Path
    reason: str


def parse_story_text(text: str, story_id: str, path: str | None = None) -> Story:
    """Parse a story file's text: optional YAML front matter, then the article.

    Raises :class:`BadStoryFile` for broken front matter or an article with no text.
    """
    meta, body = _split_front_matter(text, path or story_id)
    story = build_story(
        story_id,
        body,
        title=_optional_str(meta, "title", path or story_id),
        published=_published(meta, path or story_id),
        source=_optional_str(meta, "source", path or story_id),
        url=_optional_str(meta, "url", path or story_id),
        path=path,
    )
    if not story.paragraphs:
        raise BadStoryFile(path or story_id, "the article has no paragraphs")
    return story


def load_story(path: Path) -> Story:
    """Load one story file. Raises :class:`BadStoryFile` naming the file and the reason."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadStoryFile(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadStoryFile(path, f"not valid UTF-8 (byte {exc.start})") from None
    if "\x00" in text:
        raise BadStoryFile(path, "not a text file (it holds NUL bytes)")
    if not text.strip():
        raise BadStoryFile(path, "the file is empty")
    return parse_story_text(text, path.stem, str(path))


def story_files(folder: Path) -> Iterator[Path]:
    """The story files under ``folder``, sorted, skipping hidden folders and caches."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith((".", "__")) for part in relative):
            continue
        if path.suffix.lower() in STORY_SUFFIXES and path.is_file():
            yield path


def load_folder(folder: Path | str) -> tuple[list[Story], list[SkippedFile]]:
    """Load every story under ``folder``; unusable files are skipped with one warning each.

    Raises :class:`KnowledgeFolderError` when the folder is missing or unreadable.
    """
    folder = Path(folder)
    if not folder.exists():
        raise KnowledgeFolderError(f"knowledge folder {folder} does not exist")
    if not folder.is_dir():
        raise KnowledgeFolderError(f"knowledge folder {folder} is not a folder")
    try:
        paths = list(story_files(folder))
    except OSError as exc:
        raise KnowledgeFolderError(f"knowledge folder {folder} cannot be read ({exc})") from None
    stories: list[Story] = []
    skipped: list[SkippedFile] = []
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            story = load_story(path)
            if story.id in seen:
                raise BadStoryFile(path, f"story id {story.id!r} is already used by {seen[story.id]}")
        except BadStoryFile as exc:
            log.warning("skipped %s: %s", exc.path, exc.reason)
            skipped.append(SkippedFile(exc.path, exc.reason))
            continue
        seen[story.id] = path
        stories.append(story)
    return stories, skipped


def _split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None)
    if end is None:
        raise BadStoryFile(where, "front matter opened with --- is never closed")
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 2}" if mark is not None else ""
        raise BadStoryFile(where, f"front matter is not valid YAML{at}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise BadStoryFile(where, "front matter must be a mapping of keys to values")
    unknown = sorted(str(k) for k in meta if k not in FRONT_MATTER_KEYS)
    if unknown:
        allowed = ", ".join(sorted(FRONT_MATTER_KEYS))
        raise BadStoryFile(where, f"unknown front matter key {unknown[0]!r} (allowed: {allowed})")
    return meta, "\n".join(lines[end + 1 :])


def _optional_str(meta: dict[str, Any], key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise BadStoryFile(where, f"front matter {key!r} must be text")
    text = str(value).strip()
    return text or None


def _published(meta: dict[str, Any], where: str) -> dt.date | None:
    value = meta.get("published")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadStoryFile(where, f"front matter 'published' must be YYYY-MM-DD, not {value!r}") from None
