"""The index cache and reloading: a later start reads the cache; any file change rebuilds it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from knowledge import Library
from knowledge import cache as cache_module
from knowledge.library import CACHE_FROM


@pytest.fixture
def folder(story_folder: Path) -> Path:
    return story_folder


def loaded_from_cache(folder: Path, cache: Path) -> bool:
    """Whether ``from_folder`` would read the cache as the folder is now."""
    return cache_module.load(cache, folder) is not None


def test_a_later_start_reads_the_cache_and_answers_the_same(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = Library.from_folder(folder, cache=cache)
    assert all((cache / name).is_file() for name in ("meta.json", "index.npz", "stories.jsonl"))
    assert loaded_from_cache(folder, cache)
    second = Library.from_folder(folder, cache=cache)
    assert second.stories == first.stories
    for question, story in [
        ("Who is Brian Acton?", None),
        ("Was anyone injured?", "brighthome-recall"),
        ("When is the parade?", None),
        ("Is it legal to kill a wolf?", "pine-ridge-wolves"),  # a word pair
        ("How much did the jury award?", None),  # the headline's words in the lede
        ("when was fitly founded", None),  # a name kept whole: not *fitness*
    ]:
        assert second.ask(question, story=story) == first.ask(question, story=story)
    assert second.quotes("harbor-lions-final") == first.quotes("harbor-lions-final")
    # (not *united*, which a story writes in lower case: *the group is united*)
    names = {"fitly", "cardiology", "cruises", "piloting", "renewables", "utilities", "neurology", "athletics"}
    names |= {"networks", "ventures"}  # (*NIE Networks*, *Octopus Ventures*)
    assert second.index.name_words_ == first.index.name_words_ == names


@pytest.mark.parametrize("change", ["add", "edit", "remove"])
def test_any_file_change_invalidates_the_cache(folder: Path, tmp_path: Path, change: str) -> None:
    cache = tmp_path / "cache"
    Library.from_folder(folder, cache=cache)
    target = folder / "harbor-lions-final.md"
    if change == "add":
        (folder / "new-story.md").write_text("New Story\n\nThe council met on Monday.", encoding="utf-8")
    elif change == "edit":
        target.write_text(target.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
        os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    else:
        target.unlink()
    assert not loaded_from_cache(folder, cache)
    library = Library.from_folder(folder, cache=cache)
    assert ("new-story" in library.stories) == (change == "add")
    assert ("harbor-lions-final" in library.stories) == (change != "remove")
    assert loaded_from_cache(folder, cache)  # rewritten for the folder as it is now


@pytest.mark.parametrize("damage", ["garbage", "truncated", "version", "missing-array"])
def test_a_broken_cache_is_rebuilt_with_a_warning(
    folder: Path, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    expected = Library.from_folder(folder, cache=cache).ask("Who is Brian Acton?")
    if damage == "garbage":
        (cache / "stories.jsonl").write_bytes(b"\x00\xffnot json\n" * len(Library.from_folder(folder).stories))
    elif damage == "truncated":
        data = (cache / "index.npz").read_bytes()
        (cache / "index.npz").write_bytes(data[: len(data) // 2])
    elif damage == "version":
        meta = (cache / "meta.json").read_text(encoding="utf-8")
        (cache / "meta.json").write_text(meta.replace(cache_module.CACHE_VERSION, "storybot-cache-0"), encoding="utf-8")
    else:
        import numpy as np

        with np.load(cache / "index.npz") as arrays:
            kept = {k: v for k, v in arrays.items() if k != "idf"}
        np.savez(cache / "index.npz", **kept)
    with caplog.at_level(logging.WARNING, logger="knowledge.cache"):
        library = Library.from_folder(folder, cache=cache)
    assert library.ask("Who is Brian Acton?") == expected
    assert any("rebuilding" in r.getMessage() for r in caplog.records), caplog.text
    assert loaded_from_cache(folder, cache)


def test_a_cache_that_cannot_be_written_is_skipped_with_a_warning(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache's parent folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="knowledge.cache"):
        library = Library.from_folder(folder, cache=blocker / "cache")
    assert library.ask("Who is Brian Acton?").answered
    assert "cannot be written" in caplog.text


def test_small_folders_get_no_cache_by_default(folder: Path) -> None:
    for path in sorted([*folder.glob("*.md"), *folder.glob("*.txt")])[CACHE_FROM - 1 :]:  # one fewer than a cache needs
        path.unlink()
    Library.from_folder(folder, cache=True)
    assert not (folder / cache_module.DEFAULT_NAME).exists()


def test_reload_reports_what_changed(folder: Path) -> None:
    library = Library.from_folder(folder)
    (folder / "new-story.md").write_text("New Story\n\nThe council met on Monday.", encoding="utf-8")
    (folder / "harbor-lions-final.md").unlink()
    edited = folder / "riverside-mill-fire.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA late addition.\n", encoding="utf-8")
    (folder / "broken.md").write_bytes(b"\xff\xfe")
    new, changes = library.reload()
    assert changes.added == ("new-story",)
    assert changes.removed == ("harbor-lions-final",)
    assert changes.changed == ("riverside-mill-fire",)
    assert [s.path.name for s in changes.skipped] == ["broken.md"]
    loaded = len([*folder.glob("*.md"), *folder.glob("*.txt")]) - 1  # all but broken.md
    assert changes.summary() == (
        "added new-story; changed riverside-mill-fire; removed harbor-lions-final; "
        f"skipped 1 unusable file(s): broken.md ({loaded} loaded)"
    )
    assert new.ask("When did the council meet?").story == "new-story"
    assert library.reload()[1].summary() != f"no story changed ({loaded} loaded)"  # the old one is untouched
