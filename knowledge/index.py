"""A TF-IDF index over the sentences and paragraphs of every story.

Sentences are scored with their paragraph as context, and each paragraph takes the score of
its best sentence. Besides the ranking, every hit carries its *coverage*: the share of the
question's informative weight (IDF) that the paragraph contains. Words the stories never use
weigh as much as the rarest word they do use, so a question about something absent has a low
coverage whatever its best match is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from knowledge.analysis import terms
from knowledge.query import NUMBER_PATTERN, TIME_PATTERN, Query, expected_answer, parse_query
from knowledge.story import Story


@dataclass(frozen=True)
class Hit:
    """One ranked paragraph: where it is, its best sentence, its score and coverage."""

    story: str
    paragraph: int
    sentence: int  # index of the best sentence among the story's sentences
    score: float
    coverage: float
    matched: frozenset[str]  # the question's terms that the paragraph contains


class TfidfIndex:
    """Rank the paragraphs of a set of stories for a question.

    Parameters
    ----------
    context_weight : float
        How much the paragraph's similarity adds to each of its sentences' similarity.
    non_prose_weight : float
        Factor on the score of captions and credit lines (paragraphs that are not prose).
    answer_type_boost : float
        Share added to a sentence's score when it holds the kind of answer the question asks
        for (a time for "when", a number for "how many").
    name_weight : float
        Factor on the weight of terms the question writes as names, in coverage.
    coordination_power : float
        Exponent on the share of the question's weight a paragraph holds, which multiplies
        its score: a paragraph that matches more of the question beats one short sentence
        that matches a single word.

    Examples
    --------
    >>> from knowledge.story import build_story
    >>> story = build_story("s", "T\\n\\nCats purr loudly.\\n\\nDogs bark at night.")
    >>> TfidfIndex().fit([story]).search("When do dogs bark?")[0].paragraph
    2
    """

    def __init__(
        self,
        context_weight: float = 0.5,
        non_prose_weight: float = 0.5,
        answer_type_boost: float = 0.25,
        name_weight: float = 2.0,
        coordination_power: float = 0.5,
    ) -> None:
        self.context_weight = context_weight
        self.non_prose_weight = non_prose_weight
        self.answer_type_boost = answer_type_boost
        self.name_weight = name_weight
        self.coordination_power = coordination_power

    def fit(self, stories: Sequence[Story]) -> TfidfIndex:
        """Index ``stories``; returns ``self``."""
        sentence_texts: list[str] = []
        paragraph_texts: list[str] = []
        first_sentence: list[int] = []  # per paragraph row: its first sentence row
        self.rows_: list[tuple[str, int]] = []  # per paragraph row: (story id, number)
        self.sentence_index_: list[int] = []  # per sentence row: index in its story
        self.story_rows_: dict[str, tuple[int, int]] = {}
        prose: list[bool] = []
        for story in stories:
            start = len(self.rows_)
            for paragraph in story.paragraphs:
                first_sentence.append(len(sentence_texts))
                for sentence in paragraph.sentences:
                    sentence_texts.append(sentence.text)
                    self.sentence_index_.append(sentence.index)
                paragraph_texts.append(paragraph.text)
                self.rows_.append((story.id, paragraph.number))
                prose.append(paragraph.is_prose)
            self.story_rows_[story.id] = (start, len(self.rows_))
        self.vectorizer_ = TfidfVectorizer(analyzer=terms, sublinear_tf=True, dtype=np.float32)
        if sentence_texts:
            self.sentences_ = self.vectorizer_.fit_transform(sentence_texts).tocsr()
            self.paragraphs_ = self.vectorizer_.transform(paragraph_texts).tocsr()
            self.vocabulary_: dict[str, int] = self.vectorizer_.vocabulary_
            self.idf_ = self.vectorizer_.idf_.astype(np.float32)
        else:
            self.sentences_ = self.paragraphs_ = sparse.csr_matrix((0, 0), dtype=np.float32)
            self.vocabulary_, self.idf_ = {}, np.zeros(0, dtype=np.float32)
        self.contains_ = self.paragraphs_.copy()
        self.contains_.data[:] = 1.0
        self.story_ids_ = list(self.story_rows_)
        owner = np.repeat(np.arange(len(self.story_ids_)), [hi - lo for lo, hi in self.story_rows_.values()])
        membership = sparse.csr_matrix(
            (np.ones(len(owner), dtype=np.float32), (owner, np.arange(len(owner)))),
            shape=(len(self.story_ids_), len(owner)),
        )
        self.story_contains_ = (membership @ self.contains_).tocsr()
        self.story_number_ = {story_id: i for i, story_id in enumerate(self.story_ids_)}
        self.first_sentence_ = np.asarray(first_sentence, dtype=np.int64)
        self.sentence_paragraph_ = np.repeat(
            np.arange(len(first_sentence)), np.diff(np.append(self.first_sentence_, len(sentence_texts)))
        )
        self.holds_ = {
            "time": np.array([bool(TIME_PATTERN.search(t)) for t in sentence_texts], dtype=bool),
            "number": np.array([bool(NUMBER_PATTERN.search(t)) for t in sentence_texts], dtype=bool),
        }
        self.paragraph_weight_ = np.where(np.asarray(prose, dtype=bool), 1.0, self.non_prose_weight)
        # The weight of a word no story uses: as rare as can be (document frequency 0).
        self.unseen_idf_ = math.log(1 + len(sentence_texts)) + 1.0
        return self

    def search(self, question: str | Query, story: str | None = None, top: int = 3) -> list[Hit]:
        """The ``top`` best paragraphs for ``question``, best first, within ``story`` if given.

        Paragraphs that share no term with the question are never returned. A hit's coverage
        counts the question's common words found in the paragraph and its names found anywhere
        in the story, since a paragraph often refers to a person it named earlier.
        """
        query = question if isinstance(question, Query) else parse_query(question)
        known = [t for t in query.counts if t in self.vocabulary_]
        if not known or not self.rows_:
            return []
        columns = np.array([self.vocabulary_[t] for t in known])
        idf = self.idf_[columns]
        weights = np.array([1.0 + math.log(query.counts[t]) for t in known], dtype=np.float32) * idf
        vector = weights / np.linalg.norm(weights)
        is_name = np.array([t in query.names for t in known], dtype=bool)
        emphasis = np.where(is_name, self.name_weight, 1.0).astype(np.float32)
        weight = idf * emphasis
        total = float(weight.sum()) + self.unseen_idf_ * sum(
            self.name_weight if t in query.names else 1.0 for t in query.counts if t not in self.vocabulary_
        )

        lo, hi = self.story_rows_.get(story, (0, len(self.rows_))) if story else (0, len(self.rows_))
        s_lo = self.first_sentence_[lo]
        s_hi = self.first_sentence_[hi] if hi < len(self.rows_) else self.sentences_.shape[0]
        paragraph_sim = self.paragraphs_[lo:hi][:, columns] @ vector
        sentence_sim = self.sentences_[s_lo:s_hi][:, columns] @ vector
        kind = expected_answer(query.text)
        if kind is not None:
            sentence_sim = sentence_sim * (1.0 + self.answer_type_boost * self.holds_[kind][s_lo:s_hi])
        combined = sentence_sim + self.context_weight * paragraph_sim[self.sentence_paragraph_[s_lo:s_hi] - lo]
        starts = self.first_sentence_[lo:hi] - s_lo
        contains = self.contains_[lo:hi][:, columns]
        coordination = (contains @ weight) / weight.sum()
        best_score = (
            np.maximum.reduceat(combined, starts)
            * self.paragraph_weight_[lo:hi]
            * coordination**self.coordination_power
        )

        hits = []
        for row in np.argsort(-best_score, kind="stable")[:top]:
            if best_score[row] <= 0:
                break
            first = starts[row]
            last = starts[row + 1] if row + 1 < len(starts) else len(combined)
            best = first + int(np.argmax(sentence_sim[first:last]))
            story_id, number = self.rows_[lo + row]
            present = np.zeros(len(known), dtype=bool)
            present[contains[row].indices] = True
            in_story = self.story_contains_[self.story_number_[story_id]][:, columns].toarray()[0] > 0
            present |= is_name & in_story
            hits.append(
                Hit(
                    story=story_id,
                    paragraph=number,
                    sentence=self.sentence_index_[s_lo + best],
                    score=float(best_score[row]),
                    coverage=float(weight[present].sum() / total),
                    matched=frozenset(t for t, p in zip(known, present, strict=True) if p),
                )
            )
        return hits
