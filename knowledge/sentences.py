"""Sentence splitting that keeps quotations with their attribution and ignores abbreviations.

syntok does the segmentation; sentences are cut from the original text by offsets, since
syntok's tokens rewrite some words (``n't``) and would not give the text back verbatim.
"""

from __future__ import annotations

import syntok.segmenter as segmenter


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each sentence of ``text``, in order.

    Each sentence runs from its first token to the start of the next sentence, with
    surrounding white space trimmed, so that ``text[start:end]`` is verbatim.

    >>> text = 'Mr. Smith left at 3 p.m. on Friday. "Fine," he said.'
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Smith left at 3 p.m. on Friday.', '"Fine," he said.']
    """
    starts = [sentence[0].offset for paragraph in segmenter.analyze(text) for sentence in paragraph if sentence]
    spans: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        start = _skip_space(text, start, end)
        end = _trim_space(text, start, end)
        if end > start:
            spans.append((start, end))
    return spans


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
