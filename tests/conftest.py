"""Shared fixtures: the project's folders, the bundled library, and story-file helpers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge import Library

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "eval" / "dev_set.yaml"
EVAL_STORIES = SHARED / "eval" / "stories"
DATA = Path(__file__).resolve().parent / "data"

needs_shared = pytest.mark.skipif(not DEV_SET.is_file(), reason="../shared/eval is not beside the project")


@pytest.fixture(scope="session")
def bundled() -> Library:
    """The library of the story Storybot ships."""
    return Library.from_folder(KNOWLEDGE)


@pytest.fixture
def story_folder(tmp_path: Path) -> Path:
    """A fresh knowledge folder holding copies of the bundled story and the test articles."""
    target = tmp_path / "stories"
    target.mkdir()
    for path in [*KNOWLEDGE.glob("stories/*.md"), *(DATA / "stories").glob("*.md"), *(DATA / "stories").glob("*.txt")]:
        shutil.copy(path, target / path.name)
    return target


@pytest.fixture
def write_story(tmp_path: Path) -> Callable[..., Path]:
    """Write a story file into a fresh knowledge folder; returns its path."""

    def write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write
