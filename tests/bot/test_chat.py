"""The terminal chat's commands, in process: /reload picks up the folder's changes."""

from __future__ import annotations

import io
from pathlib import Path

from bot.chat import Chat
from bot.terminal import NOT_ANSWERED
from knowledge import Library
from tests.conftest import KNOWLEDGE


def test_reload_picks_up_added_changed_and_removed_stories(tmp_path: Path) -> None:
    (tmp_path / "mill.md").write_text("Mill\n\nThe mill closed in 1998 after a fire.", encoding="utf-8")
    (tmp_path / "park.md").write_text("Park\n\nThe park opened in 1975.", encoding="utf-8")
    chat = Chat(Library.from_folder(tmp_path), story="park", stdin=io.StringIO(), stdout=io.StringIO())
    assert chat.respond("Who runs the bakery?") == NOT_ANSWERED
    (tmp_path / "bakery.md").write_text("Bakery\n\nThe bakery opened in 2001.", encoding="utf-8")
    (tmp_path / "mill.md").write_text("Mill\n\nThe mill closed in 1999 after a flood.", encoding="utf-8")
    (tmp_path / "park.md").unlink()
    assert chat.respond("/reload") == "Reloaded: added bakery; changed mill; removed park (2 loaded)."
    assert chat.story is None  # the story it was asking no longer exists
    assert "2001" in chat.respond("When did the bakery open?")
    assert "flood" in chat.respond("Why did the mill close?")


def test_an_answer_names_the_other_stories_that_answer_too(tmp_path: Path) -> None:
    (tmp_path / "mill.md").write_text("Mill Fire\n\nThe mill closed in 1998 after a fire.", encoding="utf-8")
    (tmp_path / "barn.md").write_text("Barn Fire\n\nThe barn closed in 2004 after a fire.", encoding="utf-8")
    chat = Chat(Library.from_folder(tmp_path), stdin=io.StringIO(), stdout=io.StringIO())
    reply = chat.respond("When did it close after the fire?")
    assert "Other stories may answer this too:" in reply and "/story ID asks only one." in reply
    assert ("Barn Fire (barn)" in reply) != ("Mill Fire (mill)" in reply)  # the other one, not the answer's
    chat.respond("/story mill")
    assert "Other stories" not in chat.respond("When did it close after the fire?")


def test_quit_or_exit_typed_bare_leaves_the_chat() -> None:
    """*quit*, as people type it, leaves; it is not asked of the story."""
    for word in ("/quit", "quit", "Exit", "exit."):
        out = io.StringIO()
        chat = Chat(Library.from_folder(KNOWLEDGE), stdin=io.StringIO(f"{word}\nWho is Brian Acton?\n"), stdout=out)
        assert chat.run() == 0
        assert "Acton" not in out.getvalue().split("\n", 1)[1], word
