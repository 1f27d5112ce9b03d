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
from knowledge.query import (
    NUMBER_PATTERN,
    PERSON_PATTERN,
    PLACE_PATTERN,
    REASON_PATTERN,
    TIME_PATTERN,
    Query,
    expected_answer,
    parse_query,
)
from knowledge.story import Story
from knowledge.synonyms import related, synonyms


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
    synonym_weight : float
        For a question word that no story uses, the weight of its WordNet synonyms that the
        stories do use, and the share of its weight a paragraph holding one earns (0: none).
    related_forms : bool
        Whether a question word also finds its derivationally related forms (WordNet's:
        ``owns`` finds ``owner``, ``injured`` finds ``injury``) as if they were the word.
    lead_weight : float
        News puts what matters first: a paragraph's score is multiplied by
        ``1 + lead_weight / k`` for the k-th prose paragraph of its story.
    pivot : float
        Slope of the pivoted length normalisation of sentences and paragraphs (1: cosine).
    answer_types : tuple of str
        The expected answer types (:func:`knowledge.query.expected_answer`) that boost.

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
        synonym_weight: float = 0.5,
        related_forms: bool = True,
        lead_weight: float = 0.15,
        pivot: float = 0.7,
        answer_types: tuple[str, ...] = ("time", "number", "person", "place", "reason"),
    ) -> None:
        self.context_weight = context_weight
        self.non_prose_weight = non_prose_weight
        self.answer_type_boost = answer_type_boost
        self.name_weight = name_weight
        self.coordination_power = coordination_power
        self.synonym_weight = synonym_weight
        self.related_forms = related_forms
        self.lead_weight = lead_weight
        self.pivot = pivot
        self.answer_types = answer_types

    def fit(self, stories: Sequence[Story]) -> TfidfIndex:
        """Index ``stories``; returns ``self``."""
        sentence_texts: list[str] = []
        paragraph_texts: list[str] = []
        first_sentence: list[int] = []  # per paragraph row: its first sentence row
        self.rows_: list[tuple[str, int]] = []  # per paragraph row: (story id, number)
        self.sentence_index_: list[int] = []  # per sentence row: index in its story
        self.story_rows_: dict[str, tuple[int, int]] = {}
        prose: list[bool] = []
        rank: list[int] = []  # per paragraph row: its place among its story's prose paragraphs
        for story in stories:
            start = len(self.rows_)
            seen = 0
            for paragraph in story.paragraphs:
                seen += paragraph.is_prose
                rank.append(max(seen, 1))
                first_sentence.append(len(sentence_texts))
                for sentence in paragraph.sentences:
                    sentence_texts.append(sentence.text)
                    self.sentence_index_.append(sentence.index)
                paragraph_texts.append(paragraph.text)
                self.rows_.append((story.id, paragraph.number))
                prose.append(paragraph.is_prose)
            self.story_rows_[story.id] = (start, len(self.rows_))
        self.vectorizer_ = TfidfVectorizer(analyzer=terms, sublinear_tf=True, norm=None, dtype=np.float32)
        if sentence_texts:
            self.sentences_ = _pivoted(self.vectorizer_.fit_transform(sentence_texts).tocsr(), self.pivot)
            self.paragraphs_ = _pivoted(self.vectorizer_.transform(paragraph_texts).tocsr(), self.pivot)
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
            "person": np.array([bool(PERSON_PATTERN.search(t)) for t in sentence_texts], dtype=bool),
            "place": np.array([bool(PLACE_PATTERN.search(t)) for t in sentence_texts], dtype=bool),
            "reason": np.array([bool(REASON_PATTERN.search(t)) for t in sentence_texts], dtype=bool),
        }
        self.paragraph_weight_ = np.where(np.asarray(prose, dtype=bool), 1.0, self.non_prose_weight) * (
            1.0 + self.lead_weight / np.asarray(rank, dtype=np.float32)
        )
        # The weight of a word no story uses: as rare as can be (document frequency 0).
        self.unseen_idf_ = math.log(1 + len(sentence_texts)) + 1.0
        return self

    def search(self, question: str | Query, story: str | None = None, top: int = 3) -> list[Hit]:
        """The ``top`` best paragraphs for ``question``, best first, within ``story`` if given.

        Paragraphs that share no term with the question are never returned. A hit's coverage
        counts the question's common words found in the paragraph and its names found anywhere
        in the story, since a paragraph often refers to a person it named earlier. A word no
        story uses is looked for through its synonyms, at ``synonym_weight``.
        """
        query = question if isinstance(question, Query) else parse_query(question)
        groups = self._groups(query, story)
        if not groups or not self.rows_:
            return []
        columns = sorted({c for g in groups for c, _ in g.columns})
        position = {c: i for i, c in enumerate(columns)}
        weights = np.zeros(len(columns), dtype=np.float32)
        # Each group's columns and what they earn, as a matrix from "paragraph holds column" to
        # "paragraph holds group" (the best credit among the columns it holds).
        member = np.zeros((len(columns), len(groups)), dtype=np.float32)
        for j, group in enumerate(groups):
            for c, credit_ in group.columns:
                weights[position[c]] = max(weights[position[c]], group.tf * credit_ * self.idf_[c])
                member[position[c], j] = max(member[position[c], j], credit_)
        vector = weights / np.linalg.norm(weights)
        credit = np.array([g.weight for g in groups], dtype=np.float32)
        total = float(credit.sum()) + self._unseen_weight(query, groups)
        is_name = np.array([g.name for g in groups], dtype=bool)

        lo, hi = self.story_rows_.get(story, (0, len(self.rows_))) if story else (0, len(self.rows_))
        s_lo = self.first_sentence_[lo]
        s_hi = self.first_sentence_[hi] if hi < len(self.rows_) else self.sentences_.shape[0]
        paragraph_sim = self.paragraphs_[lo:hi][:, columns] @ vector
        sentence_sim = self.sentences_[s_lo:s_hi][:, columns] @ vector
        kind = expected_answer(query.text)
        if kind in self.answer_types:
            sentence_sim = sentence_sim * (1.0 + self.answer_type_boost * self.holds_[kind][s_lo:s_hi])
        combined = sentence_sim + self.context_weight * paragraph_sim[self.sentence_paragraph_[s_lo:s_hi] - lo]
        starts = self.first_sentence_[lo:hi] - s_lo
        contains = self.contains_[lo:hi][:, columns]
        holds = _best_credit(contains, member)  # paragraph x group: 0, or the credit earned
        coordination = (holds @ credit) / credit.sum()
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
            earned = holds[row].copy()
            in_story = self.story_contains_[self.story_number_[story_id]][:, columns]
            earned = np.maximum(earned, is_name * _best_credit(in_story, member)[0])
            hits.append(
                Hit(
                    story=story_id,
                    paragraph=number,
                    sentence=self.sentence_index_[s_lo + best],
                    score=float(best_score[row]),
                    coverage=float((earned * credit).sum() / total),
                    matched=frozenset(g.term for g, e in zip(groups, earned, strict=True) if e > 0),
                )
            )
        return hits

    def _groups(self, query: Query, story: str | None) -> list[_Group]:
        """One group per question term that the index can look for: the term itself and its
        related forms (full credit), and, for a word that is not a name and that the story
        (any story, when none is named) does not use, its synonyms (``synonym_weight``)."""
        groups = []
        for term, count in query.counts.items():
            name = term in query.names
            tf = 1.0 + math.log(count)
            columns: dict[int, float] = {}
            if not name and not self._uses(story, term):
                for synonym in synonyms(term) if self.synonym_weight > 0 else ():
                    if synonym in self.vocabulary_:
                        columns[self.vocabulary_[synonym]] = self.synonym_weight
                for form in related(term) if self.related_forms else ():
                    if form in self.vocabulary_:
                        columns[self.vocabulary_[form]] = 1.0
            if term in self.vocabulary_:
                columns[self.vocabulary_[term]] = 1.0
            if not columns:
                continue
            exact = [c for c, credit in columns.items() if credit == 1.0]
            weight = float(self.idf_[exact].max()) if exact else self.unseen_idf_
            emphasis = self.name_weight if name else 1.0
            groups.append(_Group(term, tuple(columns.items()), weight * emphasis, tf, name))
        return groups

    def _uses(self, story: str | None, term: str) -> bool:
        """Whether ``story`` (or any story) holds ``term``."""
        column = self.vocabulary_.get(term)
        if column is None or story is None or story not in self.story_number_:
            return column is not None
        return self.story_contains_[self.story_number_[story], column] > 0

    def _unseen_weight(self, query: Query, groups: list[_Group]) -> float:
        """The weight of the question's words that the index cannot look for at all."""
        looked_for = {g.term for g in groups}
        return self.unseen_idf_ * sum(
            self.name_weight if t in query.names else 1.0 for t in query.counts if t not in looked_for
        )


@dataclass(frozen=True)
class _Group:
    """A question term and the index columns that stand for it."""

    term: str
    columns: tuple[tuple[int, float], ...]  # (column, share of the term's weight it earns)
    weight: float  # the term's share of the question's weight (IDF, names emphasised)
    tf: float  # its factor in the query vector (sublinear count)
    name: bool


def _pivoted(matrix: sparse.csr_matrix, slope: float) -> sparse.csr_matrix:
    """Rows divided by a pivoted length, ``(1 - slope) * mean norm + slope * norm``.

    With ``slope`` 1 this is cosine normalisation, which favours short rows too much: a
    six-word sentence that holds one question word outranks the lede that holds it among
    the facts asked for. Singhal, Buckley and Mitra's pivot tempers that.
    """
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    mean = float(norms[norms > 0].mean()) if (norms > 0).any() else 1.0
    divisor = (1.0 - slope) * mean + slope * norms
    divisor[divisor == 0] = 1.0
    return sparse.diags((1.0 / divisor).astype(np.float32)) @ matrix


def _best_credit(contains: sparse.csr_matrix, member: np.ndarray) -> np.ndarray:
    """Rows x groups: the best credit among the group's columns that each row holds."""
    dense = contains.toarray() > 0
    return (dense[:, :, None] * member[None, :, :]).max(axis=1)
