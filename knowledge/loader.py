"""Reading story files and knowledge folders, with front matter validated."""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import multiprocessing
import os
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import BadStoryFile, KnowledgeFolderError
from knowledge.markdown import plain_text
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
    """Parse a story file's text: optional YAML front matter, then the article (in Markdown when
    ``path`` is a ``.md`` file: :func:`knowledge.markdown.plain_text`).

    Raises :class:`BadStoryFile` for broken front matter or an article with no text.
    """
    meta, body = _split_front_matter(text, path or story_id)
    if path is not None and path.lower().endswith(".md"):
        body = plain_text(body)  # the article as its reader sees it: **$42 million** is $42 million
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
    if story.published is None:
        published = dateline_date(story)
        if published is not None:
            story = replace(story, published=published)
    return story


#: How many lines before the first prose paragraph may carry the publication date.
_DATELINES = 3


def dateline_date(story: Story) -> dt.date | None:
    """The full date on a line above the article's first prose paragraph (``Published March 3,
    2025``, ``By Jo Lee | 2025-03-03``), as a pasted article often carries; None without one.

    >>> from knowledge.story import build_story
    >>> dateline_date(build_story("s", "Title\\n\\nBy Jo Lee\\n\\nMarch 3, 2025\\n\\nThe lede, at last."))
    datetime.date(2025, 3, 3)
    """
    from knowledge.dates import find_times  # only for undated files

    for paragraph in story.paragraphs[:_DATELINES]:
        if paragraph.is_prose:
            break
        for found in find_times(paragraph.text, None):
            if found.precision == "day" and found.first_day is not None:
                return found.first_day
    return None


def load_story(path: Path) -> Story:
    """Load one story file. Raises :class:`BadStoryFile` naming the file and the reason."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadStoryFile(path, f"cannot be read ({exc.strerror or exc})") from None
    text = _decode(raw, path)
    if "\x00" in text:
        raise BadStoryFile(path, "not a text file (it holds NUL bytes)")
    if not text.strip():
        raise BadStoryFile(path, "the file is empty")
    return parse_story_text(text, path.stem, str(path))


def _decode(raw: bytes, path: Path) -> str:
    """The text of a story file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark
    (Windows Notepad's "Unicode"), or Windows-1252 (a Windows editor's "ANSI": *Caf\\xe9*, curly
    quotes as single bytes), said in a warning. A file that is UTF-8 but for a broken byte is
    not read as Windows-1252, which would garble its every accent; it is refused."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadStoryFile(path, f"not valid UTF-16 (byte {exc.start})") from None
        if sum(c.isascii() for c in text) * 2 >= len(text):  # English text, not bytes that met a mark
            return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error = BadStoryFile(path, f"not valid UTF-8 (byte {exc.start})")
    if _UTF8_SEQUENCE.search(raw):
        raise error
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise error from None
    log.warning("%s: not UTF-8, read as Windows-1252", path)
    return text


#: A multi-byte UTF-8 character (*é* is C3 A9): a file holding one is UTF-8, however broken.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def story_files(folder: Path) -> Iterator[Path]:
    """The story files under ``folder``, sorted, skipping hidden folders and caches."""
    for _, path, _ in story_entries(folder):
        yield path


def story_entries(folder: Path) -> list[tuple[str, Path, os.stat_result]]:
    """The story files under ``folder`` as (relative path with ``/``, path, ``stat``), sorted;
    one directory scan."""
    found: list[tuple[str, Path, os.stat_result]] = []

    def scan(directory: str, relative: str) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.startswith((".", "__")):
                    continue
                if entry.is_dir():
                    scan(entry.path, relative + entry.name + "/")
                elif entry.name.lower().endswith(STORY_SUFFIXES) and entry.is_file():
                    found.append((relative + entry.name, Path(entry.path), entry.stat()))

    scan(str(folder), "")
    found.sort(key=lambda item: item[0])
    return found


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
    for path, loaded in zip(paths, _load_all(paths), strict=True):
        try:
            if isinstance(loaded, BadStoryFile):
                raise loaded
            if loaded.id in seen:
                raise BadStoryFile(path, f"story id {loaded.id!r} is already used by {seen[loaded.id]}")
        except BadStoryFile as exc:
            log.warning("skipped %s: %s", exc.path, exc.reason)
            skipped.append(SkippedFile(exc.path, exc.reason))
            continue
        seen[loaded.id] = path
        stories.append(loaded)
    return stories, skipped


#: From this many files on, stories are read by one worker process per core.
PARALLEL_FROM = 400


def _load_or_error(path: Path) -> Story | BadStoryFile:
    try:
        return load_story(path)
    except BadStoryFile as exc:
        return exc


def _load_all(paths: list[Path]) -> list[Story | BadStoryFile]:
    """Every file loaded (or its error), in order; in parallel for a large folder.

    Sentence splitting is most of the time of a first start. Workers are spawned, not forked,
    so that loading is safe from a thread of a running bot (``/reload``).
    """
    workers = min(os.cpu_count() or 1, 8)
    if len(paths) < PARALLEL_FROM or workers < 2:
        return [_load_or_error(p) for p in paths]
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return list(pool.map(_load_or_error, paths, chunksize=max(1, len(paths) // (workers * 8))))
    except (OSError, BrokenProcessPool) as exc:  # no processes here: read them one by one
        log.info("reading stories in one process (%s)", exc)
        return [_load_or_error(p) for p in paths]


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
        meta = _plain_front_matter(lines[1:end])
        if meta is None:
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


#: One line of front matter read as written: a known key, then its value.
_PLAIN_LINE = re.compile(r"^(?P<key>[a-z]+):\s+(?P<value>[^\s\[\]{}\"'|>&*!%@`#].*?)\s*$")


def _plain_front_matter(lines: list[str]) -> dict[str, Any] | None:
    """Front matter that YAML refuses only because a value holds ``: `` (``title: Q&A: The Fire
    Chief``, as news titles do), read one ``key: value`` line at a time; None when any line is
    not that or a value opens as YAML's own syntax (``[``, ``"``...), so that the file is
    still reported as broken.

    >>> _plain_front_matter(["title: Q&A: The Fire Chief", "published: 2026-09-30"])
    {'title': 'Q&A: The Fire Chief', 'published': '2026-09-30'}
    >>> _plain_front_matter(["title: [unclosed"]) is None, _plain_front_matter(["  - an item"]) is None
    (True, True)
    """
    meta: dict[str, Any] = {}
    for line in lines:
        if not line.strip():
            continue
        found = _PLAIN_LINE.match(line)
        if found is None or found["key"] not in FRONT_MATTER_KEYS or found["key"] in meta:
            return None
        meta[found["key"]] = found["value"]
    return meta


#: The years a publication date may have: times it counts from (*last year*, *in 30 years*)
#: stay on the calendar.
PUBLISHED_YEARS = range(1000, 9001)


def _published(meta: dict[str, Any], where: str) -> dt.date | None:
    value = meta.get("published")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise BadStoryFile(where, f"front matter 'published' must be YYYY-MM-DD, not {value!r}") from None
    if day.year not in PUBLISHED_YEARS:
        raise BadStoryFile(where, f"front matter 'published' must be a year from 1000 to 9000, not {day.isoformat()}")
    return day
