"""A TF-IDF index over the sentences and paragraphs of every story.

Sentences are scored with their paragraph as context, and each paragraph takes the score of
its best sentence. Besides the ranking, every hit carries its *coverage*: the share of the
question's informative weight (IDF) that the paragraph contains. Words the stories never use
weigh as much as the rarest word they do use, so a question about something absent has a low
coverage whatever its best match is.
"""

from __future__ import annotations

import bisect
import inspect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Any

import numpy as np
from scipy import sparse

from knowledge.analysis import TITLE_ABBREVIATIONS, is_stop_word, name_words, stem, terms, words
from knowledge.people import TITLES
from knowledge.query import (
    AGE_PATTERN,
    CLOCK_PATTERN,
    DENIAL_PATTERN,
    DIMENSION_PATTERN,
    DURATION_PATTERN,
    FUTURE_PATTERN,
    MEASURE_PATTERN,
    NUMBER_PATTERN,
    NUMBER_WORDS,
    PERSON_PATTERN,
    PLACE_PATTERN,
    PRECEDENT_PATTERN,
    QUANTITY_PATTERN,
    QUOTE_PATTERN,
    REASON_PATTERN,
    SIZE_PATTERN,
    TALLY_PATTERN,
    TIME_PATTERN,
    YEAR,
    Query,
    asks_before,
    asks_clock,
    asks_future,
    asks_measure,
    asks_modal,
    asks_will,
    asks_yes_or_no,
    attribute_words,
    expected_answer,
    form_verbs,
    parse_query,
    which_kind,
)
from knowledge.sentences import LIST_ITEM
from knowledge.spelling import NameSpeller
from knowledge.story import Paragraph, Story
from knowledge.synonyms import (
    common_verbs,
    knows,
    members,
    opposites,
    person_nouns,
    places_of,
    related,
    same_root,
    saying,
    synonyms,
    word_counts,
)

#: The score of a paragraph found for its tally alone (:meth:`TfidfIndex.tallies`), times its
#: lead prior: below what a paragraph that holds a word of the question scores.
TALLY_SCORE = 0.01


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
    when_lead_weight : float
        For a question that asks when, a further ``1 + when_lead_weight / k``: a news story dates
        its event first and the background's dates later (*an earlier fire in 1923*).
    pivot : float
        Slope of the pivoted length normalisation of sentences and paragraphs (1: cosine).
    answer_types : tuple of str
        The expected answer types (:func:`knowledge.query.expected_answer`) that boost.
    headline_weight : float
        The headline sums up the lede: each headline word counts as this many occurrences in
        the story's first prose paragraph (0: the headline is not searched).
    bigram_weight : float
        Two question words in a row that a sentence also has in a row (stop words between
        them aside: *kill a wolf*, *killing a wolf*) add their pair's TF-IDF at this factor
        of the query vector: the pair ranks, it does not count as coverage (0: no pairs).
    used_synonym_weight : float
        The share of its weight that a question word's synonyms earn when the story uses the
        word itself too (``synonym_weight`` applies when it does not).
    yes_no_opposites : bool
        Whether, in a yes-or-no question, a word's antonyms count as its synonyms: *Did he hire
        the right people?* is answered by *I hired the wrong people*.
    optional_common_verbs : bool
        Whether a question's common verb (English's hundred most used,
        :func:`knowledge.synonyms.common_verbs`) that a paragraph lacks leaves its coverage
        whole: *What happens to people who break the rules?* is about breaking the rules.
    story_names : bool
        Whether a question word that the stories mostly write capitalised inside a sentence
        counts as a name even when the question writes it in lower case.
    whole_names : bool
        Whether a word the stories write only as a name is indexed whole when stemming would
        join it to another of their words (:func:`knowledge.analysis.name_words`): *Fitly* is
        not *fitness*, nor *Waters* *water*.
    counted_boost : float
        For *how many X*, a further share added to a sentence that has a number at most three
        words before ``X`` (*three astronauts*, *six free vaccination clinics*): it counts what
        was asked about.
    measure_boost : float
        For *how much*, *how big*, *how long* and the like, a further share added to a
        sentence with an amount and its unit (*1.4 million acres*, *six weeks*,
        :data:`knowledge.query.MEASURE_PATTERN`) rather than a bare number.
    future_boost : float
        For a when-question about what is still to come (*When will the museum reopen?*), a
        further share added to a sentence whose time is one to come too (*will stay closed
        until Thursday*; :data:`knowledge.query.FUTURE_PATTERN`), not a past one.
    local_idf : float
        When one story is searched, each term's weight is also scaled by how rare the term is
        among that story's paragraphs (:meth:`_local_rarity`), to this power: the word
        *wolves* in a story about wolves, or its protagonist's name, says little about which of
        its paragraphs answers (0: the library's weights alone).
    quoted_weight : float
        For a question of fact (when, where, how many or how much), the factor on a sentence
        with a quote mark in it (1: none): what someone said of the event seldom states its
        facts as the narration does (*"We have never seen anything close to this"* does not say
        how long the reef is).
    undated_weight : float
        For a when-question, the factor on a paragraph that states no time at all (1: none):
        it cannot say when (*When did the attack happen?* is not answered by *He declined to say
        how much the attackers had asked for*).
    placeless_weight : float
        For a where-question, the factor on a paragraph that names no place (1: none): *where
        will the appeal be heard* is not answered by *Orbis said it would appeal.*
    numberless_weight : float
        For a how-many or how-much question, the factor on a paragraph that holds no number
        (1: none): *We are heartbroken that people got sick* does not say how many did.
    saying_verbs : bool
        Whether the verbs by which news reports what someone made known (*say*, *tell*,
        *announce*, *confirm*...: :data:`knowledge.synonyms.SAYING_VERBS`) count as one
        another's synonyms: *When did BrightHome announce the recall?* finds *BrightHome ...
        said on Tuesday that it would recall*.
    clipped_words : bool
        Whether a question word that no story uses and WordNet does not know is read as the
        one word of the story it is the start of (*decaf*: *decaffeinated*; four letters at
        least, two letters short at least).
    subject_credit : float
        A news story is about its subject throughout, though most paragraphs name it only as
        *the company* or *it*: a question word that the headline or the lede's first sentence
        has counts as held by every paragraph of the story at this share of its weight, in the
        share of the question a paragraph holds and in its coverage (0: only where written).
        *Who is investigating the attack?* finds *The FBI ... are investigating* in a story
        whose lede is about the attack.
    subject_story_choice : bool
        Whether, with no story named, each candidate story's best score is multiplied by one
        plus the share of the question its subject holds (:meth:`subject_share`): *When did the
        fire happen?* is asked of the story about a fire, not of one that mentions a fire.
    denial_boost : float
        A yes-or-no question is often answered by a denial (*Was anybody injured?*: *No one was
        hurt*; *Can divers take things from the wreck?*: *cannot remove anything*): its
        sentences holding *no*, *not*, *never*, *cannot*... are favoured as ``answer_type_boost``
        favours a kind of answer (0: not).
    modal_boost : float
        A yes-or-no question that opens with a modal (*Could the fee go up?*, *Will riders get
        their money back?*) is answered by what may or will be (*The fee could rise to $75
        million*): its sentences holding a word that looks ahead (*will*, *could*, *can*,
        *should*, *expect*...) are favoured by this share, beside the denial's (0: not).
    quote_boost : float
        What someone said or thought, or how they took it (*What did the sheriff warn drivers?*,
        *How did investors react?*), is answered by a quotation: a sentence that holds one is
        favoured by this share (0: not).
    question_context : float
        A paragraph that only asks (an interviewer's *Q: Why was this season so bad?*, a
        rhetorical question) or a subheading after the lede (*Why it matters*) answers nothing:
        it is never returned, and its words count as the next paragraph's, which answers it, and
        as that paragraph's first sentence's (*A: Six years.*), at this weight (0: they are
        paragraphs like any other). Whole (1): an explainer's *What causes the Perseids?* is
        about its paragraph alone, which the lede's *Perseid meteor shower* must not outrank;
        half weight gave the lede the question.
    phrase_synonyms : bool
        Whether, for a word found no other way, its WordNet synonyms of two words are looked for
        as word pairs, at ``synonym_weight``: *CEO* finds *chief executive*, *GDP* *gross
        domestic (product)*.
    kinds : bool
        Whether, for a word found no other way, the words WordNet puts right under it (its
        hyponyms: :func:`knowledge.synonyms.members`) are looked for, at
        ``synonym_weight``: *What are the symptoms?* finds *diarrhea, fever*, *What crimes?*
        *fraud*.
    will_boost : float
        Share added to a sentence's score when it looks ahead (a future tense, *until*) and the
        question asks what is to come (*What will customers get?*:
        :func:`knowledge.query.asks_will`).
    name_word_credit : float
        The credit of a word that a question with capitals writes in lower case, where the
        stories write it mostly as part of a name: *How do I bake sourdough bread?* is not
        about the film *Winter Bread* (1: full credit).
    synonym_forms : float
        The share of a synonym's credit that its forms in the other parts of speech get
        (:func:`knowledge.synonyms.same_root`; 0: none): *hurt* lists the noun *injury*, and
        finds *No one was injured* too, one step further from the question's word.
    precedent_boost : float
        Share added to a sentence's score when the question asks whether something happened
        before (:func:`knowledge.query.asks_before`) and the sentence tells of what came before
        (:data:`knowledge.query.PRECEDENT_PATTERN`: *the third in four years*, *in 2019*,
        *never*); in place of the denial boost of a yes-or-no question.
    form_verbs_optional : bool
        Whether the verbs that only say what kind of answer a question wants
        (:func:`knowledge.query.form_verbs`: *react* in *How did the mayor react?*, *based* in
        *Where is Corvan based?*) do not lower the share of the question a paragraph holds when
        it lacks them, as a common verb does not.
    pronoun_carry : bool
        Whether a sentence also holds the kinds of answer (a number, a size, a time, a
        quotation...) that the next sentence of its paragraph holds when that one opens with a
        pronoun: *The planet, named Halvard-3c, circles a red dwarf ... It is about 1.1 times as
        wide as Earth* answers *How big is Halvard-3c?* (not a denial or a word of the future,
        which belong to the next sentence's own verb).
    pronoun_names : float
        A sentence that opens with a pronoun after another of its paragraph also holds the names
        of the one before, at this weight (0: not): *Its coach, Paul Lindgren, said* answers
        *Who coaches Kingsbridge?* after *Kingsbridge had won 34 straight games*, though another
        paragraph writes *coach* twice. A name carried is read, not written: a quarter weight
        (half lost one question of the test set, a quarter none).
    lede_names : float
        A lede that opens with someone described, not named (*A man who set fire to a takeaway
        ... has been jailed*, *A British climber who spent three nights ...*), also holds the
        names of the next prose paragraph's first sentence (*Lewis Crane, 31, poured petrol ...*)
        at this weight (0: not): that is who it is about.
    described_names : float
        And the other way: each sentence that names that person by the name opening the next
        paragraph (*Tomas Lindqvist, 61, from Gothenburg*, *Mr Lindqvist had sheltered*) holds
        the words the lede described them with (*A hiker who went missing*), counted this many
        times (0: not), so that *How old is the hiker?* finds the age beside the name.
    aged_names : float
        A paragraph that opens with someone by their age (*The 26-year-old ran alone for the last
        12 kilometres*) also holds the names of the previous prose paragraph's first sentence
        (*Kenya's Daniel Kiprop broke the men's marathon world record*) at this weight (0: not):
        news calls the person just named by their age.
    prior_sentences : float
        How many sentences of ordinary English every word's rarity also counts, beside the
        library's own (0: none): a word's document frequency gains that many sentences times the
        chance that one holds it, from how often WordNet's sense-tagged corpus uses it
        (:func:`knowledge.synonyms.word_counts`; about :data:`PRIOR_SENTENCE_WORDS` words a
        sentence). A library of one or a few stories has too few sentences to tell *company*
        or *make* from *camera*; in a large one the prior weighs little.
    people_asked_as_people : bool
        For *Who is the X?* with X a noun for a person (:func:`person_terms`: *governor*,
        *referee*), whether X is looked for only as itself and the words for people among its
        synonyms and related forms: *the Dutch government* names no governor, *officials* no
        referee.
    attribute_weight : float
        The credit of the noun that a question of measure asks for (:data:`~knowledge.query.ATTRIBUTES`:
        *size* for *How big is the frog?*), found in the ranking like a word pair, not in the
        share of the question a paragraph holds (0: not looked for). When the question keeps
        the adjective as a word (*How cold did it get?*), the noun stands for it at full credit:
        *Temperatures fell to 24 degrees* answers.
    candidates : int
        How many paragraphs, best by their own similarity, are scored sentence by sentence
        (all of them in a story of that many paragraphs or fewer).

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
        when_lead_weight: float = 0.3,
        pivot: float = 0.7,
        answer_types: tuple[str, ...] = ("time", "number", "person", "place", "reason"),
        candidates: int = 30,
        headline_weight: float = 0.5,
        bigram_weight: float = 0.5,
        used_synonym_weight: float = 0.25,
        yes_no_opposites: bool = True,
        counted_boost: float = 1.0,
        measure_boost: float = 1.0,
        future_boost: float = 0.5,
        local_idf: float = 0.5,
        quoted_weight: float = 0.8,
        undated_weight: float = 0.5,
        optional_common_verbs: bool = True,
        story_names: bool = True,
        whole_names: bool = True,
        subject_credit: float = 0.5,
        saying_verbs: bool = True,
        placeless_weight: float = 0.5,
        numberless_weight: float = 0.75,
        clipped_words: bool = True,
        subject_story_choice: bool = True,
        attribute_weight: float = 1.5,
        denial_boost: float = 0.5,
        modal_boost: float = 0.5,
        quote_boost: float = 2.0,
        question_context: float = 1.0,
        phrase_synonyms: bool = True,
        kinds: bool = True,
        synonym_forms: float = 0.75,
        precedent_boost: float = 0.5,
        form_verbs_optional: bool = True,
        pronoun_carry: bool = True,
        pronoun_names: float = 0.25,
        lede_names: float = 1.0,
        described_names: float = 1.0,
        it_subjects: float = 0.75,
        aged_names: float = 1.0,
        will_boost: float = 0.25,
        name_word_credit: float = 0.5,
        people_asked_as_people: bool = True,
        prior_sentences: float = 100.0,
    ) -> None:
        self.context_weight = context_weight
        self.non_prose_weight = non_prose_weight
        self.answer_type_boost = answer_type_boost
        self.name_weight = name_weight
        self.coordination_power = coordination_power
        self.synonym_weight = synonym_weight
        self.related_forms = related_forms
        self.lead_weight = lead_weight
        self.when_lead_weight = when_lead_weight
        self.pivot = pivot
        self.answer_types = answer_types
        self.candidates = candidates
        self.headline_weight = headline_weight
        self.bigram_weight = bigram_weight
        self.used_synonym_weight = used_synonym_weight
        self.yes_no_opposites = yes_no_opposites
        self.counted_boost = counted_boost
        self.measure_boost = measure_boost
        self.future_boost = future_boost
        self.local_idf = local_idf
        self.quoted_weight = quoted_weight
        self.undated_weight = undated_weight
        self.optional_common_verbs = optional_common_verbs
        self.story_names = story_names
        self.whole_names = whole_names
        self.subject_credit = subject_credit
        self.saying_verbs = saying_verbs
        self.placeless_weight = placeless_weight
        self.numberless_weight = numberless_weight
        self.clipped_words = clipped_words
        self.subject_story_choice = subject_story_choice
        self.attribute_weight = attribute_weight
        self.denial_boost = denial_boost
        self.modal_boost = modal_boost
        self.quote_boost = quote_boost
        self.question_context = question_context
        self.phrase_synonyms = phrase_synonyms
        self.kinds = kinds
        self.synonym_forms = synonym_forms
        self.precedent_boost = precedent_boost
        self.form_verbs_optional = form_verbs_optional
        self.pronoun_carry = pronoun_carry
        self.pronoun_names = pronoun_names
        self.lede_names = lede_names
        self.described_names = described_names
        self.it_subjects = it_subjects
        self.aged_names = aged_names
        self.will_boost = will_boost
        self.name_word_credit = name_word_credit
        self.people_asked_as_people = people_asked_as_people
        self.prior_sentences = prior_sentences

    def fit(self, stories: Sequence[Story]) -> TfidfIndex:
        """Index ``stories``; returns ``self``.

        Each sentence is analysed once (scikit-learn's ``CountVectorizer`` with Storybot's
        analyser); its pairs of consecutive terms are columns after the terms'; a paragraph's
        counts are the sum of its sentences' (the lede's plus the headline's); ``TfidfTransformer``
        fitted on the sentences weighs both. The paragraphs are also kept by column (CSC) for
        the first stage, which reads only the question's columns.
        """
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer  # only to fit

        sentence_texts: list[str] = []
        first_sentence: list[int] = []  # per paragraph row: its first sentence row
        self.rows_: list[tuple[str, int]] = []  # per paragraph row: (story id, number)
        sentence_index: list[int] = []  # per sentence row: index in its story
        self.story_rows_: dict[str, tuple[int, int]] = {}
        prose: list[bool] = []
        rank: list[int] = []  # per paragraph row: its place among its story's prose paragraphs
        lede_rows: list[int] = []  # per story with a prose paragraph: its first one's row
        asking: list[int] = []  # rows of paragraphs that only ask (an interviewer's), with one after them
        leading: list[int] = []  # rows of subheadings (after the lede, before prose): like questions
        lent: list[tuple[int, int]] = []  # (row, row after it that its words are lent to)
        headed: list[tuple[int, int]] = []  # (a table row's sentence row, its header's)
        for story in stories:
            start = len(self.rows_)
            seen = 0
            for k, paragraph in enumerate(story.paragraphs):
                if self.question_context and k + 1 < len(story.paragraphs) and _only_asks(paragraph):
                    asking.append(len(self.rows_))
                    lent.append((len(self.rows_), len(self.rows_) + 1))
                elif self.question_context and seen and _heads(paragraph, story.paragraphs[k + 1 : k + 2]):
                    leading.append(row := len(self.rows_))
                    lent.extend((row, row + j) for j in range(1, 1 + _lent_to(story.paragraphs[k:])))
                if paragraph.is_prose and not seen:
                    lede_rows.append(len(self.rows_))
                seen += paragraph.is_prose
                rank.append(max(seen, 1))
                first_sentence.append(len(sentence_texts))
                header = _table_header(paragraph)
                headed.extend((len(sentence_texts) + j, len(sentence_texts)) for j in range(1, header))
                for sentence in paragraph.sentences:
                    sentence_texts.append(sentence.text)
                    sentence_index.append(sentence.index)
                self.rows_.append((story.id, paragraph.number))
                prose.append(paragraph.is_prose)
            self.story_rows_[story.id] = (start, len(self.rows_))
        n_sentences, n_paragraphs = len(sentence_texts), len(self.rows_)
        self.sentence_index_ = np.asarray(sentence_index, dtype=np.int64)
        self.first_sentence_ = np.asarray(first_sentence, dtype=np.int64)
        self.sentence_count_ = np.diff(np.append(self.first_sentence_, n_sentences)).astype(np.int64)
        self.story_ids_ = list(self.story_rows_)
        self.story_number_ = {story_id: i for i, story_id in enumerate(self.story_ids_)}
        self.row_story_ = np.repeat(np.arange(len(self.story_ids_)), [hi - lo for lo, hi in self.story_rows_.values()])
        # (the ledes that describe someone the next paragraph names: *A hiker who ...*, *Tomas Lindqvist, 61*)
        described = (
            _described_ledes(sentence_texts, self.first_sentence_, lede_rows, prose, self.row_story_)
            if self.lede_names or self.described_names
            else []
        )
        self.sentence_paragraph_ = np.repeat(np.arange(n_paragraphs), self.sentence_count_).astype(np.int64)
        counts = sparse.csr_matrix((n_sentences, 0), dtype=np.float32)
        self.vocabulary_: dict[str, int] = {}
        # The headline sums up the lede: its words count as the lede's, at headline_weight.
        titles = [s.title for s in stories if any(p.is_prose for p in s.paragraphs)] if self.headline_weight else []
        headlines = sparse.csr_matrix((0, 0), dtype=np.float32)
        self.bigram_keys_ = np.zeros(0, dtype=np.int64)
        self.counted_ = sparse.csr_matrix((n_sentences, 0), dtype=np.float32)
        self.name_words_: frozenset[str] = frozenset()
        if sentence_texts:
            sequences: list[list[str]] = []  # each text's terms, kept to find its pairs and counts

            if self.whole_names:
                bodies = ("\n".join(p.text for p in s.paragraphs if p.is_prose) for s in stories)
                self.name_words_ = name_words(bodies, TITLES)
            names = self.name_words_

            def analyse(text: str) -> list[str]:
                sequences.append(terms(text, names))
                return sequences[-1]

            counter = CountVectorizer(analyzer=analyse, dtype=np.float32)
            try:
                both = counter.fit_transform(sentence_texts + titles).tocsr()
                self.vocabulary_ = counter.vocabulary_
                flat, owner = _flatten(sequences, self.vocabulary_)
                sequences.clear()
                self.counted_ = _counted(sentence_texts, flat, owner, self.vocabulary_, names)
                if self.bigram_weight:
                    size, documents = len(self.vocabulary_), both.shape[0]
                    pairs, self.bigram_keys_ = _bigram_counts(flat, owner, size, documents)
                    both = sparse.hstack([both, pairs], format="csr", dtype=np.float32)
                    del pairs
                del flat, owner
                counts, headlines = both[:n_sentences], both[n_sentences:]
                del both
            except ValueError:  # not one term in any sentence
                counts = sparse.csr_matrix((n_sentences, 0), dtype=np.float32)
        if self.described_names and counts.shape[1]:  # (*How old is the hiker?*: *Tomas Lindqvist, 61,*)
            carried = _described_named(sentence_texts, described, self.row_story_[self.sentence_paragraph_])
            counts = (counts + self.described_names * self._term_rows(carried, n_sentences, counts.shape[1])).tocsr()
        if self.it_subjects and counts.shape[1]:  # (*It works by clearing amyloid*: the drug)
            carried = _it_openings(sentence_texts, first_sentence, prose, self.row_story_)
            counts = (counts + self.it_subjects * self._term_rows(carried, n_sentences, counts.shape[1])).tocsr()
        membership = sparse.csr_matrix(
            (np.ones(n_sentences, dtype=np.float32), (self.sentence_paragraph_, np.arange(n_sentences))),
            shape=(n_paragraphs, n_sentences),
        )
        paragraph_counts = (membership @ counts).tocsr()
        if headlines.shape[0] and headlines.nnz:
            placed = sparse.csr_matrix(
                (np.ones(len(lede_rows), dtype=np.float32), (lede_rows, np.arange(len(lede_rows)))),
                shape=(n_paragraphs, len(lede_rows)),
            )
            paragraph_counts = (paragraph_counts + self.headline_weight * (placed @ headlines)).tocsr()
        if lent:  # "Q: Why was this season so bad?" is answered by the paragraph after it
            rows, to = np.asarray(lent).T
            ones = np.ones(len(rows), dtype=np.float32)
            shift = sparse.csr_matrix((ones, (to, rows)), shape=(n_paragraphs, n_paragraphs))
            # ... and its words are that paragraph's first sentence's too: *A: Six years.*
            opening = sparse.csr_matrix((ones, (self.first_sentence_[to], rows)), shape=(n_sentences, n_paragraphs))
            counts = (counts + self.question_context * (opening @ paragraph_counts)).tocsr()
            paragraph_counts = (paragraph_counts + self.question_context * (shift @ paragraph_counts)).tocsr()
        if counts.shape[1]:
            weigher = TfidfTransformer(sublinear_tf=True, norm=None).fit(counts)
            if self.prior_sentences > 0:  # the library's rarity and ordinary English's, together
                weigher.idf_ = self._with_prior(counts)
            self.idf_ = weigher.idf_.astype(np.float32)
            if headed:  # a table's row reads with its header: *| Daniela Mendez | 14,208 |* holds *Votes*
                rows, header_rows = np.asarray(headed).T
                under = sparse.csr_matrix(
                    (np.ones(len(rows), dtype=np.float32), (rows, header_rows)), shape=(n_sentences, n_sentences)
                )
                counts = (counts + under @ counts).tocsr()
            sentences = weigher.transform(counts)
            paragraphs = weigher.transform(paragraph_counts)
        else:
            self.idf_ = np.zeros(0, dtype=np.float32)
            sentences, paragraphs = counts, paragraph_counts
        self.sentences_ = _pivoted(sentences, self.pivot).astype(np.float32).tocsr()  # read by row
        self.paragraph_rows_ = _pivoted(paragraphs, self.pivot).astype(np.float32).tocsr()
        by_story = sparse.csr_matrix(
            (np.ones(n_paragraphs, dtype=np.float32), (self.row_story_, np.arange(n_paragraphs))),
            shape=(len(self.story_ids_), n_paragraphs),
        )
        self.story_contains_ = (by_story @ paragraph_counts).tocsr()
        self.story_contains_.data[:] = 1.0
        self.story_contains_.sort_indices()
        self.holds_ = _answer_holds(sentence_texts)
        # (sentences that open with a pronoun after another of their paragraph: *It is ...*)
        pronouns = (
            _pronoun_openings(sentence_texts, self.first_sentence_)
            if self.pronoun_carry or self.pronoun_names
            else np.zeros(n_sentences, dtype=bool)
        )
        if self.pronoun_carry:
            _carry_back(self.holds_, pronouns)
        self.subject_ = _subjects(
            counts, headlines, self.first_sentence_[lede_rows], self.row_story_[lede_rows], len(self.story_ids_)
        )
        self.subject_keys_ = _subject_keys(self.subject_)
        self.acronyms_ = _acronyms(sentence_texts, self.vocabulary_, self.name_words_, self._pair)
        self.name_terms_, self.capitalised_words_, self.named_keys_ = _name_terms(
            sentence_texts,
            self.row_story_[self.sentence_paragraph_],
            len(self.story_ids_),
            self.vocabulary_,
            counts[:, : len(self.vocabulary_)],
            self.name_words_,
        )
        opening = np.flatnonzero(pronouns) if self.pronoun_names else []
        carried = [(int(k), int(k) - 1, self.pronoun_names) for k in opening]
        if self.lede_names:  # (*A man who set fire ...* is the *Lewis Crane, 31,* of the paragraph after)
            carried += [(lede, named, self.lede_names) for lede, named in described]
        aged = _aged_openings(sentence_texts, self.first_sentence_, prose, self.row_story_) if self.aged_names else []
        if aged:  # (*The 26-year-old ran alone* is the Kiprop of the paragraph before: found by his name)
            self.paragraph_rows_ = self._paragraph_names_carried(aged, self.aged_names)
            carried += [(opening, named, self.aged_names) for opening, named in aged]
        if carried:
            self.sentences_ = self._names_carried(carried)
        self.lead_rank_ = np.asarray(rank, dtype=np.float32)
        prose_weight = np.where(np.asarray(prose, dtype=bool), 1.0, self.non_prose_weight)
        prose_weight[asking + leading] = 0.0  # a question answers nothing: the paragraph after it does
        self.paragraph_weight_ = (prose_weight * (1.0 + self.lead_weight / self.lead_rank_)).astype(np.float32)
        self.weighted_paragraphs_ = _weighted_columns(self.paragraph_rows_, self.paragraph_weight_)
        # The weight of a word no story uses: as rare as can be (document frequency 0, in the
        # library and in the prior's sentences: a question word the stories lack weighs in full).
        self.unseen_idf_ = math.log(1 + n_sentences + max(self.prior_sentences, 0.0)) + 1.0
        return self

    def _term_rows(self, words: list[tuple[int, str]], rows: int, width: int) -> sparse.csr_matrix:
        """A (``rows`` x ``width``) count matrix with, for each (row, words) of ``words``, one of
        each index term of the words in that row."""
        entries = [
            (row, column)
            for row, said in words
            for column in {self.vocabulary_.get(t) for t in terms(said, self.name_words_)}
            if column is not None
        ]
        rows_, columns = (np.asarray(c, dtype=np.int64) for c in zip(*entries, strict=True)) if entries else ([], [])
        return sparse.csr_matrix((np.ones(len(entries), dtype=np.float32), (rows_, columns)), shape=(rows, width))

    def _paragraph_names_carried(self, pairs: list[tuple[int, int]], weight: float) -> sparse.csr_matrix:
        """The paragraph vectors with, for each (sentence, sentence it speaks of) of ``pairs``,
        the names of the second in the first's paragraph at ``weight``: a paragraph that names
        no one must be found by the name it speaks of (:attr:`aged_names`)."""
        to, source = (np.asarray(column) for column in zip(*pairs, strict=True))
        named = np.zeros(self.sentences_.shape[1], dtype=np.float32)
        named[: len(self.name_terms_)] = self.name_terms_ == 2
        shape = (self.paragraph_rows_.shape[0], self.sentences_.shape[0])
        lent = sparse.csr_matrix(
            (np.full(len(to), weight, np.float32), (self.sentence_paragraph_[to], source)), shape=shape
        )
        return (self.paragraph_rows_ + lent @ self.sentences_ @ sparse.diags(named)).astype(np.float32).tocsr()

    def _names_carried(self, carried: list[tuple[int, int, float]]) -> sparse.csr_matrix:
        """The sentence vectors with, for each (sentence, sentence it speaks of, weight) of
        ``carried``, the names of the second in the first at that weight: a sentence opening with
        a pronoun after another of its paragraph (:func:`_pronoun_openings`) at
        :attr:`pronoun_names` (*Its coach, Paul Lindgren, said* is Kingsbridge's coach after
        *Kingsbridge had won 34 straight games*), a lede that describes whom the next paragraph
        names (:func:`_described_ledes`) at :attr:`lede_names`."""
        to, source, weight = (np.asarray(column) for column in zip(*carried, strict=True))
        named = np.zeros(self.sentences_.shape[1], dtype=np.float32)
        named[: len(self.name_terms_)] = self.name_terms_ == 2
        rows = self.sentences_.shape[0]
        lent = sparse.csr_matrix((weight.astype(np.float32), (to, source)), shape=(rows, rows))
        return (self.sentences_ + lent @ self.sentences_ @ sparse.diags(named)).astype(np.float32).tocsr()

    def _with_prior(self, counts: sparse.csr_matrix) -> np.ndarray:
        """Each column's IDF, ``log((1 + n + m) / (1 + df + m * p)) + 1``, with ``n`` sentences
        and ``m`` of ordinary English (:attr:`prior_sentences`), in which the chance ``p`` that
        one holds the word is :func:`_ordinary_share` (0 for a word pair)."""
        share = np.zeros(counts.shape[1])
        for term, column in self.vocabulary_.items():
            share[column] = _ordinary_share(term)
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        n, m = counts.shape[0], self.prior_sentences
        return np.log((1 + n + m) / (1 + document_frequency + m * share)) + 1.0

    def settings(self) -> dict[str, Any]:
        """The constructor's arguments, as JSON can hold them."""
        names = inspect.signature(TfidfIndex.__init__).parameters
        return {
            name: (list(v) if isinstance(v := getattr(self, name), tuple) else v) for name in names if name != "self"
        }

    def to_arrays(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The fitted index as NumPy arrays (no objects), and its settings: see :mod:`knowledge.cache`."""
        arrays: dict[str, np.ndarray] = {
            "sentence_index": self.sentence_index_,
            "first_sentence": self.first_sentence_,
            "sentence_paragraph": self.sentence_paragraph_,
            "idf": self.idf_,
            "paragraph_weight": self.paragraph_weight_,
            "lead_rank": self.lead_rank_,
            "unseen_idf": np.array([self.unseen_idf_]),
            "terms": np.array(sorted(self.vocabulary_, key=self.vocabulary_.__getitem__), dtype=str),
            "bigram_keys": self.bigram_keys_,
            "name_terms": self.name_terms_,
            "named_keys": self.named_keys_,
            "capitalised_words": np.array(sorted(self.capitalised_words_), dtype=str),
            "acronyms": np.array([a for a, cs in self.acronyms_.items() for _ in cs], dtype=str),
            "acronym_columns": np.array([c for cs in self.acronyms_.values() for c in cs], dtype=np.int64),
            "name_words": np.array(sorted(self.name_words_), dtype=str),
            "story_ids": np.array(self.story_ids_, dtype=str),
            "row_story": np.array([self.story_number_[s] for s, _ in self.rows_], dtype=np.int64),
            "row_number": np.array([n for _, n in self.rows_], dtype=np.int64),
        }
        for name, matrix in (
            ("sentences", self.sentences_),
            ("paragraphs", self.paragraph_rows_),
            ("story_contains", self.story_contains_),
            ("counted", self.counted_),
            ("subject", self.subject_),
        ):
            arrays[f"{name}_data"], arrays[f"{name}_indices"] = matrix.data, matrix.indices
            arrays[f"{name}_indptr"], arrays[f"{name}_shape"] = matrix.indptr, np.array(matrix.shape)
        for kind, holds in self.holds_.items():
            arrays[f"holds_{kind}"] = holds
        return arrays, self.settings()

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], settings: dict[str, Any]) -> TfidfIndex:
        """The index that :meth:`to_arrays` wrote."""
        index = cls(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in settings.items()})
        index.sentence_index_ = arrays["sentence_index"]
        index.first_sentence_ = arrays["first_sentence"]
        index.sentence_paragraph_ = arrays["sentence_paragraph"]
        index.idf_ = arrays["idf"]
        index.paragraph_weight_ = arrays["paragraph_weight"]
        index.lead_rank_ = arrays["lead_rank"]
        index.unseen_idf_ = float(arrays["unseen_idf"][0])
        index.vocabulary_ = {str(t): i for i, t in enumerate(arrays["terms"])}
        index.bigram_keys_ = arrays["bigram_keys"]
        index.name_terms_ = arrays["name_terms"]
        index.named_keys_ = arrays["named_keys"]
        index.capitalised_words_ = frozenset(str(w) for w in arrays["capitalised_words"])
        index.acronyms_ = {}
        for acronym, column in zip(arrays["acronyms"].tolist(), arrays["acronym_columns"].tolist(), strict=True):
            index.acronyms_[acronym] = (*index.acronyms_.get(acronym, ()), column)
        index.name_words_ = frozenset(str(w) for w in arrays["name_words"])
        index.story_ids_ = [str(s) for s in arrays["story_ids"]]
        index.story_number_ = {s: i for i, s in enumerate(index.story_ids_)}
        index.rows_ = [
            (index.story_ids_[s], int(n)) for s, n in zip(arrays["row_story"], arrays["row_number"], strict=True)
        ]
        index.story_rows_ = {}
        for row, (story, _) in enumerate(index.rows_):
            lo, _hi = index.story_rows_.get(story, (row, row))
            index.story_rows_[story] = (lo, row + 1)
        for story in index.story_ids_:
            index.story_rows_.setdefault(story, (0, 0))
        matrices = {}
        for name in ("sentences", "paragraphs", "story_contains", "counted", "subject"):
            parts = (arrays[f"{name}_data"], arrays[f"{name}_indices"], arrays[f"{name}_indptr"])
            matrices[name] = sparse.csr_matrix(parts, shape=tuple(arrays[f"{name}_shape"]))
        index.sentences_, index.story_contains_ = matrices["sentences"], matrices["story_contains"]
        index.paragraph_rows_, index.counted_ = matrices["paragraphs"], matrices["counted"]
        index.subject_, index.row_story_ = matrices["subject"], arrays["row_story"]
        index.subject_keys_ = _subject_keys(index.subject_)
        index.weighted_paragraphs_ = _weighted_columns(index.paragraph_rows_, index.paragraph_weight_)
        index.sentence_count_ = np.diff(np.append(index.first_sentence_, len(index.sentence_paragraph_)))
        index.holds_ = {k[len("holds_") :]: v for k, v in arrays.items() if k.startswith("holds_")}
        return index

    def search(self, question: str | Query, story: str | None = None, top: int = 3) -> list[Hit]:
        """The ``top`` best paragraphs for ``question``, best first, within ``story`` if given.

        Paragraphs that share no term with the question are never returned. A hit's coverage
        counts the question's common words found in the paragraph and its names found anywhere
        in the story, since a paragraph often refers to a person it named earlier. A word no
        story uses is looked for through its synonyms, at ``synonym_weight``.

        Only the rows that hold a question term are touched, so the time grows with the
        number of matching sentences, not with the size of the library. A question given as
        a :class:`Query` is taken as it is (pass it through :meth:`known_names` first).
        """
        query = question if isinstance(question, Query) else self.known_names(parse_query(question))
        if story is not None and story not in self.story_rows_:
            return []
        groups = self._groups(query, story)
        if not any(g.weight > 0 for g in groups) or not self.rows_:
            return []  # (an attribute alone, *speed* for *How fast can the Osprey go?*, asks nothing)
        columns = sorted({c for g in groups for c, _ in g.columns})
        position = {c: i for i, c in enumerate(columns)}
        weights = np.zeros(len(columns), dtype=np.float32)
        member = np.zeros((len(columns), len(groups)), dtype=np.float32)  # column x group: credit
        for j, group in enumerate(groups):
            for c, credit in group.columns:
                weights[position[c]] = max(weights[position[c]], group.tf * credit * self.idf_[c])
                member[position[c], j] = max(member[position[c], j], credit)
        lo, hi = self.story_rows_[story] if story is not None else (0, len(self.rows_))
        if story is not None and self.local_idf > 0 and hi - lo > 1:
            weights = weights * self._local_rarity(columns, lo, hi) ** self.local_idf
        norm = float(np.linalg.norm(weights))
        if norm == 0:
            return []  # every column weighs nothing: nothing to look for
        vector = weights / norm
        group_weight = np.array([g.weight for g in groups], dtype=np.float32)
        total = float(group_weight.sum()) + self._unseen_weight(query, groups)
        is_name = np.array([g.name for g in groups], dtype=bool)
        asked_kind = expected_answer(query.text)
        verbs = common_verbs() if self.optional_common_verbs else frozenset()
        if self.form_verbs_optional:  # *How did the mayor react?*: her words, not *react*
            verbs = verbs | form_verbs(asked_kind)
        optional = np.array([g.term in verbs and not g.name for g in groups], dtype=bool)

        # Stage 1, like a BM25 engine: every paragraph holding a question term, by its own
        # similarity; the best `candidates` go on (all of them, in a story of that size or less).
        # A term in more than a tenth of the paragraphs barely moves the ranking but costs the
        # most to add up; when the question has rarer terms, they alone pick the candidates.
        keep = max(self.candidates, top)
        indptr = self.weighted_paragraphs_.indptr
        lengths = indptr[np.asarray(columns) + 1] - indptr[columns]
        rare = lengths <= max(self.candidates, 0.1 * self.weighted_paragraphs_.shape[0])
        picking = columns
        if rare.any() and hi - lo > keep:  # a story that small keeps every paragraph anyway
            picking = [c for c, r in zip(columns, rare, strict=True) if r]
        weights_picked = vector[[position[c] for c in picking]]
        touched, values = _column_entries(self.weighted_paragraphs_, picking, weights_picked, lo, hi)
        if len(touched) * 8 < hi - lo:  # few entries: add them up by row, no array of every row
            rows, inverse = np.unique(touched, return_inverse=True)
            prelim = np.bincount(inverse, weights=values)
        else:  # many: accumulate into one array over every row, as BM25 engines do
            prelim = np.bincount(touched, weights=values, minlength=hi - lo)
            rows = np.arange(hi - lo)
        if len(rows) > keep:
            best = np.argpartition(-prelim, keep - 1)[:keep]
            rows, prelim = rows[best], prelim[best]
        chosen = np.sort(rows[prelim > 0])
        if not len(chosen):
            return []
        paragraph_rows = chosen + lo
        owner, found, values = _row_entries(self.paragraph_rows_, paragraph_rows)
        ordered = np.asarray(columns)  # sorted, as `vector` is
        slot = np.minimum(np.searchsorted(ordered, found), len(ordered) - 1)
        wanted = ordered[slot] == found
        paragraph_sim = np.bincount(owner, weights=values * np.where(wanted, vector[slot], 0), minlength=len(chosen))
        paragraph_sim = paragraph_sim.astype(np.float32)
        held = np.zeros((len(paragraph_rows), len(columns)), dtype=bool)  # candidate x column
        held[owner[wanted], slot[wanted]] = True
        holds = (held[:, :, None] * member[None, :, :]).max(axis=1)  # candidate x group: credit
        # A paragraph that holds none of the question's words itself, only the word its form
        # asks for (*height* for *How tall*), is no answer, though the story's subject lends it a share.
        holds_a_word = ((holds > 0) & (group_weight > 0)).any(axis=1)
        if self.subject_credit > 0:  # the story's subject, held by each of its paragraphs at a share
            about = self._subject_holds(self.row_story_[paragraph_rows], columns) & ~held
            if about.any():
                holds = np.maximum(holds, self.subject_credit * (about[:, :, None] * member[None, :, :]).max(axis=1))
        coordination = (holds * group_weight).sum(axis=1) / group_weight.sum()  # no BLAS: no stray FP warnings
        coordination = np.where(holds_a_word, coordination, 0.0)

        # Stage 2: every sentence of those paragraphs, with its paragraph as context.
        first = self.first_sentence_[paragraph_rows]
        counts = self.sentence_count_[paragraph_rows]
        sentence_rows = np.repeat(first - np.r_[0, np.cumsum(counts)[:-1]], counts) + np.arange(counts.sum())
        owner, found, values = _row_entries(self.sentences_, sentence_rows)
        slot = np.minimum(np.searchsorted(ordered, found), len(ordered) - 1)
        weight = np.where(ordered[slot] == found, vector[slot], 0)  # the query's weight of each entry
        sentence_sim = np.bincount(owner, weights=values * weight, minlength=len(sentence_rows))
        sentence_sim = sentence_sim.astype(np.float32)
        starts = np.r_[0, np.cumsum(counts)[:-1]]
        at = np.repeat(np.arange(len(paragraph_rows)), counts)
        factor = self.paragraph_weight_[paragraph_rows] * coordination**self.coordination_power
        kind = asked_kind
        if kind is None and self.precedent_boost > 0 and asks_before(query.text):
            kind = "precedent"  # *Has it happened before?*: *the third for the program*, *in 2019*
        if kind is None and self.denial_boost > 0 and asks_yes_or_no(query.text):
            kind = "denial"  # not a kind of thing asked for, but a common form of the answer
        if kind is None and self.will_boost > 0 and asks_will(query.text):
            kind = "future"  # *What will customers get?*: *Nimbus said it would give ... credits*
        if kind == "time" and self.when_lead_weight:  # the news is dated first, its background later
            factor = factor * (1.0 + self.when_lead_weight / self.lead_rank_[paragraph_rows])
        # A when-question's answer states a time, a where-question's a place, a how-many one a number.
        lacking = {"time": self.undated_weight, "place": self.placeless_weight, "number": self.numberless_weight}.get(
            kind or "", 1.0
        )
        if lacking != 1.0:
            looked = "clock" if kind == "time" and asks_clock(query.text) else self._dated(query, kind)  # *What time*
            holding = np.maximum.reduceat(self.holds_[looked][sentence_rows].astype(np.int8), starts) > 0
            factor = np.where(holding, factor, factor * lacking)
        if self.quoted_weight != 1.0 and kind in ("time", "place", "number"):
            quoted = self.holds_["quoted"][sentence_rows]
            sentence_sim = np.where(quoted, sentence_sim * self.quoted_weight, sentence_sim)
        context = self.context_weight * paragraph_sim[at]
        best_score = np.maximum.reduceat(sentence_sim + context, starts) * factor
        if kind is not None and self._type_boost(kind) > 0:
            # Only paragraphs that the boost could lift into the top need their sentences checked.
            asks = self._asks(query, kind)
            boost, most = np.ones(len(sentence_rows), dtype=np.float32), self._most_boost(kind, asks)
            reach = np.sort(best_score)[-top] / most if len(best_score) >= top else 0.0
            lifted = np.repeat(best_score >= reach, counts)
            boost[lifted] = self._answer_boost(query, kind, asks, sentence_rows[lifted])
            sentence_sim = sentence_sim * boost
            best_score = np.maximum.reduceat(sentence_sim + context, starts) * factor
        if len(best_score) > top:
            chosen = np.argpartition(-best_score, top - 1)[:top]
            order = chosen[np.lexsort((chosen, -best_score[chosen]))]  # best first; ties in reading order
        else:
            order = np.lexsort((np.arange(len(best_score)), -best_score))

        hits = []
        story_credit: dict[str, np.ndarray] = {}
        for k in order:
            if best_score[k] <= 0:
                break
            begin = starts[k]
            best = begin + int(np.argmax(sentence_sim[begin : begin + counts[k]]))
            row = int(paragraph_rows[k])
            story_id, number = self.rows_[row]
            earned = holds[k].copy()
            if is_name.any():
                if story_id not in story_credit:
                    story_credit[story_id] = self._story_credit(story_id, columns, member)
                earned = np.maximum(earned, is_name * story_credit[story_id])
            asked = total - group_weight[optional & (earned == 0)].sum()  # a lacking common verb asks nothing
            hits.append(
                Hit(
                    story=story_id,
                    paragraph=number,
                    sentence=int(self.sentence_index_[sentence_rows[best]]),
                    score=float(best_score[k]),
                    coverage=float((earned * group_weight).sum() / max(asked, 1e-9)),
                    matched=frozenset(g.term for g, e in zip(groups, earned, strict=True) if e > 0),
                )
            )
        return hits

    def tallies(self, query: Query, story: str, top: int) -> list[Hit]:
        """For *What was the score?* or *the vote?*: the ``top`` first paragraphs of ``story``
        that hold a tally (*beating the Mariners 2-1*, *ruling 5-2*, :meth:`firsts`); none for
        another question."""
        if asks_measure(query.text) != "tally":
            return []
        return self.firsts("interim" if _ASKS_INTERIM.search(query.text) else "tally", story, query, top)

    def firsts(self, kind: str | None, story: str, query: Query, top: int) -> list[Hit]:
        """The ``top`` first paragraphs of ``story`` with a sentence that holds an answer of
        ``kind`` (:attr:`holds_`; for None, any paragraph of prose), scored by their place (the
        lead prior), each taken to hold ``query``'s words: what a question answered by its
        form, not its words, gets (*What was the score?*, *What happened?*)."""
        if story not in self.story_rows_ or (kind is not None and kind not in self.holds_):
            return []
        lo, hi = self.story_rows_[story]
        hits = []
        for row in range(lo, hi):
            first, count = self.first_sentence_[row], self.sentence_count_[row]
            holding = np.flatnonzero(self.holds_[kind][first : first + count]) if kind is not None else [0]
            if len(holding) and self.paragraph_weight_[row] > 0:
                story_id, number = self.rows_[row]
                sentence = int(self.sentence_index_[first + holding[0]])
                score = float(self.paragraph_weight_[row]) * TALLY_SCORE
                hits.append(Hit(story_id, number, sentence, score, 1.0, frozenset(query.counts)))
        return sorted(hits, key=lambda h: -h.score)[:top]

    def spelled(self, query: Query) -> tuple[Query, dict[str, str]]:
        """``query`` with each word that no story uses and WordNet does not know read as the one
        name of the stories a single edit away (:mod:`knowledge.spelling`), and those readings
        (term: name's term)."""
        unknown = [t for t in query.counts if t not in self.vocabulary_]
        if unknown:  # an English word the stories lack is asked about, not misspelled
            unknown = [t for t in unknown if not knows(t)]
        read = {t: self._speller.correct(t) for t in unknown}
        read = {t: name for t, name in read.items() if name is not None}
        if not read:
            return query, {}
        counts: Counter[str] = Counter()
        for term, count in query.counts.items():
            counts[read.get(term, term)] += count
        names = frozenset(read.get(t, t) for t in query.names) | frozenset(read.values())
        order = tuple(read.get(t, t) for t in query.order)
        counted = read.get(query.counted, query.counted) if query.counted else None
        return replace(query, counts=counts, names=names, order=order, counted=counted), read

    def _unclipped(self, term: str, story: str | None) -> str | None:
        """The one term of ``story`` (of any story, when None) that ``term`` is the start of,
        at least two letters longer: a word that the stories lack and WordNet does not know is
        often a clipped form of one they have (*decaf*). None when there is no such term or
        several, or ``term`` is shorter than four letters (*car*, *cat* start too many words)."""
        if len(term) < 4:
            return None
        found = None
        at = bisect.bisect_left(self._sorted_terms, term)
        for candidate in itertools.islice(self._sorted_terms, at, None):  # (a slice would copy them all)
            if not candidate.startswith(term):
                break
            if len(candidate) >= len(term) + 2 and self.uses(story, candidate):
                if found is not None:
                    return None
                found = candidate
        return found

    @cached_property
    def _sorted_terms(self) -> list[str]:
        """The index's terms in alphabetical order, for :meth:`_unclipped`; sorted on first use."""
        return sorted(self.vocabulary_)

    @cached_property
    def _speller(self) -> NameSpeller:
        """The stories' names (:attr:`name_terms_`), for :meth:`spelled`; built on first use."""
        return NameSpeller(t for t, c in self.vocabulary_.items() if self.name_terms_[c] == 2)

    def known_names(self, query: Query) -> Query:
        """``query`` with the words that the stories write as names counted as names, however
        the question writes them: *who is brian acton* asks about the name *Brian Acton*; and a
        word the stories capitalise only in a name, right after a name word as the stories have
        it (*harlow street bridge*: *Harlow Street Bridge*, though they say *the bridge*).
        Names the stories also write as common words are its :attr:`~knowledge.query.Query.name_parts`."""
        query = self._named(query)
        if not len(self.name_terms_):
            return query
        parts = frozenset(t for t in query.names if t in self.vocabulary_ and self.name_terms_[self.vocabulary_[t]] < 2)
        return replace(query, name_parts=parts) if parts else query

    def _named(self, query: Query) -> Query:
        """``query`` with the words the stories write as names counted as names (:meth:`known_names`)."""
        if self.name_words_ and any(w in self.name_words_ for w in words(query.text)):
            query = parse_query(query.text, self.name_words_)
        if not self.story_names or not len(self.name_terms_) or _CASED.search(query.text):
            return query
        level = {t: int(self.name_terms_[self.vocabulary_[t]]) for t in query.counts if t in self.vocabulary_}
        # a name as the question writes it: *prevent* is not the *Prevention* of a centre's name
        written = {
            term
            for raw in words(query.text)
            if _bare(raw) in self.capitalised_words_
            for term in terms(raw, self.name_words_)
        }
        known = {t for t, n in level.items() if n == 2 and t in written}
        kind = which_kind(query.text)  # (*which court*: the kind asked, not *Exeter County Court*)
        known -= set(terms(kind)) if kind else set()
        for first, second in zip(query.order, query.order[1:], strict=False):
            if first in known and level.get(second) == 1 and self._pair(first, second) is not None:
                known.add(second)
        return query if known <= query.names else replace(query, names=query.names | known)

    def _phrase_column(self, phrase: str) -> int | None:
        """The column of a synonym of two words (``chief+execut``), or None when no sentence
        has them in a row."""
        first, second = phrase.split("+", 1)
        if first not in self.vocabulary_ or second not in self.vocabulary_ or not len(self.bigram_keys_):
            return None
        at = self._pair(first, second)
        return None if at is None else len(self.vocabulary_) + at

    def _pair(self, first: str, second: str) -> int | None:
        """The number of the pair column of ``first`` then ``second`` (terms of the index), or
        None when no sentence has them in a row."""
        key = self.vocabulary_[first] * len(self.vocabulary_) + self.vocabulary_[second]
        at = int(np.searchsorted(self.bigram_keys_, key))
        return at if at < len(self.bigram_keys_) and self.bigram_keys_[at] == key else None

    def _local_rarity(self, columns: list[int], lo: int, hi: int) -> np.ndarray:
        """Per column: how rare it is among the paragraphs ``[lo, hi)`` of one story,
        ``log(1 + n / df) / log(1 + n)``: 1 for a term in one paragraph, less the more it is in."""
        matrix = self.weighted_paragraphs_
        df = np.empty(len(columns), dtype=np.float64)
        for i, c in enumerate(columns):  # each column's rows are sorted: two binary searches
            rows = matrix.indices[matrix.indptr[c] : matrix.indptr[c + 1]]
            df[i] = np.searchsorted(rows, hi) - np.searchsorted(rows, lo)
        n = hi - lo
        return (np.log1p(n / np.maximum(df, 1.0)) / math.log1p(n)).astype(np.float32)

    def _asks(self, query: Query, kind: str) -> tuple[bool, str | None, bool]:
        """Which finer boosts apply to ``query`` of answer ``kind``: (counted, the kind of
        measure or None, future)."""
        number = kind == "number"
        counted = number and self.counted_boost > 0 and query.counted in self.vocabulary_
        measure = asks_measure(query.text) if number and self.measure_boost > 0 else None
        future = kind == "time" and self.future_boost > 0 and asks_future(query.text)
        future = future or (kind == "denial" and self.modal_boost > 0 and asks_modal(query.text))
        return counted, measure, future

    def _type_boost(self, kind: str) -> float:
        """What holding the kind of answer ``kind`` adds to a sentence's factor (0: nothing)."""
        if kind == "denial":
            return self.denial_boost
        if kind == "precedent":
            return self.precedent_boost
        if kind == "future":
            return self.will_boost
        if kind == "quote":
            return self.quote_boost
        return self.answer_type_boost if kind in self.answer_types else 0.0

    def _most_boost(self, kind: str, asks: tuple[bool, str | None, bool]) -> float:
        """The largest factor :meth:`_answer_boost` can give a sentence, with ``asks`` (:meth:`_asks`)."""
        counted, measure, future = asks
        most = 1.0 + self._type_boost(kind) + (self.counted_boost if counted else 0.0)
        most += self.measure_boost * ((measure is not None) + (measure == "size"))
        return most + (self._ahead_boost(kind) if future else 0.0)

    @staticmethod
    def _dated(query: Query, kind: str) -> str:
        """The kind of answer to look for: for *when*, a time that dates the event (``dated``),
        not one that ranks it among earlier ones (*its third outage since 2023*), unless the
        question asks for the earlier one (*When did they last win?*)."""
        return "dated" if kind == "time" and not _ASKS_EARLIER.search(query.text) else kind

    def _ahead_boost(self, kind: str) -> float:
        """What a sentence that looks ahead adds: for *when will*, :attr:`future_boost` (with a
        time); for a yes-or-no question opening with a modal, :attr:`modal_boost`."""
        return self.modal_boost if kind == "denial" else self.future_boost

    def _answer_boost(
        self, query: Query, kind: str, asks: tuple[bool, str | None, bool], rows: np.ndarray
    ) -> np.ndarray:
        """Per sentence row: the factor for holding the kind of answer ``query`` asks for, plus
        the finer boosts that ``asks`` (:meth:`_asks`) turns on (what *how many* counts, an
        amount's unit, a time still to come, or for *Could ...?* a word that looks ahead)."""
        holds = self.holds_[self._dated(query, kind)][rows]
        boost = 1.0 + self._type_boost(kind) * holds.astype(np.float32)
        counted, measure, future = asks
        if counted:
            boost += self.counted_boost * self._counts(query.counted, rows)
        if measure:
            boost += self.measure_boost * self.holds_[measure][rows]
        if measure == "size":  # (*How tall is it?*: *a 9.8cm-tall disc* says which size)
            boost += self.measure_boost * self.holds_["dimension"][rows]
        if future:
            ahead = self.holds_["future"][rows]
            boost += self._ahead_boost(kind) * (ahead if kind == "denial" else ahead & holds)
        return boost

    def _groups(self, query: Query, story: str | None) -> list[_Group]:
        """One group per question term that the index can look for, then one per pair of terms
        (:meth:`_bigram_groups`). A term's group holds the term itself and, for a word that is
        not a name, its synonyms: at ``synonym_weight`` when the story (any story, when none is
        named) does not use the word, with its related forms at full credit; at
        ``used_synonym_weight`` when it does. In a yes-or-no question antonyms count as synonyms."""
        groups = []
        either_way = self.yes_no_opposites and asks_yes_or_no(query.text)
        cased = bool(_CASED.search(query.text))
        kind = expected_answer(query.text)
        people, asks_when = self.people_asked_as_people and kind == "person", kind == "time"
        capitals = {w.lower() for w in _ACRONYM.findall(query.text)}
        for term, count in query.counts.items():
            name = term in query.names
            tf = 1.0 + math.log(count)
            columns: dict[int, float] = {}
            # *Who is the governor?*: a word for a person stands only for people
            fits = _a_person if people and term in query.asked and term in person_terms() else _anything
            if not name:
                used = self.uses(story, term)
                share = self.used_synonym_weight if used else self.synonym_weight
                others = synonyms(term) + opposites(term) if either_way else synonyms(term)
                if self.saying_verbs:
                    others += saying(term)
                for synonym in others if share > 0 else ():
                    forms = same_root(synonym) if self.synonym_forms > 0 else ()
                    for found in (synonym, *forms):
                        if (
                            found in self.vocabulary_
                            and found != term
                            and not self._a_name(found, story)
                            and fits(found)
                        ):
                            credit = share if found == synonym else share * self.synonym_forms
                            columns.setdefault(self.vocabulary_[found], credit)
                for form in related(term) if self.related_forms and not used else ():
                    # (the one who does it does not date the doing: *co-founder* says who
                    # founded Facebook, not when)
                    agent = asks_when and term not in person_terms() and form in person_terms()
                    if form in self.vocabulary_ and fits(form) and not agent:
                        columns[self.vocabulary_[form]] = 1.0
            elif self.related_forms and not self.uses(story, term):
                # a name the story does not use: for a people's, their country (*Americans*: *the
                # US*); for one the stories also write as a common word, its related forms
                # (*science*, a byline's *Science Writer* elsewhere: *scientists*)
                for found, credit in self._name_forms(term, query):
                    if found in self.vocabulary_ and found != term:
                        columns.setdefault(self.vocabulary_[found], credit)
            if term in capitals and term in self.acronyms_ and not self.uses(story, term):
                for column in self.acronyms_[term]:  # *the EU*: the story's *European Union*
                    if self._finds(story, {column: 1.0}):  # (another's does not weigh the word)
                        columns.setdefault(column, 1.0)
            if (
                self.attribute_weight
                and not name
                and term in attribute_words(query.attribute)
                and query.attribute in self.vocabulary_
            ):
                columns[self.vocabulary_[query.attribute]] = 1.0  # *How cold*: *Temperatures fell to 24 degrees*
            if term in self.vocabulary_:  # (*bread* in a cased question is not the film *Winter Bread*)
                as_name = not name and self.name_word_credit < 1 and cased and self._a_name(term)
                columns[self.vocabulary_[term]] = self.name_word_credit if as_name else 1.0
            # A clipped word is one that no story uses (looked for story by story, it would scan
            # the library's words each time); the other last resorts look in the story searched:
            # another story's *CEO* does not stop this one's *chief executive* from answering.
            if not columns and not name and self.clipped_words and not knows(term):
                whole = self._unclipped(term, story)
                if whole is not None:  # *decaf*: the story's *decaffeinated*, as if the word
                    columns[self.vocabulary_[whole]] = 1.0
            found = name or self._finds(story, columns)
            if not found and self.phrase_synonyms and self.synonym_weight > 0:
                for synonym in synonyms(term):  # last: *CEO* is the word pair *chief executive*
                    pair = self._phrase_column(synonym) if "+" in synonym and fits(synonym.split("+")[-1]) else None
                    if pair is not None:
                        columns[pair] = self.synonym_weight
                found = self._finds(story, columns)
            if not found and self.kinds and self.synonym_weight > 0:
                for member in members(term):  # last too: *What are the symptoms?* finds *fever*
                    if member in self.vocabulary_ and fits(member):
                        columns[self.vocabulary_[member]] = self.synonym_weight
            if not columns:
                continue
            exact = [c for c, credit in columns.items() if credit == 1.0]
            weight = float(self.idf_[exact].max()) if exact else self.unseen_idf_
            emphasis = self.name_weight if name else 1.0
            groups.append(_Group(term, tuple(columns.items()), weight * emphasis, tf, name))
        attribute = query.attribute
        kept = attribute in query.counts or any(t in attribute_words(attribute) for t in query.counts)
        if self.attribute_weight and attribute in self.vocabulary_ and not kept:
            # *size* for *how big*: in the ranking, like a word pair, not in what the question asks
            groups.append(_Group(attribute, ((self.vocabulary_[attribute], self.attribute_weight),), 0.0, 1.0, False))
        return groups + self._bigram_groups(query)

    def _name_forms(self, term: str, query: Query) -> list[tuple[str, float]]:
        """The words that stand for the name ``term`` where a story lacks it, with their credit:
        the forms made from it (*Europe*: *European*; *science*, a name only in a byline's
        *Science Writer*: *scientists*), and for a people's name, their country and its
        synonyms (*Americans*: *America*, *the US*), at ``synonym_weight``. Not the shorter form
        of any other name: *Booker* is no *book*, nor *Fisher* a *fish*."""
        forms = [(form, 1.0) for form in related(term) if len(form) > len(term)]
        return forms + [(form, self.synonym_weight) for r in places_of(term) for form in (r, *synonyms(r))]

    def _bigram_groups(self, query: Query) -> list[_Group]:
        """One group per pair of consecutive question terms that some sentence has in a row:
        it weighs in the ranking (``bigram_weight``), not in coverage."""
        if not self.bigram_weight or not len(self.bigram_keys_):
            return []
        size = len(self.vocabulary_)
        groups = []
        for first, second in dict.fromkeys(zip(query.order, query.order[1:], strict=False)):
            if first == second or first not in self.vocabulary_ or second not in self.vocabulary_:
                continue
            at = self._pair(first, second)
            if at is not None:
                groups.append(_Group(f"{first} {second}", ((size + at, 1.0),), 0.0, self.bigram_weight, False))
        return groups

    def _counts(self, term: str, rows: np.ndarray) -> np.ndarray:
        """Per sentence row: whether a number stands just before ``term`` in it (:func:`_counted`)."""
        owner, found, _ = _row_entries(self.counted_, rows)
        out = np.zeros(len(rows), dtype=bool)
        out[owner[found == self.vocabulary_[term]]] = True
        return out

    def _held(self, story: str) -> np.ndarray:
        """The term columns that ``story`` holds anywhere, sorted."""
        row = self.story_number_[story]
        return self.story_contains_.indices[self.story_contains_.indptr[row] : self.story_contains_.indptr[row + 1]]

    def _story_credit(self, story: str, columns: list[int], member: np.ndarray) -> np.ndarray:
        """Per group: the best credit among its columns that ``story`` holds anywhere."""
        held = self._held(story)
        wanted = np.asarray(columns)
        at = np.minimum(np.searchsorted(held, wanted), max(len(held) - 1, 0))
        present = (held[at] == wanted) if len(held) else np.zeros(len(wanted), dtype=bool)
        return (present[:, None] * member).max(axis=0)

    def subject_share(self, query: Query, stories: Sequence[str]) -> np.ndarray:
        """Per story of ``stories``: the share of ``query``'s weight that its subject (headline
        and the lede's first sentence, :func:`_subjects`) holds. Of several stories that share
        a question's words, the one whose subject they are is the one asked about."""
        if not self.subject_story_choice or not len(stories):
            return np.zeros(len(stories))
        found = [
            (g.weight, next(c for c, credit in g.columns if credit == 1.0))
            for g in self._groups(query, None)
            if g.weight > 0 and any(credit == 1.0 for _, credit in g.columns)  # word pairs weigh 0
        ]
        if not found:
            return np.zeros(len(stories))
        weight = np.array([w for w, _ in found])
        numbers = np.array([self.story_number_[s] for s in stories], dtype=np.int64)
        return (self._subject_holds(numbers, [c for _, c in found]) * weight).sum(axis=1) / weight.sum()

    def _subject_holds(self, story_numbers: np.ndarray, columns: list[int]) -> np.ndarray:
        """Per candidate (its story's number) x column: whether the column is a word of the
        story's subject (:func:`_subjects`); one binary search in :attr:`subject_keys_`."""
        keys = self.subject_keys_
        wanted = np.asarray(columns, dtype=np.int64)[None, :] * len(self.story_ids_) + story_numbers[:, None]
        if not len(keys):
            return np.zeros(wanted.shape, dtype=bool)
        return keys[np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)] == wanted

    def _a_name(self, term: str, story: str | None = None) -> bool:
        """Whether the stories write ``term`` mostly as a name (*Mark* Zuckerberg): another
        word's synonym (*score*: *mark*) does not find it; with ``story``, only if that story
        writes it as a name too (another story's *Welsh Conservatives* does not make the wolf
        story's *Conservation groups* a name)."""
        if not len(self.name_terms_) or self.name_terms_[self.vocabulary_[term]] != 2:
            return False
        if story is None or story not in self.story_number_:
            return True
        key = self.vocabulary_[term] * len(self.story_ids_) + self.story_number_[story]
        at = int(np.searchsorted(self.named_keys_, key))
        return at < len(self.named_keys_) and int(self.named_keys_[at]) == key

    def _finds(self, story: str | None, columns: dict[int, float]) -> bool:
        """Whether ``story`` (or any story) holds one of ``columns`` (word pairs' too)."""
        if not columns or story is None or story not in self.story_number_:
            return bool(columns)
        held = self._held(story)  # sorted: a binary search, as in :meth:`uses`
        wanted = np.fromiter(columns, dtype=np.int64, count=len(columns))
        at = np.minimum(np.searchsorted(held, wanted), max(len(held) - 1, 0))
        return bool(len(held)) and bool((held[at] == wanted).any())

    def uses(self, story: str | None, term: str) -> bool:
        """Whether ``story`` (or any story) holds ``term``."""
        column = self.vocabulary_.get(term)
        if column is None or story is None or story not in self.story_number_:
            return column is not None
        held = self._held(story)  # a binary search: scipy's item access is a hundred times slower
        at = int(np.searchsorted(held, column))
        return at < len(held) and held[at] == column

    def _unseen_weight(self, query: Query, groups: list[_Group]) -> float:
        """The weight of the question's words that the index cannot look for at all."""
        looked_for = {g.term for g in groups}
        return self.unseen_idf_ * sum(
            self.name_weight if t in query.names else 1.0 for t in query.counts if t not in looked_for
        )


#: About how many words a sentence of ordinary English has: the chance that one holds a word.
PRIOR_SENTENCE_WORDS = 20


def _ordinary_share(term: str) -> float:
    """The chance that a sentence of ordinary English holds ``term``: ``1 - exp(-k * c / N)``,
    for ``c`` of the ``N`` words SemCor tags (:func:`knowledge.synonyms.word_counts`) and ``k``
    :data:`PRIOR_SENTENCE_WORDS`; 0 for a word it never uses.

    >>> round(_ordinary_share("make"), 3), _ordinary_share("storybot")
    (0.126, 0.0)
    """
    counts = word_counts()
    total = _total_words()
    return 1.0 - math.exp(-PRIOR_SENTENCE_WORDS * counts.get(term, 0) / total) if total else 0.0


@cache
def _total_words() -> int:
    return sum(word_counts().values())


@cache
def person_terms() -> frozenset[str]:
    """The index terms of WordNet's nouns for people (:func:`knowledge.synonyms.person_nouns`).

    >>> "governor" in person_terms(), "govern" in person_terms()
    (True, False)
    """
    return frozenset(stem(word) for word in person_nouns())


def _a_person(term: str) -> bool:
    return term in person_terms()


def _anything(term: str) -> bool:
    return True


@dataclass(frozen=True)
class _Group:
    """A question term and the index columns that stand for it."""

    term: str
    columns: tuple[tuple[int, float], ...]  # (column, share of the term's weight it earns)
    weight: float  # the term's share of the question's weight (IDF, names emphasised)
    tf: float  # its factor in the query vector (sublinear count)
    name: bool


def _heads(paragraph: Paragraph, following: Sequence[Paragraph]) -> bool:
    """Whether ``paragraph`` is a subheading of what ``following`` (the next paragraph) says:
    one short line without a stop (*Why it matters*), before prose, or one that ends in a colon
    before a list (*The suspended routes are:*) or a quotation set apart (*In a letter to
    staff, Keane wrote:*). A credit line (*Photo: ...*, *(AP)*) is not one."""
    text = paragraph.text
    if _introduces_quote(paragraph, following):
        return True
    introduces = bool(following) and text.endswith(":") and bool(LIST_ITEM.match(following[0].text))
    return (
        bool(following)
        and following[0].is_prose
        and not paragraph.is_prose
        and "\n" not in text
        and len(text.split()) <= _HEADING_WORDS
        and not _CREDIT_MARKS.search(text[:-1] if introduces else text)
    )


#: A subheading has at most this many words.
_HEADING_WORDS = 10


def _introduces_quote(paragraph: Paragraph, following: Sequence[Paragraph]) -> bool:
    """Whether ``paragraph`` is one sentence that ends in a colon, before a paragraph that opens
    with a quote mark: the words of the quotation set apart below (a block quote) are its."""
    return (
        bool(following)
        and len(paragraph.sentences) == 1
        and paragraph.text.endswith(":")
        and following[0].text[:1] in _OPENING_QUOTES
    )


def _lent_to(paragraphs: Sequence[Paragraph]) -> int:
    """How many paragraphs after the first of ``paragraphs`` take its words: one, or the run
    of quotations that an introducing line hands over to (*Keane wrote:*, then two paragraphs
    of his letter)."""
    if not _introduces_quote(paragraphs[0], paragraphs[1:]):
        return 1
    run = 1
    while run + 1 < len(paragraphs) and _all_quoted(paragraphs[run]) and _all_quoted(paragraphs[run + 1]):
        run += 1
    return run


def _table_header(paragraph: Paragraph) -> int:
    """How many sentences of ``paragraph`` make a table whose first line is its header (a
    Markdown table, its rule line dropped: *| Candidate | Votes |* then a line per row), or 0."""
    lines = [s.text for s in paragraph.sentences]
    if len(lines) < 2 or not all(line.startswith("|") and line.rstrip().endswith("|") for line in lines):
        return 0
    return len(lines)


def _all_quoted(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` opens and closes with a quote mark: words set apart, with no
    attribution of their own (*"I will spend the coming months ..."*)."""
    return paragraph.text[:1] in _OPENING_QUOTES and paragraph.text[-1:] in _CLOSING_QUOTES


#: A mark that opens a quotation at a paragraph's start, and one that closes it at its end.
_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"
#: Characters of a credit or caption line rather than a subheading.
_CREDIT_MARKS = re.compile(r"[:()|©@]")


def _only_asks(paragraph: Paragraph) -> bool:
    """Whether every sentence of ``paragraph`` is a question (*Q: Why was this season so bad?*)."""
    return bool(paragraph.sentences) and all(_ASKS.search(s.text) for s in paragraph.sentences)


#: A sentence that asks: it ends with a question mark, perhaps inside quote marks or brackets.
_ASKS = re.compile(r"\?[\"”’')\]]*\s*$")


def _flatten(sequences: list[list[str]], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Every document's term columns end to end, and the document each belongs to."""
    lengths = np.fromiter((len(s) for s in sequences), dtype=np.int32, count=len(sequences))
    flat = np.fromiter((vocabulary[t] for s in sequences for t in s), dtype=np.int32, count=int(lengths.sum()))
    return flat, np.repeat(np.arange(len(sequences), dtype=np.int32), lengths)


def _bigram_counts(flat: np.ndarray, owner: np.ndarray, size: int, rows: int) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Counts of each document's pairs of consecutive terms (:func:`_flatten`'s ``flat`` and
    ``owner``, ``size`` terms, ``rows`` documents), and the pairs' keys (sorted).

    A pair's key is ``first * size + second`` (term columns): no dictionary of pairs, whose
    strings would outweigh the index in a large library.
    """
    inside = owner[:-1] == owner[1:]  # both terms of the pair in the same document
    keys = flat[:-1][inside].astype(np.int64) * size + flat[1:][inside]
    unique, column = np.unique(keys, return_inverse=True)
    del keys
    values = np.ones(len(column), dtype=np.float32)
    matrix = sparse.csr_matrix((values, (owner[:-1][inside], column)), shape=(rows, len(unique)))
    matrix.sum_duplicates()
    return matrix, unique


#: How many terms after a number a word may stand and still be counted by it (*six free vaccination clinics*).
COUNT_WINDOW = 3


def _counted(
    texts: list[str], flat: np.ndarray, owner: np.ndarray, vocabulary: dict[str, int], names: frozenset[str]
) -> sparse.csr_matrix:
    """Per text, the terms that a number stands just before, within :data:`COUNT_WINDOW` terms
    of the same clause: ``three astronauts`` marks ``astronaut`` for *how many astronauts*, but
    *two days later, but none of the crew* does not count the crew. ``flat`` and ``owner``
    (:func:`_flatten`) pick the texts that hold a number; only the words after their numbers
    are read again."""
    rows = len(texts)
    is_number = np.zeros(len(vocabulary), dtype=bool)
    is_number[[c for t, c in vocabulary.items() if t[0].isdigit() or is_number_term(t)]] = True  # 1,900: a "year"
    numbered = np.unique(owner[(owner < rows) & is_number[flat]])
    separator = "\n\x00\n"
    starts = np.cumsum([0] + [len(texts[r]) + len(separator) for r in numbered[:-1]])
    found_rows, found_columns = [], []
    joined = separator.join(texts[r] for r in numbered)
    for start, _, after in _numbers(joined, names):
        row = int(numbered[np.searchsorted(starts, start, side="right") - 1])
        for term in [t for t in after if t in vocabulary][:COUNT_WINDOW]:
            found_rows.append(row)
            found_columns.append(vocabulary[term])
    values = np.ones(len(found_rows), dtype=np.float32)
    matrix = sparse.csr_matrix((values, (found_rows, found_columns)), shape=(rows, len(vocabulary)))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    matrix.sort_indices()
    return matrix


def counts_in(text: str, wanted: frozenset[str], names: frozenset[str] = frozenset()) -> bool:
    """Whether a number in ``text`` counts one of the index terms ``wanted``, as
    :func:`_counted` reads it.

    >>> counts_in("students in all 31 of the district's schools", frozenset({"school"}))
    True
    >>> counts_in("its schools", frozenset({"school"}))
    False
    >>> counts_in("more than 200 U.S. counties", frozenset({"counti"}))
    True
    >>> counts_in("A crowd of 18,412 packed the arena", frozenset({"crowd"}))
    True
    >>> counts_in("- Passengers carried: 18.4 million, up 7%", frozenset({"passeng"}))
    True
    >>> counts_in("Red pandas are endangered, with fewer than 10,000 thought to remain.", frozenset({"panda"}))
    True
    >>> counts_in("The number waiting more than a year fell to 192,000.", frozenset({"peopl"}))
    True
    >>> counts_in("She won 19 singles titles in her career.", frozenset({"titl"}))
    True
    >>> counts_in("Reports of bullying dropped from 96 to 31.", frozenset({"report"}))
    True
    >>> counts_in("Exclusions of pupils fell by 38% over the year.", frozenset({"exclus"}))
    False
    """
    if any(wanted.intersection(terms(m.group(1), names)) for m in _ORDINAL_COUNTING.finditer(text)):
        return True  # "the seventh eruption since 2021"
    if any(wanted.intersection(terms(m.group(1), names)) for m in _ORDINAL_OF_SUBJECT.finditer(text)):
        return True  # "The outbreak of the H5N1 strain is the fourth", "The election, the third in three years"
    for m in _NUMBER_OF.finditer(text):
        counted = set(terms(m.group(1), names)) | (_PEOPLE_TERMS if _NUMBER_OF_PEOPLE.match(m.group(1)) else set())
        if wanted & counted:
            return True  # "the number of cases in the county rose to 14"
    if any(wanted.intersection(terms(m.group(1), names)) for m in _CAME_TO.finditer(text)):
        return True  # "heat-related deaths in summer 2025 were estimated at more than 18,000"
    if any(wanted.intersection(terms(m.group(1), names)) for m in _GATHERING_OF.finditer(text)):
        return True  # "A crowd of 18,412 packed Rocket Arena"
    if any(wanted.intersection(terms(m.group(1), names)) for m in _GATHERING_IS.finditer(text)):
        return True  # "Carra's population has fallen from 2,400 in 2001 to about 1,700"
    if any(wanted.intersection(terms(m.group(1), names)) for m in _LABELLED_NUMBER.finditer(text)):
        return True  # "- Passengers carried: 18.4 million, up 7%"
    if any(wanted.intersection(terms(m.group(1), names)) for m in _NUMBER_LEFT.finditer(text)):
        return True  # "Red pandas are classed as endangered, with fewer than 10,000 thought to remain"
    return any(wanted.intersection(after[:COUNT_WINDOW]) for _, _, after in _numbers(text, names))


def numbers_counting(text: str, wanted: frozenset[str], names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The numbers of ``text`` written in digits, as written, that count one of the index terms
    ``wanted`` (not *two*, which a story writes of many things).

    >>> sorted(numbers_counting("Hoard of 2,300 Roman Coins Found", frozenset({"coin"})))
    ['2,300']
    """
    return frozenset(
        n for _, n, after in _numbers(text, names) if n[0].isdigit() and wanted.intersection(after[:COUNT_WINDOW])
    )


def states_number(text: str, numbers: frozenset[str]) -> bool:
    """Whether ``text`` states one of ``numbers`` (as :func:`numbers_counting` gives them)."""
    return any(n in numbers for _, n, _ in _numbers(text, frozenset()))


def _numbers(text: str, names: frozenset[str]) -> Iterator[tuple[int, str, list[str]]]:
    """Each number of ``text`` that can count something, as (where it starts, the number in
    lower case, the index terms of the words after it in its clause): not a year, nor an
    amount of money ("$3.2 million for the bikes and stations" counts dollars, not stations)."""
    money = [(m.start(), m.end()) for m in _MONEY.finditer(text)]
    for match in _COUNTING.finditer(text):
        if not _counts_something(match.group(1)) or _ONE_OF.match(match.group(0) + match.group(2)):
            continue  # (*one of its cars* is a car, not how many there are)
        if _MONTH_AFTER.match(match.group(2)) or _MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # (*on 2 April and told customers*, *April 2*: a day, counting nothing)
        if _CLOCK_AFTER.match(match.group(2)):
            continue  # (*at 9 a.m. to work* is a time of day)
        if _AGE_AFTER.match(match.group(2)):
            continue  # (*a 27-year-old man* is one man)
        at = bisect.bisect_right(money, (match.start(), math.inf)) - 1
        if at >= 0 and money[at][0] <= match.start() < money[at][1]:
            continue
        words = match.group(2)
        plural = _PLURAL.search(words)
        after = terms(words[: plural.end()] if plural else words, names)  # (*vaults still use*: vaults)
        # what the next number counts is not this one's: *nine days after one of its cars*
        cut = next((k for k, term in enumerate(after) if is_number_term(term)), len(after))
        yield match.start(), match.group(1).lower(), after[:cut]


#: An ordinal after the first and the word or two after it: *the seventh eruption* counts
#: eruptions, *the ninth named storm* storms.
_ORDINAL_COUNTING = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|"
    r"(?!1st\b)\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(\w+(?:\s+\w+)?)",
    re.IGNORECASE,
)
#: A rank after the thing it ranks: *The outbreak ... is the fourth on a farm*, *The election, the
#: third in three years* (the thing: up to six words before).
_ORDINAL_OF_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?:,|\s+(?:is|was|are|were|has\s+been|had\s+been|would\s+be|will\s+be))"
    r"\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|"
    r"(?!1st\b)\d+(?:st|nd|rd|th))\b(?!\s+(?:largest|biggest|highest|lowest|most|best|worst|oldest|youngest)\b)",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"one\s+of\b", re.IGNORECASE)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_AFTER = re.compile(rf"\s+{_MONTHS}\b")
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+$")
#: *The number of X* (or its share) and the number it came to in the same clause: *the number
#: of cases in the county rose to 14*, *the death toll climbed to 12*, *the share of students
#: getting at least eight hours of sleep rose from 27 percent*, *the number of people killed or
#: seriously injured on the city's roads, which was 112 last year*.
_NUMBER_OF = re.compile(
    r"\b(?:number|total|toll|tally|count|share|proportion|percentage)\s+(?:of\s+)?([\w'’ -]{2,40}?)\s+"
    r"(?:[\w'’-]+,?\s+){0,10}?(?:rose|risen|rises|climbed|grew|reached|reaches|hit|stood|stands|fell|dropped|jumped|"
    r"(?<=which )(?:was|is))\s+"
    # (the number it came to may follow a phrase and a comma: *fell for the sixth month in a row
    # in June, to 7.21 million*)
    r"(?:to\s+|at\s+|from\s+|(?:[\w'’-]+\s+){1,8}?[\w'’-]+,\s+(?:to|at)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?\d",
    re.IGNORECASE,
)
#: What *the number* counts when a verb or *who* follows it: people (*the number waiting more than
#: a year*).
_NUMBER_OF_PEOPLE = re.compile(r"^(?:who\b|[a-z]+ing\b)", re.IGNORECASE)
_PEOPLE_TERMS = frozenset(terms("people"))
#: A plural noun, up to five words, a verb of coming to an amount and the number: *deaths in
#: summer 2025 were estimated at more than 18,000*, *cases climbed to 40*, *reports of online
#: bullying dropped from 96 to 31* (a fall only with *to*: *fell by 38%* counts nothing).
_CAME_TO = re.compile(
    r"\b([a-z][\w'’-]*[^\Wsu]s)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:rose|risen|climbed|grew|reached|hit|stood|totall?ed|numbered|(?:were|was)\s+(?:estimated|put))\s+"
    r"(?:from\s+[\d,.]+\s+)?(?:to\s+|at\s+)?"
    r"|(?:fell|fallen|dropped|declined|doubled|doubling|halved|trebled|tripled)\s+(?:from\s+[\d,.]+\s+)?to\s+)"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d",
    re.IGNORECASE,
)
#: A list's or a fact box's label and the number it gives (*Passengers carried: 18.4 million*,
#: *Staff: about 1,200*): the number counts what the label names.
_LABELLED_NUMBER = re.compile(
    r"(?:^|(?<=[-•*] ))([A-Za-z][^:\n.]{0,40}[A-Za-z)]):\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?\d",
    re.MULTILINE,
)
#: A plural noun, then in its sentence a bare number of what is left (*Red pandas are classed as
#: endangered, with fewer than 10,000 thought to remain*, *whales ... only about 70 left*): the
#: number counts the noun.
_NUMBER_LEFT = re.compile(
    r"\b([a-z][\w'’-]*[^\Wsu]s)\b[^.;!?]*?(?<![\w.,])\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+"
    r"(?:(?:are\s+|were\s+)?(?:thought|believed|estimated|said|known)\s+to\s+)?"
    r"(?:remain|survive|exist|left|remaining|surviving|alive|still\s+alive|in\s+the\s+wild)\b",
    re.IGNORECASE,
)
#: Nouns for a gathering of many, whose number counts its members, and the words that round it.
_GATHERINGS = "crowd|audience|attendance|turnout|population|workforce|membership"
_ROUGHLY = r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+)?"
#: A gathering, a verb of being or of change and its number: *Carra's population has fallen from
#: 2,400 in 2001 to about 1,700*, *turnout was 61,000*.
_GATHERING_IS = re.compile(
    rf"\b({_GATHERINGS}|enrolment|enrollment)\s+"
    r"(?:has\s+|had\s+)?(?:rose|risen|grown|grew|fallen|fell|dropped|declined|shrunk|shrank|reached|stood|stands|is|was)\s+"
    rf"(?:from\s+[\d,.]+(?:\s+in\s+\d{{4}})?\s+)?(?:to\s+|at\s+)?{_ROUGHLY}\d",
    re.IGNORECASE,
)
#: A gathering (or a staff, a fleet, a herd, a race's field), *of* and its number: *a crowd of
#: 18,412*, *a workforce of 3,000*.
_GATHERING_OF = re.compile(rf"\b({_GATHERINGS}|staff|fleet|herd|flock|field)\s+of\s+{_ROUGHLY}\d", re.IGNORECASE)
#: A plural noun: what a number counts ends with it (*600,000 of the affected vaults still use*).
_PLURAL = re.compile(
    r"\b(?!(?:does|goes|this|thus|perhaps|always|unless|whereas|besides|news)\b)[a-z]{2,}[^sui']s\b"
    r"(?!\s+(?:of|by|from|in)\b)"  # (*pounds of king crab*, *paintings by Vermeer*: what they are)
    r"(?:\s+[a-z]{2,}[^sui']s\b(?!\s+(?:are|were|have|had|was|is|do|did)\b))?"  # (*19 singles titles*: titles)
)
#: An amount of money (*$3.2 million*, *€40*): it counts no thing after it.
_MONEY = re.compile(r"[$€£¥]\s?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?")
_CLOCK_AFTER = re.compile(r"\s*[ap]\.m\.", re.IGNORECASE)
_AGE_AFTER = re.compile(r"[\s-]*(?:year|month|week|day)s?[\s-]+old\b", re.IGNORECASE)
_WORD = r"(?:(?:[A-Za-z]\.){2,}|\w+(?:['’-]\w+)*|&)"  # (*23 Crumb & Co bakeries*)
#: A number and the words after it in the same clause (spaces between, no punctuation): what it
#: may count. The words are a lookahead, so a number among them is matched too.
_COUNTING = re.compile(
    r"(?<![\w.,])(\d+(?:[.,:]\d+)*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    # the words after it, the first maybe joined by a hyphen: "a 320-bed hospital"
    # (or an abbreviation's letters and dots: "200 U.S. counties")
    # (a share counts what it is of: "70% of Australian children")
    # (or a quoted name for them: *40 "climate shelters"*)
    + rf")\b%?(?=((?:(?:[ \t]+[\"“]?|(?<=\d)-(?=[A-Za-z])){_WORD})(?:[\"”]?[ \t]+{_WORD}){{0,5}}))",
    re.IGNORECASE,
)


def _subjects(
    counts: sparse.csr_matrix,
    headlines: sparse.csr_matrix,
    lede_sentences: np.ndarray,
    lede_stories: np.ndarray,
    n_stories: int,
) -> sparse.csr_matrix:
    """Per story, the term columns of its subject: its headline's (``headlines``, one row per
    story with a lede) and its lede's first sentence's (rows ``lede_sentences`` of ``counts``),
    as a sorted 0/1 matrix of ``n_stories`` stories (``lede_stories`` gives each lede's) x columns."""
    width = counts.shape[1]
    placed = sparse.csr_matrix(
        (np.ones(len(lede_stories), dtype=np.float32), (lede_stories, np.arange(len(lede_stories)))),
        shape=(n_stories, len(lede_stories)),
    )
    subject = placed @ counts[lede_sentences]
    if headlines.shape[0] == len(lede_stories) and headlines.shape[1] == width:
        subject = subject + placed @ headlines
    subject = sparse.csr_matrix(subject, dtype=np.float32)
    subject.data[:] = 1.0
    subject.sort_indices()
    return subject


def _subject_keys(subject: sparse.csr_matrix) -> np.ndarray:
    """The entries of ``subject`` (stories x columns) as sorted keys ``column * stories + story``:
    a question's columns and its candidates' stories are looked up with one binary search."""
    entries = subject.tocoo()
    return np.sort(entries.col.astype(np.int64) * subject.shape[0] + entries.row)


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


_NUMBER_TERMS = frozenset(stem(w) for w in NUMBER_WORDS)
_YEAR = re.compile(YEAR)
_TITLE_TERMS = frozenset(stem(t) for t in TITLES)


def _counts_something(number: str) -> bool:
    """Whether ``number``, as written, can count things: not a year, though *1,900 pilots* and
    *2,000 volunteers* make the index terms of years."""
    found = terms(number)
    return bool(found) and ("," in number or is_number_term(found[0]))


def is_number_term(term: str) -> bool:
    """Whether an index term counts something: digits that are not a year, or a number word."""
    return (term[0].isdigit() and not _YEAR.fullmatch(term)) or term in _NUMBER_TERMS


_ANSWER_PATTERNS = {
    "time": TIME_PATTERN,
    "number": NUMBER_PATTERN,
    "person": PERSON_PATTERN,
    "place": PLACE_PATTERN,
    "reason": REASON_PATTERN,
    "future": FUTURE_PATTERN,
    "denial": DENIAL_PATTERN,
    "quote": QUOTE_PATTERN,
    "precedent": PRECEDENT_PATTERN,
}
#: Finer kinds of number, looked for only in the sentences that hold a number or a time.
_NUMERIC_PATTERNS = {
    "measure": MEASURE_PATTERN,
    "quantity": QUANTITY_PATTERN,
    "time_amount": DURATION_PATTERN,
    "dimension": DIMENSION_PATTERN,
    "size": SIZE_PATTERN,
    "age": AGE_PATTERN,
    "tally": TALLY_PATTERN,
    "clock": CLOCK_PATTERN,
}
_UNTIL = re.compile(r"\buntil\b", re.IGNORECASE)
#: A quote mark, opening or closing: the sentence is, or holds, someone's words.
_QUOTE_MARK = re.compile(r"[\"“”]")
_ASKS_EARLIER = re.compile(r"\b(?:last|previous|previously|before|ever|first)\b", re.IGNORECASE)
#: A rank among events and the *since* clause that counts them: *the first theft from the museum
#: since it opened in 1931*, *its third major outage since 2023*.
_RANKED_SINCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|"
    r"\w{3,}est)\b[^.;:]{0,80}?\bsince\b[^.;]*",
    re.IGNORECASE,
)
_TIME_AHEAD = re.compile(r"(?<!since )(?<!since the )" + TIME_PATTERN.pattern, TIME_PATTERN.flags)


def _weighted_columns(rows: sparse.csr_matrix, weight: np.ndarray) -> sparse.csc_matrix:
    """Each row times its weight, stored by column: stage 1 reads whole columns, and
    :meth:`TfidfIndex._local_rarity` binary-searches a column's rows, so they are sorted."""
    columns = (sparse.diags(weight) @ rows).astype(np.float32).tocsc()
    columns.sort_indices()
    return columns


#: A capitalised word that follows a word inside a sentence, or a title's abbreviation (*Dr. Hannah
#: Price*): a name, or part of one.
_CAPITALISED = re.compile(
    r"(?:(?<=[\w,;:)] )|" + "|".join(rf"(?<=\b{t}\. )" for t in [*TITLE_ABBREVIATIONS, "Mr", "Mrs", "Ms"]) + r")"
    r"[A-Z][a-z][\w'’-]*"
)


#: The first word of each sentence (one sentence per line).
_FIRST_WORD = re.compile(r"^\W*([\w'’-]+)", re.MULTILINE)
_CASED = re.compile(r"(?<=\w )[A-Z]|(?<=\w, )[A-Z]")


def _name_terms(
    texts: list[str],
    story_of: np.ndarray,
    stories: int,
    vocabulary: dict[str, int],
    counts: sparse.csr_matrix,
    names: frozenset[str],
) -> tuple[np.ndarray, frozenset[str], np.ndarray]:
    """Per term: 2 when the texts write it capitalised inside a sentence at least half the times
    they use it (``acton``, ``facebook``), 1 when they do less often (``county`` in *Carrow
    County* and *the county*: a word of a name, not a name of its own), else 0; the words of
    the 2s as the texts write them capitalised inside a sentence, in lower case (``acton``,
    ``prevention``, not ``prevent``); and the sorted keys ``column * stories + story`` of the
    terms each story writes so (``story_of`` gives each text's story number)."""
    capitalised = np.zeros(len(vocabulary), dtype=np.float32)
    written = set()
    keys = set()
    for text, story in zip(texts, story_of.tolist(), strict=True):
        for found in _CAPITALISED.findall(text):
            written.add(_bare(found.lower()))
            for term in terms(found, names):
                if term not in _TITLE_TERMS:  # "Commander Maria Lindqvist": the title is no name
                    capitalised[vocabulary[term]] += 1
                    keys.add(vocabulary[term] * stories + story)
    used = np.asarray(counts.sum(axis=0)).ravel() if counts.shape[1] else np.zeros(len(vocabulary))
    for found in _FIRST_WORD.findall("\n".join(texts)):  # a sentence's first word is capitalised anyway
        for term in terms(found, names)[:1]:
            if term in vocabulary:
                used[vocabulary[term]] -= 1
    levels = ((capitalised > 0).astype(np.int8) + ((capitalised > 0) & (capitalised * 2 >= used))).astype(np.int8)
    named = {w for w in written if any(levels[vocabulary[t]] == 2 for t in terms(w, names) if t in vocabulary)}
    return levels, frozenset(named), np.array(sorted(keys), dtype=np.int64)


#: A word in capitals, as an acronym is written (*EU*, *the FDA's*).
_ACRONYM = re.compile(r"\b[A-Z]{2,6}(?=['’]s\b|\b)")
#: A run of capitalised words, maybe joined by *of*, *and*, *for*, *the*, *on* (*World Trade
#: Organization*, *Food and Drug Administration*, *Bank of England*).
_PROPER_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z][a-z]+)+\b")


def _acronyms(
    texts: list[str], vocabulary: dict[str, int], names: frozenset[str], pair: Callable[[str, str], int | None]
) -> dict[str, tuple[int, ...]]:
    """Per acronym that a run of capitalised words spells (*EU*: *European Union*, not its
    *The*), in lower case, the columns of the pairs of terms that end those runs (``pair``
    gives a pair's number, offset by the vocabulary's size here): a question's *EU* is the
    story's *European Union*."""
    found: dict[str, set[int]] = {}
    for text in texts:
        for run in _PROPER_RUN.findall(text):
            capitals = [w for w in run.split() if w[0].isupper()]
            while capitals and is_stop_word(capitals[0].lower()):
                capitals = capitals[1:]  # (*The European Union*, *In New York*)
            joined = len(capitals) < len(run.split())
            if not 2 <= len(capitals) <= 6 or (joined and len(capitals) < 3):
                continue  # (*Pakistan and China*, *University of Kestrel*: no *PC*, no *UK*)
            last = [t for w in capitals[-2:] for t in terms(w, names)]
            at = pair(last[-2], last[-1]) if len(last) >= 2 and all(t in vocabulary for t in last) else None
            if at is not None:
                acronym = "".join(w[0] for w in capitals).lower()
                found.setdefault(acronym, set()).add(len(vocabulary) + at)
    return {acronym: tuple(sorted(columns)) for acronym, columns in found.items()}


def _bare(word: str) -> str:
    """A lower-cased word without its possessive (``cascade's``: ``cascade``)."""
    return re.sub(r"['’]s?$", "", word)


#: A score on the way to the result: one led by (*to lead 17-10*, *had led 24-20*, *trailing
#: 2-0*) or at a break (*71-66 at half-time*, *17-10 at the break*, *1-1 at the interval*).
INTERIM_TALLY = re.compile(
    r"\b(?:led|lead|leading|trailed|trailing|trail)\s+(?:[\w'’]+\s+){0,2}?\d{1,3}[-–]\d{1,3}\b(?!\s+(?:win|victory))|"
    r"\b\d{1,3}[-–]\d{1,3}\s+(?:at|by)\s+(?:the\s+)?(?:break|half-?time|interval|lunch|tea|stumps)\b",
    re.IGNORECASE,
)
#: *What was the half-time score?*, *the score at the break?*
_ASKS_INTERIM = re.compile(r"\bhalf-?time\b|\bat\s+the\s+(?:break|interval)\b|\bhalf\s+way\b", re.IGNORECASE)


def _answer_holds(texts: list[str]) -> dict[str, np.ndarray]:
    """Per kind of answer, whether each sentence holds one. The finer kinds of number run
    only over the sentences with a number or a time in them; a duration is an amount of time
    or *until*; a time to come (``future``) is a word of the future and a time that *since*
    does not open."""
    holds = _holding(texts, {**_ANSWER_PATTERNS, "until": _UNTIL, "quoted": _QUOTE_MARK})
    numeric = np.flatnonzero(holds["number"] | holds["time"])
    for name, found in _holding([texts[i] for i in numeric], _NUMERIC_PATTERNS).items():
        holds[name] = np.zeros(len(texts), dtype=bool)
        holds[name][numeric] = found
    # A time that ranks the event among earlier ones does not date it: *It was Nimbus's third
    # major outage since 2023* does not say when this one was.
    # (kept apart: *When did Oxbridge last win?* is answered by *their first win since 2019*)
    holds["dated"] = holds["time"].copy()
    for i in np.flatnonzero(holds["time"]):
        if _RANKED_SINCE.search(texts[i]):
            holds["dated"][i] = bool(TIME_PATTERN.search(_RANKED_SINCE.sub(" ", texts[i])))
    # A score on the way is not the result: *to lead 17-10 at the break*, *France had led 24-20*
    # (kept apart: *What was the half-time score?*)
    holds["interim"] = np.zeros(len(texts), dtype=bool)
    for i in np.flatnonzero(holds["tally"]):
        if INTERIM_TALLY.search(texts[i]):
            holds["interim"][i] = True
            holds["tally"][i] = bool(TALLY_PATTERN.search(INTERIM_TALLY.sub(" ", texts[i])))
    # A time to come is not one that *since* opens: *It would be the first strike since 2011*.
    ahead = np.flatnonzero(holds["future"] & holds["time"])
    holds["future"][ahead] = _holding([texts[i] for i in ahead], {"ahead": _TIME_AHEAD})["ahead"]
    # (an amount of time, not of money: *starting at $1,299* says nothing of how long)
    holds["duration"] = holds.pop("time_amount") | holds.pop("until")
    holds["length"] = holds["duration"] | holds["size"]
    return holds


#: What a sentence says of its own verb, not of the subject it shares with the one before, and its
#: own quote marks.
_NOT_CARRIED = frozenset({"denial", "future", "quoted"})
_PRONOUN_OPENING = re.compile(r"^\W*(?:It|He|She|They|Its|His|Her|Their)\b")


def _pronoun_openings(texts: list[str], first_sentence: np.ndarray) -> np.ndarray:
    """Per sentence, whether it opens with a pronoun after another sentence of its paragraph
    (*It is about 1.1 times as wide as Earth*, *Its coach, Paul Lindgren, said*): it speaks of
    what the sentence before it names."""
    opens = np.array([bool(_PRONOUN_OPENING.match(t)) for t in texts], dtype=bool)
    opens[first_sentence[first_sentence < len(texts)]] = False
    return opens


def _described_ledes(
    texts: list[str], first_sentence: np.ndarray, lede_rows: list[int], prose: list[bool], row_story: np.ndarray
) -> list[tuple[int, int]]:
    """Per story whose lede opens with a person described, not named (*A man who ...*, *A
    British climber who ...*, *A 27-year-old has ...*), the lede's first sentence and the first
    sentence of the next prose paragraph of the story, which names that person."""
    pairs = []
    for row in lede_rows:
        if described_person(texts[first_sentence[row]]) is None:
            continue
        after = next((k for k in range(row + 1, len(prose)) if prose[k]), None)
        if after is not None and row_story[after] == row_story[row]:
            pairs.append((int(first_sentence[row]), int(first_sentence[after])))
    return pairs


def _it_openings(
    texts: list[str], first_sentence: list[int], prose: list[bool], paragraph_story: np.ndarray
) -> list[tuple[int, str]]:
    """Per prose paragraph that opens with *It* after one that opens with *The X* as its
    subject (*The drug, called remternetug, was tested ...*, then *It works by clearing
    amyloid*), its first sentence and X: *It* is the drug."""
    carried = []
    previous: int | None = None
    for row in range(len(prose)):
        if not prose[row]:
            continue
        if previous is not None and paragraph_story[previous] == paragraph_story[row]:
            subject = _DEFINITE_SUBJECT.match(texts[first_sentence[previous]])
            if subject and _IT_OPENING.match(texts[first_sentence[row]]):
                carried.append((first_sentence[row], subject.group(1)))
        previous = row
    return carried


#: A sentence opening with *The* and one to three lower-case words before a comma or a verb: its subject.
_DEFINITE_SUBJECT = re.compile(
    r"^\W*The\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=,|\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|said|says)\b)"
)
#: A sentence opening with *It* that speaks of something (not *It is thought that ...*).
_IT_OPENING = re.compile(
    r"^\W*It\s+(?!(?:is|was|has\s+been|had\s+been)\s+(?:not\s+)?(?:thought|expected|believed|understood|unclear|"
    r"likely|possible|hoped|feared|said|reported|estimated|clear|known)\b)"
)


def _described_named(
    texts: list[str], described: list[tuple[int, int]], sentence_story: np.ndarray
) -> list[tuple[int, str]]:
    """For each (lede, next paragraph's first sentence) of ``described`` (:func:`_described_ledes`:
    *A hiker who went missing ...*, then *Tomas Lindqvist, 61, from Gothenburg ...*), the words
    that describe the person (*hiker*) for each sentence of the story that names them by the
    name that opens that paragraph (*Mr Lindqvist had sheltered ...*), or for that sentence
    alone when it opens with no name; none when it describes its own person with another noun."""
    people = person_nouns()  # (the words: *drawing* is not the person noun *draw*)
    carried = []
    for lede, first in described:
        found = described_person(texts[lede])
        nouns = [w for w in re.findall(r"[A-Za-z]+", found.group(1)) if w.lower() in people] if found else []
        if not nouns:
            continue
        opening = texts[first]
        name = _OPENING_NAME.match(opening)
        named = [first]
        if name is not None:
            beside = re.findall(r"[A-Za-z]+", opening[name.end() :])[:_APPOSITIVE_WORDS]
            if any(w.lower() in people - {n.lower() for n in nouns} for w in beside):
                continue  # (*A coroner has called for ...*, then *Daniel Frost, 34, a teacher*: another)
            said = re.compile(rf"\b{re.escape(name.group(1))}\b")
            story = np.flatnonzero(sentence_story == sentence_story[first])
            named = [int(k) for k in story if k >= first and said.search(texts[k])]
        carried += [(k, " ".join(nouns)) for k in named]
    return carried


#: How many words after a name may describe who it is (*Daniel Frost, 34, a teacher from Stockport*).
_APPOSITIVE_WORDS = 6


def opening_name(sentence: str) -> str | None:
    """The last word of the name of two words or more that opens ``sentence`` (*Tomas
    Lindqvist, 61, ...*: *Lindqvist*), or None."""
    found = _OPENING_NAME.match(sentence)
    return found.group(1) if found else None


#: A sentence opening with a name of two words or more: its last word (*Tomas Lindqvist, 61*: *Lindqvist*).
_OPENING_NAME = re.compile(r"^\W*(?:[A-Z][\w'’-]+\s+(?:and\s+)?)+([A-Z][\w'’-]+)\b")


def _aged_openings(
    texts: list[str], first_sentence: np.ndarray, prose: list[bool], row_story: np.ndarray
) -> list[tuple[int, int]]:
    """Per prose paragraph that opens with someone by their age (*The 26-year-old ...*), its
    first sentence and the first sentence of the story's prose paragraph before it."""
    pairs = []
    previous: int | None = None
    for row in range(len(prose)):
        if not prose[row]:
            continue
        after = previous is not None and row_story[previous] == row_story[row]
        if after and _AGED_OPENING.match(texts[first_sentence[row]]):
            pairs.append((int(first_sentence[row]), int(first_sentence[previous])))
        previous = row
    return pairs


#: A sentence opening with someone by their age: *The 26-year-old*, *The 24-year-old from Team Halden*.
_AGED_OPENING = re.compile(r"^\W*The\s+\d{1,3}-year-old\b")
#: A sentence opening with *A* / *An*, up to five words (a person, maybe described: *A British
#: climber*, *A 27-year-old man*) and the word after them that goes on with who it is or what
#: became of them.
_INDEFINITE_PERSON = re.compile(
    r"^\W*(?:A|An|The)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:who|whose|that|has|have|had|was|is|from|of|accused|charged|found|died|jailed)\b"
)


def described_person(sentence: str) -> re.Match[str] | None:
    """The match of :data:`_INDEFINITE_PERSON` for a lede that describes someone (a person
    noun or an age among its words) and names no one: *The owner of a chain of care homes has
    been jailed*, not *The president of Halden University, Thomas Keane, resigned* (*A* or *An*
    is never a name's), nor *A town library that closed* (no one)."""
    described = _INDEFINITE_PERSON.match(sentence)
    definite = described is not None and described.group(0).lstrip(_NOT_WORD).startswith("The")
    if described is None or (definite and _TWO_NAMES.search(sentence, 4)):
        return None
    words = described.group(1)
    people = person_nouns()  # (the words: *drawing* is not the person noun *draw*)
    if "year-old" not in words and not any(w.lower() in people for w in re.findall(r"[A-Za-z]+", words)):
        return None  # (*A town library that closed*: no one)
    return described


_NOT_WORD = "\"“‘'( "
_TWO_NAMES = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def _carry_back(holds: dict[str, np.ndarray], pronouns: np.ndarray) -> None:
    """A sentence also holds what the next one of its paragraph holds when that one opens with
    a pronoun (``pronouns``: :func:`_pronoun_openings`): *The planet, named Halvard-3c, circles
    ... It is about 1.1 times as wide as Earth* says how big Halvard-3c is. Not a denial or a
    word of the future, which belong to the next sentence's own verb."""
    for kind, held in holds.items():
        if kind not in _NOT_CARRIED:
            held[:-1] |= held[1:] & pronouns[1:]


def _holding(texts: list[str], patterns: dict[str, re.Pattern[str]]) -> dict[str, np.ndarray]:
    """Per pattern, whether each text holds a match: each runs once over all the texts joined
    (a separator no pattern can cross), not once per text."""
    separator = "\n\x00\n"
    starts = np.cumsum([0] + [len(t) + len(separator) for t in texts[:-1]]) if texts else np.zeros(0, np.int64)
    joined = separator.join(texts)
    lowered = joined.lower()
    holds = {}
    for name, pattern in patterns.items():
        found = np.zeros(len(texts), dtype=bool)
        text, flags = joined, pattern.flags | re.MULTILINE
        if flags & re.IGNORECASE and len(lowered) == len(joined):  # case-folding in `re` is slow
            text, flags = lowered, flags & ~re.IGNORECASE
        every = re.compile(pattern.pattern.replace(r"\d|", r"\d+|"), flags)
        positions = np.fromiter((m.start() for m in every.finditer(text)), dtype=np.int64)
        if len(positions):
            found[np.searchsorted(starts, positions, side="right") - 1] = True
        holds[name] = found
    return holds


def _row_entries(matrix: sparse.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The stored entries of a CSR matrix's ``rows``: (position in ``rows``, column, value)."""
    begins, ends = matrix.indptr[rows], matrix.indptr[rows + 1]
    lengths = ends - begins
    total = int(lengths.sum())
    offsets = np.repeat(begins - np.r_[0, np.cumsum(lengths)[:-1]], lengths) + np.arange(total)
    return np.repeat(np.arange(len(rows)), lengths), matrix.indices[offsets], matrix.data[offsets]


def _column_entries(
    matrix: sparse.csc_matrix, columns: list[int], vector: np.ndarray, lo: int, hi: int
) -> tuple[np.ndarray, np.ndarray]:
    """The entries of ``columns`` of a CSC matrix in rows ``[lo, hi)``: (row - lo, value x vector)."""
    rows, values = [], []
    for i, c in enumerate(columns):
        start, end = matrix.indptr[c], matrix.indptr[c + 1]
        r, v = matrix.indices[start:end], matrix.data[start:end]
        if lo > 0 or hi < matrix.shape[0]:
            keep = (r >= lo) & (r < hi)
            r, v = r[keep], v[keep]
        rows.append(r)
        values.append(v * vector[i])
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(rows).astype(np.int64) - lo, np.concatenate(values)
