"""Fitting text into a character limit without breaking a word or a sentence."""

from __future__ import annotations

import re

ELLIPSIS = "…"
#: The end of a sentence: a stop, maybe closing quotes, then white space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")


def cut(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its longest prefix that ends a sentence
    (or, failing that, a word) followed by an ellipsis.

    >>> cut("One. Two three four.", 12)
    'One. …'
    >>> cut("Averyveryverylongword and more", 12)
    'Averyveryve…'
    """
    if limit < 1:
        return ""
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS) - 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, room + 1) if m.end() <= room]
    if ends and ends[-1] >= room // 3:
        return text[: ends[-1]] + " " + ELLIPSIS
    space = text.rfind(" ", 0, room + 1)
    if space > 0:
        return text[:space].rstrip() + " " + ELLIPSIS
    return text[: limit - len(ELLIPSIS)] + ELLIPSIS


def pagify(text: str, limit: int = 2000) -> list[str]:
    """Split ``text`` into pages of at most ``limit`` characters, at line breaks where possible."""
    pages: list[str] = []
    while len(text) > limit:
        split = text.rfind("\n", 0, limit)
        if split <= 0:
            split = text.rfind(" ", 0, limit)
        if split <= 0:
            split = limit
        pages.append(text[:split].rstrip())
        text = text[split:].lstrip("\n ")
    if text:
        pages.append(text)
    return pages
