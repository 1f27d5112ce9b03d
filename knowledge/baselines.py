"""The usual retrieval choices, as yardsticks for Storybot's engine (``knowledge.evaluate --compare``).

Each ranks a story's paragraphs for a question and always answers: they have no way to tell
that a story does not cover a question. Not used to answer anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from knowledge.answer import Answer, Passage
from knowledge.story import Story


class _ParagraphRanker:
    """A ranker over each story's paragraphs, with the ``ask`` of a :class:`~knowledge.Library`."""

    def __init__(self, stories: Sequence[Story]) -> None:
        self.stories = {s.id: s for s in stories}

    def scores(self, story: Story, question: str) -> np.ndarray:
        raise NotImplementedError

    def ask(self, question: str, story: str | None = None, top: int = 3) -> Answer:
        chosen = [self.stories[story]] if story else list(self.stories.values())
        ranked = []
        for s in chosen:
            for i, score in enumerate(self.scores(s, question)):
                ranked.append((float(score), s, s.paragraphs[i]))
        ranked.sort(key=lambda r: -r[0])
        passages = tuple(Passage(s.id, p.number, p.text, p.text, score) for score, s, p in ranked[:top])
        return Answer(question, bool(passages), passages[0].story if passages else None, passages)


class SklearnParagraphs(_ParagraphRanker):
    """scikit-learn's ``TfidfVectorizer`` with its default settings, cosine over paragraphs."""

    def __init__(self, stories: Sequence[Story]) -> None:
        super().__init__(stories)
        self._fitted = {}
        for s in stories:
            vectorizer = TfidfVectorizer()
            matrix = vectorizer.fit_transform([p.text for p in s.paragraphs])
            self._fitted[s.id] = (vectorizer, matrix)

    def scores(self, story: Story, question: str) -> np.ndarray:
        vectorizer, matrix = self._fitted[story.id]
        return (matrix @ vectorizer.transform([question]).T).toarray().ravel()


class BM25Paragraphs(_ParagraphRanker):
    """BM25 (``bm25s``, English stop words, Snowball stems) over paragraphs."""

    def __init__(self, stories: Sequence[Story]) -> None:
        import bm25s
        import Stemmer

        super().__init__(stories)
        self._bm25s = bm25s
        self._stemmer = Stemmer.Stemmer("english")
        self._fitted = {}
        for s in stories:
            retriever = bm25s.BM25()
            retriever.index(self._tokens([p.text for p in s.paragraphs]), show_progress=False)
            self._fitted[s.id] = retriever

    def _tokens(self, texts: list[str]):
        return self._bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False)

    def scores(self, story: Story, question: str) -> np.ndarray:
        retriever = self._fitted[story.id]
        words = self._bm25s.tokenize(
            [question], stopwords="en", stemmer=self._stemmer, return_ids=False, show_progress=False
        )[0]
        known = [w for w in words if w in retriever.vocab_dict]
        return np.asarray(retriever.get_scores(known)) if known else np.zeros(len(story.paragraphs))
