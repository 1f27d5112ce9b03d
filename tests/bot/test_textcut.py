"""Cutting text to Discord's limits: at sentence ends, never mid-word."""

from __future__ import annotations

import pytest

from bot.embeds import highlighted
from bot.textcut import ELLIPSIS, cut, pagify

TEXT = "The first sentence is short. The second one is a good deal longer than the first. Third."


@pytest.mark.parametrize("limit", [5, 20, 40, 60, 85, 200])
def test_cut_fits_and_ends_cleanly(limit: int) -> None:
    out = cut(TEXT, limit)
    assert len(out) <= limit
    if out != TEXT:
        assert out.endswith(ELLIPSIS)
        kept = out[: -len(ELLIPSIS)].rstrip()
        assert TEXT.startswith(kept)
        assert kept == "" or TEXT[len(kept)] == " " or len(kept) == limit - 1  # a word is never split


def test_cut_prefers_a_sentence_boundary() -> None:
    assert cut(TEXT, 60) == "The first sentence is short. " + ELLIPSIS


def test_pagify_keeps_every_character_in_pages_of_2000() -> None:
    text = "\n".join(f"line {i} " + "word " * 30 for i in range(200))
    pages = pagify(text)
    assert all(len(p) <= 2000 for p in pages)
    assert "".join(pages).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_highlighted_bolds_the_sentence_and_escapes_markdown() -> None:
    text = "Use *stars* and `code` here. The key point is this. After."
    out = highlighted(text, "The key point is this.", 4096)
    assert "**The key point is this.**" in out
    assert "\\*stars\\*" in out and "\\`code\\`" in out


def test_highlighted_keeps_the_sentence_visible_when_it_is_far_in() -> None:
    before = "Filler words go here. " * 300
    out = highlighted(before + "The answer is 42.", "The answer is 42.", 1000)
    assert len(out) <= 1000 and "**The answer is 42.**" in out
