"""Extractive summaries: a few of the story's own sentences, in article order.

Three summarisers share one interface, ``summarize(story, n) -> list[Sentence]``:
:class:`LeadSummarizer` and :class:`TextRankSummarizer` are the classic baselines that
``knowledge.evaluate_summary`` compares against; :class:`StorySummarizer` is Storybot's.
Only prose sentences are candidates: never the title, a caption or a credit line.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from knowledge.analysis import terms
from knowledge.quotes import quoted_sentences
from knowledge.story import Sentence, Story

#: A sentence shorter than this many words is not worth a place in a summary.
MIN_WORDS = 5
#: Two sentences at least this similar (cosine of TF-IDF vectors) say nearly the same thing.
REDUNDANT = 0.5


class Summarizer(Protocol):
    """What every summariser does."""

    def summarize(self, story: Story, n: int = 3) -> list[Sentence]:
        """Up to ``n`` sentences of ``story``, verbatim, in article order."""
        ...


def candidates(story: Story) -> list[Sentence]:
    """The sentences a summary may use: those of prose paragraphs, long enough to say something."""
    return [s for p in story.paragraphs if p.is_prose for s in p.sentences if len(s.text.split()) >= MIN_WORDS]


def _vectors(sentences: list[Sentence], normalise: bool = True) -> np.ndarray:
    """TF-IDF rows, one per sentence, L2-normalised or not (all zero when nothing has a term)."""
    vectorizer = TfidfVectorizer(analyzer=terms, sublinear_tf=True, norm="l2" if normalise else None)
    try:
        return vectorizer.fit_transform([s.text for s in sentences]).toarray()
    except ValueError:  # no sentence has a single term
        return np.zeros((len(sentences), 1))


class LeadSummarizer:
    """The first ``n`` candidate sentences: the classic news baseline (lead-3).

    >>> from knowledge.story import build_story
    >>> story = build_story("s", "T\\n\\nOne two three four five. Six seven eight nine ten.")
    >>> [s.text for s in LeadSummarizer().summarize(story, 1)]
    ['One two three four five.']
    """

    def summarize(self, story: Story, n: int = 3) -> list[Sentence]:
        return candidates(story)[:n]


class TextRankSummarizer:
    """TextRank: PageRank over the graph of TF-IDF cosine similarities between sentences.

    Parameters
    ----------
    damping : float
        PageRank's damping factor.
    iterations : int
        Power-iteration steps (it converges well before on news-sized graphs).
    """

    def __init__(self, damping: float = 0.85, iterations: int = 50) -> None:
        self.damping = damping
        self.iterations = iterations

    def summarize(self, story: Story, n: int = 3) -> list[Sentence]:
        pool = candidates(story)
        if len(pool) <= n:
            return pool
        vectors = _vectors(pool)
        similarity = vectors @ vectors.T
        np.fill_diagonal(similarity, 0.0)
        totals = similarity.sum(axis=1, keepdims=True)
        transition = np.divide(similarity, totals, out=np.full_like(similarity, 1.0 / len(pool)), where=totals > 0)
        rank = np.full(len(pool), 1.0 / len(pool))
        for _ in range(self.iterations):
            rank = (1 - self.damping) / len(pool) + self.damping * transition.T @ rank
        best = sorted(np.argsort(-rank, kind="stable")[:n])
        return [pool[i] for i in best]


class StorySummarizer:
    """Storybot's summary: the lede, then the sentences most central to the story, early ones first.

    A centroid summariser in the manner of MEAD. Each candidate scores by how much of the
    story's centroid it holds (the dot product of its TF-IDF vector, not length-normalised, so
    a sentence that says more counts more, with the centroid of all sentences), times a
    position prior ``1 / rank ** position_power`` (news puts the most important first), times
    ``quote_weight`` when it is mostly a quotation (summaries state facts; the people's words
    are in ``/quotes``). The most central sentence of the first paragraph, the lede, always
    opens the summary; then the best remaining sentences are taken one by one, skipping any
    that says nearly the same as one already chosen. The result is in article order.

    Parameters
    ----------
    position_power : float
        Exponent of the position prior on a sentence's rank among the candidates (from 1).
    quote_weight : float
        Factor on the score of a sentence that is mostly inside quote marks.
    redundant : float
        Cosine similarity at or above which two sentences count as saying the same thing.

    Examples
    --------
    >>> from knowledge.story import build_story
    >>> story = build_story("s", "T\\n\\nThe council approved the new park budget on Monday. "
    ...     "It was close.\\n\\nThe park budget pays for trees and benches in the park.")
    >>> [s.paragraph for s in StorySummarizer().summarize(story, 2)]
    [1, 2]
    """

    def __init__(self, position_power: float = 0.5, quote_weight: float = 0.5, redundant: float = REDUNDANT) -> None:
        self.position_power = position_power
        self.quote_weight = quote_weight
        self.redundant = redundant

    def summarize(self, story: Story, n: int = 3) -> list[Sentence]:
        pool = candidates(story)
        if not pool or n < 1:
            return []
        raw = _vectors(pool, normalise=False)
        norms = np.linalg.norm(raw, axis=1, keepdims=True)
        unit = np.divide(raw, norms, out=np.zeros_like(raw), where=norms > 0)
        centroid = unit.sum(axis=0)
        size = np.linalg.norm(centroid)
        centrality = raw @ (centroid / size) if size else np.zeros(len(pool))
        quoted = quoted_sentences(story)
        scores = [
            centrality[i] / (i + 1) ** self.position_power * (self.quote_weight if sentence.index in quoted else 1.0)
            for i, sentence in enumerate(pool)
        ]
        first = pool[0].paragraph
        chosen = [max((i for i, s in enumerate(pool) if s.paragraph == first), key=lambda i: centrality[i])]
        for i in sorted(range(len(pool)), key=lambda k: -scores[k]):
            if len(chosen) == n:
                break
            if i not in chosen and all(unit[i] @ unit[j] < self.redundant for j in chosen):
                chosen.append(i)
        return [pool[i] for i in sorted(chosen)]
