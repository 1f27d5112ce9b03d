"""Storybot's engine: stories, answers, quotes, summaries and timelines, with no Discord import."""

from knowledge.answer import Answer, Passage, Quote, Summary
from knowledge.errors import (
    BadStoryFile,
    KnowledgeError,
    KnowledgeFolderError,
    StoryNotFound,
    StoryRequired,
)
from knowledge.library import Library
from knowledge.story import Paragraph, Sentence, Story
from knowledge.timeline import Event, Timeline

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
