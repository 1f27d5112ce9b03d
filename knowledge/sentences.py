"""Sentence splitting that keeps quotations with their attribution and ignores abbreviations.

syntok does the segmentation; sentences are cut from the original text by offsets, since
syntok's tokens rewrite some words (``n't``) and would not give the text back verbatim.
"""

from __future__ import annotations

import re

import syntok.segmenter as segmenter

from knowledge.analysis import TITLE_ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each sentence of ``text``, in order.

    Each sentence runs from its first token to the start of the next sentence, with
    surrounding white space trimmed, so that ``text[start:end]`` is verbatim.

    >>> text = 'Mr. Smith left at 3 p.m. on Friday. "Fine," he said.'
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Smith left at 3 p.m. on Friday.', '"Fine," he said.']

    A title's abbreviation does not end one:

    >>> split_sentences("Lt. Gov. Ann Lee and Sgt. Bo Lee spoke. They left.")
    ['Lt. Gov. Ann Lee and Sgt. Bo Lee spoke.', 'They left.']

    Each item of a list is a sentence:

    >>> split_sentences("Key specs:\\n- A 7.9-inch display\\n- A 4,800 mAh battery")
    ['Key specs:', '- A 7.9-inch display', '- A 4,800 mAh battery']

    A dateline is not a sentence of its own: a sentence does not open with a dash.

    >>> text = "HARRISBURG, Pa. (AP) — The Senate passed the bill."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['HARRISBURG, Pa. (AP) — The Senate passed the bill.']
    """
    starts = [sentence[0].offset for paragraph in segmenter.analyze(text) for sentence in paragraph if sentence]
    starts = [s for i, s in enumerate(starts) if i == 0 or not (_continues(text, s) or _after_title(text, s))]
    # each item of a list is a sentence of its own, from its mark (syntok reads lines as one)
    items = [m.start() for m in LIST_ITEM.finditer(text)]
    if items:
        marked = [s for s in starts if not _LIST_MARK_BEFORE.fullmatch(text, text.rfind("\n", 0, s) + 1, s)]
        starts = sorted({*marked, *items})
    spans: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        start = _skip_space(text, start, end)
        end = _trim_space(text, start, end)
        if end > start:
            spans.append((start, end))
    return spans


#: The start of a list's item: a line opening with a bullet or a number and a dot or bracket,
#: or a table's row (*| Ryze 9 X5 9950 | $749 |*).
LIST_ITEM = re.compile(r"^[ \t]*(?:(?:[-*•+]|\d{1,3}[.)])[ \t]+(?=\S)|\|(?=[^|\n]*\|))", re.MULTILINE)
#: A list item's mark alone before a point on its line: syntok's start after *1.* is the item's.
_LIST_MARK_BEFORE = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]*")
#: A dash that opens what syntok took for a sentence: the rest of a dateline's sentence
#: (*WASHINGTON (AP) — The Senate ...*, *LONDON (Reuters) - The ...*).
_DASH = re.compile(r"(?:\([A-Za-z. ]{1,20}\)\s*)?(?:([—–])|-{1,2}\s)")


def _continues(text: str, start: int) -> bool:
    """Whether the sentence syntok starts at ``start`` goes on from the one before: it opens with
    a dash, maybe after an agency's name (*HARRISBURG, Pa. (AP) — Lawmakers ...*), and (for a
    hyphen, which also marks a list's items) the one before has no end mark."""
    found = _DASH.match(text, start)
    if found is None:
        return False
    return bool(found.group(1)) or text[:start].rstrip()[-1:] not in ".!?:;\"”'’"


#: A title abbreviated before a name, which syntok may take for a sentence's end (*Gov. Laura
#: Whitfield*, *Lt. Gov. Ann Lee*, *Sgt. Bo Lee*). Not one that also ends a sentence as a
#: word's short form (*Main St.*, *John Smith Jr.*).
_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:{'|'.join([*TITLE_ABBREVIATIONS, 'Mr', 'Mrs', 'Ms', 'Mx'])})\.$")


def _after_title(text: str, start: int) -> bool:
    """Whether the sentence syntok starts at ``start`` is a name after a title's abbreviation."""
    return text[start : start + 1].isupper() and bool(_TITLE_BEFORE.search(text[:start].rstrip()))


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` verbatim."""
    return [text[s:e] for s, e in sentence_spans(text)]


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_space(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
