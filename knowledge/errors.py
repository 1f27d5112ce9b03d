"""Errors a person can act on, raised by the engine; the fronts decide how to show them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class KnowledgeError(Exception):
    """Base class of every error the engine raises on purpose."""


class BadStoryFile(KnowledgeError):
    """A story file that cannot be used: its path and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class KnowledgeFolderError(KnowledgeError):
    """The knowledge folder is missing, unreadable, or holds no usable story."""


class StoryNotFound(KnowledgeError):
    """A story id that is not loaded; carries the ids that are."""

    def __init__(self, story_id: str, available: Iterable[str]) -> None:
        self.story_id = story_id
        self.available = sorted(available)
        listed = ", ".join(self.available) or "none"
        super().__init__(f"no story {story_id!r}; stories: {listed}")


class StoryRequired(KnowledgeError):
    """A command that works on one story was given none while several are loaded."""

    def __init__(self, available: Iterable[str]) -> None:
        self.available = sorted(available)
        super().__init__("several stories are loaded; choose one with --story: " + ", ".join(self.available))
