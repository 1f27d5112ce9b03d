"""Storybot's engine: stories, answers, quotes, summaries and timelines, with no Discord import.

Names are imported on first use, so that a process that needs only part of the engine (a
loader worker, a one-shot command) does not pay for the rest (scikit-learn above all).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_HOMES = {
    "Answer": "knowledge.answer",
    "Passage": "knowledge.answer",
    "Quote": "knowledge.answer",
    "Summary": "knowledge.answer",
    "BadStoryFile": "knowledge.errors",
    "KnowledgeError": "knowledge.errors",
    "KnowledgeFolderError": "knowledge.errors",
    "StoryNotFound": "knowledge.errors",
    "StoryRequired": "knowledge.errors",
    "Library": "knowledge.library",
    "Paragraph": "knowledge.story",
    "Sentence": "knowledge.story",
    "Story": "knowledge.story",
    "Event": "knowledge.timeline",
    "Timeline": "knowledge.timeline",
}
__all__ = [
    "Answer",
    "BadStoryFile",
    "Event",
    "KnowledgeError",
    "KnowledgeFolderError",
    "Library",
    "Paragraph",
    "Passage",
    "Quote",
    "Sentence",
    "Story",
    "StoryNotFound",
    "StoryRequired",
    "Summary",
    "Timeline",
]

if TYPE_CHECKING:
    from knowledge.answer import Answer, Passage, Quote, Summary
    from knowledge.errors import BadStoryFile, KnowledgeError, KnowledgeFolderError, StoryNotFound, StoryRequired
    from knowledge.library import Library
    from knowledge.story import Paragraph, Sentence, Story
    from knowledge.timeline import Event, Timeline


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'knowledge' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
