"""Storybot's engine: stories, answers, quotes, summaries and timelines, with no Discord import."""

from knowledge.answer import Answer, Passage, Quote
from knowledge.errors import (
    BadStoryFile,
    KnowledgeError,
    KnowledgeFolderError,
    StoryNotFound,
    StoryRequired,
)
from knowledge.library import Library
from knowledge.story import Paragraph, Sentence, Story

__all__ = [
    "Answer",
    "BadStoryFile",
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
]
