"""An on-disk cache of a loaded knowledge folder: its stories and their index.

A later start with the same story files reads the cache instead of splitting sentences and
building the index again. The cache is keyed by a fingerprint of every story file (path,
size, modification time) and of the engine's version, so adding, changing or removing a file
invalidates it. It holds no pickle: JSON for the stories (one line each, checked against
a checksum and read only when a story is needed), NumPy arrays (``allow_pickle`` off) for the
index, so a cache file can never run code. A cache that cannot be read, or was
written by another version, is rebuilt with a warning; one that cannot be written is skipped
with a warning. Neither stops Storybot.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.analysis import IRREGULAR_PATH
from knowledge.index import TfidfIndex
from knowledge.loader import SkippedFile, story_entries
from knowledge.story import Paragraph, Sentence, Story

log = logging.getLogger(__name__)

#: Bump when the cached format or anything the index computes changes.
CACHE_VERSION = "storybot-cache-89"
DEFAULT_NAME = ".storybot-cache"


def fingerprint(folder: Path) -> str:
    """A digest of every story file under ``folder`` (path, size, mtime), the engine version and
    the irregular-forms table that index terms depend on."""
    digest = hashlib.sha256(CACHE_VERSION.encode())
    with contextlib.suppress(OSError):  # analysis works without it, and so does the cache
        digest.update(IRREGULAR_PATH.read_bytes())
    for relative, _, stat in story_entries(folder):
        digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def load(cache: Path, folder: Path) -> tuple[LazyStories, list[SkippedFile], TfidfIndex, dict[str, Any]] | None:
    """The cached stories, skipped files, index and index settings, or None when there is
    no usable cache for ``folder`` as it is now (a warning says why, when the cache is broken)."""
    meta_path = cache / "meta.json"
    if not meta_path.is_file():
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("version") != CACHE_VERSION:
            log.warning("index cache %s was written by another version; rebuilding it", cache)
            return None
        if meta.get("fingerprint") != fingerprint(folder):
            log.info("story files changed since the index cache was written; rebuilding it")
            return None
        raw = (cache / "stories.jsonl").read_bytes()
        if hashlib.sha256(raw).hexdigest() != meta["stories_sha256"]:
            raise ValueError("stories.jsonl does not match its checksum")
        stories = LazyStories(meta["stories"], raw.decode("utf-8").splitlines())
        skipped = [SkippedFile(Path(p), r) for p, r in meta.get("skipped", [])]
        with np.load(cache / "index.npz", allow_pickle=False) as arrays:
            index = TfidfIndex.from_arrays(dict(arrays), meta["settings"])
        return stories, skipped, index, meta["settings"]
    except (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, zipfile.BadZipFile) as exc:
        log.warning("index cache %s cannot be read (%s); rebuilding it", cache, exc)
        return None


def save(
    cache: Path, folder: Path, stories: Sequence[Story], skipped: Sequence[SkippedFile], index: TfidfIndex
) -> bool:
    """Write the cache (atomically: a new folder renamed into place). False, with a warning, on failure."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=cache.name + ".", dir=cache.parent))
        try:
            arrays, settings = index.to_arrays()
            np.savez(work / "index.npz", **arrays)
            lines = "".join(json.dumps(_story_dict(s), ensure_ascii=False) + "\n" for s in stories).encode("utf-8")
            (work / "stories.jsonl").write_bytes(lines)
            meta = {
                "version": CACHE_VERSION,
                "fingerprint": fingerprint(folder),
                "settings": settings,
                "skipped": [[str(s.path), s.reason] for s in skipped],
                "stories": [s.to_dict() for s in stories],
                "stories_sha256": hashlib.sha256(lines).hexdigest(),
            }
            (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            old = cache.with_name(cache.name + ".old")
            if cache.exists():
                os.replace(cache, old)
            os.replace(work, cache)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return True
    except OSError as exc:
        log.warning("index cache %s cannot be written (%s); going on without it", cache, exc)
        return False


class LazyStories(Mapping[str, Story]):
    """The cached stories, by id, each made from its cached line the first time it is read.

    A later start of a large library thus reads one file and splits its lines; a question
    then makes only the stories it touches. ``describe`` gives a story's description (id,
    title, date, source, paragraphs) without making it.
    """

    def __init__(self, descriptions: list[dict[str, Any]], lines: list[str]) -> None:
        if len(descriptions) != len(lines):
            raise ValueError(f"{len(descriptions)} stories described but {len(lines)} stored")
        self._descriptions = {d["id"]: d for d in descriptions}
        self._lines = dict(zip(self._descriptions, lines, strict=True))
        self._made: dict[str, Story] = {}

    def __getitem__(self, story_id: str) -> Story:
        story = self._made.get(story_id)
        if story is None:
            story = self._made[story_id] = _story(json.loads(self._lines[story_id]))
        return story

    def __iter__(self) -> Iterator[str]:
        return iter(self._descriptions)

    def __len__(self) -> int:
        return len(self._descriptions)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._descriptions

    def describe(self, story_id: str) -> dict[str, Any]:
        return self._descriptions[story_id]


def _story_dict(story: Story) -> dict[str, Any]:
    """The story's description, its file, and each paragraph's text with its sentences' spans."""
    paragraphs = [[p.text, [[s.start, s.end] for s in p.sentences]] for p in story.paragraphs]
    return {**story.to_dict(), "path": story.path, "paragraphs": paragraphs}


def _story(data: dict[str, Any]) -> Story:
    paragraphs = []
    index = 0
    for number, (text, spans) in enumerate(data["paragraphs"], start=1):
        sentences = []
        for start, end in spans:
            sentences.append(Sentence(text[start:end], number, index, start, end))
            index += 1
        paragraphs.append(Paragraph(number, text, tuple(sentences)))
    published = dt.date.fromisoformat(data["published"]) if data["published"] else None
    return Story(
        id=data["id"],
        title=data["title"],
        paragraphs=tuple(paragraphs),
        published=published,
        source=data["source"],
        url=data["url"],
        path=data["path"],
    )
